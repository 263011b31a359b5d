// Sieve: `"...", according to the Sydney Morning Herald`, `According to X, "..."`, and
// `in the words of the Crown prosecutor, Mark Tedeschi, "..."`.
import type { Attribution, QuoteInfo, SieveContext } from '../context';

export function accordingTo(q: QuoteInfo, ctx: SieveContext): Attribution | null {
  const opening = ctx.tok(q.firstTok);
  if (!opening) return null;
  const para = opening.paragraph;
  /** Length in tokens of the cue phrase starting at k, or 0. */
  const at = (k: number): number => {
    const t = ctx.tok(k);
    if (!t || t.quote >= 0 || t.paragraph !== para) return 0;
    if (t.lower === 'according' && ctx.tok(k + 1)?.lower === 'to') return 2;
    const words = (w: string, at: number) => ctx.tok(k + at)?.lower === w;
    if (t.lower === 'in' && words('the', 1) && words('words', 2) && words('of', 3)) return 4;
    return 0;
  };
  const found = (k: number): Attribution | null => {
    const n = at(k);
    let hi = k + n;
    while (hi + 1 < ctx.tokens.length && hi - k < 14 && !ctx.isBarrier(hi + 1, q.index) && ctx.tokens[hi + 1].paragraph === para) hi++;
    const phrase = ctx.phrases.phraseStartingAt(k + n, hi);
    const who = phrase && ctx.phrases.titledPerson(phrase, hi);
    const cue = ctx.doc.text.slice(ctx.tokens[k].start, ctx.tokens[k + n - 1].end);
    return who ? ctx.attribution(ctx.phrases.documentSource(who, k), q.quote.start, cue, 'according-to') : null;
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
