// A match report names countries and towns as teams ("Norway defeated Chile 2 – 1", "Canterbury beat Otago"): there
// every country that appears, and every town that plays, is its team, an organization, even in mentions that do not show it.
import type { NameCandidate } from '../candidates';
import type { TypeDecision } from '../entityTypes';
import { COUNTRIES } from '../lexicon/places';
import { key } from './nameText';

/** Two or more groups have a mention that plays as a team. */
export function isMatchReport(groups: readonly NameCandidate[][]): boolean {
  return groups.filter((members) => members.some((m) => m.team)).length >= 2;
}

/**
 * In a match report, a place named only as a country (or by handles) is the country's team; places-as-teams: a city or
 * region that plays somewhere in it ("Canterbury beat Otago 24 – 17") is its team, unless a mention is where something is
 * ("in Canterbury").
 */
export function placesAsTeams(decision: TypeDecision, members: readonly NameCandidate[], matchReport: boolean): TypeDecision {
  if (!matchReport || decision.type !== 'place') return decision;
  if (members.every((m) => m.handle || COUNTRIES.has(key(m.text)))) return { type: 'organization', rule: 'countries-as-teams' };
  if (members.some((m) => m.team) && !members.some((m) => m.hintRule === 'hint-place-preposition'))
    return { type: 'organization', rule: 'places-as-teams' };
  return decision;
}
