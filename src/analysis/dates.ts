// Finds dates, times, durations and sets and resolves them against the document date.
//
// Two sources, per paragraph: our own patterns (relativeDates.ts, durations.ts) for everything
// anchored on the document date or missing from chrono, and chrono for calendar dates and
// clock times ("December 27, 2023", "Dec. 28, 2023 10:45 a.m.", "18:00 UTC"). Where both find
// overlapping text the longer span wins (ours on a tie). Chrono's spans are cut back to the date
// itself ("On Tuesday," -> "Tuesday"), ranges are split into their two ends, and its values are
// rebuilt from what the text states, at that precision, with the year of a bare "March 3" taken
// from the sentence's tense. With no document date, only absolute dates get a value; relative
// ones ("yesterday", "next year", "on Tuesday") keep their span with value null.
import * as chrono from 'chrono-node';
import type { DocumentModel, Paragraph } from './document';
import type { DateMention } from './types';
import { findQuotes } from './quotes';
import {
  CLOCK_WORDS,
  LAST_AS_VERB_BEFORE,
  LEADING_FUNCTION_WORDS,
  MONTH_STEMS,
  MONTHS,
  PARTS_OF_A_NAMED_DAY,
  PARTS_OF_DAY,
  RELATIVE_TIME_WORDS,
  TIME_UNITS,
  WEEKDAY_STEMS,
} from './lexicon/dateWords';
import { APPROXIMATE_POINT_WORDS, HABIT_CLOCK_WORDS, PREPOSITIONS_BEFORE_APPROXIMATE_POINT } from './lexicon/dateCues';
import { alternation } from './lexicon/pattern';
import {
  DateCandidate,
  DateContext,
  formatDuration,
  formatUnit,
  formatYm,
  formatYmd,
  inferYear,
  isValidYmd,
  parseYmd,
  shift,
  weekdayNear,
  Ymd,
} from './dateValues';
import { tenseAround } from './dateTense';
import { findDurations, joinCompoundDurations } from './durations';
import { findRelativeDates } from './relativeDates';
import { ParagraphCache } from './paragraphCache';
import { perParagraph } from './paragraphMemo';

/** Per-paragraph results keyed by (document date, paragraph text): dates depend on both. */
const cache = new ParagraphCache<DateCandidate[]>(5000);

export function dateCacheStats(): { hits: number; misses: number } {
  return { hits: cache.hits, misses: cache.misses };
}

export function clearDateCache(): void {
  cache.clear();
}

/** The first paragraphs, where a story names the day it happened. */
const LEAD_PARAGRAPHS = 3;
/** How far back a condition ("if you ...") may open before a quoted "today". */
const CONDITION_REACH = 80;

/** Where a quote lies in the text. */
export type QuoteSpan = { readonly start: number; readonly end: number };

/** `quotes`: the document's quotes when the caller has them (else found here, only if a quoted day word needs them). */
export function findDates(doc: DocumentModel, documentDate: string | null, quotes?: readonly QuoteSpan[]): DateMention[] {
  const ref = parseYmd(documentDate);
  const refKey = ref ? formatYmd(ref) : '-';
  cache.reserve(2 * doc.paragraphs.length + 64);
  const out: DateMention[] = [];
  let lastDay: string | null = null;
  for (const p of doc.paragraphs) {
    const local = paragraphDates(p, ref, refKey);
    for (const c of local) {
      const start = p.start + c.start;
      const end = p.start + c.end;
      const mention: DateMention = {
        id: '',
        start,
        end,
        text: doc.text.slice(start, end),
        type: c.type,
        value: c.value,
        why: { value: c.rule },
      };
      if (c.fromPrevious) Object.assign(mention, fromPreviousDay(c.fromPrevious, lastDay));
      if (c.samePeriod) mention.value = samePeriodValue(c.samePeriod, out, ref);
      out.push(mention);
      if ((c.type === 'date' || c.type === 'time') && mention.value && /^\d{4}-\d\d-\d\d/.test(mention.value))
        lastDay = mention.value.slice(0, 10);
    }
  }
  quotedDayWordsOnEventDay(out, doc, ref, quotes);
  out.forEach((d, i) => (d.id = `d${i + 1}`));
  return out;
}

/**
 * quoted-day-word-event-day: a story published the morning after ("... on Tuesday night") quotes people on the night:
 * their "tonight" and "today" are that day, not the publication day. The event day is the first day the first
 * paragraphs name, when it lies one to three days before the document date.
 */
function quotedDayWordsOnEventDay(out: DateMention[], doc: DocumentModel, ref: Ymd | null, quotes?: readonly QuoteSpan[]): void {
  if (!ref) return;
  const leadEnd = doc.paragraphs[Math.min(doc.paragraphs.length, LEAD_PARAGRAPHS) - 1]?.end ?? 0;
  const lead = out.find((d) => d.start < leadEnd && (d.type === 'date' || d.type === 'time') && /^\d{4}-\d\d-\d\d/.test(d.value ?? ''));
  const day = parseYmd(lead?.value?.slice(0, 10) ?? null);
  if (!day) return;
  const daysBefore = Math.round((Date.UTC(ref.y, ref.m - 1, ref.d) - Date.UTC(day.y, day.m - 1, day.d)) / 86_400_000);
  if (daysBefore < 1 || daysBefore > 3) return;
  const published = formatYmd(ref);
  for (const d of out) {
    if (d.why?.value !== 'day-word' || !/^(?:today|tonight)\b/i.test(d.text) || !d.value?.startsWith(published)) continue;
    quotes ??= findQuotes(doc);
    if (!quotes.some((q) => q.start <= d.start && d.end <= q.end)) continue;
    // "if you feel fine today": a condition speaks of any reader's day
    if (/\b(?:if|whenever|unless)\b[^.!?]*$/i.test(doc.text.slice(Math.max(0, d.start - CONDITION_REACH), d.start))) continue;
    d.value = formatYmd(day) + d.value.slice(10);
    d.why = { value: 'quoted-day-word-event-day' };
  }
}

/** Each paragraph's dates by document date, found by the paragraph itself while it is unchanged (no text to hash). */
const datesByReference = perParagraph(() => new Map<string, DateCandidate[]>());

function paragraphDates(p: Paragraph, ref: Ymd | null, refKey: string): DateCandidate[] {
  const byReference = datesByReference(p);
  let local = byReference.get(refKey);
  if (!local) byReference.set(refKey, (local = cache.get(`${refKey}\u0000${p.text}`, () => findParagraphDates(p, ref))));
  return local;
}

/** Values of each unit "the same <unit> last year" compares; a "period" is any of them or a fiscal year. */
const PERIOD_SHAPES: Record<string, RegExp> = {
  quarter: /^(\d{4})-Q\d$/,
  half: /^(\d{4})-H\d$/,
  month: /^(\d{4})-\d\d$/,
  season: /^(\d{4})-(?:SP|SU|FA|WI)$/,
  period: /^(?:FY)?(\d{4})(?:-Q\d|-H\d|-\d\d)?$/,
};

/** same-period-a-year-back: the last period of that unit named before, a year earlier; else last year. */
function samePeriodValue(unit: string, before: readonly DateMention[], ref: Ymd | null): string | null {
  const shape = PERIOD_SHAPES[unit] ?? PERIOD_SHAPES.period;
  for (let i = before.length - 1; i >= 0; i--) {
    const value = before[i].value ?? '';
    const m = shape.exec(value);
    // a bare year is no period to compare ("in 2025, the same period last year" says nothing more than 2024)
    if (m && value !== m[1]) return value.replace(m[1], String(Number(m[1]) - 1));
  }
  return ref ? String(ref.y - 1) : null;
}

/** "two days earlier": that many units from the last day named, else (no such day) a duration. */
function fromPreviousDay(shiftBy: NonNullable<DateCandidate['fromPrevious']>, lastDay: string | null): Pick<DateMention, 'type' | 'value'> {
  const anchor = parseYmd(lastDay);
  if (!anchor) return { type: 'duration', value: formatDuration(Math.abs(shiftBy.n), shiftBy.unit) };
  const moved = shift(anchor, shiftBy.unit, shiftBy.n);
  // "a year earlier" is a year, "two weeks later" a day
  return { type: 'date', value: shiftBy.unit === 'month' || shiftBy.unit === 'year' ? formatUnit(moved, shiftBy.unit) : formatYmd(moved) };
}

/** One paragraph's dates, paragraph-relative, sorted, without overlaps. */
export function findParagraphDates(p: Pick<Paragraph, 'text' | 'start' | 'sentences'>, ref: Ymd | null): DateCandidate[] {
  const ctx: DateContext = {
    text: p.text,
    ref,
    tense(start, end) {
      const s = p.sentences.find((x) => x.end > p.start + start) ?? p.sentences[p.sentences.length - 1];
      return s ? tenseAround(s.tokens, p.start + start, p.start + end) : 0;
    },
  };
  const candidates = [...findRelativeDates(ctx), ...findDurations(ctx), ...(MAY_HOLD_CHRONO_DATE.test(p.text) ? chronoDates(ctx) : [])];
  const kept = joinCompoundDurations(pickLongest(candidates), p.text);
  withApproximation(kept, p.text);
  anchorClockTimes(kept, p);
  unanchorScheduleTimes(kept, p);
  unanchorHabitTimes(kept, p);
  return kept.map(({ floating: _floating, ...c }) => c);
}

const APPROXIMATION_BEFORE = new RegExp(
  `\\b(?:${alternation(PREPOSITIONS_BEFORE_APPROXIMATE_POINT)}) (${alternation(APPROXIMATE_POINT_WORDS)}) $`,
  'i',
);

/** approximate-point: "at about 10:15 p.m.", "since around 2015": the approximation is part of a time's or a year's extent. */
function withApproximation(kept: DateCandidate[], text: string): void {
  for (const c of kept) {
    if (c.type !== 'time' && !(c.type === 'date' && /^\d{4}$/.test(c.value ?? ''))) continue;
    const m = APPROXIMATION_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
    if (m) c.start -= m[1].length + 1;
  }
}

const HABIT_IN = new RegExp(`\\b(?:${alternation(HABIT_CLOCK_WORDS)})\\b`, 'i');

/**
 * clock-time-of-a-habit: "lorries are banned between 8am and 9.30am on school days", "open from 9am every day": a clock
 * time in a sentence that names a repeated day, and no one day, has no date.
 */
function unanchorHabitTimes(kept: DateCandidate[], p: Pick<Paragraph, 'text' | 'start' | 'sentences'>): void {
  for (const c of kept) {
    const clock = CLOCK_VALUE.exec(c.value ?? '');
    if (!clock || c.type !== 'time' || c.rule === 'clock-time-of-a-set') continue;
    const own = p.text.slice(c.start, c.end);
    if (WEEKDAY_IN.test(own) || MONTH_IN.test(own) || RELATIVE_WORD.test(own)) continue;
    const s = p.sentences.find((x) => x.end > p.start + c.start);
    if (!s || !HABIT_IN.test(p.text.slice(s.start - p.start, s.end - p.start))) continue;
    const namesADay = kept.some(
      (o) =>
        o !== c && o.start >= s.start - p.start && o.end <= s.end - p.start && o.type !== 'time' && /^\d{4}-\d\d-\d\d/.test(o.value ?? ''),
    );
    if (!namesADay) [c.value, c.rule] = [clock[1], 'clock-time-of-a-habit'];
  }
}

/** "flew Tuesday ... at 18:00 UTC": a bare clock time takes the day of the nearest day in its sentence. */
function anchorClockTimes(kept: DateCandidate[], p: Pick<Paragraph, 'start' | 'sentences'>): void {
  for (const c of kept) {
    if (!c.floating || !c.value) continue;
    const s = p.sentences.find((x) => x.end > p.start + c.start);
    if (!s) continue;
    let best: DateCandidate | null = null;
    for (const o of kept) {
      if (o === c || !o.value || !/^\d{4}-\d{2}-\d{2}$/.test(o.value.slice(0, 10)) || o.type === 'duration' || o.type === 'set') continue;
      if (o.start < s.start - p.start || o.end > s.end - p.start) continue;
      if (!best || Math.abs(o.start - c.start) < Math.abs(best.start - c.start)) best = o;
    }
    if (!best) continue;
    c.value = best.value!.slice(0, 10) + c.value.slice(c.value.indexOf('T'));
    c.rule = 'clock-time-day-from-sentence';
  }
}

const WEEKDAY_THEN_CLOCK = new RegExp(`^(?:${alternation(WEEKDAY_STEMS)})[a-z]*\\s+(?:from|at|between)\\s+`, 'i');
const CLOCK_RANGE_JOIN = /^\s*(?:to|until|till|through|-|–|—)\s*$/i;
const WEEKDAY_IN = new RegExp(`\\b(?:${alternation(WEEKDAY_STEMS)})[a-z]*\\b`, 'i');
const MONTH_IN = new RegExp(`\\b(?:${alternation(MONTH_STEMS)})[a-z]*\\b`, 'i');
const CLOCK_VALUE = /^\d{4}-\d\d-\d\d(T\d\d:\d\d)$/;

/**
 * "open from 8am to 8pm", "noon to 10pm": a range of clock times is a schedule, times without a date
 * (T08:00), unless its sentence names a day other than a weekday (schedules run on weekdays).
 */
function unanchorScheduleTimes(kept: DateCandidate[], p: Pick<Paragraph, 'text' | 'start' | 'sentences'>): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const [a, b] = [kept[i], kept[i + 1]];
    const [ta, tb] = [CLOCK_VALUE.exec(a.value ?? ''), CLOCK_VALUE.exec(b.value ?? '')];
    // "every Tuesday from 10 a.m. to 2 p.m.": the end of a set's time range has no date either
    if (a.rule === 'clock-time-of-a-set' && tb && b.type === 'time' && CLOCK_RANGE_JOIN.test(p.text.slice(a.end, b.start))) {
      [b.value, b.rule] = [tb[1], 'clock-time-of-a-set'];
      continue;
    }
    if (!ta || !tb || a.type !== 'time' || b.type !== 'time' || !CLOCK_RANGE_JOIN.test(p.text.slice(a.end, b.start))) continue;
    const s = p.sentences.find((x) => x.end > p.start + a.start);
    if (!s) continue;
    const namesADay = kept.some(
      (o) =>
        o !== a &&
        o !== b &&
        o.start >= s.start - p.start &&
        o.end <= s.end - p.start &&
        /^\d{4}-\d\d-\d\d/.test(o.value ?? '') &&
        !WEEKDAY_IN.test(p.text.slice(o.start, o.end)),
    );
    const ownDay = [a, b].some((o) => MONTH_IN.test(p.text.slice(o.start, o.end)) || RELATIVE_WORD.test(p.text.slice(o.start, o.end)));
    if (namesADay || ownDay) continue;
    [a.value, a.rule, b.value, b.rule] = [ta[1], 'clock-time-of-a-schedule', tb[1], 'clock-time-of-a-schedule'];
  }
}

/** Longest spans first, ours before chrono's on a tie, no two overlapping; then in text order. */
function pickLongest(candidates: DateCandidate[]): DateCandidate[] {
  const sorted = candidates
    .filter((c) => c.end > c.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || (a.source === b.source ? a.start - b.start : a.source === 'rule' ? -1 : 1));
  const kept: DateCandidate[] = [];
  for (const c of sorted) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

// ---- chrono ----

export const MONTH_OR_WEEKDAY = new RegExp(
  `\\b(?:${alternation(MONTH_STEMS)})[a-z]*\\.?|\\b(?:${alternation(WEEKDAY_STEMS)})[a-z]*\\b`,
  'i',
);
export const CLOCK = new RegExp(
  `\\d:\\d\\d|\\d\\s*(?:[ap]\\.?m\\b\\.?)|\\b(?:${alternation(CLOCK_WORDS)})\\b|\\d{4}\\s*(?:UTC|GMT|hrs|hours)\\b`,
  'i',
);
export const RELATIVE_WORD = new RegExp(`\\b(?:${alternation(RELATIVE_TIME_WORDS)})\\b`, 'i');
const RANGE_JOIN = /\s*(?:--|[-–—]|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*/gi;
export const UNIT_WORD = new RegExp(`\\b(?:${alternation(TIME_UNITS, 's?')})\\b`, 'i');
const PART_OF_A_NAMED_DAY = new RegExp(`\\b(${alternation(PARTS_OF_A_NAMED_DAY)})\\b`, 'i');
const DUMMY_REF = new Date(Date.UTC(2000, 5, 15, 12));
/**
 * Prefilter (performance; chrono is ~1/6 of a small article's time): chronoValue() keeps only text
 * with a digit, a month or weekday word (MONTH_OR_WEEKDAY) or a clock word (CLOCK), and every
 * chrono span is part of the paragraph, so a paragraph with none of those (the same patterns, only
 * looser: no trailing word boundary) cannot yield a chrono date and skips the parse.
 */
export const MAY_HOLD_CHRONO_DATE = new RegExp(
  `\\d|\\b(?:${alternation([...MONTH_STEMS, ...WEEKDAY_STEMS])})|${alternation(CLOCK_WORDS)}`,
  'i',
);

interface Piece {
  index: number;
  text: string;
  c: chrono.ParsedComponents;
}

function parse(text: string, refDate: Date): chrono.ParsedResult[] {
  try {
    return chrono.en.parse(text, refDate);
  } catch {
    return [];
  }
}

/** A range ("November 20 to December 11") becomes its two ends, each parsed on its own. */
function pieces(r: chrono.ParsedResult, refDate: Date): Piece[] {
  if (!r.end) return [{ index: r.index, text: r.text, c: r.start }];
  RANGE_JOIN.lastIndex = 0;
  for (let m = RANGE_JOIN.exec(r.text); m; m = RANGE_JOIN.exec(r.text)) {
    if (m[0].length === 0) {
      RANGE_JOIN.lastIndex++;
      continue;
    }
    const left = r.text.slice(0, m.index);
    const rightStart = m.index + m[0].length;
    const l = parse(left, refDate);
    if (!l.length) continue;
    const r2 = parse(r.text.slice(rightStart), refDate);
    const out: Piece[] = l.filter((x) => !x.end).map((x) => ({ index: r.index + x.index, text: x.text, c: x.start }));
    for (const x of r2) if (!x.end) out.push({ index: r.index + rightStart + x.index, text: x.text, c: x.start });
    if (out.length) return out;
  }
  return [{ index: r.index, text: r.text, c: r.start }];
}

/** Cuts a chrono span back to the date: no leading "on"/"at"/"since", no trailing punctuation or "of". */
function trim(text: string, index: number): { text: string; index: number } {
  let t = text;
  let i = index;
  for (;;) {
    const lead = /^([A-Za-z]+)\s+/.exec(t);
    if (lead && LEADING_FUNCTION_WORDS.has(lead[1].toLowerCase())) {
      t = t.slice(lead[0].length);
      i += lead[0].length;
      continue;
    }
    const punct = /^[\s,;:(\["“'‘]+/.exec(t);
    if (punct) {
      t = t.slice(punct[0].length);
      i += punct[0].length;
      continue;
    }
    break;
  }
  for (;;) {
    if (/\b[ap]\.m\.$/i.test(t)) break;
    const tail = /(?:[\s,;:.!?)\]"”'’-]+|\s+(?:of|at|on|in|and|to|the))$/i.exec(t);
    if (!tail || tail[0].length === t.length) break;
    t = t.slice(0, t.length - tail[0].length);
  }
  return { text: t, index: i };
}

function chronoDates(ctx: DateContext): DateCandidate[] {
  const refDate = ctx.ref ? new Date(Date.UTC(ctx.ref.y, ctx.ref.m - 1, ctx.ref.d, 12)) : DUMMY_REF;
  const out: DateCandidate[] = [];
  const add = (piece: Piece, depth: number): void => {
    const { text, index } = trim(piece.text, piece.index);
    if (!text) return;
    // "at 16:15 UTC, June 1st" and "night, January 23, 2014": chrono glues a clock time or a
    // casual word to a date across a comma; the corpora and readers see two things (or one date)
    const comma = /,\s+/.exec(text);
    if (comma && depth === 0) {
      const left = text.slice(0, comma.index);
      const rightAt = comma.index + comma[0].length;
      const clock = CLOCK.test(left);
      if (!MONTH_OR_WEEKDAY.test(left) && (clock || !/\d/.test(left))) {
        const right = parse(text.slice(rightAt), refDate).filter((x) => !x.end);
        if (right.length) {
          if (clock) for (const l of parse(left, refDate)) if (!l.end) add({ index: index + l.index, text: l.text, c: l.start }, depth + 1);
          for (const x of right) add({ index: index + rightAt + x.index, text: x.text, c: x.start }, depth + 1);
          return;
        }
      }
    }
    // "every Tuesday from 10 a.m.": the weekday belongs to the set (durations.ts), the clock time stands alone
    const setDay = WEEKDAY_THEN_CLOCK.exec(text);
    if (setDay && depth === 0 && /\b(?:every|each)\s+$/i.test(ctx.text.slice(Math.max(0, index - 8), index))) {
      const rest = index + setDay[0].length;
      const before = out.length;
      for (const x of parse(ctx.text.slice(rest, index + text.length), refDate))
        for (const p of pieces(x, refDate)) add({ ...p, index: rest + p.index }, depth + 1);
      // the time of every Tuesday has no date of its own (T10:00)
      for (const c of out.slice(before)) {
        const clock = CLOCK_VALUE.exec(c.value ?? '');
        if (c.type === 'time' && clock) [c.value, c.rule, c.floating] = [clock[1], 'clock-time-of-a-set', false];
      }
      return;
    }
    // "expected to last nine months": "last" is the verb; durations.ts reads the duration
    if (/^last\b/i.test(text) && LAST_AS_VERB_BEFORE.test(ctx.text.slice(Math.max(0, index - 20), index))) return;
    const found = chronoValue(piece.c, text, ctx, index, index + text.length);
    if (found)
      out.push({
        start: index,
        end: index + text.length,
        type: found.type,
        value: found.value,
        source: 'chrono',
        rule: found.rule,
        floating: found.floating,
      });
  };
  for (const r of parse(ctx.text, refDate)) for (const piece of pieces(r, refDate)) add(piece, 0);
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of a chrono result at the precision its text gives; null when it is not a date we trust. */
function chronoValue(
  c: chrono.ParsedComponents,
  text: string,
  ctx: DateContext,
  start: number,
  end: number,
): { type: DateCandidate['type']; value: string | null; rule: string; floating?: boolean } | null {
  const has = (k: chrono.Component) => c.isCertain(k);
  const hasClock = has('hour') && CLOCK.test(text);
  // Only calendar dates and clock times: the casual words are our own patterns' job
  if (!/\d/.test(text) && !MONTH_OR_WEEKDAY.test(text) && !hasClock) return null;
  // "73 seconds after", "in 5 days": counts of units are durations.ts's and relativeDates.ts's
  if (UNIT_WORD.test(text) && !MONTH_OR_WEEKDAY.test(text)) return null;
  if (!has('day') && !has('year') && !hasClock) return null; // a bare month or weekday: relativeDates.ts reads those
  if (!has('month') && !has('weekday') && !has('year') && !hasClock) return null; // "the 5th"
  if (/^\d{1,2}\/\d{1,2}$/.test(text)) return null; // "1/2" is more often a fraction than a date
  if (has('month')) {
    // the month must be written as a capitalised name or as digits: chrono also reads "march", "may"
    const name = /[A-Za-z]+/.exec(text.replace(/\b(?:[ap]\.?m|UTC|GMT|at|on|of|the)\b\.?/gi, ''))?.[0];
    if (name && MONTHS[name.toLowerCase().replace(/\.$/, '')] !== undefined && !/^[A-Z]/.test(name)) return null;
  }
  const relative = RELATIVE_WORD.test(text);
  if (relative && !ctx.ref) return { type: hasClock ? 'time' : 'date', value: null, rule: 'chrono-relative-without-date' };

  let day: string | null = null;
  let floating = false;
  let rule = 'chrono-relative-day';
  if (has('month') && has('day')) {
    const y = has('year') || relative ? c.get('year') : inferYear(ctx, c.get('month')!, c.get('day')!, start, end);
    const ymd: Ymd = { y: y ?? 0, m: c.get('month')!, d: c.get('day')! };
    rule = has('year') || relative ? 'chrono-month-day' : 'chrono-month-day-year-by-tense';
    if (y === null) day = `XXXX-${pad(ymd.m)}-${pad(ymd.d)}`;
    else if (isValidYmd(ymd)) day = formatYmd(ymd);
    else return null;
  } else if (has('month') && has('year')) {
    day = formatYm({ y: c.get('year')!, m: c.get('month')! });
    rule = 'chrono-month-year';
  } else if (has('year') && !has('month')) {
    day = String(c.get('year'));
    rule = 'chrono-year';
  } else if (has('weekday') && !relative) {
    const dow = c.get('weekday')!;
    const t = ctx.tense(start, end);
    day = ctx.ref ? formatYmd(weekdayNear(ctx.ref, dow, t > 0 ? 1 : -1)) : null;
    rule = 'chrono-weekday-by-tense';
  } else if (relative || has('day')) {
    day = ctx.ref ? formatYmd({ y: c.get('year')!, m: c.get('month')!, d: c.get('day')! }) : null;
    rule = 'chrono-relative-day';
  } else if (hasClock) {
    day = ctx.ref ? formatYmd(ctx.ref) : 'XXXX-XX-XX';
    floating = true;
    rule = 'chrono-clock-time';
  }
  const pod = PART_OF_A_NAMED_DAY.exec(text);
  if (hasClock) {
    const zone = /\b(?:UTC|GMT)\b|\d(?:Z)\b/.test(text) ? 'Z' : '';
    const clock = `T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}${zone}`;
    return { type: 'time', value: day === null ? null : /^\d{4}$|^\d{4}-\d{2}$/.test(day) ? day : day + clock, rule, floating };
  }
  if (pod && day && /^\d{4}-\d{2}-\d{2}$/.test(day)) return { type: 'time', value: `${day}T${PARTS_OF_DAY[pod[1].toLowerCase()]}`, rule };
  return { type: 'date', value: day, rule };
}
