// Step 3c: "the Authority", "the Board", "the Trust": an organization word alone, capitalised, is the
// body the article named in full before it ("the Communications Authority of Kenya").
import type { NameCandidate } from '../candidates';
import { ORG_CUES } from '../lexicon/cues';
import type { AliasContext } from './aliasContext';
import { words } from './nameText';

/** Joins each bare organization word to the nearest organization before it that has it as its head word. */
export function joinBareHeads({ mentions, groups }: AliasContext): void {
  mentions.forEach((c, i) => {
    const head = bareHead(c);
    if (!head) return;
    for (let k = i - 1; k >= 0; k--) {
      if (hasHead(mentions[k], head)) {
        groups.union(k, i);
        return;
      }
    }
  });
}

/** The organization word an untyped one-word mention is, or null. */
function bareHead(c: NameCandidate): string | null {
  if (c.type || c.hint || c.handle || c.ownerName || /\s/.test(c.text)) return null;
  const w = words(c.text)[0];
  return w && ORG_CUES.has(w) ? w : null;
}

/** "Greater Hartford Transit Authority", "Communications Authority of Kenya": the word ends the name or comes before its "of"/"for". */
function hasHead(c: NameCandidate, head: string): boolean {
  if (c.type !== 'organization' || c.handle) return false;
  const w = words(c.text);
  if (w.length < 2) return false;
  return w[w.length - 1] === head || w.some((x, k) => x === head && (w[k + 1] === 'of' || w[k + 1] === 'for'));
}
