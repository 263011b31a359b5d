// Which name candidates take part in entities at all, in document order.
import type { NameCandidate } from '../candidates';
import { key, words } from './nameText';

/** The candidates to group, sorted by start (the longer first at one start). */
export function mentionsToGroup(candidates: NameCandidate[]): NameCandidate[] {
  const sorted = withoutBareWorkNames(candidates).sort((a, b) => a.start - b.start || b.end - a.end);
  return withoutUnconfirmedCapitals(sorted);
}

/**
 * Products, works and vehicles ("Space Shuttle Atlantis", "the novel Angel Catbird") take their
 * bare name with them: "Atlantis" alone later is the shuttle too (and "Polaroids" the cameras).
 */
function withoutBareWorkNames(candidates: NameCandidate[]): NameCandidate[] {
  const nonKeys = new Set<string>();
  for (const c of candidates) if (c.nonEntity) nonKeys.add(key(c.text)).add(`${key(c.text)}s`);
  return candidates.filter((c) => !c.nonEntity && (c.role || c.handle || !nonKeys.has(key(c.text))));
}

/** A weak candidate (a capital only because it starts a sentence) needs confirmation elsewhere. */
function withoutUnconfirmedCapitals(sorted: NameCandidate[]): NameCandidate[] {
  const strongKeys = new Set<string>();
  const strongWords = new Set<string>();
  for (const c of sorted) {
    if (c.handle || c.evidence === 'weak') continue;
    strongKeys.add(key(c.text));
    const w = words(c.text);
    if (w.length > 1) for (const x of w) strongWords.add(x);
  }
  const confirmed = (c: NameCandidate) => strongKeys.has(key(c.text)) || strongWords.has(key(c.text));
  return sorted.filter((c) => c.handle || c.evidence !== 'weak' || c.type || confirmed(c));
}
