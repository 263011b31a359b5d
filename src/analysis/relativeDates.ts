// Dates our own patterns read better than chrono: anything anchored on the document date
// ("today", "last week", "next year", "two years ago", "earlier this month", "this evening"),
// bare weekdays and months (resolved by tense), quarters, seasons, decades, centuries, bare
// years, and the TIMEX3 references PRESENT_REF / PAST_REF / FUTURE_REF. Values keep the
// precision of the text: "last month" is 2024-02, not a day.
import {
  CENTURY_ORDINALS,
  DAY_WORD_OFFSETS,
  DECADE_NAMES,
  EDGES_OF_A_PERIOD,
  LAST_AS_VERB_BEFORE,
  MONTH_ABBREVIATIONS,
  MONTH_CONTEXT_BEFORE,
  MONTH_NAMES as MONTH_NAME_LIST,
  MONTHS,
  PARTS_OF_A_NAMED_DAY,
  PARTS_OF_DAY,
  PLAN_BEFORE_YEAR,
  PLAN_NAME_BEFORE_YEAR,
  PROGRAMME_AFTER,
  PROGRAMME_BEFORE,
  QUARTER_ORDINALS,
  SEASONS,
  TIME_UNITS,
  UNIT_WORDS,
  Unit,
  WEEKDAY_NAMES as WEEKDAY_NAME_LIST,
  WEEKDAYS,
} from './lexicon/dateWords';
import {
  A_YEAR_BACK,
  ANCHORED_SHIFT_WORDS,
  CALENDAR_SPANS,
  GAME_WORDS,
  SEASON_MODIFIERS,
  HABIT_WORDS,
  COUNTED_AFTER_A_NUMBER,
  LABELS_BEFORE_A_NUMBER,
  MODIFIABLE_UNITS,
  NOT_COUNTED_AFTER_A_NUMBER,
  PARTS_OF_A_PERIOD,
  PREPOSITIONS_BEFORE_PAST_OR_FUTURE,
  SAME_PERIOD_UNITS,
  SMALL_COUNTS,
  UNIT_MODIFIERS,
  WORDS_AFTER_ANOTHER_DAY,
  WORDS_AFTER_THE_FUTURE_AS_A_NOUN,
  WORDS_BEFORE_A_BARE_SEASON,
  WORDS_BEFORE_A_TWO_DIGIT_YEAR,
  WORDS_BEFORE_A_YEAR,
  WORDS_BEFORE_NOW_AS_PRESENT,
  WORDS_BEFORE_THE_DAY,
  WORDS_BEFORE_THE_WEEKEND,
  WORDS_AFTER_NOW_NOT_PRESENT,
  WORDS_BEFORE_NOW_AS_FROM_HERE_ON,
  WORDS_CONTINUING_AT_THE_TIME,
} from './lexicon/dateCues';
import { alternation } from './lexicon/pattern';
import {
  addDays,
  DateCandidate,
  DateContext,
  formatDuration,
  formatQuarter,
  formatUnit,
  formatWeek,
  formatYear,
  formatYm,
  formatYmd,
  inferYear,
  isValidYmd,
  quarterOf,
  shift,
  weekday,
  weekdayNear,
  Ymd,
} from './dateValues';
import { NUM, parseCount } from './durations';

type Found = {
  type: DateCandidate['type'];
  value: string | null;
  rule?: string;
  fromPrevious?: DateCandidate['fromPrevious'];
  samePeriod?: string;
} | null;
interface Rule {
  /** The id in the decision trace (rules/dateRules.ts). */
  id: string;
  re: RegExp;
  make(m: RegExpExecArray, ctx: DateContext, start: number, end: number): Found;
}

const MONTH_NAMES = alternation(MONTH_NAME_LIST);
const MONTH_ABBR = alternation(MONTH_ABBREVIATIONS);
const WEEKDAY_NAMES = alternation(WEEKDAY_NAME_LIST);
const DAY_PART = alternation(PARTS_OF_A_NAMED_DAY);
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
/** A 12-hour clock time: hour, minutes, a/p ("10am", "9:30 a.m."). */
const CLOCK_12H = '(\\d{1,2})(?:[:.](\\d\\d))? ?([ap])\\.?m\\b\\.?';
const GAME_CONTEXT = new RegExp(`\\b(?:${alternation(GAME_WORDS)})\\b`, 'i');
const PAST_OR_FUTURE_AFTER = `(?<=\\b(?:${alternation(PREPOSITIONS_BEFORE_PAST_OR_FUTURE)})\\s)`;

const date = (value: string | null): Found => ({ type: 'date', value });
const time = (value: string | null): Found => ({ type: 'time', value });
const withRef = (ctx: DateContext, f: (ref: Ymd) => string | null): string | null => (ctx.ref ? f(ctx.ref) : null);
const lower = (s: string | undefined) => (s ?? '').toLowerCase();
const YEAR_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };

/** A season's TIMEX3 value; a winter is named by the year of its December ("this winter" in January 2026 is 2025-WI). */
function seasonValue(y: number, code: string): string {
  return `${formatYear(y)}-${code}`;
}

/** Where the season stands relative to ref: -1 over, 0 now, 1 to come (within ref's year). */
function seasonPosition(ref: Ymd, startMonth: number): -1 | 0 | 1 {
  if (startMonth === 12) return ref.m === 12 || ref.m <= 2 ? 0 : 1;
  if (ref.m < startMonth) return 1;
  return ref.m < startMonth + 3 ? 0 : -1;
}

/** "before the spring" in November is next spring; "surveyed in the autumn" in January is last autumn; else this year's. */
function bareSeasonValue(ctx: DateContext, name: string, tense: -1 | 0 | 1): string | null {
  return withRef(ctx, (ref) => {
    const season = SEASONS[name];
    const pos = seasonPosition(ref, season.month);
    const base = season.month === 12 && ref.m <= 2 ? ref.y - 1 : ref.y;
    const y = tense > 0 && pos === -1 ? base + 1 : tense < 0 && pos === 1 ? base - 1 : base;
    return seasonValue(y, season.code);
  });
}

/** A calendar unit of the document date moved by n: "last month" = unit 'month', n = -1. */
function unitValue(ctx: DateContext, unit: string, n: number): string | null {
  return withRef(ctx, (ref) => {
    if (unit === 'weekend') return `${formatWeek(addDays(ref, 7 * n))}-WE`;
    const season = SEASONS[unit];
    if (season) {
      const pos = seasonPosition(ref, season.month);
      const base = season.month === 12 && ref.m <= 2 ? ref.y - 1 : ref.y;
      let y = base;
      if (n < 0) y = pos === -1 ? base : base - 1;
      if (n > 0) y = pos === 1 ? base : base + 1;
      return seasonValue(y, season.code);
    }
    const pod = PARTS_OF_DAY[unit];
    if (pod) return `${formatYmd(addDays(ref, n))}T${pod}`;
    const u = UNIT_WORDS[unit];
    return u ? formatUnit(shift(ref, u, n), u) : null;
  });
}

/** A weekday: modifiers first ("last", "next"), else the sentence's tense (news looks back by default). */
function weekdayValue(ctx: DateContext, dow: number, modifier: string, start: number, end: number): string | null {
  return withRef(ctx, (ref) => {
    if (modifier === 'last' || modifier === 'this past' || modifier === 'past') return formatYmd(weekdayNear(ref, dow, -1, true));
    if (modifier === 'next' || modifier === 'this coming' || modifier === 'coming') return formatYmd(weekdayNear(ref, dow, 1, true));
    const t = ctx.tense(start, end);
    if (modifier === 'this') return formatYmd(weekdayNear(ref, dow, t < 0 ? -1 : 1));
    return formatYmd(weekdayNear(ref, dow, t > 0 ? 1 : -1));
  });
}

function partOfDay(word: string | undefined): string {
  return word ? `T${PARTS_OF_DAY[word.toLowerCase()]}` : '';
}

function twoDigitYear(ctx: DateContext, yy: number): number {
  const current = ctx.ref ? ctx.ref.y % 100 : 30;
  return yy <= current + 1 ? 2000 + yy : 1900 + yy;
}

export const RULES: Rule[] = [
  // today / yesterday / tomorrow / tonight, with "earlier"/"later" and a part of the day
  {
    id: 'day-word',
    re: new RegExp(`\\b(?:(?:earlier|later) )?(${alternation(Object.keys(DAY_WORD_OFFSETS))})(?:(?:['’]s)? (${DAY_PART}))?\\b`, 'gi'),
    make(m, ctx, start, end) {
      // "the radio programme Today", "the Today programme": a capitalised day word by a programme word is a name
      if (/^[A-Z]/.test(m[0]) && PROGRAMME_BEFORE.test(ctx.text.slice(Math.max(0, start - 24), start))) return null;
      if (/^[A-Z]/.test(m[1]) && !m[2] && PROGRAMME_AFTER.test(ctx.text.slice(end, end + 16))) return null;
      const word = lower(m[1]);
      const n = DAY_WORD_OFFSETS[word] ?? 0;
      const pod = word === 'tonight' ? 'TNI' : partOfDay(m[2]);
      const value = withRef(ctx, (ref) => formatYmd(addDays(ref, n)) + pod);
      return pod ? time(value) : date(value);
    },
  },
  // "now" as the present moment ("until now", "right now", "for now"), "the time being"; the plain
  // adverb ("is now the largest") is present-now-adverb below
  {
    id: 'present-now',
    re: new RegExp(`\\bright now\\b|(?<=\\b(?:${alternation(WORDS_BEFORE_NOW_AS_PRESENT)}) )now\\b(?![-’'])|\\bthe time being\\b`, 'gi'),
    make: () => date('PRESENT_REF'),
  },
  // "prices are now higher", "She now builds boats", "currently": the present (TimeML PRESENT_REF), but not
  // "would now return" (from here on), "now that" (a conjunction) or "now-closed"
  {
    id: 'present-now-adverb',
    re: new RegExp(
      `(?<!\\b(?:${alternation([...WORDS_BEFORE_NOW_AS_FROM_HERE_ON, ...WORDS_BEFORE_NOW_AS_PRESENT])})\\s)\\bnow\\b(?![-’']|\\s(?:${alternation(WORDS_AFTER_NOW_NOT_PRESENT)})\\b)` +
        `|\\bcurrently\\b`,
      'gi',
    ),
    make: () => date('PRESENT_REF'),
  },
  {
    id: 'at-the-time-past-ref',
    re: new RegExp(`(?<=\\bat )the time\\b(?! (?:${alternation(WORDS_CONTINUING_AT_THE_TIME)})\\b)`, 'gi'),
    make: () => date('PAST_REF'),
  },
  {
    id: 'past-ref-the-past',
    re: new RegExp(
      `${PAST_OR_FUTURE_AFTER}(?:the (?:distant |recent |not-too-distant |not too distant )?past)\\b` +
        `(?! (?:\\d|${alternation(SMALL_COUNTS)}|(?:${alternation(CALENDAR_SPANS)})))`,
      'gi',
    ),
    make: () => date('PAST_REF'),
  },
  {
    id: 'future-ref-the-future',
    re: new RegExp(
      `${PAST_OR_FUTURE_AFTER}(?:the (?:near |distant |foreseeable |immediate |not-too-distant |not too distant )?future` +
        `|the (?:near|long|short|medium) term)\\b` +
        `(?!\\s+(?!(?:${alternation(WORDS_AFTER_THE_FUTURE_AS_A_NOUN)})\\b)[a-z])`,
      'gi',
    ),
    make: () => date('FUTURE_REF'),
  },
  // this / last / next + calendar unit: "last week" 2024-W06, "earlier this month" 2024-02, "this evening" 2024-02-13TEV
  {
    id: 'this-last-next-unit',
    re: new RegExp(
      `\\b(?:(the) )?(?:(earlier|later|early|late) (?:in )?)?(${alternation(UNIT_MODIFIERS)}) (${alternation(MODIFIABLE_UNITS)})\\b` +
        `(?! of (?:the |this |last |next )?(?:${MONTH_NAMES}|\\d|year\\b|month\\b|week\\b))`,
      'gi',
    ),
    make(m, ctx, start, end) {
      const [, det, , modRaw, unitRaw] = m;
      const mod = lower(modRaw);
      // "expected to last a week": the verb, and what follows is a duration
      if (mod === 'last' && !det && LAST_AS_VERB_BEFORE.test(ctx.text.slice(Math.max(0, start - 20), start))) return null;
      const unit = lower(unitRaw);
      const the = lower(det) === 'the';
      const isPod = !!PARTS_OF_DAY[unit];
      if (mod === 'same' || mod === 'following' || (the && mod === 'next' && (isPod || unit === 'day')))
        return isPod ? time(null) : date(null);
      // "the past year", "the next month", "the last decade": a stretch of time, not a calendar unit
      if (
        (the && (mod === 'past' || mod === 'next' || mod === 'coming')) ||
        (mod === 'past' && !det) ||
        (mod === 'last' && (unit === 'decade' || unit === 'century') && the)
      ) {
        const u = UNIT_WORDS[unit];
        if (u) return { type: 'duration', value: formatDuration(u === 'decade' ? 1 : 1, u) };
      }
      if (isPod) {
        if (mod === 'this' || mod === 'current') return time(unitValue(ctx, unit, 0));
        if (mod === 'last' || mod === 'previous' || mod === 'this past' || mod === 'past') return time(unitValue(ctx, unit, -1));
        return time(null);
      }
      let n = mod === 'this' || mod === 'current' || mod === 'this coming' ? 0 : mod === 'next' || mod === 'coming' ? 1 : -1;
      if (ctx.ref && n === 0 && mod === 'this') {
        const dow = weekday(ctx.ref);
        // "this weekend" in a past-tense report written on a weekday: the one just gone
        if (unit === 'weekend' && dow >= 1 && dow <= 5 && ctx.tense(start, end) < 0) n = -1;
        // "drove the upside this quarter" early in a quarter, in a results report: the quarter just closed
        if (unit === 'quarter' && (ctx.ref.m - 1) % 3 === 0 && ctx.tense(start, end) < 0) n = -1;
        // a week written about on a Sunday is the one starting that day (the week runs Sunday to Saturday in US news)
        if (unit === 'week' && dow === 0 && ctx.tense(start, end) >= 0) n = 1;
      }
      return date(unitValue(ctx, unit, n));
    },
  },
  // "the 14th of next month at 9 a.m.": a day of a month named relative to the document date, with its time
  {
    id: 'ordinal-day-of-relative-month',
    re: new RegExp(`\\b(?:${CLOCK_12H} on )?(?:the )?(\\d{1,2})(?:st|nd|rd|th) of (this|next|last) month(?: at ${CLOCK_12H})?`, 'gi'),
    make(m, ctx) {
      // groups: a leading clock (1-3), the day (4), the month (5), a trailing clock (6-8)
      const n = lower(m[5]) === 'next' ? 1 : lower(m[5]) === 'last' ? -1 : 0;
      const day = Number(m[4]);
      const value = withRef(ctx, (ref) => {
        const month = shift({ y: ref.y, m: ref.m, d: 1 }, 'month', n);
        const ymd = { y: month.y, m: month.m, d: day };
        return isValidYmd(ymd) ? formatYmd(ymd) : null;
      });
      const [h, min, ap] = m[1] ? [m[1], m[2], m[3]] : [m[6], m[7], m[8]];
      if (!h) return date(value);
      const hour = (Number(h) % 12) + (lower(ap) === 'p' ? 12 : 0);
      return time(value === null ? null : `${value}T${String(hour).padStart(2, '0')}:${min ?? '00'}`);
    },
  },
  // "the end of this year", "the beginning of the month", "the rest of the week"
  {
    id: 'edge-of-unit',
    re: new RegExp(
      `\\b(?:the )?(?:very )?(?:${alternation(PARTS_OF_A_PERIOD)}) of (?:the |this |last |next )(${alternation(CALENDAR_SPANS)})\\b`,
      'gi',
    ),
    make(m, ctx) {
      const rel = /\b(this|last|next|the) \w+$/i.exec(m[0]);
      const n = lower(rel?.[1]) === 'last' ? -1 : lower(rel?.[1]) === 'next' ? 1 : 0;
      return date(unitValue(ctx, lower(m[1]), n));
    },
  },
  // "two years ago", "a decade ago", "three weeks from now"
  {
    id: 'count-ago-from-now',
    re: new RegExp(`\\b(${NUM}) ((?:${Object.keys(UNIT_WORDS).join('|')}))( ago|,? from now| hence)\\b`, 'gi'),
    make(m, ctx) {
      const unit = UNIT_WORDS[lower(m[2])];
      const n = parseCount(m[1]);
      const sign = /ago/i.test(m[3]) ? -1 : 1;
      if (n === null) return date(sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
      return date(
        withRef(ctx, (ref) => {
          const moved = shift(ref, unit, sign * n);
          if (unit === 'decade' || unit === 'century') return formatYear(moved.y);
          if (unit === 'week' || unit === 'fortnight' || unit === 'hour' || unit === 'minute' || unit === 'second') return formatYmd(moved);
          return formatUnit(moved, unit);
        }),
      );
    },
  },
  // quarters and halves: "the third quarter of 2009", "Q1 2024", "third-quarter", "last quarter"
  {
    id: 'quarter',
    re: new RegExp(
      `\\b(?:the )?(${alternation(Object.keys(QUARTER_ORDINALS))})[- ]quarter` +
        `(?: (?:of )?(?:(this|last|next) year|the year|(?:fiscal )?(${YEAR})))?\\b` +
        `|\\bQ([1-4])(?:\\s*(${YEAR}))?\\b`,
      'gi',
    ),
    make(m, ctx, start, end) {
      if (m[4] && !/^Q/.test(m[0])) return null;
      const q = m[4] ? Number(m[4]) : QUARTER_ORDINALS[lower(m[1])];
      const explicit = m[3] ?? m[5];
      if (explicit) return date(formatQuarter(Number(explicit), q));
      const rel = lower(m[2]);
      // game-period-quarter: "scored 14 of his 33 points in the fourth quarter": a period of play
      if (!rel && !m[4] && GAME_CONTEXT.test(ctx.text)) return null;
      return date(quarterValue(ctx, q, rel, start, end));
    },
  },
  // months-quarter: "the July-September quarter", "the April–June quarter": a calendar quarter by its months
  {
    id: 'months-quarter',
    re: new RegExp(`\\bthe (${MONTH_NAMES})[-–](${MONTH_NAMES}) quarter\\b`, 'gi'),
    make(m, ctx, start, end) {
      const first = MONTHS[lower(m[1])];
      const last = MONTHS[lower(m[2])];
      if (!/^[A-Z]/.test(m[1]) || first % 3 !== 1 || last !== first + 2) return null;
      return date(quarterValue(ctx, (first + 2) / 3, '', start, end));
    },
  },
  {
    id: 'half-year',
    re: new RegExp(`\\b(?:the )?(first|second) half of (?:(this|last|next) year|the year|(${YEAR}))\\b|\\bH([12])\\s+(${YEAR})\\b`, 'gi'),
    make(m, ctx) {
      const h = m[4] ? Number(m[4]) : lower(m[1]) === 'first' ? 1 : 2;
      const y = m[3] ?? m[5];
      if (y) return date(`${y}-H${h}`);
      const rel = lower(m[2]);
      return date(withRef(ctx, (ref) => `${formatYear(ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0))}-H${h}`));
    },
  },
  // seasons with a year or a modifier: "summer 2024", "last summer", "the winter of 1998"
  {
    id: 'season',
    re: new RegExp(
      `\\b(?:(the) )?(?:(early|late|mid)[- ]?)?(?:(this|last|next|past|coming) )?(spring|summer|autumn|fall|winter)` +
        `(?: (?:of )?(${YEAR})| (?:of )?(last|next|this) year\\b)?\\b`,
      'gi',
    ),
    make(m, ctx, start) {
      const [, the, , rel, seasonRaw, year, yearRel] = m;
      const season = SEASONS[lower(seasonRaw)];
      if (year) return date(seasonValue(Number(year), season.code));
      // "spring last year", "the summer of next year": the season of that year
      if (yearRel && !rel) return date(withRef(ctx, (ref) => seasonValue(ref.y + YEAR_SHIFT[lower(yearRel)], season.code)));
      if (rel)
        return date(
          unitValue(ctx, lower(seasonRaw), lower(rel) === 'this' ? 0 : lower(rel) === 'next' || lower(rel) === 'coming' ? 1 : -1),
        );
      // a bare season needs a temporal preposition before it; "fall" never goes bare (the verb)
      if (lower(seasonRaw) === 'fall') return null;
      if (!the && !BARE_SEASON_AFTER.test(ctx.text.slice(Math.max(0, start - 20), start))) return null;
      return date(bareSeasonValue(ctx, lower(seasonRaw), ctx.tense(start, start + m[0].length)));
    },
  },
  // named-season: "this season", "last season", "the rainy season", "the 2025/26 season": a stretch of the year without a
  // calendar value in our conventions; "the season" alone only in a match report.
  {
    id: 'named-season',
    re: new RegExp(
      `\\b(?:(this|last|next|that)|the(?: (${alternation(SEASON_MODIFIERS)}|${YEAR}(?:[/-]\\d{2,4})?))?) season\\b(?!['’]s)`,
      'gi',
    ),
    make(m, ctx) {
      if (!m[1] && !m[2] && !GAME_CONTEXT.test(ctx.text)) return null;
      return date(null);
    },
  },
  // decades and centuries: "the 1990s" 199, "the '90s", "the sixties", "the 20th century" 19
  {
    id: 'decade',
    re: new RegExp(
      `\\b(?:the (?:(?:early|late|mid)[- ])?|(?:early|late|mid)[- ])?(1[0-9]|20)(\\d)0['’]?s\\b|(?:\\bthe )?['’‘](\\d)0s\\b|(?<=\\b(?:the|and|or|to|early|late|mid)[- ])(\\d)0s\\b` +
        `|\\bthe (?:(?:early|late|mid)[- ])?(${alternation(Object.keys(DECADE_NAMES))})\\b`,
      'gi',
    ),
    make(m, ctx) {
      if (m[1]) return date(`${m[1]}${m[2]}`);
      const d = m[3] ?? m[4];
      if (d !== undefined) {
        const y = twoDigitYear(ctx, Number(d) * 10);
        return date(String(Math.floor(y / 10)));
      }
      return date(`19${DECADE_NAMES[lower(m[5])]}`);
    },
  },
  {
    id: 'century',
    re: new RegExp(`\\bthe (\\d{1,2})(?:st|nd|rd|th) century\\b|\\bthe (${alternation(Object.keys(CENTURY_ORDINALS))}) century\\b`, 'gi'),
    make(m) {
      const ordinal = lower(m[2]);
      const n = m[1]
        ? Number(m[1])
        : (CENTURY_ORDINALS[ordinal.replace('-', ' ').replace('twenty first', 'twenty-first')] ?? CENTURY_ORDINALS[ordinal]);
      return n ? date(String(n - 1).padStart(2, '0')) : null;
    },
  },
  // "this financial year", "the last fiscal year", "the current fiscal year": the fiscal year named from the document date
  {
    id: 'fiscal-year-relative',
    re: /\b(?:the )?(this|last|next|current|previous|coming|past) (?:fiscal|financial) year\b/gi,
    make(m, ctx, start) {
      const mod = lower(m[1]);
      if (mod === 'last' && !/^the/i.test(m[0]) && LAST_AS_VERB_BEFORE.test(ctx.text.slice(Math.max(0, start - 20), start))) return null;
      const n = mod === 'next' || mod === 'coming' ? 1 : mod === 'last' || mod === 'previous' || mod === 'past' ? -1 : 0;
      return date(withRef(ctx, (ref) => `FY${formatYear(ref.y + n)}`));
    },
  },
  // "fiscal 2008", "FY2008"
  { id: 'fiscal-year', re: new RegExp(`\\b(?:fiscal(?: year)?|FY) ?(${YEAR})\\b`, 'g'), make: (m) => date(`FY${m[1]}`) },
  // bare years with an optional "early"/"late"/"mid-": "in 2024", "since 2019", "mid-2011"; "the end of 2026" keeps its
  // edge in the extent, as TimeML's mod does, and the year's value
  {
    id: 'bare-year',
    re: new RegExp(
      `(?<![\\w$£€¥#.,:/-]|\\d[.,])(?:(the (?:very )?(?:${alternation(EDGES_OF_A_PERIOD)}) of) )?(?:(?:early|late|mid)[- ]|mid-)?(${YEAR})\\b` +
        `(?![.,]\\d|%|[-/]\\d|:\\d| ?(?:per ?cent|percent))`,
      'gi',
    ),
    make(m, ctx, matchStart, end) {
      const start = matchStart + (m[1] ? m[1].length + 1 : 0);
      if (!yearContextOk(ctx.text, start, end)) return null;
      // "Vision 2040", "Agenda 2063": a plan's name, not a date
      if (PLAN_BEFORE_YEAR.test(ctx.text.slice(Math.max(0, start - 12), start))) return null;
      if (PLAN_NAME_BEFORE_YEAR.test(ctx.text.slice(Math.max(0, start - 60), start))) return null;
      return date(m[2]);
    },
  },
  // "'82": a year written with two digits after a preposition
  {
    id: 'two-digit-year',
    re: new RegExp(`(?<=\\b(?:${alternation(WORDS_BEFORE_A_TWO_DIGIT_YEAR)}) )['’‘](\\d\\d)\\b(?!s)`, 'gi'),
    make: (m, ctx) => date(String(twoDigitYear(ctx, Number(m[1])))),
  },
  // "the weekend", "over the weekend": the past one in a past-tense sentence, else the coming one
  {
    id: 'the-weekend',
    re: new RegExp(`(?<=\\b(?:${alternation(WORDS_BEFORE_THE_WEEKEND)}) )(?:the )?weekend\\b`, 'gi'),
    make(m, ctx, start, end) {
      if (/\b(?:this|next|last) $/i.test(ctx.text.slice(Math.max(0, start - 6), start))) return null;
      return date(
        withRef(ctx, (ref) => {
          const dow = weekday(ref);
          if (dow === 6 || dow === 0) return `${formatWeek(ref)}-WE`;
          return `${formatWeek(addDays(ref, ctx.tense(start, end) < 0 ? -7 : 0))}-WE`;
        }),
      );
    },
  },
  // "on the day", "for the day" in market and sports reports: the document's day
  {
    id: 'the-day',
    re: new RegExp(
      `(?<=\\b(?:${alternation(WORDS_BEFORE_THE_DAY)}) )the day\\b(?! (?:${alternation(WORDS_AFTER_ANOTHER_DAY)})\\b)` +
        `|\\blate in the day\\b|\\bthe same day\\b`,
      'gi',
    ),
    make: (m, ctx) => date(withRef(ctx, (ref) => formatYmd(ref))),
  },
  // "the year before", "the previous year", "the year previous"
  {
    id: 'the-unit-before',
    re: /\bthe (?:year|month|week) (?:before(?: last)?|previous|prior)\b/gi,
    make(m, ctx) {
      const unit = /year|month|week/i.exec(m[0])![0].toLowerCase();
      return date(unitValue(ctx, unit, /last$/i.test(m[0]) ? -2 : -1));
    },
  },
  // military time with a zone: "0800 UTC"
  {
    id: 'military-time-zone',
    re: /\b([01]\d|2[0-3])([0-5]\d) ?(?:UTC|GMT|Z\b)/g,
    make: (m, ctx) => time(`${ctx.ref ? formatYmd(ctx.ref) : 'XXXX-XX-XX'}T${m[1]}:${m[2]}Z`),
  },
  // "Monday of last week", "Friday of next week": that weekday in the week named from the document date
  {
    id: 'weekday-of-relative-week',
    re: new RegExp(`\\b(${WEEKDAY_NAMES}) of (last|next|this) week\\b`, 'gi'),
    make(m, ctx) {
      if (!/^[A-Z]/.test(m[1])) return null;
      const n = lower(m[2]) === 'last' ? -1 : lower(m[2]) === 'next' ? 1 : 0;
      return date(withRef(ctx, (ref) => formatYmd(dayOfWeek(addDays(ref, 7 * n), WEEKDAYS[lower(m[1])]))));
    },
  },
  // "the early hours of Sunday": that weekday's night (TNI); after "usually" a set of Sundays
  {
    id: 'early-hours-of-weekday',
    re: new RegExp(`\\bthe (?:early|small|wee) hours of (${WEEKDAY_NAMES})\\b`, 'gi'),
    make(m, ctx, start, end) {
      if (!/^[A-Z]/.test(m[1])) return null;
      const dow = WEEKDAYS[lower(m[1])];
      if (HABIT_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start))) return { type: 'set', value: `XXXX-WXX-${dow || 7}` };
      const value = weekdayValue(ctx, dow, '', start, end);
      return time(value === null ? null : `${value}TNI`);
    },
  },
  // "the same period last year", "the same quarter a year earlier": the period named before, a year back
  {
    id: 'same-period-a-year-back',
    re: new RegExp(`\\bthe same (${alternation(SAME_PERIOD_UNITS)}) (?:of |in )?(?:${alternation(A_YEAR_BACK)})\\b`, 'gi'),
    make: (m) => ({ type: 'date', value: null, samePeriod: lower(m[1]) }),
  },
  // "two days earlier", "a week later": counted from the last day-precise date before it
  {
    id: 'count-earlier-later-anchored',
    re: new RegExp(`\\b(${NUM}) (days?|weeks?|months?|years?|fortnights?) (?:${alternation(ANCHORED_SHIFT_WORDS)})\\b(?! than\\b)`, 'gi'),
    make(m) {
      const n = parseCount(m[1]);
      if (n === null || !Number.isInteger(n)) return null;
      const unit = UNIT_WORDS[lower(m[2])];
      const sign = /earlier$/i.test(m[0]) ? -1 : 1;
      return { type: 'date', value: null, fromPrevious: { unit, n: sign * n } };
    },
  },
  // weekdays, with "last"/"next"/"this" and a part of the day: "Tuesday", "next Friday", "Thursday night"
  {
    id: 'weekday',
    re: new RegExp(
      `\\b(?:(?:early|late) )?(?:(this past|this coming|last|next|this|past|coming) )?(${WEEKDAY_NAMES})(s)?(?: (${DAY_PART}))?\\b`,
      'gi',
    ),
    make(m, ctx, start, end) {
      const name = m[2];
      if (!/^[A-Z]/.test(name)) return null;
      const dow = WEEKDAYS[lower(name)];
      if (m[3]) return m[1] ? null : { type: 'set', value: `XXXX-WXX-${dow || 7}` };
      const value = weekdayValue(ctx, dow, lower(m[1]), start, end);
      const pod = partOfDay(m[4]);
      return pod ? time(value === null ? null : value + pod) : date(value);
    },
  },
  // bare month names (chrono reads the ones with a day or a year): "in August", "last September", "early June"
  {
    id: 'bare-month',
    re: new RegExp(
      `\\b(?:(the (?:very )?(?:${alternation(EDGES_OF_A_PERIOD)}) of) )?(?:(early|late|mid)[- ]?)?` +
        `(?:(last|next|this|this past|this coming) )?(${MONTH_NAMES}|(?:${MONTH_ABBR})\\.)(-end)?` +
        `(?: of (${YEAR})| (last|next|this) year\\b)?(?!\\w| \\d| ['’]\\d|,? (?:${YEAR}))`,
      'gi',
    ),
    make(m, ctx, start, end) {
      const [, edgeOf, edgeWord, relRaw, name, endSuffix, year, yearRelInline] = m;
      const edge = edgeWord ?? endSuffix;
      // "June last year" is one mention; in "October of next year" the year phrase is a date of its own, but it fixes this one's year
      const yearRel = yearRelInline ?? /^ of (this|last|next) year\b/i.exec(ctx.text.slice(end, end + 20))?.[1];
      if (!/^[A-Z]/.test(name)) return null;
      const month = MONTHS[lower(name).replace('.', '')];
      const rel = lower(relRaw);
      if (!edgeOf && !edge && !rel && !yearRel && !year && !monthContextOk(ctx.text, start)) return null;
      if (year) return date(formatYm({ y: Number(year), m: month }));
      return date(
        withRef(ctx, (ref) => {
          if (yearRel) return formatYm({ y: ref.y + (lower(yearRel) === 'last' ? -1 : lower(yearRel) === 'next' ? 1 : 0), m: month });
          if (rel === 'last' || rel === 'this past') return formatYm({ y: month < ref.m ? ref.y : ref.y - 1, m: month });
          if (rel === 'next' || rel === 'this coming') return formatYm({ y: month > ref.m ? ref.y : ref.y + 1, m: month });
          if (rel === 'this') return formatYm({ y: ref.y, m: month });
          const y = inferYear(ctx, month, null, start, end);
          return y === null ? null : formatYm({ y, m: month });
        }),
      );
    },
  },
];

/** Quarter q of this, last or next year; without one, the year the sentence's tense points to. */
function quarterValue(ctx: DateContext, q: number, rel: string, start: number, end: number): string | null {
  return withRef(ctx, (ref) => {
    if (rel) return formatQuarter(ref.y + YEAR_SHIFT[rel], q);
    const t = ctx.tense(start, end);
    const cur = quarterOf(ref);
    return formatQuarter(t < 0 && q > cur ? ref.y - 1 : t > 0 && q < cur ? ref.y + 1 : ref.y, q);
  });
}

const HABIT_BEFORE = new RegExp(`\\b(?:${alternation(HABIT_WORDS)})\\b[\\s\\w]{0,12}$`, 'i');

/** The day of the week dow (0 = Sunday) in the Monday-to-Sunday week of x. */
function dayOfWeek(x: Ymd, dow: number): Ymd {
  const monday = addDays(x, -((weekday(x) + 6) % 7));
  return addDays(monday, (dow + 6) % 7);
}

const BARE_SEASON_AFTER = new RegExp(`\\b(?:${alternation(WORDS_BEFORE_A_BARE_SEASON)})\\s+(?:the\\s+)?$`, 'i');
export const YEAR_BEFORE = new RegExp(
  `(?:\\b(?:${alternation(WORDS_BEFORE_A_YEAR)}|(?:${MONTH_NAMES})|(?:${MONTH_ABBR})\\.?)|[(–—-]|^)\\s*$`,
  'i',
);
export const COUNTED_AFTER = new RegExp(
  `^\\s+(?:[a-z]+s\\b(?<!\\b(?:${alternation(NOT_COUNTED_AFTER_A_NUMBER)}))|${alternation(COUNTED_AFTER_A_NUMBER)}|\\w*children` +
    `|[a-z]+-(?:strong|seat|member|page))\\b`,
);
// "2019 second quarter" is a year: "second" is also the ordinal
export const UNIT_AFTER = new RegExp(
  `^[\\s-]+(?:${alternation(
    TIME_UNITS.filter((u) => u !== 'second'),
    's?',
  )}|centuries)\\b`,
  'i',
);
export const NUMBER_LABEL_BEFORE = new RegExp(`(?:\\$|£|€|¥|#|${alternation(LABELS_BEFORE_A_NUMBER)})\\s*$`, 'i');

/**
 * Whether a four-digit number is a year. Counted things after it make it a number ("1709
 * schoolchildren", "2000 years") unless "the" shows a year used as a modifier ("the 2014
 * protests"); a temporal word before it makes it a year. Years in event names ("Expo 2016",
 * "WWDC 2005") are years too.
 */
function yearContextOk(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (UNIT_AFTER.test(after)) return false;
  if (COUNTED_AFTER.test(after)) return /\bthe\s+$/i.test(before);
  if (YEAR_BEFORE.test(before)) return true;
  if (NUMBER_LABEL_BEFORE.test(before)) return false;
  return true;
}

/** A bare month name is a month only after a temporal word ("in May", "since March"), never "Theresa May". */
function monthContextOk(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const prev = /([A-Za-z]+)[\s-]*$/.exec(before);
  if (!prev) return false;
  const w = prev[1].toLowerCase();
  if (MONTH_CONTEXT_BEFORE.has(w)) return true;
  // "as of February", "end of March", "between April and June"
  return /\b(?:as of|end of|start of|beginning of|middle of|the month of)\s*$/i.test(before);
}

/** Every rule-based date in a paragraph (overlaps allowed; the caller picks). */
export function findRelativeDates(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(ctx.text); m; m = rule.re.exec(ctx.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        rule.re.lastIndex++;
        continue;
      }
      const found = rule.make(m, ctx, start, end);
      if (!found) continue;
      const c: DateCandidate = { start, end, type: found.type, value: found.value, source: 'rule', rule: found.rule ?? rule.id };
      if (found.fromPrevious) c.fromPrevious = found.fromPrevious;
      if (found.samePeriod) c.samePeriod = found.samePeriod;
      out.push(c);
    }
  }
  return out;
}

export type { Unit };
