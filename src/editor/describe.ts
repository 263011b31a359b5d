// Plain-language descriptions for hovers, the facts tree and symbols. Pure: no vscode import,
// so it is unit-tested in Node (test/unit/editor-describe.test.ts).
import type { Analysis, DateType, Entity } from '../analysis';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
  H: ['hour', 'hours'],
  MIN: ['minute', 'minutes'],
  S: ['second', 'seconds'],
  DE: ['decade', 'decades'],
  CE: ['century', 'centuries'],
  Q: ['quarter', 'quarters'],
};
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const DAY_MS = 86_400_000;

export interface DateDescription {
  /** In words: "Tuesday 26 December 2023", "week 7 of 2024 (12–18 February 2024)", "5 days". */
  words: string;
  /** The ISO/TIMEX3 value as given, or null when unresolved. */
  iso: string | null;
  /** Relation to the document date: "2 days before publication"; null when it does not apply or is unknown. */
  relation: string | null;
}

export function describeDate(value: string | null, type: DateType, documentDate: string | null): DateDescription {
  if (value === null || value === '') return { words: 'not resolved to a calendar date', iso: null, relation: null };
  const pub = documentDate ? utc(documentDate) : null;

  if (value === 'PRESENT_REF') return { words: 'now (the time of writing)', iso: value, relation: pub ? 'at publication' : null };
  if (value === 'PAST_REF') return { words: 'some time in the past', iso: value, relation: pub ? 'before publication' : null };
  if (value === 'FUTURE_REF') return { words: 'some time in the future', iso: value, relation: pub ? 'after publication' : null };

  if (value.startsWith('P')) {
    const words = durationWords(value);
    if (words === null) return { words: value, iso: value, relation: null };
    return { words: type === 'set' ? `every ${words.replace(/^1 /, '')}` : words, iso: value, relation: null };
  }

  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (m) {
    const day = utc(`${m[1]}-${m[2]}-${m[3]}`);
    if (!day) return { words: value, iso: value, relation: null };
    let words = `${WEEKDAYS[day.getUTCDay()]} ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    if (m[4] !== undefined) words += `, ${m[4]}:${m[5]}`;
    const days = pub ? Math.round((day.getTime() - pub.getTime()) / DAY_MS) : null;
    return { words, iso: value, relation: days === null ? null : relationText(days, 'day', days === 0 ? 'the day of publication' : null) };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    const sunday = new Date(monday.getTime() + 6 * DAY_MS);
    const words = `week ${Number(m[2])} of ${m[1]} (${rangeWords(monday, sunday)})`;
    if (!pub) return { words, iso: value, relation: null };
    const pubMonday = new Date(pub.getTime() - ((pub.getUTCDay() + 6) % 7) * DAY_MS);
    const weeks = Math.round((monday.getTime() - pubMonday.getTime()) / (7 * DAY_MS));
    return { words, iso: value, relation: relationText(weeks, 'week', weeks === 0 ? 'the week of publication' : null) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const words = `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
    if (!pub) return { words, iso: value, relation: null };
    const months = (Number(m[1]) - pub.getUTCFullYear()) * 12 + (Number(m[2]) - 1 - pub.getUTCMonth());
    return { words, iso: value, relation: relationText(months, 'month', months === 0 ? 'the month of publication' : null) };
  }
  m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const part = m[2];
    const words = part.startsWith('Q')
      ? `quarter ${part[1]} of ${m[1]}`
      : part.startsWith('H')
        ? `half ${part[1]} of ${m[1]}`
        : `${SEASONS[part]} ${m[1]}`;
    return { words, iso: value, relation: pub ? yearRelation(Number(m[1]), pub) : null };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { words: `the year ${m[1]}`, iso: value, relation: pub ? yearRelation(Number(m[1]), pub) : null };
  m = /^(\d{3})X$/.exec(value);
  if (m) return { words: `the ${m[1]}0s`, iso: value, relation: null };
  m = /^(\d{2})XX$/.exec(value);
  if (m) return { words: `the ${Number(m[1]) + 1}${ordinalSuffix(Number(m[1]) + 1)} century`, iso: value, relation: null };
  m = /^T(\d{2}):(\d{2})/.exec(value);
  if (m) return { words: `${m[1]}:${m[2]} (day not given)`, iso: value, relation: null };
  return { words: value, iso: value, relation: null };
}

function relationText(n: number, unit: 'day' | 'week' | 'month', zero: string | null): string {
  if (n === 0 && zero) return zero;
  const abs = Math.abs(n);
  const side = n < 0 ? 'before' : 'after';
  // Large distances read better in a coarser unit.
  if (unit === 'day' && abs >= 14) {
    if (abs < 60) return `${plural(Math.round(abs / 7), 'week')} ${side} publication`;
    if (abs < 730) return `about ${plural(Math.round(abs / 30.44), 'month')} ${side} publication`;
    return `about ${plural(Math.round(abs / 365.25), 'year')} ${side} publication`;
  }
  if (unit === 'month' && abs >= 24) return `${plural(Math.round(abs / 12), 'year')} ${side} publication`;
  return `${plural(abs, unit)} ${side} publication`;
}

function yearRelation(year: number, pub: Date): string {
  const n = year - pub.getUTCFullYear();
  if (n === 0) return 'the year of publication';
  if (n === 1) return 'the year after publication';
  if (n === -1) return 'the year before publication';
  return `${plural(Math.abs(n), 'year')} ${n < 0 ? 'before' : 'after'} publication`;
}

function durationWords(value: string): string | null {
  const m = /^P(?:(\d+(?:\.\d+)?|X)(Y|M|W|D|DE|CE|Q))?(?:T(?:(\d+|X)H)?(?:(\d+|X)M)?(?:(\d+|X)S)?)?$/.exec(value);
  if (!m || value === 'P' || value === 'PT') return null;
  const parts: string[] = [];
  const add = (n: string | undefined, unit: string) => {
    if (n === undefined) return;
    const [one, many] = UNITS[unit];
    parts.push(n === 'X' ? `some ${many}` : `${n} ${Number(n) === 1 ? one : many}`);
  };
  add(m[1], m[2]);
  add(m[3], 'H');
  add(m[4], 'MIN');
  add(m[5], 'S');
  return parts.length ? parts.join(' ') : null;
}

function rangeWords(a: Date, b: Date): string {
  const sameMonth = a.getUTCMonth() === b.getUTCMonth() && a.getUTCFullYear() === b.getUTCFullYear();
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const end = `${b.getUTCDate()} ${MONTHS[b.getUTCMonth()]} ${b.getUTCFullYear()}`;
  if (sameMonth) return `${a.getUTCDate()}–${end}`;
  if (sameYear) return `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} – ${end}`;
  return `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} ${a.getUTCFullYear()} – ${end}`;
}

function isoWeekMonday(year: number, week: number): Date {
  // ISO week 1 holds 4 January.
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Day = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 - jan4Day * DAY_MS + (week - 1) * 7 * DAY_MS);
}

function utc(ymd: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 ? d : null;
}

function plural(n: number, unit: string): string {
  return `${n} ${n === 1 ? unit : `${unit}s`}`;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** Compares date values in calendar order; durations, PRESENT_REF and unresolved values go last. */
export function compareCalendar(a: string | null, b: string | null): number {
  const key = (v: string | null) => (v && /^\d{4}/.test(v) ? `0${v}` : `1${v ?? ''}`);
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** One line of text, whitespace collapsed, cut at about max characters on a word boundary. */
/** Below this a fact is marked uncertain in the editor (the dotted underline, the "?" in the Facts view). */
export const UNCERTAIN_BELOW = 0.6;

/** The engine's confidence in words, or null when it gave none. */
export function confidenceWords(confidence: number | undefined): string | null {
  if (confidence === undefined) return null;
  const pct = `${Math.round(confidence * 100)}%`;
  if (confidence >= 0.8) return `likely (${pct})`;
  if (confidence >= UNCERTAIN_BELOW) return `probably (${pct})`;
  return `uncertain (${pct})`;
}

/** The engine is unsure of the fact, and the user has not reviewed or made it. */
export function isUncertain(fact: { confidence?: number; source?: string; reviewed?: boolean }): boolean {
  return fact.confidence !== undefined && fact.confidence < UNCERTAIN_BELOW && !fact.reviewed && fact.source !== 'user';
}

export function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/, '')}…`;
}

/** The opening words of a quote, without its quotation marks. */
export function quoteOpening(text: string, max = 60): string {
  return oneLine(text.replace(/^[\s"'“”‘’«»„]+|[\s"'“”‘’«»„]+$/g, ''), max);
}

/** The line around a mention, trimmed to about max characters, for tree previews. */
export function mentionPreview(text: string, start: number, end: number, max = 70): string {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0);
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, start).replace(/\s+/g, ' ');
  const after = text.slice(end, lineEnd).replace(/\s+/g, ' ');
  const mention = text.slice(start, end);
  const room = Math.max(0, max - mention.length);
  const left = Math.min(before.length, Math.floor(room / 3));
  const right = Math.min(after.length, room - left);
  // Cut context on word boundaries: drop the partial word at each cut.
  const head = before.length > left ? `…${before.slice(before.length - left).replace(/^\S*\s*/, '')}` : before.trimStart();
  const tail = after.length > right ? `${after.slice(0, right).replace(/\s*\S*$/, '')}…` : after.trimEnd();
  return `${head}${mention}${tail}`;
}

/**
 * The article's sources: organizations credited as a source (`news agency PTI`, `(Reuters)`,
 * `inputs from PTI`, `according to AFP`, `PTI reported`) or quoted as speakers.
 */
export function articleSources(analysis: Analysis, text: string): Entity[] {
  const sources = new Set<string>();
  const speakers = new Set(analysis.quotes.map((q) => q.speaker?.entityId).filter((id): id is string => !!id));
  for (const entity of analysis.entities) {
    if (entity.type !== 'organization') continue;
    if (speakers.has(entity.id)) sources.add(entity.id);
    for (const m of entity.mentions) {
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      const after = text.slice(m.end, m.end + 20);
      if (
        /\b(?:news\s+agency|agency|wire\s+service|inputs?\s+from|according\s+to|reported\s+by|courtesy(?:\s+of)?|via|source:?)\s*$/i.test(
          before,
        ) ||
        // The agency of a wire dateline: "NAIROBI, March 3 (Reuters) -", "LONDON (AP) —" (not "(IMF)" after its full name).
        (/\(\s*$/.test(before) && /^\s*\)\s*[-–—:]/.test(after)) ||
        /^\s+(?:reported|reports|said|says|quoted)\b/i.test(after)
      ) {
        sources.add(entity.id);
        break;
      }
    }
  }
  return analysis.entities.filter((e) => sources.has(e.id));
}
