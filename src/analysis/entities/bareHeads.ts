// Step 3c: "the Authority", "the Board", "the Trust": an organization word alone, capitalised, is the
// body the article named in full before it ("the Communications Authority of Kenya").
import type { NameCandidate } from '../candidates';
import { ORG_CUES } from '../lexicon/cues';
import { lastMemberBefore, type AliasContext } from './aliasContext';
import { words } from './nameText';

/** Joins each bare organization word to the nearest organization before it that has it as its head word. */
export function joinBareHeads({ mentions, groups }: AliasContext): void {
  let byHead: Map<string, number[]> | undefined;
  mentions.forEach((c, i) => {
    const head = bareHead(c);
    if (!head) return;
    byHead ??= organizationsByHead(mentions);
    const k = lastMemberBefore(mentions, byHead.get(head) ?? [], c.start);
    if (k >= 0) groups.union(k, i);
  });
}

/** Performance: each head word's organizations (ascending), built once rather than scanned back from every bare word. */
function organizationsByHead(mentions: readonly NameCandidate[]): Map<string, number[]> {
  const byHead = new Map<string, number[]>();
  mentions.forEach((c, k) => {
    for (const head of headsOf(c)) {
      const list = byHead.get(head);
      if (list) list.push(k);
      else byHead.set(head, [k]);
    }
  });
  return byHead;
}

/** The organization word an untyped one-word mention is, or null. */
function bareHead(c: NameCandidate): string | null {
  if (c.type || c.hint || c.handle || c.ownerName || /\s/.test(c.text)) return null;
  const w = words(c.text)[0];
  return w && ORG_CUES.has(w) ? w : null;
}

/** "Greater Hartford Transit Authority", "Communications Authority of Kenya": the last word, or a word before "of"/"for". */
function headsOf(c: NameCandidate): Set<string> {
  const heads = new Set<string>();
  if (c.type !== 'organization' || c.handle) return heads;
  const w = words(c.text);
  if (w.length < 2) return heads;
  heads.add(w[w.length - 1]);
  w.forEach((x, k) => {
    if (w[k + 1] === 'of' || w[k + 1] === 'for') heads.add(x);
  });
  return heads;
}
