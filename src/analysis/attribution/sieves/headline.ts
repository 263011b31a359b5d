// Sieve: a headline that opens with a quote and a colon, `"We will rebuild": mayor vows after
// flood`, quotes the person the story then introduces: the first person named in the next
// paragraphs. A headline label before it ("Analysis:", "EXCLUSIVE:") is never the speaker.
import { HEADLINE_LABELS } from '../../lexicon/reporting';
import type { Attribution, QuoteInfo, SieveContext } from '../context';

/** A headline is one of the first paragraphs, one line, without a full stop at its end. */
const MAX_HEADLINE_PARAGRAPH = 2;
const MAX_HEADLINE_CHARS = 160;
/** How many paragraphs after the headline may introduce its speaker. */
const INTRODUCTION_PARAGRAPHS = 3;

export function headlineQuote(q: QuoteInfo, ctx: SieveContext): Attribution | null {
  const pi = q.quote.firstParagraph;
  const p = ctx.doc.paragraphs[pi];
  if (pi > MAX_HEADLINE_PARAGRAPH || pi !== q.quote.lastParagraph || !ctx.hasMarks(q)) return null;
  if (p.text.length > MAX_HEADLINE_CHARS || p.text.includes('\n') || /[.!?]["”’]?$/.test(p.text.trimEnd())) return null;
  if (ctx.tok(q.lastTok + 1)?.text !== ':') return null;
  const before = ctx.doc.text.slice(p.start, q.quote.start).trim();
  if (before && !isHeadlineLabel(before)) return null;
  const last = ctx.paragraphFirstTok[pi + 1 + INTRODUCTION_PARAGRAPHS] ?? ctx.tokens.length;
  for (let k = ctx.paragraphFirstTok[pi + 1] ?? ctx.tokens.length; k < last; k++) {
    const t = ctx.tokens[k];
    if (t.quote >= 0 || t.mention < 0) continue;
    const m = ctx.mentions[t.mention];
    if (m.entity.type !== 'person') continue;
    const speaker = { start: m.start, end: m.end, text: ctx.doc.text.slice(m.start, m.end), entityId: m.entity.id };
    return { speaker, cue: null, rule: 'headline-quote' };
  }
  return null;
}

function isHeadlineLabel(text: string): boolean {
  return text.endsWith(':') && HEADLINE_LABELS.has(text.slice(0, -1).trim().toLowerCase());
}
