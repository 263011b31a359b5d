// Durations ("five-day visit" -> P5D, "for three weeks" -> P3W, "48 hours" -> PT48H) and sets
// ("every week", "daily", "annual", "twice a year"): chrono finds neither.
import {
  FREQUENCY_ADVERBS,
  NUMBER_WORDS,
  ONES_WORDS,
  PARTS_OF_A_NAMED_DAY,
  PARTS_OF_DAY,
  SEASONS,
  TENS_WORDS,
  TIME_UNITS,
  UNIT_WORDS,
  Unit,
  VAGUE_QUANTITIES,
} from './lexicon/dateWords';
import {
  AMOUNT_WORDS,
  COUNT_MODIFIERS,
  COUNT_RANGE_JOINERS,
  PREPOSITIONS_BEFORE_OVER,
  SPAN_OWNERS,
  SPAN_WORDS,
  UNITS_LARGEST_FIRST,
  WORDS_BETWEEN_COUNT_AND_UNIT,
} from './lexicon/dateCues';
import { alternation } from './lexicon/pattern';
import { DateCandidate, DateContext, formatDuration } from './dateValues';

const byLength = (a: string, b: string) => b.length - a.length;

const TENS = alternation(TENS_WORDS);
const ONES = alternation(ONES_WORDS);
const WORD_NUMBERS = alternation(Object.keys(NUMBER_WORDS).sort(byLength));
const VAGUE = alternation(VAGUE_QUANTITIES.slice().sort(byLength));
/** A count: digits, number words ("twenty-five", "a couple of"), or a vague quantity ("several"). */
export const NUM = `(?:\\d+(?:\\.\\d+)?|(?:${TENS})[- ](?:${ONES})|${WORD_NUMBERS}|${VAGUE})(?:[- ]and[- ]a[- ]half)?`;
export const UNIT = Object.keys(UNIT_WORDS).sort(byLength).join('|');
// Kept inside the span (TIMEX3 mod="APPROX", "MORE_THAN"...); "just", "only", "up to" stay outside, as the corpora mark them.
const APPROX = alternation(COUNT_MODIFIERS);
/** The first count of a vague range ("two to three weeks", "three, four months"): a comma joins word numbers only. */
const RANGE_START = `(?:(?:${NUM})(?:${alternation(COUNT_RANGE_JOINERS.filter((j) => j !== ', '))})|(?:${WORD_NUMBERS}), )`;
const OVER_AS_MODIFIER_AFTER = new RegExp(`\\b(?:${alternation(PREPOSITIONS_BEFORE_OVER)})\\s+$`, 'i');
const ADJ = alternation(WORDS_BETWEEN_COUNT_AND_UNIT);
const SPAN_LEAD = `(?:${alternation(SPAN_OWNERS)}) (?:${alternation(SPAN_WORDS)})`;

/** Reads a count; null for a vague quantity ("several", "a few"). */
export function parseCount(raw: string): number | null {
  let s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  let extra = 0;
  const half = /[- ]and[- ]a[- ]half$/.exec(s);
  if (half) {
    extra = 0.5;
    s = s.slice(0, half.index);
  }
  if (/^\d/.test(s)) return Number(s) + extra;
  if (VAGUE_QUANTITIES.includes(s)) return null;
  const compound = new RegExp(`^(${TENS})[- ](${ONES})$`).exec(s);
  if (compound) return NUMBER_WORDS[compound[1]] + NUMBER_WORDS[compound[2]] + extra;
  const n = NUMBER_WORDS[s];
  return n === undefined ? null : n + extra;
}

export const DURATION = new RegExp(
  `\\b(?:(?:${SPAN_LEAD}) |(?:${APPROX}) )?${RANGE_START}?(${NUM})(-| )(?:(?:${ADJ})[- ])?(${UNIT})( and a half)?\\b` +
    `(?![-\\s]+old\\b|\\s+of\\s+age\\b|-)`,
  'gi',
);
// "for seconds" is mostly a second helping
const VAGUE_PLURAL_UNITS = [...TIME_UNITS.filter((u) => u !== 'second').map((u) => `${u}s`), 'centuries'];
export const VAGUE_PLURAL = new RegExp(
  `(?<=\\b(?:for|in|over|within|after) )(?:(?:recent|many|the past|the last|the coming|the next) )?` +
    `(${alternation(VAGUE_PLURAL_UNITS)})\\b(?! of\\b| ago\\b)`,
  'gi',
);
/** "minutes later", "hours earlier": a bare plural unit and its relative adverb, one mention. */
const VAGUE_PLURAL_BEFORE = /\b(?<!\d[\s-]?)(years|months|weeks|days|hours|minutes) (?:later|earlier)\b/gi;
const COUNT_BEFORE = new RegExp(`\\b(?:${NUM})[\\s-]$`, 'i');
/** After a count of units, a rate makes the whole a set ("five days a week", "24 hours a day"). */
const PER_UNIT_AFTER = new RegExp(`^ (?:a|an|per) (${UNIT})\\b`, 'i');
/** "another month", "another two weeks": one more stretch of the unit. */
const ANOTHER = new RegExp(`\\banother (?:(${NUM}) )?(${UNIT})\\b`, 'gi');
export const EVERY = new RegExp(
  `\\b(?:every|each)(?: other)?(?: (${NUM}))? ` +
    `(${UNIT}|${alternation(PARTS_OF_A_NAMED_DAY)}|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b`,
  'gi',
);
/** "every winter", "each spring": the season every year (XXXX-WI). */
const EVERY_SEASON = new RegExp(`\\b(?:every|each) (${alternation(Object.keys(SEASONS))})\\b`, 'gi');
/** "every second day", "every third week": every n-th one (P2D, P3W). */
const EVERY_ORDINAL = new RegExp(`\\bevery (second|third|fourth|fifth) (${alternation(TIME_UNITS)})\\b`, 'gi');
const ORDINAL_COUNTS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5 };
/** "every alternate day": every second one (P2D). */
const EVERY_ALTERNATE = new RegExp(`\\bevery alternate (${alternation(TIME_UNITS)})\\b`, 'gi');
/** "on weekends", "Weekends are busy": the plural is a habit (XXXX-WXX-WE). */
const WEEKENDS = /\bweekends\b/gi;
const TIMES_PER = new RegExp(`\\b(once|twice|thrice|(?:${NUM}) times) (?:a|an|per|each|every) (${UNIT})\\b`, 'gi');
export const AMOUNT_PER = new RegExp(`(?<=(?:\\d|\\d%|${alternation(AMOUNT_WORDS)}|m)\\s)(?:a|an|per) (${UNIT})\\b`, 'gi');
export const ADVERB = new RegExp(`\\b(?:${alternation(Object.keys(FREQUENCY_ADVERBS))})\\b`, 'gi');
const DOW: Record<string, number> = { mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6, sun: 7 };

export function findDurations(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const { text } = ctx;
  const push = (start: number, end: number, type: 'duration' | 'set', value: string | null, rule: string) =>
    out.push({ start, end, type, value, source: 'rule', rule });

  for (const m of text.matchAll(DURATION)) {
    const [whole, num, joiner, unitWord, half] = m;
    const unit = UNIT_WORDS[unitWord.toLowerCase()];
    const count = parseCount(num);
    const n = count !== null && half ? count + 0.5 : count;
    const lowerNum = num.toLowerCase();
    // "a second A380", "one second-hand", "a night out": these are not durations
    if (unit === 'second' && (lowerNum === 'a' || lowerNum === 'one')) continue;
    if (unitWord.toLowerCase().startsWith('night') && (lowerNum === 'a' || lowerNum === 'an')) continue;
    // "a quarter of the staff" is a fraction
    if (unit === 'quarter' && (lowerNum === 'a' || lowerNum === 'one')) continue;
    // "2018 day five": a year is not a count of singular units
    if (/^(?:1[5-9]|20)\d\d$/.test(num) && !/s$/i.test(unitWord)) continue;
    // "five-day" is the adjective of a duration; "five days" may also be counted things ("ten days' pay" still counts)
    if (joiner === '-' && /s$/i.test(unitWord) && !/^centuries$/i.test(unitWord)) continue;
    // A quantity of money or a plain figure before the count: "$5 billion a year" is a rate, handled below
    if ((lowerNum === 'a' || lowerNum === 'an') && AMOUNT_BEFORE.test(text.slice(Math.max(0, m.index! - 16), m.index!))) continue;
    // "rose over three years": "over" after a verb or a noun is the preposition, outside the span
    const start = /^over /i.test(whole) && !OVER_AS_MODIFIER_AFTER.test(text.slice(Math.max(0, m.index! - 12), m.index!)) ? 5 : 0;
    const per = PER_UNIT_AFTER.exec(text.slice(m.index! + whole.length, m.index! + whole.length + 16));
    if (per) {
      const period = formatDuration(1, UNIT_WORDS[per[1].toLowerCase()]);
      push(m.index! + start, m.index! + whole.length + per[0].length, 'set', period, 'count-per-unit-set');
      continue;
    }
    push(m.index! + start, m.index! + whole.length, 'duration', formatDuration(n, unit), 'counted-duration');
  }
  for (const m of text.matchAll(VAGUE_PLURAL)) {
    const unit = UNIT_WORDS[m[1].toLowerCase()];
    push(m.index!, m.index! + m[0].length, 'duration', formatDuration(null, unit), 'vague-plural-duration');
  }
  for (const m of text.matchAll(VAGUE_PLURAL_BEFORE)) {
    // "six minutes later": counted, read above
    if (COUNT_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    push(m.index!, m.index! + m[0].length, 'duration', formatDuration(null, UNIT_WORDS[m[1].toLowerCase()]), 'vague-plural-duration');
  }
  for (const m of text.matchAll(ANOTHER)) {
    const n = m[1] ? parseCount(m[1]) : 1;
    push(m.index!, m.index! + m[0].length, 'duration', formatDuration(n, UNIT_WORDS[m[2].toLowerCase()]), 'another-unit-duration');
  }
  for (const m of text.matchAll(EVERY)) {
    const what = m[2].toLowerCase();
    // "every second day": an ordinal, read below
    if (what === 'second' && EVERY_ORDINAL.test(text.slice(m.index!, m.index! + m[0].length + 12))) continue;
    const n = m[1] ? parseCount(m[1]) : 1;
    let value: string | null;
    const dow = /^(mon|tues|wednes|thurs|fri|satur|sun)day$/.exec(what);
    if (dow) value = `XXXX-WXX-${DOW[dow[1]]}`;
    else if (what === 'weekend') value = 'XXXX-WXX-WE';
    else if (UNIT_WORDS[what]) value = formatDuration(/other/i.test(m[0]) ? 2 : n, UNIT_WORDS[what]);
    else value = `T${PARTS_OF_DAY[what]}`;
    push(m.index!, m.index! + m[0].length, 'set', value, 'every-set');
  }
  for (const m of text.matchAll(EVERY_SEASON))
    push(m.index!, m.index! + m[0].length, 'set', `XXXX-${SEASONS[m[1].toLowerCase()].code}`, 'every-season-set');
  for (const m of text.matchAll(EVERY_ORDINAL)) {
    const value = formatDuration(ORDINAL_COUNTS[m[1].toLowerCase()], UNIT_WORDS[m[2].toLowerCase()]);
    push(m.index!, m.index! + m[0].length, 'set', value, 'every-nth-set');
  }
  for (const m of text.matchAll(EVERY_ALTERNATE))
    push(m.index!, m.index! + m[0].length, 'set', formatDuration(2, UNIT_WORDS[m[1].toLowerCase()]), 'every-alternate-set');
  for (const m of text.matchAll(WEEKENDS)) push(m.index!, m.index! + m[0].length, 'set', 'XXXX-WXX-WE', 'weekends-set');
  for (const m of text.matchAll(TIMES_PER))
    push(m.index!, m.index! + m[0].length, 'set', formatDuration(1, UNIT_WORDS[m[2].toLowerCase()]), 'times-per-set');
  for (const m of text.matchAll(AMOUNT_PER))
    push(m.index!, m.index! + m[0].length, 'set', formatDuration(1, UNIT_WORDS[m[1].toLowerCase()]), 'amount-per-set');
  for (const m of text.matchAll(ADVERB)) {
    // "Daily Mail", "Annual Report" as titles: a capital away from a sentence start is a name
    if (/^[A-Z]/.test(m[0]) && !/(?:^|[.!?:"“]\s*)$/.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    push(m.index!, m.index! + m[0].length, 'set', FREQUENCY_ADVERBS[m[0].toLowerCase()], 'frequency-adverb-set');
  }
  return out;
}

export const AMOUNT_BEFORE = new RegExp(`(?:\\d|\\d%|${alternation(AMOUNT_WORDS)}|once|twice|times)\\s$`, 'i');

export type { Unit };

const COMPOUND_FIRST = new RegExp(`\\b(${NUM}) (${UNIT})(?:,| and) $`, 'i');

/**
 * compound-duration: "2 hours, 51 minutes", "two hours and ten minutes": a count of a larger unit just before a
 * duration joins it (PT2H51M); the larger count's own candidate goes.
 */
export function joinCompoundDurations(kept: DateCandidate[], text: string): DateCandidate[] {
  const gone = new Set<DateCandidate>();
  for (const c of kept) {
    if (c.type !== 'duration' || !/^PT?\d+[A-Z]$/.test(c.value ?? '')) continue;
    const m = COMPOUND_FIRST.exec(text.slice(Math.max(0, c.start - 40), c.start));
    const n = m ? parseCount(m[1]) : null;
    const unit = m ? UNIT_WORDS[m[2].toLowerCase()] : undefined;
    const ownUnit = UNIT_WORDS[/\b([a-z]+)$/i.exec(text.slice(c.start, c.end))?.[1].toLowerCase() ?? ''];
    if (
      !m ||
      n === null ||
      !Number.isInteger(n) ||
      !unit ||
      !ownUnit ||
      UNITS_LARGEST_FIRST.indexOf(unit) >= UNITS_LARGEST_FIRST.indexOf(ownUnit)
    )
      continue;
    const joined = joinDurations(formatDuration(n, unit), c.value!);
    if (!joined) continue;
    const start = c.start - m[0].length;
    for (const k of kept) if (k !== c && k.start >= start && k.end <= c.start) gone.add(k);
    [c.start, c.value, c.rule] = [start, joined, 'compound-duration'];
  }
  return gone.size ? kept.filter((k) => !gone.has(k)) : kept;
}

/** "PT2H" and "PT51M" -> "PT2H51M", "P1D" and "PT2H" -> "P1DT2H" (the larger unit first); null when either is no count. */
function joinDurations(a: string, b: string): string | null {
  const parts = (v: string) => /^P((?:\d+[YMWD])*)(?:T((?:\d+[HMS])+))?$/.exec(v);
  const x = parts(a);
  const y = parts(b);
  if (!x || !y) return null;
  const timePart = (x[2] ?? '') + (y[2] ?? '');
  return `P${x[1]}${y[1]}${timePart ? `T${timePart}` : ''}`;
}
