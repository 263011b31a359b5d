// Names the speaker of each quote with an ordered chain of small sieves (in the style of Stanford
// CoreNLP's quote attribution). Each sieve looks at one pattern; a later sieve only fills what the
// earlier ones left open (the speaker, or the cue). Then quotes with no cue of their own borrow
// the speaker of neighbouring quotes. All sieves read one token array built once: linear time.
import type { QuoteCandidate } from './candidates';
import type { DocumentModel } from './document';
import type { Entity, Quote } from './types';
import { type Attribution, type QuoteInfo, SieveContext } from './attribution/context';
import { nestedRemarks, transcriptTurn } from './attribution/sieves/turns';
import { signedPost } from './attribution/sieves/signature';
import { trailingCue } from './attribution/sieves/trailing';
import { leadingCue } from './attribution/sieves/leading';
import { accordingTo } from './attribution/sieves/accordingTo';
import { possessiveSaying } from './attribution/sieves/saying';
import { sentenceCue } from './attribution/sieves/sentence';
import { headlineQuote } from './attribution/sieves/headline';
import { SieveMemo } from './attribution/reuse';
import { paragraphContinuation, partialEchoes, precedingNarration, sameParagraph } from './attribution/sieves/neighbours';

export type Sieve = (q: QuoteInfo, ctx: SieveContext) => Attribution | null;
/** A pass over all quotes, after every quote had its own sieves. */
export type NeighbourPass = (ctx: SieveContext) => void;

/**
 * Per-quote sieves, most specific first. The id names the sieve (stable; not the rule id of the
 * speaker it finds, which src/analysis/rules/speakerRules.ts lists: one sieve may set several).
 */
export const SIEVES: ReadonlyArray<{ id: string; sieve: Sieve }> = [
  { id: 'transcript-turn', sieve: transcriptTurn },
  { id: 'signed-post', sieve: signedPost },
  { id: 'trailing-cue', sieve: trailingCue },
  { id: 'leading-cue', sieve: leadingCue },
  { id: 'possessive-saying', sieve: possessiveSaying },
  { id: 'according-to', sieve: accordingTo },
  { id: 'headline-quote', sieve: headlineQuote },
  { id: 'sentence-cue', sieve: sentenceCue },
];

/** Passes that let quotes without a cue of their own share a neighbour's speaker, in this order. */
export const NEIGHBOUR_PASSES: ReadonlyArray<{ id: string; pass: NeighbourPass }> = [
  { id: 'nested-remark', pass: nestedRemarks },
  { id: 'same-paragraph', pass: sameParagraph },
  { id: 'paragraph-continuation', pass: paragraphContinuation },
  { id: 'preceding-narration', pass: precedingNarration },
  { id: 'partial-echo', pass: partialEchoes },
];

export function attributeQuotes(quotes: QuoteCandidate[], entities: Entity[], doc: DocumentModel): Quote[] {
  const ctx = new SieveContext(doc, quotes, entities);
  // Quotes whose surroundings did not change since the last run take their sieves' result from it (reuse.ts).
  const memo = new SieveMemo(ctx);
  for (const q of ctx.quotes) {
    const reused = memo.reused(q);
    if (reused !== undefined) {
      q.result = reused;
      continue;
    }
    runSieves(q, ctx);
    memo.store(q);
  }
  memo.finish();
  for (const { pass } of NEIGHBOUR_PASSES) pass(ctx);
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

/** The quote's own sieves in order, until one names a speaker or decides there is none. */
function runSieves(q: QuoteInfo, ctx: SieveContext): void {
  for (const { sieve } of SIEVES) {
    const r = sieve(q, ctx);
    if (!r) continue;
    q.result = q.result ? merged(q.result, r) : r;
    if (q.result.speaker || q.result.final) break;
  }
}

/** A later sieve fills what an earlier one left open: the speaker (with its rule), or the cue. */
function merged(earlier: Attribution, later: Attribution): Attribution {
  const speaker = earlier.speaker ?? later.speaker;
  return { speaker, cue: earlier.cue ?? later.cue, final: later.final, rule: earlier.speaker ? earlier.rule : later.rule };
}
