// Names the speaker of each quote with an ordered chain of small sieves (in the style of Stanford
// CoreNLP's quote attribution). Each sieve looks at one pattern; a later sieve only fills what the
// earlier ones left open (the speaker, or the cue). Then quotes with no cue of their own borrow
// the speaker of neighbouring quotes. All sieves read one token array built once: linear time.
import type { QuoteCandidate } from './candidates';
import type { DocumentModel } from './document';
import type { Entity, Quote } from './types';
import { Attribution, QuoteInfo, SieveContext } from './sieves/context';
import { transcriptTurn } from './sieves/turns';
import { signedPost } from './sieves/signature';
import { trailingCue } from './sieves/trailing';
import { leadingCue } from './sieves/leading';
import { accordingTo } from './sieves/accordingTo';
import { sentenceCue } from './sieves/sentence';
import { headlineQuote } from './sieves/headline';
import { paragraphContinuation, partialEchoes, precedingNarration, sameParagraph } from './sieves/neighbours';

type Sieve = (q: QuoteInfo, ctx: SieveContext) => Attribution | null;

/** Per-quote sieves, most specific first. */
export const SIEVES: ReadonlyArray<[string, Sieve]> = [
  ['transcript turn', transcriptTurn],
  ['signed post', signedPost],
  ['cue after the quote', trailingCue],
  ['cue before the quote', leadingCue],
  ['according to', accordingTo],
  ['headline quote', headlineQuote],
  ['cue in the same sentence', sentenceCue],
];

export function attributeQuotes(quotes: QuoteCandidate[], entities: Entity[], doc: DocumentModel): Quote[] {
  const ctx = new SieveContext(doc, quotes, entities);
  for (const q of ctx.quotes) {
    for (const [, sieve] of SIEVES) {
      const r = sieve(q, ctx);
      if (!r) continue;
      q.result = q.result ? { speaker: q.result.speaker ?? r.speaker, cue: q.result.cue ?? r.cue, final: r.final, rule: q.result.speaker ? q.result.rule : r.rule } : r;
      if (q.result.speaker || q.result.final) break;
    }
  }
  sameParagraph(ctx);
  paragraphContinuation(ctx);
  precedingNarration(ctx);
  partialEchoes(ctx);
  return ctx.quotes.map((q, i) => ({
    id: `q${i + 1}`,
    start: q.quote.start,
    end: q.quote.end,
    text: q.quote.text,
    speaker: q.result?.speaker ?? null,
    cue: q.result?.cue ?? null,
    why: { speaker: q.result && (q.result.speaker || q.result.final) ? q.result.rule : 'no-speaker' },
  }));
}
