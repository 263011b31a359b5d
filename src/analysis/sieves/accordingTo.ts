// Sieve: `"...", according to the Sydney Morning Herald` and `According to X, "..."`.
import type { Attribution, QuoteInfo, SieveContext } from './context';

export function accordingTo(q: QuoteInfo, ctx: SieveContext): Attribution | null {
  const opening = ctx.tok(q.firstTok);
  if (!opening) return null;
  const para = opening.paragraph;
  const at = (k: number) => {
    const t = ctx.tok(k);
    const n = ctx.tok(k + 1);
    return !!t && !!n && t.quote < 0 && t.lower === 'according' && n.lower === 'to' && t.paragraph === para;
  };
  const found = (k: number): Attribution | null => {
    let hi = k + 2;
    while (hi + 1 < ctx.tokens.length && hi - k < 12 && !ctx.isBarrier(hi + 1, q.index) && ctx.tokens[hi + 1].paragraph === para) hi++;
    const who = ctx.phraseStartingAt(k + 2, hi);
    const cue = ctx.doc.text.slice(ctx.tokens[k].start, ctx.tokens[k + 1].end);
    return who ? { speaker: ctx.resolve(ctx.documentSource(who, k), q.quote.start), cue } : null;
  };
  // After the quote, up to the end of its sentence.
  for (let k = q.lastTok + 1; k < ctx.tokens.length && k - q.lastTok <= 4; k++) {
    if (ctx.isBarrier(k, q.index) || ctx.tokens[k].paragraph !== para) break;
    if (at(k)) return found(k);
  }
  // Before the quote, in its sentence.
  for (let k = q.firstTok - 1; k >= opening.sentenceStart && q.firstTok - k <= 30; k--) {
    const t = ctx.tokens[k];
    if (t.paragraph !== para || /^[.!?]$/.test(t.text)) break;
    if (at(k)) return found(k);
  }
  return null;
}
