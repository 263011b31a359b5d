// Where in the article a span sits: inside a quote, in a headline, in which sentence. Shared by
// the checks that read the engine's facts (first-reference, role-mismatch, date-after-publication).
import { buildDocument, type DocumentModel, type Sentence } from '../analysis/document';
import type { Analysis } from '../analysis/types';
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

export function articleContext(analysis: Analysis, text: string): ArticleContext {
  const doc = buildDocument(text);
  const quotes = analysis.quotes.filter((q) => /^["“”„‟‘’«»']/.test(q.text));
  const headlines = doc.paragraphs.filter((p, i) => isHeadline(p.text, i) || CAPTION.test(p.text)).map((p) => [p.start, p.end] as const);
  const sentences = doc.paragraphs.flatMap((p) => p.sentences);
  return {
    doc,
    inQuote: (start, end) => quotes.some((q) => q.start <= start && end <= q.end),
    inHeadline: (offset) => headlines.some(([s, e]) => s <= offset && offset < e),
    sentenceAt: (offset) => sentences.find((s) => s.start <= offset && offset < s.end),
  };
}

/** A Markdown heading, a `date` line, or a first paragraph with no closing punctuation (a headline). */
function isHeadline(text: string, index: number): boolean {
  if (/^\s*#{1,6}\s/.test(text) || /^\s*date\s+\d{4}-\d{2}-\d{2}\s*$/i.test(text) || /^---/.test(text)) return true;
  const words = text.split(/\s+/).filter(Boolean).length;
  return index <= 1 && words <= HEADING_MAX_WORDS && !/[.!?:"”’)]\s*$/.test(text) && !text.includes('\n\n');
}
