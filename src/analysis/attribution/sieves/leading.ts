// Sieve: the cue right before the quote. `Putin said: "..."`, `Jeff Rathke, the State Department
// Spokesperson, said, "..."`, `Braverman told GB News: "..."`, `Jaishankar said in a post on X: "..."`.
import { DOCUMENT_NOUNS, WEAK_VERBS } from '../../lexicon/reporting';
import { SPOKES_NOUNS } from '../../lexicon/speakerPhrases';
import { outerReporter } from './sentence';
import type { Attribution, QuoteInfo, SieveContext } from '../context';

const GLUE = new Set([':', ',', 'that', '—', '–', '-']);

export function leadingCue(q: QuoteInfo, ctx: SieveContext): Attribution | null {
  if (!ctx.hasMarks(q)) return null;
  const opening = ctx.tok(q.firstTok);
  if (!opening) return null;
  let b = q.firstTok - 1;
  while (b >= 0 && GLUE.has(ctx.tokens[b].lower) && ctx.tokens[b].paragraph === opening.paragraph && q.firstTok - b <= 2) b--;
  // The verb may be followed by a short setting: "in a post on X (formerly Twitter)", "told GB News".
  let v = -1;
  for (let k = b; k >= 0 && b - k <= 9; k--) {
    const t = ctx.tokens[k];
    if (t.paragraph !== opening.paragraph || ctx.isBarrier(k, q.index)) break;
    // Weak verbs ("reads", "continued", "noted") count only right before the quote.
    if (ctx.isReportingVerb(k) && (!WEAK_VERBS.has(t.lower) || b - k <= 0)) {
      v = k;
      break;
    }
  }
  if (v < 0) return null;
  const lo = clauseStart(ctx, v, q.index);
  const subject = ctx.phrases.subjectBefore(v, lo);
  const cue = ctx.tokens[v].text;
  if (!subject) return { speaker: null, cue, rule: 'no-speaker' };
  // "Carl Dempsey told board members the company had asked ... "at least three times"": the named reporter's words.
  const reported = subject.kind === 'role' && !DOCUMENT_NOUNS.has(subject.head) && !SPOKES_NOUNS.has(subject.head);
  const who = (reported ? outerReporter(ctx, subject.firstTok, ctx.tokens[v].sentenceStart, false) : null) ?? subject;
  return ctx.attribution(ctx.phrases.documentSource(who, v), who.start, cue, 'leading-cue');
}

/** First token of the narration before token v: after a sentence end, another quote or the paragraph start. */
export function clauseStart(ctx: SieveContext, v: number, own: number): number {
  const para = ctx.tokens[v].paragraph;
  let k = v;
  while (k - 1 >= 0 && v - k < 30 && ctx.tokens[k - 1].paragraph === para && !ctx.isBarrier(k - 1, own)) k--;
  return k;
}
