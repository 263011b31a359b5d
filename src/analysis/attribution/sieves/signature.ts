// Sieve: the signature of an embedded social post names its author. `… pic.twitter.com/x — Dr. S.
// Jaishankar (@DrSJaishankar) December 27, 2023` after an unmarked post, `"…" — Name (@handle) on
// X` after a marked one, or a signature alone in the paragraph after the quote (there also
// `— Name` without a handle, under a paragraph that is one marked quote: a pull quote). The speaker span
// is the name's entity mention (titles such as "Dr." left out), else the handle's, else the name
// as written. No cue: the text has no reporting word, only the signature (as with `"…" — Name`).
import { Signature, isSignatureOnly, signatureOf } from '../../posts';
import type { Attribution, QuoteInfo, SieveContext } from '../context';

// `— Name` or `— Name, description`: a dash, one to five capitalised words, optionally a comma and a short description.
const BARE_SIGNATURE = /^[\u2014\u2013\u2015][ \t]*(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.\-]*){0,4})(?:,[^\n]{0,80})?$/u;
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
    // A marked quote alone in its paragraph, signed below without a handle: `— Helen Ostrowski`.
    if (!sig && next && q.quote.start === p.start && q.quote.end === p.end && ctx.hasMarks(q)) {
      const m = BARE_SIGNATURE.exec(next.text);
      if (m) {
        const nameStart = next.start + m[0].indexOf(m[1]);
        sig = { dash: next.start, nameStart, nameEnd: nameStart + m[1].length, textEnd: next.start };
      }
    }
  }
  if (!sig) return null;
  const first = ctx.tokenAt(sig.nameStart);
  let last = first;
  while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1].end <= sig.nameEnd) last++;
  const who = first >= 0 ? ctx.phrases.phraseStartingAt(first, last) : null;
  if (who && (who.kind === 'mention' || who.kind === 'name')) {
    return { speaker: ctx.coref.resolve(who, q.quote.start), cue: null, final: true, rule: 'signed-post' };
  }
  // The name was not read as one; the handle's mention may still know its owner.
  const handle = ctx.tokens[last + 2];
  const mi = handle && handle.text.startsWith('@') ? handle.mention : -1;
  const entity = mi >= 0 ? ctx.mentions[mi].entity : null;
  const text = ctx.doc.text.slice(sig.nameStart, sig.nameEnd);
  const speaker = { start: sig.nameStart, end: sig.nameEnd, text, entityId: entity ? entity.id : null };
  return { speaker, cue: null, final: true, rule: 'signed-post' };
}
