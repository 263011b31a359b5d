// Sieves that run after every quote had its own chance: a quote with no cue of its own shares the
// speaker of the quotes around it. Within a paragraph (`"A," he said. "B."` and `"A." "B," he said.`),
// and across paragraphs when a paragraph opens with a quote and nothing in it names a speaker:
// it continues the previous paragraph's last quote. Partial (scare) quotes never borrow a speaker.
import { WEAK_VERBS } from '../data/reporting';
import type { Attribution, QuoteInfo, SieveContext } from './context';
import { clauseStart } from './leading';

const named = (q: QuoteInfo) => !!q.result?.speaker;
const open = (q: QuoteInfo) => !q.partial && !q.result?.speaker && !q.result?.final;

function borrow(q: QuoteInfo, from: QuoteInfo): void {
  const r: Attribution = { speaker: from.result!.speaker, cue: q.result?.cue ?? from.result!.cue };
  q.result = r;
}

export function sameParagraph(ctx: SieveContext): void {
  forEachParagraph(ctx, (quotes) => propagateWithin(quotes));
}

export function paragraphContinuation(ctx: SieveContext): void {
  let previous: QuoteInfo[] = [];
  forEachParagraph(ctx, (quotes) => {
    const first = quotes[0];
    const pi = first.quote.firstParagraph;
    const p = ctx.doc.paragraphs[pi];
    if (pi > 0 && first.quote.start === p.start && open(first) && !quotes.some(named)) {
      const prevLast = previous[previous.length - 1];
      const fromQuote = prevLast && named(prevLast) && prevLast.quote.lastParagraph === pi - 1 ? prevLast : null;
      const speaker = previousParagraphSpeaker(ctx, pi - 1, fromQuote);
      if (speaker) {
        first.result = { speaker: speaker.speaker, cue: first.result?.cue ?? speaker.cue };
        propagateWithin(quotes);
      }
    }
    previous = quotes;
  });
}

/**
 * Who is speaking at the end of paragraph pi: the subject of an introduction ending in a colon
 * ("The Ethiopian envoy, Dawit Bekele, was blunter:"), else whichever comes last of the paragraph's
 * last attributed quote and its last reported speech ("Dr Priya Natarajan ... said the team had ...").
 */
function previousParagraphSpeaker(ctx: SieveContext, pi: number, fromQuote: QuoteInfo | null): Attribution | null {
  const first = ctx.paragraphFirstTok[pi];
  const end = ctx.paragraphFirstTok[pi + 1] ?? ctx.tokens.length;
  if (end <= first) return fromQuote?.result ?? null;
  const last = end - 1;
  if (ctx.tokens[last].text === ':' && ctx.tokens[last].quote < 0) {
    const who = ctx.phraseStartingAt(ctx.tokens[last].sentenceStart, last - 1);
    if (who) return { speaker: ctx.resolve(who, who.start), cue: null };
  }
  const after = fromQuote ? fromQuote.lastTok : first - 1;
  for (let k = last; k > after; k--) {
    if (!ctx.isReportingVerb(k) || WEAK_VERBS.has(ctx.tokens[k].lower)) continue;
    const who = ctx.subjectBefore(k, Math.max(first, clauseStart(ctx, k, -1)));
    if (who && who.kind !== 'role') return { speaker: ctx.resolve(who, who.start), cue: null };
  }
  return fromQuote?.result ?? null;
}

function propagateWithin(quotes: QuoteInfo[]): void {
  let carry: QuoteInfo | null = null;
  for (const q of quotes) {
    if (named(q)) carry = q;
    else if (carry && open(q)) borrow(q, carry);
  }
  carry = null;
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i];
    if (named(q)) carry = q;
    else if (carry && open(q)) borrow(q, carry);
  }
}

/** Calls fn with each paragraph's quotes (by the paragraph a quote starts in), in document order. */
function forEachParagraph(ctx: SieveContext, fn: (quotes: QuoteInfo[]) => void): void {
  let group: QuoteInfo[] = [];
  for (const q of ctx.quotes) {
    if (group.length && group[0].quote.firstParagraph !== q.quote.firstParagraph) {
      fn(group);
      group = [];
    }
    group.push(q);
  }
  if (group.length) fn(group);
}
