// Seeds one editorial error into a copy of a clean article, for the recall part of the checks
// eval: a misspelled later mention of a name, a wrong weekday beside a full date, a dropped
// closing quotation mark, a past date moved after publication. Each seeder returns the new text
// and the span where the error now is, or null when the article offers no place for it.
import type { Analysis } from '../../src/analysis/types';
import { MONTHS, WEEKDAYS } from '../../src/analysis/lexicon/dateWords';
import { parseYmd, weekday } from '../../src/analysis/dateValues';
import { CAPTION, WEEKDAY_NAMES } from '../../src/checks/data/lexicon';
import type { CheckCode } from '../../src/checks';
import { pick, type Rng } from '../bench/prng';

export interface Seeded {
  code: CheckCode;
  text: string;
  /** Where the error is in the new text. */
  start: number;
  end: number;
  /** What was done, for the report. */
  what: string;
}

const replace = (text: string, start: number, end: number, by: string) => text.slice(0, start) + by + text.slice(end);

/** A later mention of a name word (5+ plain letters) gets two letters swapped or one doubled. */
function misspellName(text: string, a: Analysis, rng: Rng): Seeded | null {
  const spots: Array<{ start: number; word: string }> = [];
  for (const e of a.entities) {
    if (e.type !== 'person') continue;
    const seen = new Set<string>();
    for (const m of e.mentions) {
      for (const w of m.text.matchAll(/\p{Lu}[a-z]{4,}/gu)) {
        if (w.index! + w[0].length < m.text.length && /\p{L}/u.test(m.text[w.index! + w[0].length])) continue;
        if (seen.has(w[0])) spots.push({ start: m.start + w.index!, word: w[0] });
        seen.add(w[0]);
      }
    }
  }
  if (!spots.length) return null;
  const spot = pick(rng, spots);
  const w = spot.word;
  const swaps = [...w].map((_, i) => i).filter((i) => i > 0 && i + 1 < w.length && w[i] !== w[i + 1]);
  const swapped = (i: number) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  const doubled = (i: number) => w.slice(0, i + 1) + w.slice(i);
  const variant = rng() < 0.5 && swaps.length ? swapped(pick(rng, swaps)) : doubled(1 + Math.floor(rng() * (w.length - 1)));
  if (text.includes(variant)) return null;
  return {
    code: 'name-variant',
    text: replace(text, spot.start, spot.start + w.length, variant),
    start: spot.start,
    end: spot.start + variant.length,
    what: `${w} -> ${variant}`,
  };
}

const FULL_DATE_TEXT = new RegExp(
  `^(?:${Object.keys(MONTHS).join('|')})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}$|^\\d{1,2} (?:${Object.keys(MONTHS).join('|')}) \\d{4}$`,
  'i',
);
const LEADING_WEEKDAY = new RegExp(`^(?:${WEEKDAY_NAMES.join('|')}),? `);
const WEEKDAY_BEFORE = new RegExp(
  `(${Object.keys(WEEKDAYS)
    .filter((w) => w.length > 5)
    .join('|')}),? $`,
  'i',
);

/** A full date gets a wrong weekday: the one beside it is changed, or one is put before it. */
function wrongWeekday(text: string, a: Analysis, rng: Rng): Seeded | null {
  const full = a.dates.filter(
    (d) => d.value?.length === 10 && parseYmd(d.value) && FULL_DATE_TEXT.test(d.text.replace(LEADING_WEEKDAY, '')),
  );
  if (!full.length) return null;
  const d = pick(rng, full);
  const right = weekday(parseYmd(d.value!)!);
  const wrong = WEEKDAY_NAMES[(right + 1 + Math.floor(rng() * 6)) % 7];
  const inside = new RegExp(`^(${WEEKDAY_NAMES.join('|')})`).exec(d.text);
  if (inside)
    return {
      code: 'weekday-mismatch',
      text: replace(text, d.start, d.start + inside[0].length, wrong),
      start: d.start,
      end: d.start + wrong.length,
      what: `${inside[0]} -> ${wrong}`,
    };
  const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, d.start - 12), d.start));
  if (before) {
    const at = d.start - before[0].length;
    return {
      code: 'weekday-mismatch',
      text: replace(text, at, at + before[1].length, wrong),
      start: at,
      end: at + wrong.length,
      what: `${before[1]} -> ${wrong}`,
    };
  }
  return {
    code: 'weekday-mismatch',
    text: replace(text, d.start, d.start, `${wrong}, `),
    start: d.start,
    end: d.start + wrong.length,
    what: `${wrong}, ${d.text}`,
  };
}

/** A quote inside one paragraph loses its closing mark. */
function dropClosingMark(text: string, a: Analysis, rng: Rng): Seeded | null {
  const quotes = a.quotes.filter((q) => /^["“„«‘]/.test(q.text) && /["”»’]$/.test(q.text) && !/\n\s*\n/.test(q.text) && q.text.length > 3);
  if (!quotes.length) return null;
  const q = pick(rng, quotes);
  return {
    code: 'unclosed-quote',
    text: replace(text, q.end - 1, q.end, ''),
    start: q.start,
    end: q.start + 1,
    what: `dropped the closing mark of ${q.text.slice(0, 40)}…`,
  };
}

// A sentence told in the past by a common past verb (chosen apart from the check's own tense rules).
const PAST_SENTENCE =
  /\b(?:was|were|had|said|did|told|announced|agreed|signed|met|began|ended|took|made|held|filed|released|opened|closed|won|lost)\b/;
const sentenceAround = (text: string, at: number) =>
  text.slice(Math.max(text.lastIndexOf('. ', at) + 1, text.lastIndexOf('\n', at) + 1), text.indexOf('.', at) + 1 || text.length);

/** A full date before publication in a past-tense sentence, with its year written out, is moved one year after publication. */
function dateAfterPublication(text: string, a: Analysis, rng: Rng): Seeded | null {
  if (!a.documentDate) return null;
  const later = String(Number(a.documentDate.slice(0, 4)) + 1);
  const dates = a.dates.filter(
    (d) =>
      d.type === 'date' &&
      d.value &&
      /^\d{4}-\d{2}-\d{2}$/.test(d.value) &&
      d.value < a.documentDate! &&
      d.text.includes(d.value.slice(0, 4)) &&
      /\p{L}/u.test(d.text),
  );
  if (!dates.length) return null;
  const told = dates.filter((d) => {
    const sentence = sentenceAround(text, d.start);
    return PAST_SENTENCE.test(sentence) && !CAPTION.test(sentence) && !sentence.includes('@');
  });
  if (!told.length) return null;
  const d = pick(rng, told);
  const at = d.start + d.text.lastIndexOf(d.value!.slice(0, 4));
  return {
    code: 'date-after-publication',
    text: replace(text, at, at + 4, later),
    start: d.start,
    end: d.end,
    what: `${d.text} -> ${later}`,
  };
}

export const SEEDERS: Array<(text: string, a: Analysis, rng: Rng) => Seeded | null> = [
  misspellName,
  wrongWeekday,
  dropClosingMark,
  dateAfterPublication,
];
