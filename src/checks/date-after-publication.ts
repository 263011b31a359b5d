// date-after-publication (warning): a date with its year written out that falls after the
// publication date, in a clause told in the past ("On March 12, 2024 the minister said" in an
// article dated March 3, 2024). Only dates with a month and a year written out: a year alone is
// too often a plan ("opens in 2027"), and a date without a year has an inferred year. Nor are
// dates in quotes, headlines or editorial notes ("Updated March 5, 2024") checked.
import { FUTURE_CUES, NOT_PAST_ED, PAST_VERBS } from '../analysis/lexicon/dateWords';
import type { Token } from '../analysis/document';
import { tenseAround } from '../analysis/dateTense';
import { parseYmd } from '../analysis/dateValues';
import { articleContext } from './context';
import { EDITORIAL_NOTE_START, REPORTED_MODALS } from './data/lexicon';
import type { Check, Finding } from './types';

/** The first day a month or day value can mean: 2024-03 -> 2024-03-01; null for anything else. */
function firstDay(value: string): string | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3] ?? '01'}` : null;
}

const longDate = (iso: string) => {
  const d = parseYmd(iso)!;
  return new Date(Date.UTC(d.y, d.m - 1, d.d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
};

/**
 * No word of the sentence looks ahead ("which will operate ... in July 2006, have opened"), and
 * the verb nearest the date is past, or the sentence has a past verb ("agreed to have the case heard").
 */
function toldAsPast(tokens: Token[], start: number, end: number): boolean {
  const words = tokens.map((t) => t.text.toLowerCase());
  if (words.some((w) => FUTURE_CUES.has(w) && !REPORTED_MODALS.has(w))) return false;
  return (
    tenseAround(tokens, start, end) === -1 ||
    words.some((w) => PAST_VERBS.has(w) || (w.length > 4 && /^[a-z]+ed$/.test(w) && !NOT_PAST_ED.has(w)))
  );
}

export const dateAfterPublication: Check = (input) => {
  const { analysis, text } = input;
  const published = analysis.documentDate;
  if (!published || !parseYmd(published)) return [];
  const later = analysis.dates.filter((d) => {
    const day = d.type === 'date' && d.value ? firstDay(d.value) : null;
    return day !== null && day > published && /\b\d{4}\b/.test(d.text);
  });
  if (!later.length) return [];
  const ctx = articleContext(input);
  const findings: Finding[] = [];
  for (const d of later) {
    if (ctx.inQuote(d.start, d.end) || ctx.inHeadline(d.start)) continue;
    const sentence = ctx.sentenceAt(d.start);
    if (!sentence || EDITORIAL_NOTE_START.test(text.slice(sentence.start, sentence.end))) continue;
    // Words inside quotation marks (a quoted headline in a citation) say nothing about the sentence's tense.
    const narration = sentence.tokens.filter((t) => !ctx.inQuote(t.start, t.end));
    if (!toldAsPast(narration, d.start, d.end)) continue;
    findings.push({
      code: 'date-after-publication',
      start: d.start,
      end: d.end,
      message: `${d.text} is after the publication date (${longDate(published)}), but the sentence tells it as past. Check the date or the tense.`,
    });
  }
  return findings;
};
