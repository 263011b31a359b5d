// Sieve: the cue right after the quote. `"...," Putin said`, `"...," Putin told Jaishankar`,
// `"...," said Ambassador Mohib`, `"..." — Matthew Ingram` (a signature under a quoted post).
import { SETTING_WORDS, VERB_MODIFIERS } from '../../lexicon/reporting';
import type { Attribution, QuoteInfo, SieveContext } from '../context';

const DASHES = new Set(['—', '–', '-', '―']);
const TELL = new Set(['told', 'tell', 'tells', 'telling']);

export function trailingCue(q: QuoteInfo, ctx: SieveContext): Attribution | null {
  if (!ctx.hasMarks(q)) return null;
  const closing = ctx.tok(q.lastTok);
  let a = q.lastTok + 1;
  const first = ctx.tok(a);
  if (!closing || !first || first.paragraph !== closing.paragraph || first.quote >= 0) return null;
  // `"...," he said` joins the cue to the quote; `"...." He said ...` may start a new sentence.
  const lastInner = q.quote.text.slice(0, -1).trimEnd().slice(-1);
  let joined = /[,!?…\u2014\-]/.test(lastInner);
  if (first.text === ',' || first.text === ';') {
    joined = true;
    a++;
  }
  let hi = a;
  const inClause = (k: number) => k < ctx.tokens.length && !ctx.isBarrier(k, q.index) && ctx.tokens[k].paragraph === first.paragraph;
  while (hi - a < 16 && inClause(hi + 1)) hi++;
  if (ctx.isBarrier(a, q.index)) return null;

  if (DASHES.has(ctx.tokens[a].text)) {
    const who = ctx.phrases.phraseStartingAt(a + 1, hi);
    if (who && (who.kind === 'mention' || who.kind === 'name')) return ctx.attribution(who, q.quote.start, null, 'trailing-signature');
    return null;
  }

  const tail: Tail = { first: a, last: hi, joined, paragraph: first.paragraph };
  // Verb first: `"...," said Ambassador Mohib`, `says Environment Agency`, `added Smith`.
  return ctx.isReportingVerb(a) ? verbThenName(q, ctx, tail) : nameThenVerb(q, ctx, tail);
}

/** The narration after the quote: its first and last token, whether it is joined to the quote, its paragraph. */
interface Tail {
  first: number;
  last: number;
  joined: boolean;
  paragraph: number;
}

/** The cue ends its clause at token i: `"...," Putin said.`, `said Smith in a statement`. */
function clauseEnds(ctx: SieveContext, tail: Tail, i: number): boolean {
  const t = ctx.tok(i);
  if (!t || t.paragraph !== tail.paragraph || t.quote >= 0) return true;
  return /^[.,;:!?)\u2014\u2013]$/.test(t.text) || SETTING_WORDS.has(t.lower);
}

function verbThenName(q: QuoteInfo, ctx: SieveContext, tail: Tail): Attribution | null {
  const { first: a, last: hi } = tail;
  const who = ctx.phrases.phraseStartingAt(a + 1, hi);
  if (!who || !(tail.joined || clauseEnds(ctx, tail, who.lastTok + 1))) return null;
  return ctx.attribution(ctx.phrases.documentSource(who, hi), q.quote.start, ctx.tokens[a].text, 'trailing-verb-name');
}

// Subject first: `"...," Putin told Jaishankar`, `"...," Khaled Al-Maeena, editor at large ..., said`.
function nameThenVerb(q: QuoteInfo, ctx: SieveContext, tail: Tail): Attribution | null {
  const { first: a, last: hi } = tail;
  const who = ctx.phrases.phraseStartingAt(a, hi);
  if (!who) return null;
  // "a statement from the ministry said", "a spokeswoman for the developer, Kestrel Homes, said".
  const source = ctx.phrases.documentSource(who, hi);
  const e = verbAfter(ctx, Math.max(who.lastTok, source.lastTok) + 1, hi);
  if (e > hi || !ctx.isReportingVerb(e)) return null;
  let after = e + 1;
  if (TELL.has(ctx.tokens[e].lower)) {
    const object = ctx.phrases.phraseStartingAt(after, hi);
    if (object) after = object.lastTok + 1;
  }
  if (!tail.joined && !clauseEnds(ctx, tail, after)) return null;
  return ctx.attribution(source, q.quote.start, ctx.tokens[e].text, 'trailing-name-verb');
}

/** Where the verb should stand after a subject ending before e: past an apposition and modifiers ("also", "has"). */
function verbAfter(ctx: SieveContext, e: number, hi: number): number {
  if (ctx.tok(e)?.text === ',') {
    let k = e + 1;
    while (k <= hi && VERB_MODIFIERS.has(ctx.tokens[k].lower)) k++;
    if (ctx.isReportingVerb(k))
      e++; // the comma closes an apposition: "its director, Paul Mensah, told"
    else {
      k = e + 1;
      while (k <= hi && ctx.tokens[k].text !== ',') k++;
      if (k <= hi && ctx.tokens[k].text === ',') e = k + 1;
    }
  }
  // `"...," Priya Raman of Harbourline Capital Markets wrote`: the employer or town after the name.
  const of = ctx.tok(e)?.lower;
  if (e < hi && (of === 'of' || of === 'from' || of === 'at')) {
    const owner = ctx.phrases.phraseStartingAt(e + 1, hi);
    if (owner && owner.kind === 'mention' && owner.entity?.type !== 'person') e = owner.lastTok + 1;
  }
  while (e <= hi && VERB_MODIFIERS.has(ctx.tokens[e].lower)) e++;
  return e;
}
