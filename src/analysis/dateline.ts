// Reads the article's own date from its head: a `date YYYY-MM-DD` first line, Markdown front
// matter (`date: 2023-12-28`), a byline date ("Published 28 December 2023", "Updated: Dec. 28,
// 2023 10:45 a.m.", "Thursday, December 28, 2023"), or a wire dateline with a year
// ("WASHINGTON, March 3, 2024 (Reuters) -").
//
// A dateline without a year ("NAIROBI, March 3 (Reuters) -") has no safe year: the year is taken
// only from a full date in the article's head (a byline); failing that the document date is null
// (relative dates then stay unresolved) and the user can set it (newsLens.documentDate, --date).
import type { DocumentModel } from './document';
import type { Entity } from './types';
import { MONTHS } from './lexicon/dateWords';
import { PLACE_NAME_PARTICLES } from './lexicon/places';
import { BYLINE_LABELS } from './lexicon/dateCues';
import { alternation } from './lexicon/pattern';
import { formatYmd, isValidYmd, Ymd } from './dateValues';

const HEAD_CHARS = 600;
// every spelling of a month, longer first ("september" before "sept" before "sep"), and its period
export const MONTH = `(?:${alternation(Object.keys(MONTHS).sort((a, b) => b.length - a.length))})\\.?`;
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+';
// "December 28, 2023" / "Dec. 28 2023" / "28 December 2023" / "2023-12-28"
const MDY = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}),?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
export const BYLINE_LABEL = new RegExp(`^(?:${alternation(BYLINE_LABELS)}|by\\s)`, 'i');
// a wire dateline: CITY (, Country)?, [date] (Agency) - / — / :
const DATELINE = new RegExp(
  `^[ \\t]*(?:[*_]{1,2})?[A-Z][A-Z .'’-]{1,40}(?:,\\s*[A-Z][A-Za-z .]{1,30})?(?:[*_]{1,2})?,?\\s+(${MONTH})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(?:\\([^)\\n]{1,30}\\))?\\s*[-–—:]`,
  'i',
);

function ymd(y: string, month: string, d: string): string | null {
  const m = MONTHS[month.toLowerCase().replace(/\.$/, '')];
  const v: Ymd = { y: Number(y), m: m ?? 0, d: Number(d) };
  return m && isValidYmd(v) ? formatYmd(v) : null;
}

/** The first full date (with a year) in a line, as YYYY-MM-DD. */
export function fullDateIn(line: string): string | null {
  const iso = ISO.exec(line);
  const mdy = MDY.exec(line);
  const dmy = DMY.exec(line);
  const found: Array<[number, string | null]> = [];
  if (iso) found.push([iso.index, isValidYmd({ y: +iso[1], m: +iso[2], d: +iso[3] }) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null]);
  if (mdy) found.push([mdy.index, ymd(mdy[3], mdy[1], mdy[2])]);
  if (dmy) found.push([dmy.index, ymd(dmy[3], dmy[2], dmy[1])]);
  found.sort((a, b) => a[0] - b[0]);
  return found.find(([, v]) => v)?.[1] ?? null;
}

const METADATA_DATE_LINE = /^(\uFEFF?\s*)(date:?\s+(\d{4}-\d{2}-\d{2}))(?![\d-])/i;

/**
 * The `date YYYY-MM-DD` metadata at the start of the article: the article's date, not a fact of
 * the story, so it is not listed among its dates. [start, end) covers "date 2024-02-13".
 */
export function metadataDateLine(text: string): { start: number; end: number; value: string } | undefined {
  const m = METADATA_DATE_LINE.exec(text.slice(0, HEAD_CHARS));
  return m ? { start: m[1].length, end: m[1].length + m[2].length, value: m[3] } : undefined;
}

export function findDocumentDate(doc: DocumentModel): string | null {
  const head = doc.text.slice(0, HEAD_CHARS).replace(/^\uFEFF/, '');
  // 1. `date YYYY-MM-DD` as the first line (the text may run on after it on the same line)
  const dateLine = metadataDateLine(doc.text);
  if (dateLine) return fullDateIn(dateLine.value);
  // 2. Markdown front matter
  const front = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(doc.text.slice(0, 4000));
  if (front) {
    const field = /^(?:date|published|pubdate|publishdate|created)\s*:\s*["']?([^\n"']+)/im.exec(front[1]);
    const v = field ? fullDateIn(field[1]) : null;
    if (v) return v;
  }
  const lines = head.split(/\r\n|\r|\n/).slice(0, 12);
  // 3. A byline line: a label ("Published", "Updated:") or a line that is only a date
  for (const line of lines) {
    const t = line.trim().replace(/^[*_>#\s]+|[*_\s]+$/g, '');
    if (!t) continue;
    const labelled = BYLINE_LABEL.exec(t);
    if (labelled) {
      const v = fullDateIn(t);
      if (v) return v;
    }
    const bare = new RegExp(`^(?:${WEEKDAY})?(?:${MDY.source}|${DMY.source}|${ISO.source})(?:[,\\s]+.{0,30})?$`, 'i');
    if (bare.test(t) && t.length <= 60) {
      const v = fullDateIn(t);
      if (v) return v;
    }
  }
  // 4. A wire dateline, with its year when it gives one
  for (const line of lines.slice(0, 6)) {
    const m = DATELINE.exec(line);
    if (m && m[3]) return ymd(m[3], m[1], m[2]);
  }
  return null;
}

// The place of a wire dateline in capitals, at the start of the article: "NAIROBI, March 3 (Reuters) -",
// "NEW DELHI, Dec 28 (PTI):", "LONDON (AP) —". A date or an agency must follow, so a headline in capitals is not one.
const CAPITALS_HEAD = /^([ \t]*(?:[*_]{1,2})?)([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})/;
const DATELINE_REST = new RegExp(
  `^(?:,\\s*[A-Z][A-Za-z .]{1,30})?(?:[*_]{1,2})?,?\\s+(?:${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*(?:\\([^)\\n]{1,30}\\))?|\\([^)\\n]{1,30}\\))\\s*[-–—:]`,
  'i',
);

/** Where the capitals place name of the article's wire dateline is, if it has one. */
export function datelinePlace(text: string): { start: number; end: number } | undefined {
  const skip = /^\uFEFF?(?:\s*\n)*/.exec(text)![0].length;
  const head = text.slice(skip, skip + 200);
  const m = CAPITALS_HEAD.exec(head);
  if (!m || !DATELINE_REST.test(head.slice(m[0].length))) return undefined;
  const start = skip + m[1].length;
  return { start, end: start + m[2].length };
}

/** "NEW DELHI" -> "New Delhi", "PORT-AU-PRINCE" -> "Port-au-Prince". */
export function placeNameCase(capitals: string): string {
  return capitals
    .toLowerCase()
    .replace(/[\p{L}']+/gu, (word, at: number) =>
      at > 0 && PLACE_NAME_PARTICLES.has(word) ? word : word[0].toUpperCase() + word.slice(1),
    );
}

/**
 * A place named only in a capitals dateline gets its name in normal case ("NAIROBI" -> "Nairobi");
 * when the article also spells it in running text, aliases.ts already chose that spelling.
 */
export function nameDatelinePlace(entities: Entity[], text: string): void {
  const span = datelinePlace(text);
  if (!span) return;
  const entity = entities.find((e) => e.type === 'place' && e.mentions.some((m) => m.start === span.start && m.end === span.end));
  if (!entity || /\p{Ll}/u.test(entity.name)) return;
  entity.name = placeNameCase(entity.name);
  entity.aliases = [entity.name, ...entity.aliases.filter((a) => a !== entity.name)];
}
