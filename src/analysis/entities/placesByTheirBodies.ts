// place-named-by-its-body: "Logan" in an article that names "Logan City Council", "Nelson" beside "Nelson County": a
// one-word name that compromise guessed to be a person is the place whose local body or county the article names.
import type { NameCandidate } from '../candidates';
import type { TypeDecision } from '../entityTypes';
import { LOCAL_BODY_TAILS } from '../lexicon/places';
import { key, words } from './nameText';

/** Rules that only guess a person from the word itself, which a local body named after the place outweighs. */
const GUESSED_PERSON_RULES: ReadonlySet<string> = new Set(['compromise-person-tag', 'known-first-or-last-name', 'known-single-name']);

/** The keys of the places the article's local bodies are named after ("logan" for "Logan City Council"). */
export function placesNamedByBodies(groups: readonly NameCandidate[][]): Set<string> {
  const places = new Set<string>();
  for (const members of groups)
    for (const m of members) {
      const w = words(m.text);
      for (let n = 1; n < w.length; n++) if (LOCAL_BODY_TAILS.has(w.slice(n).join(' '))) places.add(key(w.slice(0, n).join(' ')));
    }
  return places;
}

/** A guessed person whose every mention is one name a local body of the article is named after is that place. */
export function placeNamedByItsBody(decision: TypeDecision, members: readonly NameCandidate[], places: Set<string>): TypeDecision {
  if (decision.type !== 'person' || !GUESSED_PERSON_RULES.has(decision.rule)) return decision;
  if (members.some((m) => m.role || m.handle || !places.has(key(m.text)))) return decision;
  return { type: 'place', rule: 'place-named-by-its-body' };
}
