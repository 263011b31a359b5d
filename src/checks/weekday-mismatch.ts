// weekday-mismatch: a weekday beside a full date (with its year) that falls on another day:
// "Monday, March 5, 2024" (a Tuesday). Only full dates: a date without a year is resolved by
// guesswork and is never checked. The fix writes the right weekday in the same form.
import { MONTHS, WEEKDAYS } from '../analysis/lexicon/dateWords';
import { isValidYmd, weekday } from '../analysis/dateValues';
import { WEEKDAY_NAMES } from './data/lexicon';
import type { Check, Finding } from './types';

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
const byLength = (a: string, b: string) => b.length - a.length;
/** Abbreviations that are also ordinary words ("Sat", "Sun") count only with their period. */
const WORDLIKE = new Set(['sat', 'sun']);
const FULL_WEEKDAYS = Object.keys(WEEKDAYS).filter((w) => WEEKDAY_NAMES.some((n) => n.toLowerCase() === w));
const weekdayAlternatives = Object.keys(WEEKDAYS)
  .sort(byLength)
  .map((w) => (FULL_WEEKDAYS.includes(w) ? `${cap(w)}|${w.toUpperCase()}` : WORDLIKE.has(w) ? `${cap(w)}\\.` : `${cap(w)}\\.?`))
  .join('|');
const MONTH = Object.keys(MONTHS)
  .sort(byLength)
  .map((m) => `${cap(m)}${m.length <= 4 && m !== 'may' && m !== 'june' && m !== 'july' ? '\\.?' : ''}`)
  .join('|');
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const SEP = '(?:,?[ \\t\\u00a0]+|,[ \\t\\u00a0]*)';
// "Monday, March 5, 2024" | "Monday 5 March 2024" | "Monday, the 5th of March, 2024"
const FULL_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${weekdayAlternatives})${SEP}(?:(${MONTH})[ \\t\\u00a0]+${DAY},?[ \\t\\u00a0]+${YEAR}|(?:the[ \\t\\u00a0]+)?${DAY}(?:[ \\t\\u00a0]+of)?[ \\t\\u00a0]+(${MONTH}),?[ \\t\\u00a0]+${YEAR})(?![\\p{L}\\p{N}])`,
  'gu',
);

const monthNumber = (m: string) => MONTHS[m.toLowerCase().replace(/\.$/, '')];

/** The right weekday written like the wrong one: full, abbreviated, upper case. */
function sameForm(written: string, day: number): string {
  const full = WEEKDAY_NAMES[day];
  const bare = written.replace(/\.$/, '');
  const out =
    bare.length >= 6 || FULL_WEEKDAYS.includes(bare.toLowerCase()) ? full : full.slice(0, bare.length) + (written.endsWith('.') ? '.' : '');
  return written === written.toUpperCase() && bare.length > 1 ? out.toUpperCase() : out;
}

export const weekdayMismatch: Check = ({ text }) => {
  const findings: Finding[] = [];
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m; m = FULL_DATE.exec(text)) {
    const written = m[1];
    const month = monthNumber(m[2] ?? m[6]);
    const ymd = { y: Number(m[4] ?? m[7]), m: month, d: Number(m[3] ?? m[5]) };
    if (!month || !isValidYmd(ymd)) continue;
    const stated = WEEKDAYS[written.toLowerCase().replace(/\.$/, '')];
    const actual = weekday(ymd);
    if (stated === actual) continue;
    const dateText = m[0].slice(written.length).replace(/^[,\s]+/, '');
    const replacement = sameForm(written, actual);
    findings.push({
      code: 'weekday-mismatch',
      start: m.index,
      end: m.index + written.length,
      message: `${dateText} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[stated]}.`,
      fix: { start: m.index, end: m.index + written.length, replacement },
    });
  }
  return findings;
};
