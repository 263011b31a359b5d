// Sieves that run after every quote had its own chance: a quote with no cue of its own shares the
// speaker of the quotes around it. Within a paragraph (`"A," he said. "B."` and `"A." "B," he said.`),
// and across paragraphs when a paragraph opens with a quote and nothing in it names a speaker:
// it continues the previous paragraph's last quote. Partial (scare) quotes never borrow a speaker.
import type { Attribution, QuoteInfo, SieveContext } from './context';

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
    const prevLast = previous[previous.length - 1];
    const p = ctx.doc.paragraphs[first.quote.firstParagraph];
    if (prevLast && named(prevLast) && prevLast.quote.lastParagraph === first.quote.firstParagraph - 1
      && first.quote.start === p.start && open(first) && !quotes.some(named)) {
      borrow(first, prevLast);
      propagateWithin(quotes);
    }
    previous = quotes;
  });
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
