// Step 3b: "the Met" for "the Metropolitan Police": news shortens some organizations by clipping
// their first word, which neither the surname nor the leading-words test sees.
import type { NameCandidate } from '../candidates';
import { ORG_CUES } from '../lexicon/cues';
import type { AliasContext } from './aliasContext';
import { key, words } from './nameText';

/**
 * A single untyped word that clips (at least three letters of) the first word of an organization
 * named earlier, whose name ends in an organization word, joins that organization; of several,
 * the one with the fewest words ("the Met" is the Metropolitan Police, not its Federation).
 */
export function joinClippedForms({ mentions, groups }: AliasContext): void {
  const byPrefix = organizationsByPrefix(mentions);
  if (!byPrefix.size) return;
  mentions.forEach((c, i) => {
    if (c.handle || c.type || c.hint || c.ownerName || /\s/.test(c.text)) return;
    const earlier = (byPrefix.get(key(c.text)) ?? []).filter((k) => mentions[k].start < c.start);
    if (!earlier.length) return;
    const size = (k: number) => words(mentions[k].text).length;
    groups.union(
      earlier.reduce((best, k) => (size(k) < size(best) ? k : best)),
      i,
    );
  });
}

/** Prefixes (3 to 6 letters, shorter than the word) of organizations' first words, each to the mentions that have it, in order. */
function organizationsByPrefix(mentions: readonly NameCandidate[]): Map<string, number[]> {
  const byPrefix = new Map<string, number[]>();
  mentions.forEach((c, i) => {
    const w = words(c.text);
    if (c.handle || c.type !== 'organization' || w.length < 2 || !ORG_CUES.has(w[w.length - 1])) return;
    for (let n = 3; n < w[0].length && n <= 6; n++) {
      const p = w[0].slice(0, n);
      const list = byPrefix.get(p);
      if (list) list.push(i);
      else byPrefix.set(p, [i]);
    }
  });
  return byPrefix;
}
