// Step 3d: "Boise" and "Storm" for "the Boise Ironhorses" and "the Melbourne Storm": a team named by its
// city and nickname is written by either word alone afterwards.
import type { NameCandidate } from '../candidates';
import type { AliasContext } from './aliasContext';
import { words } from './nameText';

/** The rules that type a team's full name (names/typeRules.ts): a city and a nickname, a name in a score line, a known team. */
export const TEAM_RULES: ReadonlySet<string> = new Set(['the-city-and-nickname-team', 'score-line-team', 'sports-team-tag']);

/** Joins one-word mentions to the team whose city or nickname they are (the first such team), when one team fits. */
export function joinTeamNames({ mentions, groups }: AliasContext): void {
  const byWord = teamsByWord(mentions);
  if (!byWord.size) return;
  mentions.forEach((c, i) => {
    if (c.handle || c.role || /\s/.test(c.text) || c.type === 'person') return;
    const fitting = byWord.get(words(c.text)[0]);
    if (fitting?.names.size === 1) groups.union(fitting.first, i);
  });
}

/** Performance: for each word of a team's name, the team names it is in and the first such team, built once. */
function teamsByWord(mentions: readonly NameCandidate[]): Map<string, { names: Set<string>; first: number }> {
  const byWord = new Map<string, { names: Set<string>; first: number }>();
  mentions.forEach((c, k) => {
    if (!TEAM_RULES.has(c.typeRule ?? '') || c.handle) return;
    const w = words(c.text);
    for (const word of new Set(w)) {
      const entry = byWord.get(word) ?? byWord.set(word, { names: new Set(), first: k }).get(word)!;
      entry.names.add(w.join(' '));
    }
  });
  return byWord;
}

/** A group of a team and its city or nickname alone is the team. */
export function isTeamGroup(members: readonly NameCandidate[]): boolean {
  return members.some((m) => TEAM_RULES.has(m.typeRule ?? '')) && members.every((m) => m.type !== 'person');
}
