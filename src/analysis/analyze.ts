// The engine's entry point: runs the passes in order over one document model.
import { buildDocument, DocumentModel } from './document';
import type { Analysis, AnalyzeOptions } from './types';
import { findDocumentDate } from './dateline';
import { findNameCandidates } from './names';
import { resolveEntities } from './aliases';
import { findQuotes } from './quotes';
import { attributeQuotes } from './attribution';
import { findDates } from './dates';
import type { NameCandidate } from './candidates';
import { ParagraphCache } from './paragraphCache';

/** Per-paragraph results, cached by paragraph text so an edit re-analyses only what it touched. */
const nameCache = new ParagraphCache<NameCandidate[]>(5000);

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const doc = buildDocument(text);
  return analyzeDocument(doc, options);
}

export function analyzeDocument(doc: DocumentModel, options: AnalyzeOptions = {}): Analysis {
  const documentDate = options.documentDate ?? findDocumentDate(doc);
  const candidates: NameCandidate[] = [];
  for (const paragraph of doc.paragraphs) {
    const local = nameCache.get(paragraph.text, () => findNameCandidates(paragraph.text));
    for (const c of local) {
      const start = c.start + paragraph.start;
      const end = c.end + paragraph.start;
      candidates.push({ ...c, start, end });
    }
  }
  const entities = resolveEntities(candidates, doc);
  const quotes = attributeQuotes(findQuotes(doc), entities, doc);
  const dates = findDates(doc, documentDate);
  return { file: options.file ?? null, documentDate, entities, quotes, dates };
}
