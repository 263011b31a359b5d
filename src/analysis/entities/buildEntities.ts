// The last step: each group of joined mentions becomes an entity with its type, name, role and
// aliases, numbered in order of first mention.
import type { NameCandidate } from '../candidates';
import { decideType } from '../entityTypes';
import { STATE_INSTITUTIONS } from '../lexicon/cues';
import type { Entity } from '../types';
import type { AliasContext } from './aliasContext';
import { bestRole, canonicalName } from './entityName';
import { placesAsTeams, isMatchReport } from './teams';
import { isTeamGroup } from './teamNames';
import { placeNamedByItsBody, placesNamedByBodies } from './placesByTheirBodies';

export function buildEntities(context: AliasContext): Entity[] {
  const groups = groupsInOrder(context);
  const matchReport = isMatchReport(groups);
  const bodyPlaces = placesNamedByBodies(groups);
  const entities: Entity[] = [];
  for (const members of groups) {
    const institution = isStateInstitution(members);
    if ((isUnidentifiedWord(members) && !institution) || members.every((m) => m.needsLongForm)) continue;
    // city-as-team: "Boise" after "the Boise Ironhorses" is the team.
    const decided = institution
      ? { type: 'organization' as const, rule: 'state-institution-alone' }
      : isTeamGroup(members)
        ? { type: 'organization' as const, rule: 'city-as-team' }
        : decideType(members);
    const { type, rule } = placeNamedByItsBody(placesAsTeams(decided, members, matchReport), members, bodyPlaces);
    const name = canonicalName(members);
    const aliases = [name];
    for (const m of members) if (!aliases.includes(m.text)) aliases.push(m.text);
    const mentions = members.map((m) => ({ start: m.start, end: m.end, text: m.text })).sort((a, b) => a.start - b.start);
    entities.push({ id: '', type, name, role: type === 'person' ? bestRole(members) : null, aliases, mentions, why: { type: rule } });
  }
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}

/** The mentions of each group, in document order; the groups in order of first mention. */
function groupsInOrder({ mentions, groups }: AliasContext): NameCandidate[][] {
  const byRoot = new Map<number, NameCandidate[]>();
  mentions.forEach((c, i) => {
    const r = groups.find(i);
    const list = byRoot.get(r);
    if (list) list.push(c);
    else byRoot.set(r, [c]);
  });
  return [...byRoot.values()].sort((a, b) => a[0].start - b[0].start);
}

/**
 * One capitalised word that nothing identifies (no list, cue, title, tag or context) is too often a
 * product, event or common word to report.
 */
function isUnidentifiedWord(members: readonly NameCandidate[]): boolean {
  return members.every((m) => !m.type && !m.hint && !m.handle && !m.ownerName && !/\s/.test(m.text) && !/^[A-Z0-9]+$/.test(m.text));
}

/** state-institution-alone: "the Government", "the Legislature" that no body named in full took (bareHeads.ts) is the state's own. */
function isStateInstitution(members: readonly NameCandidate[]): boolean {
  return members.every((m) => !m.type && !m.hint && !m.handle && !m.ownerName && STATE_INSTITUTIONS.has(m.text.toLowerCase()));
}
