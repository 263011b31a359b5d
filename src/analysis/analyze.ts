// The engine's entry point: runs the passes in order over one document model.
//
// Incremental analysis: the expensive per-paragraph work (the compromise parse in the names pass)
// is cached by paragraph text, so after an edit only the touched paragraphs are parsed again; the
// document-wide passes (aliases, quotes, attribution, dates) are cheap and always rerun, so their
// results never depend on what was analysed before (warm and cold runs give equal results).
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

/** How many paragraphs were parsed (cache misses) since the process started; for tests and the benchmark. */
export const analysisCounters = { paragraphsParsed: 0 };

/** Forgets every cached paragraph result (the benchmark's "cold" runs; tests of cold vs warm). */
export function clearAnalysisCaches(): void {
  nameCache.clear();
}

/**
 * The cached per-paragraph work for one paragraph's text (paragraph-relative offsets). Sliced and
 * worker analysis call this paragraph by paragraph before analyzeDocument(), which then only hits the cache.
 */
export function paragraphNames(text: string): NameCandidate[] {
  return nameCache.get(text, () => {
    analysisCounters.paragraphsParsed++;
    return findNameCandidates(text);
  });
}

/** Makes room in the caches for a document of n paragraphs (plus its previous version). */
export function reserveParagraphs(n: number): void {
  nameCache.reserve(2 * n + 64);
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const doc = buildDocument(text);
  return analyzeDocument(doc, options);
}

export function analyzeDocument(doc: DocumentModel, options: AnalyzeOptions = {}): Analysis {
  const documentDate = options.documentDate ?? findDocumentDate(doc);
  const candidates: NameCandidate[] = [];
  reserveParagraphs(doc.paragraphs.length);
  for (const paragraph of doc.paragraphs) {
    const local = paragraphNames(paragraph.text);
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
