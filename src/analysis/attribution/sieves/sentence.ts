// Sieve: a reporting verb earlier in the quote's own sentence, for partial quotes inside reported
// speech: `Georgi Ivanov ... said after the interview that the plan would "change nothing"`.
// Only strong reporting verbs count here ("said", "told", not "reads" or "noted"); a quote embedded
// in the narration also takes the subject of a characterising verb (`Hughes called the attack
// "senseless."`, `an audit by the Charity Commission found the controls "inadequate"`).
import { CHARACTERISING_VERBS, WEAK_VERBS } from '../../lexicon/reporting';
import type { Attribution, QuoteInfo, SieveContext } from '../context';
import { clauseStart } from './leading';

export function sentenceCue(q: QuoteInfo, ctx: SieveContext): Attribution | null {
  if (!ctx.hasMarks(q)) return null;
  const opening = ctx.tok(q.firstTok);
  if (!opening) return null;
  const from = opening.sentenceStart;
  for (let k = q.firstTok - 1; k >= from && q.firstTok - k <= 40; k--) {
    const t = ctx.tokens[k];
    if (t.paragraph !== opening.paragraph) break;
    if (t.quote >= 0) continue; // an earlier quote in the same sentence
    if (/^[.!?;]$/.test(t.text)) break;
    const reporting = ctx.isReportingVerb(k) && !WEAK_VERBS.has(t.lower);
    if (!reporting && !(q.embedded && CHARACTERISING_VERBS.has(t.lower))) continue;
    const who = ctx.phrases.subjectBefore(k, Math.max(from, clauseStart(ctx, k, q.index)));
    if (!who) continue;
    const rule = reporting ? 'sentence-cue' : 'partial-characterising-verb';
    return ctx.attribution(ctx.phrases.documentSource(who, k), who.start, t.text, rule);
  }
  return null;
}
