// Step 4: a social handle with no written owner joins the name it spells ("@narendramodi" ->
// Narendra Modi), so a post's author is the person the article names.
import type { NameCandidate } from '../candidates';
import { handleFit } from '../handles';
import type { AliasContext } from './aliasContext';

export function joinHandlesToNames({ mentions, groups }: AliasContext): void {
  // The best name depends only on the handle's text: worked out once per distinct handle.
  const bestForHandle = new Map<string, number>();
  let nameTexts: number[] | null = null;
  mentions.forEach((c, i) => {
    if (!c.handle || c.ownerName) return;
    let best = bestForHandle.get(c.text);
    if (best === undefined) {
      nameTexts ??= firstMentionOfEachName(mentions);
      best = bestNameFor(c.text, mentions, nameTexts);
      bestForHandle.set(c.text, best);
    }
    if (best >= 0) groups.union(best, i);
  });
}

/**
 * Performance: only the first of several mentions with the same text can win (a later one has the
 * same fit and length), so each handle is fitted against distinct texts, listed once. Places are
 * never a handle's owner.
 */
function firstMentionOfEachName(mentions: readonly NameCandidate[]): number[] {
  const seen = new Set<string>();
  const firsts: number[] = [];
  mentions.forEach((d, j) => {
    if (d.handle || d.type === 'place' || seen.has(d.text)) return;
    seen.add(d.text);
    firsts.push(j);
  });
  return firsts;
}

/** The mention whose text the handle fits best (the longer text on a tie), or -1 when none fits. */
function bestNameFor(handle: string, mentions: readonly NameCandidate[], nameTexts: readonly number[]): number {
  let best = -1;
  let bestFit = 1;
  for (const j of nameTexts) {
    const text = mentions[j].text;
    const f = handleFit(handle, text);
    if (f > bestFit || (f === bestFit && best >= 0 && text.length > mentions[best].text.length)) {
      best = j;
      bestFit = f;
    }
  }
  return best;
}
