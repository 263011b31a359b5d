// Sieve: a reporting verb earlier in the quote's own sentence, for partial quotes inside reported
// speech: `Georgi Ivanov ... said after the interview that the plan would "change nothing"`.
// Only strong reporting verbs count here ("said", "told", not "reads" or "noted"); a quote embedded
// in the narration also takes the subject of a characterising verb (`Hughes called the attack
// "senseless."`, `an audit by the Charity Commission found the controls "inadequate"`).
import { CHARACTERISING_VERBS, DOCUMENT_NOUNS, REPORTING_PARTICIPLES, WEAK_VERBS } from '../../lexicon/reporting';
import type { Attribution, QuoteInfo, SieveContext, SpeakerPhrase } from '../context';

/** How far before "that" the outer reporting verb may stand: "said in a filing with the regulator that". */
const OUTER_REPORTER_TOKENS = 24;
/** How far after a weak verb its "that" may stand: "posted on X (formerly Twitter) that". */
const THAT_CLAUSE_TOKENS = 8;
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
    const reporting = (ctx.isReportingVerb(k) && (!WEAK_VERBS.has(t.lower) || takesThat(ctx, k))) || reportingParticiple(ctx, k);
    if (!reporting && !(q.embedded && CHARACTERISING_VERBS.has(t.lower))) continue;
    let who = ctx.phrases.subjectBefore(k, Math.max(from, clauseStart(ctx, k, q.index)));
    if (!who || (!reporting && !q.partial && !canCharacterise(who))) continue;
    const rule = reporting ? 'sentence-cue' : 'partial-characterising-verb';
    // "The company said ... that it had declared ...": a pronoun inside reported speech is the reporter; so is a role
    // ("Carl Dempsey told board members the company had asked ... "at least three times"").
    const reporter =
      who.kind === 'pronoun' || (who.kind === 'role' && !DOCUMENT_NOUNS.has(who.head))
        ? outerReporter(ctx, who.firstTok, from, who.kind === 'pronoun')
        : null;
    if (reporter) who = reporter;
    return ctx.attribution(ctx.phrases.documentSource(who, k), who.start, t.text, rule);
  }
  return null;
}

/** participle-report: "Ms Keegan rejected that, saying the Tories had “left ...”": a reporting participle after a comma. */
function reportingParticiple(ctx: SieveContext, v: number): boolean {
  const t = ctx.tokens[v];
  return t.quote < 0 && REPORTING_PARTICIPLES.has(t.lower) && ctx.tok(v - 1)?.text === ',';
}

/**
 * "posted on X that", "noted in a letter that": a weak verb with a that-clause of its own reports
 * speech (not "the post noted" or "the report continued").
 */
function takesThat(ctx: SieveContext, v: number): boolean {
  // "..., telling the Dáil that": a participle after a comma takes the sentence's subject (subjectBefore reads it);
  // elsewhere an -ing form is not a weak verb's report ("the post reading that").
  if (ctx.tokens[v].lower.endsWith('ing') && ctx.tok(v - 1)?.text !== ',') return false;
  for (let k = v + 1; k < ctx.tokens.length && k - v <= THAT_CLAUSE_TOKENS; k++) {
    const t = ctx.tokens[k];
    if (t.quote >= 0 || /^[.!?;:]$/.test(t.text) || t.sentenceStart !== ctx.tokens[v].sentenceStart) return false;
    if (t.lower === 'that') return true;
  }
  return false;
}

/** The subject of a strong reporting verb before "that" before token i in the sentence from `from`, unless a pronoun too. */
export function outerReporter(ctx: SieveContext, i: number, from: number, needsThat: boolean): SpeakerPhrase | null {
  const that = ctx.tok(i - 1)?.lower === 'that';
  if (needsThat && !that) return null;
  for (let k = i - (that ? 2 : 1); k >= from && i - k <= OUTER_REPORTER_TOKENS; k--) {
    const t = ctx.tokens[k];
    if (t.quote >= 0 || /^[.!?;]$/.test(t.text)) return null;
    if (!ctx.isReportingVerb(k) || WEAK_VERBS.has(t.lower)) continue;
    const who = ctx.phrases.subjectBefore(k, Math.max(from, clauseStart(ctx, k, -1)));
    // (For a role inside the reported words, only a named reporter: "X told members the company had ...".)
    return who && who.kind !== 'pronoun' && (needsThat || who.kind === 'mention') ? who : null;
  }
  return null;
}

/**
 * Who can call a thing "unacceptable." (a quote ending in its own mark, so perhaps a name: `a new screen
 * called "retina display,"`): a known person or organization, a pronoun, or a document.
 */
function canCharacterise(who: SpeakerPhrase): boolean {
  if (who.kind === 'pronoun') return true;
  if (who.kind === 'role') return DOCUMENT_NOUNS.has(who.head);
  return !!who.entity && who.entity.type !== 'place';
}
