// Sieve: the signature of an embedded social post names its author. `… pic.twitter.com/x — Dr. S.
// Jaishankar (@DrSJaishankar) December 27, 2023` after an unmarked post, `"…" — Name (@handle) on
// X` after a marked one, or a signature alone in the paragraph after the quote. The speaker span
// is the name's entity mention (titles such as "Dr." left out), else the handle's, else the name
// as written. No cue: the text has no reporting word, only the signature (as with `"…" — Name`).
import { Signature, isSignatureOnly, signatureOf } from '../posts';
import type { Attribution, QuoteInfo, SieveContext } from './context';

const ONLY_LINKS = /^\s*(?:(?:https?:\/\/\S+|pic\.twitter\.com\/\S+|t\.co\/\S+)\s*)*$/;

export function signedPost(q: QuoteInfo, ctx: SieveContext): Attribution | null {
  const ps = ctx.doc.paragraphs;
  const pi = q.quote.lastParagraph;
  const p = ps[pi];
  let sig: Signature | null = p.text.includes('(@') ? signatureOf(p) : null;
  if (!sig || sig.dash < q.quote.end || !ONLY_LINKS.test(ctx.doc.text.slice(q.quote.end, sig.dash))) {
    sig = null;
    const next = ps[pi + 1];
    // The quote ends its paragraph and the next paragraph is only a signature.
    if (next && q.quote.end === p.end && next.text.includes('(@')) {
      const s = signatureOf(next);
      if (s && isSignatureOnly(next, s)) sig = s;
    }
  }
  if (!sig) return null;
  const first = ctx.tokenAt(sig.nameStart);
  let last = first;
  while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1].end <= sig.nameEnd) last++;
  const who = first >= 0 ? ctx.phraseStartingAt(first, last) : null;
  if (who && (who.kind === 'mention' || who.kind === 'name')) return { speaker: ctx.resolve(who, q.quote.start), cue: null, final: true };
  // The name was not read as one; the handle's mention may still know its owner.
  const handle = ctx.tokens[last + 2];
  const mi = handle && handle.text.startsWith('@') ? handle.mention : -1;
  const entity = mi >= 0 ? ctx.mentions[mi].entity : null;
  const text = ctx.doc.text.slice(sig.nameStart, sig.nameEnd);
  return { speaker: { start: sig.nameStart, end: sig.nameEnd, text, entityId: entity ? entity.id : null }, cue: null, final: true };
}
