// Reads the article's own date from its head: a `date YYYY-MM-DD` first line, Markdown front
// matter (`date: 2023-12-28`), a byline date ("Published 28 December 2023", "Updated: Dec. 28,
// 2023 10:45 a.m.", "Thursday, December 28, 2023"), or a wire dateline with a year
// ("WASHINGTON, March 3, 2024 (Reuters) -").
//
// A dateline without a year ("NAIROBI, March 3 (Reuters) -") has no safe year: the year is taken
// only from a full date in the article's head (a byline); failing that the document date is null
// (relative dates then stay unresolved) and the user can set it (newsLens.documentDate, --date).
import type { DocumentModel } from './document';
import { MONTHS } from './data/dateWords';
import { formatYmd, isValidYmd, Ymd } from './dateValues';

const HEAD_CHARS = 600;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+';
// "December 28, 2023" / "Dec. 28 2023" / "28 December 2023" / "2023-12-28"
const MDY = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}),?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const BYLINE_LABEL = /^(?:published|updated|posted|last updated|first published|dated?|filed|modified|by\s)/i;
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

export function findDocumentDate(doc: DocumentModel): string | null {
  const head = doc.text.slice(0, HEAD_CHARS).replace(/^\uFEFF/, '');
  // 1. `date YYYY-MM-DD` as the first line (the text may run on after it on the same line)
  const dateLine = /^\s*date:?\s+(\d{4}-\d{2}-\d{2})(?![\d-])/i.exec(head);
  if (dateLine) return fullDateIn(dateLine[1]);
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
