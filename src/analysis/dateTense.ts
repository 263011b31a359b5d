// A light tense check for bare weekdays and months ("on Tuesday", "in August"): news reports
// mostly look back, so the nearest verb cue in the sentence decides whether the date is the
// past or the next occurrence. No parse is needed: the nearest cue by token distance is right
// for the usual "X did Y on Tuesday" / "X will do Y on Tuesday" / "said it would ... in June".
import type { Token } from './document';
import { REPORTING_VERBS } from './lexicon/reporting';
import {
  BARE_VERB_AFTER,
  BE_CLITICS,
  CLAUSE_OPENERS_AFTER_A_DATE,
  MODAL_CLITICS,
  DETERMINERS,
  FUTURE_BEFORE_TO,
  FUTURE_CUES,
  INTENT_TO_REACH,
  INTENT_VERBS,
  NEGATED_PAST,
  NOT_PAST_ED,
  PAST_VERBS,
  PLANNED_WORDS,
  RESCHEDULING_VERBS,
  SCHEDULE_PRESENT_VERBS,
} from './lexicon/dateWords';

export type Tense = -1 | 0 | 1;

const BE_PRESENT = new Set(['is', 'are', "'s", "'re", 'am']);
// "until Friday": forward unless the clause is negated
const WEAK = new Set(['until', 'till', 'til']);
const QUOTE_MARK = /^["“”„'‘’«»]$/;

/** A contraction's clitic ("we'll" -> "'ll"), or null. */
function clitic(word: string | undefined): string | null {
  const m = /^[a-z]+('[a-z]+)$/.exec((word ?? '').replace(/’/g, "'"));
  return m ? m[1] : null;
}

/**
 * "voted to close", "voted 5-2 to close ... in June": the intent verb's "to" within a few tokens; a date between the
 * verb and its "to" ("voted on Tuesday to close") belongs to the verb.
 */
function intentTo(tokens: Token[], i: number, dateAt: number): boolean {
  for (let k = i + 1; k <= i + INTENT_TO_REACH && k < tokens.length; k++) {
    if (k === dateAt) return false;
    const t = tokens[k].text.toLowerCase();
    if (t === 'to') return true;
    if (/^[.;,!?]$/.test(t) || t === 'that' || t === 'and') return false;
  }
  return false;
}

function cue(tokens: Token[], i: number, dateAt: number): Tense {
  const raw = tokens[i].text.toLowerCase().replace(/’/g, "'");
  // "we'll look at it on Monday": the clitic is the modal
  const own = clitic(raw);
  const w = own && MODAL_CLITICS.includes(own) ? own : raw;
  const next = tokens[i + 1]?.text.toLowerCase();
  const prevRaw = tokens[i - 1]?.text.toLowerCase();
  const prevClitic = clitic(prevRaw);
  const prev = prevClitic && BE_CLITICS.includes(prevClitic) ? 'is' : prevRaw;
  // "is due to", "was scheduled for", "are expected to": plans are future whatever the tense
  if (NEGATED_PAST.has(w)) return -1;
  // "voted to close ... in June" looks ahead; "A jury on Thursday ordered it to pay": the date is the ordering's own
  if (INTENT_VERBS.has(w) && i < dateAt && intentTo(tokens, i, dateAt)) return 1;
  if (SCHEDULE_PRESENT_VERBS.has(w)) return 1;
  if (PLANNED_WORDS.has(w)) return 1;
  if (FUTURE_BEFORE_TO.has(w)) return next === 'to' || next === 'for' ? 1 : 0;
  if (w === 'may' && /^May$/.test(tokens[i].text) && i > 0) return 0; // the month, not the modal
  if (FUTURE_CUES.has(w)) return 1;
  if (BE_PRESENT.has(w) && next === 'to') return 1; // "is to travel"
  if (w === 'has' || w === 'have' || w === 'had') {
    // "has been scheduled for": the plan is still ahead
    if (PLANNED_WORDS.has(tokens[i + 2]?.text.toLowerCase() ?? '') || PLANNED_WORDS.has(next ?? '')) return 1;
    return next === 'been' || /ed$|en$/.test(next ?? '') || w === 'had' ? -1 : 0;
  }
  const pastShape = PAST_VERBS.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && /^[a-z-]+$/.test(w));
  if (!pastShape) return 0;
  // "would hit", "to set": the bare verb, whose modal (or "to") is the cue
  if (BARE_VERB_AFTER.has((prev ?? '').replace(/’/g, "'"))) return 0;
  // a participle after "be": "to be held" looks ahead, "will be held" has its own cue, "is held" none
  if (prev === 'be') return tokens[i - 2]?.text.toLowerCase() === 'to' ? 1 : 0;
  if (prev === 'being' || prev === 'is' || prev === 'are') return 0;
  // "a revised plan", "the scheduled talks": a participle after a determiner is an adjective
  if (DETERMINERS.has(prev ?? '') && !PAST_VERBS.has(w)) return 0;
  return -1;
}

/**
 * The tense around a date span [start, end) within one sentence's tokens: the cue nearest to the
 * span wins (ties go to the cue before it); 0 when the sentence has no cue.
 */
export function tenseAround(tokens: Token[], start: number, end: number): Tense {
  let first = tokens.findIndex((t) => t.end > start);
  if (first < 0) first = tokens.length;
  let last = first;
  while (last < tokens.length && tokens[last].start < end) last++;
  // a quotation mark ends the clause: "'... by Saturday morning,' said X" is not decided by "said"
  let from = 0;
  let to = tokens.length;
  for (let i = first - 1; i >= 0; i--)
    if (QUOTE_MARK.test(tokens[i].text)) {
      from = i + 1;
      break;
    }
  for (let i = last; i < tokens.length; i++)
    if (QUOTE_MARK.test(tokens[i].text)) {
      to = i;
      break;
    }
  // "closed until Friday" looks ahead; "didn't arrive until Sunday" looks back
  if (first > 0 && WEAK.has(tokens[first - 1].text.toLowerCase())) {
    return tokens
      .slice(from, first)
      .some((t) => NEGATED_PAST.has(t.text.toLowerCase().replace(/’/g, "'")) || /^(?:not|never)$/i.test(t.text))
      ? -1
      : 1;
  }
  // from-date-onwards: "to stop using sprinklers from Saturday.", "From Monday, that changes": a start that ends its
  // clause lies ahead, unless the clause after it tells the past ("From Monday, it rained"; "posts from Friday theorized"
  // go on to their verb, which decides)
  if (tokens[first - 1]?.text.toLowerCase() === 'from') {
    const after = tokens[last]?.text ?? '';
    if (last >= to || /^(?:[.;!?]|onwards?)$/i.test(after)) return 1;
    if (after === ',' && nearestCue(tokens, last + 1, to, last + 1, last + 1) !== -1) return 1;
  }
  // "pushed to March", "postponed until June", "put back to Friday": the new date lies ahead
  const before = tokens[first - 1]?.text.toLowerCase();
  if ((before === 'to' || before === 'until') && [2, 3].some((k) => RESCHEDULING_VERBS.has(tokens[first - k]?.text.toLowerCase() ?? '')))
    return 1;
  return nearestCue(tokens, from, to, first, last);
}

/** The cue nearest to tokens [first, last); a trailing attribution ("..., the airline said") only when no other cue. */
function nearestCue(tokens: Token[], from: number, to: number, first: number, last: number): Tense {
  let best: Tense = 0;
  let bestDistance = Infinity;
  let attribution: Tense = 0;
  let commaAfter = false;
  let otherClause = false;
  let beforeCue: Tense = 0;
  let otherClauseCue: Tense = 0;
  for (let i = from; i < to; i++) {
    if (i >= first && i < last) continue;
    if (i >= last && tokens[i].text === ',') commaAfter = true;
    if (i >= last && CLAUSE_OPENERS_AFTER_A_DATE.has(tokens[i].text.toLowerCase())) otherClause = true;
    const distance = i < first ? first - i : i - last + 1.5;
    if (distance >= bestDistance) continue;
    const c = cue(tokens, i, first);
    if (c === 0) continue;
    const endsClause = i + 1 >= to || /^[.;!?]$/.test(tokens[i + 1].text);
    if (commaAfter && endsClause && REPORTING_VERBS.has(tokens[i].text.toLowerCase())) {
      if (attribution === 0) attribution = c;
      continue;
    }
    // "told staff on Sunday and would offer ...": a cue in a later clause only when none comes before
    if (otherClause && beforeCue !== 0) continue;
    if (otherClause) {
      if (otherClauseCue === 0) otherClauseCue = c;
      continue;
    }
    if (i < first) beforeCue = c;
    best = c;
    bestDistance = distance;
  }
  return best !== 0 ? best : otherClauseCue !== 0 ? otherClauseCue : attribution;
}
