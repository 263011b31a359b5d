// Step 3d: "Boise" and "Storm" for "the Boise Ironhorses" and "the Melbourne Storm": a team named by its
// city and nickname is written by either word alone afterwards.
import type { NameCandidate } from '../candidates';
import type { AliasContext } from './aliasContext';
import { words } from './nameText';

/** The rule that types a city and a nickname as a team (names/typeRules.ts). */
export const TEAM_RULE = 'the-city-and-nickname-team';

/** Joins one-word mentions to the team whose city or nickname they are (the nearest such team before, else the first). */
export function joinTeamNames({ mentions, groups }: AliasContext): void {
  const teams = mentions.map((c, i) => (c.typeRule === TEAM_RULE && !c.handle ? i : -1)).filter((i) => i >= 0);
  if (!teams.length) return;
  mentions.forEach((c, i) => {
    if (c.handle || c.role || /\s/.test(c.text) || c.type === 'person') return;
    const w = words(c.text)[0];
    const fitting = teams.filter((k) => words(mentions[k].text).includes(w));
    if (new Set(fitting.map((k) => words(mentions[k].text).join(' '))).size !== 1) return;
    groups.union(fitting[0], i);
  });
}

/** A group of a team and its city or nickname alone is the team. */
export function isTeamGroup(members: readonly NameCandidate[]): boolean {
  return members.some((m) => m.typeRule === TEAM_RULE) && members.every((m) => m.type !== 'person');
}
