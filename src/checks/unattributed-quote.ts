// unattributed-quote (info): a full-sentence direct quote with quotation marks that the engine
// could give no speaker. Full sentence: it starts with a capital letter, ends with sentence
// punctuation, and has at least FULL_QUOTE_MIN_WORDS words. Partial quotes, scare quotes and
// titles are left alone, and so are quotes without marks (transcript turns, embedded posts).
import { FULL_QUOTE_MIN_WORDS } from './data/lexicon';
import type { Check, Finding } from './types';

const MARK = /^["“”„‟‘’«»']/;

function isFullSentence(quoteText: string): boolean {
  const inner = quoteText
    .replace(/^["“”„‟‘’«»']+/, '')
    .replace(/["“”„‟‘’«»']+$/, '')
    .trim();
  if (!/^\p{Lu}/u.test(inner) || !/[.!?…,]$/.test(inner)) return false;
  return inner.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= FULL_QUOTE_MIN_WORDS;
}

export const unattributedQuote: Check = ({ analysis, text }) => {
  const findings: Finding[] = [];
  for (const q of analysis.quotes) {
    if (q.speaker || !MARK.test(q.text) || !isFullSentence(q.text)) continue;
    const lineEnd = text.slice(q.start, q.end).search(/[\r\n]/);
    findings.push({
      code: 'unattributed-quote',
      start: q.start,
      end: lineEnd > 0 ? q.start + lineEnd : q.end,
      message: 'No one is said to have said this quote: name the speaker.',
    });
  }
  return findings;
};
