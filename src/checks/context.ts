// Where in the article a span sits: inside a quote, in a headline, in which sentence. Shared by
// the checks that read the engine's facts (first-reference, role-mismatch, date-after-publication).
import type { DocumentModel, Sentence } from '../analysis/document';
import type { CheckInput } from './types';
import { CAPTION } from './data/lexicon';

export interface ArticleContext {
  doc: DocumentModel;
  /** Whether [start, end) lies inside a direct quote (with quotation marks). */
  inQuote(start: number, end: number): boolean;
  /** Whether the offset lies in a headline, heading, photo caption, `date` line or front matter. */
  inHeadline(offset: number): boolean;
  sentenceAt(offset: number): Sentence | undefined;
}

const HEADING_MAX_WORDS = 20;

export function articleContext({ analysis, document }: CheckInput): ArticleContext {
  const doc = document();
  // All three lists are sorted and do not overlap: look-ups are binary searches (long articles).
  // (a quote nested in a transcript turn that starts with a mark is inside the turn: the turn alone is kept)
  let coveredTo = -1;
  const quotes = analysis.quotes.filter((q) => {
    if (!/^["“”„‟‘’«»']/.test(q.text) || q.end <= coveredTo) return false;
    coveredTo = q.end;
    return true;
  });
  const headlines = doc.paragraphs.filter((p, i) => isHeadline(p.text, i) || CAPTION.test(p.text));
  const sentences = doc.paragraphs.flatMap((p) => p.sentences);
  return {
    doc,
    inQuote: (start, end) => {
      const q = lastStartingBy(quotes, start);
      return !!q && end <= q.end;
    },
    inHeadline: (offset) => {
      const p = lastStartingBy(headlines, offset);
      return !!p && offset < p.end;
    },
    sentenceAt: (offset) => {
      const s = lastStartingBy(sentences, offset);
      return s && offset < s.end ? s : undefined;
    },
  };
}

/** The last span (in a list sorted by start) that starts at or before the offset. */
function lastStartingBy<T extends { start: number }>(spans: T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = spans[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A Markdown heading, a `date` line, or a first paragraph with no closing punctuation (a headline). */
function isHeadline(text: string, index: number): boolean {
  if (/^\s*#{1,6}\s/.test(text) || /^\s*date\s+\d{4}-\d{2}-\d{2}\s*$/i.test(text) || /^---/.test(text)) return true;
  const words = text.split(/\s+/).filter(Boolean).length;
  return index <= 1 && words <= HEADING_MAX_WORDS && !/[.!?:"”’)]\s*$/.test(text) && !text.includes('\n\n');
}
