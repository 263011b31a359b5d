// Calendar arithmetic and TIMEX3 value formatting for the date passes. Everything works on plain
// year/month/day numbers in UTC, so results never depend on the machine's time zone.
import type { Unit } from './lexicon/dateWords';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86400000;
const pad = (n: number, w = 2) => String(Math.trunc(n)).padStart(w, '0');

/** Reads YYYY-MM-DD; null for anything else or for impossible dates (2024-02-31, 9999-99-99). */
export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return null;
  const ymd = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidYmd(ymd) ? ymd : null;
}

export function isValidYmd({ y, m, d }: Ymd): boolean {
  return Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const toMs = ({ y, m, d }: Ymd) => {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getTime();
};

const fromMs = (ms: number): Ymd => {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

export function addDays(x: Ymd, n: number): Ymd {
  return fromMs(toMs(x) + n * DAY_MS);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 29/28). */
export function addMonths(x: Ymd, n: number): Ymd {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(x: Ymd): number {
  return new Date(toMs(x)).getUTCDay();
}

export function formatYmd({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatYm({ y, m }: { y: number; m: number }): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatYear(y: number): string {
  return pad(y, 4);
}

/** ISO 8601 week of a day: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(x: Ymd): { year: number; week: number } {
  const dow = weekday(x) || 7;
  const thursday = addDays(x, 4 - dow);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toMs(thursday) - toMs(jan1)) / DAY_MS / 7) + 1;
  return { year: thursday.y, week };
}

export function formatWeek(x: Ymd): string {
  const { year, week } = isoWeek(x);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function quarterOf(x: Ymd): number {
  return Math.floor((x.m - 1) / 3) + 1;
}

export function formatQuarter(y: number, q: number): string {
  return `${pad(y, 4)}-Q${q}`;
}

/** Days from `from` to `to` (positive when `to` is later). */
export function dayDiff(from: Ymd, to: Ymd): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/**
 * The occurrence of a weekday around the reference day: direction -1 = the latest one on or
 * before ref, +1 = the next one on or after ref; `strict` skips ref itself.
 */
export function weekdayNear(ref: Ymd, dow: number, direction: -1 | 1, strict = false): Ymd {
  let diff = direction < 0 ? -((weekday(ref) - dow + 7) % 7) : (dow - weekday(ref) + 7) % 7;
  if (strict && diff === 0) diff = 7 * direction;
  return addDays(ref, diff);
}

/** Moves a reference by n units (negative: back), at the unit's precision. */
export function shift(ref: Ymd, unit: Unit, n: number): Ymd {
  switch (unit) {
    case 'day':
      return addDays(ref, n);
    case 'week':
      return addDays(ref, 7 * n);
    case 'fortnight':
      return addDays(ref, 14 * n);
    case 'month':
      return addMonths(ref, n);
    case 'quarter':
      return addMonths(ref, 3 * n);
    case 'year':
      return addMonths(ref, 12 * n);
    case 'decade':
      return addMonths(ref, 120 * n);
    case 'century':
      return addMonths(ref, 1200 * n);
    default:
      // hours, minutes, seconds: whole days only
      return addDays(ref, Math.trunc(n * (unit === 'hour' ? 1 / 24 : unit === 'minute' ? 1 / 1440 : 1 / 86400)));
  }
}

/** The value of a calendar unit containing `x`: 2024, 2024-02, 2024-W07, 2024-Q1, 202 (decade), 20 (century). */
export function formatUnit(x: Ymd, unit: Unit): string {
  switch (unit) {
    case 'year':
      return formatYear(x.y);
    case 'month':
      return formatYm(x);
    case 'week':
    case 'fortnight':
      return formatWeek(x);
    case 'quarter':
      return formatQuarter(x.y, quarterOf(x));
    case 'decade':
      return pad(Math.floor(x.y / 10), 3);
    case 'century':
      return pad(Math.floor(x.y / 100), 2);
    default:
      return formatYmd(x);
  }
}

const DURATION_LETTER: Record<Unit, [string, number]> = {
  second: ['S', 1],
  minute: ['M', 1],
  hour: ['H', 1],
  day: ['D', 1],
  week: ['W', 1],
  fortnight: ['W', 2],
  month: ['M', 1],
  quarter: ['Q', 1],
  year: ['Y', 1],
  decade: ['DE', 1],
  century: ['CE', 1],
};

/**
 * TIMEX3 duration: P5D, P3W, P2Y, PT48H, P10Y for a decade; n = null gives the vague "PXY".
 * Decades and centuries are written in years (P10Y), as MEANTIME/TimeBank do.
 */
export function formatDuration(n: number | null, unit: Unit): string {
  let [letter, factor] = DURATION_LETTER[unit];
  if (unit === 'decade') [letter, factor] = ['Y', 10];
  if (unit === 'century') [letter, factor] = ['Y', 100];
  const time = unit === 'hour' || unit === 'minute' || unit === 'second';
  if (n === null) return `P${time ? 'T' : ''}X${unit === 'decade' ? 'DE' : unit === 'century' ? 'CE' : letter}`;
  const amount = n * factor;
  const text = Number.isInteger(amount) ? String(amount) : String(Math.round(amount * 100) / 100);
  return `P${time ? 'T' : ''}${text}${letter}`;
}

/** A date, time, duration or set found in one paragraph (paragraph-relative offsets). */
export interface DateCandidate {
  start: number;
  end: number;
  type: 'date' | 'time' | 'duration' | 'set';
  value: string | null;
  /** 'rule' (our own patterns) wins over 'chrono' when both find the same span. */
  source: 'rule' | 'chrono';
  /** The decision trace: the id of the rule that gave the value (rules/dateRules.ts). */
  rule: string;
  /** A clock time whose day was taken from the document date; a date in the same sentence may fix it. */
  floating?: boolean;
  /** "two days earlier": n units from the last day-precise date before it (findDates resolves it). */
  fromPrevious?: { unit: Unit; n: number };
  /** "the same quarter last year": the last period named before it (findDates resolves it), a year back. */
  samePeriod?: string;
}

/** What a recogniser needs to know about the paragraph it reads. */
export interface DateContext {
  text: string;
  /** The document date, or null: then only absolute dates get values. */
  ref: Ymd | null;
  /** -1 past, 1 future, 0 unknown, for the sentence around [start, end) (paragraph-relative). */
  tense(start: number, end: number): -1 | 0 | 1;
}

/**
 * The year of a month (and day) written without one: the sentence's tense picks the past or the
 * next occurrence; with no tense, a day goes to its nearest occurrence (within six months) and a
 * bare month to the document's own year. Null without a document date.
 */
/** A past-tense day at most a quarter ahead is still this year's (near-future-day). */
const NEAR_FUTURE_DAYS = 90;
/** A future-tense day at most a month back is still this year's (near-past-day: "the sale ends on May 31" on 2 June). */
const NEAR_PAST_DAYS = 30;

export function inferYear(ctx: DateContext, month: number, day: number | null, start: number, end: number): number | null {
  const ref = ctx.ref;
  if (!ref) return null;
  const t = ctx.tense(start, end);
  const after = month > ref.m || (month === ref.m && day !== null && day > ref.d);
  const before = month < ref.m || (month === ref.m && day !== null && day < ref.d);
  // near-future-day: "remanded to appear on October 29th" a week after the story: a day a few weeks ahead is this year's,
  // whatever the tense (a day eleven months back would carry its year).
  if (t < 0) return after && !(day !== null && dayDiff(ref, { y: ref.y, m: month, d: day }) <= NEAR_FUTURE_DAYS) ? ref.y - 1 : ref.y;
  if (t > 0) return before && !(day !== null && -dayDiff(ref, { y: ref.y, m: month, d: day }) <= NEAR_PAST_DAYS) ? ref.y + 1 : ref.y;
  if (day !== null) {
    const diff = (month - ref.m) * 31 + (day - ref.d);
    if (diff > 183) return ref.y - 1;
    if (diff < -183) return ref.y + 1;
  }
  return ref.y;
}
