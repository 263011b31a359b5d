// The engine's entry point: runs the passes in order over one document model.
//
// Incremental analysis: the expensive per-paragraph work (the compromise parse in the names pass)
// is cached by paragraph text, so after an edit only the touched paragraphs are parsed again; the
// document-wide passes (aliases, quotes, attribution, dates) rerun, except that the aliases pass
// reuses its last result when its candidates are unchanged; results never depend on what was
// analysed before (warm and cold runs give equal results).
import { buildDocument, clearDocumentCache, DocumentModel, Paragraph } from './document';
import type { Analysis, AnalyzeOptions, DateMention } from './types';
import { findDocumentDate, metadataDateLine, nameDatelinePlace } from './dateline';
import { findNameCandidates, findNameCandidatesMany } from './names';
import { clearEntityCache, resolveEntities } from './aliases';
import { findQuotes } from './quotes';
import { attributeQuotes } from './attribution';
import { clearSieveMemo } from './attribution/reuse';
import { clearDateCache, dateCacheStats, findDates, type QuoteSpan } from './dates';
import type { NameCandidate } from './candidates';
import { ParagraphCache } from './paragraphCache';
import { perParagraph } from './paragraphMemo';
import { assignConfidence, dateConfidence } from './confidence';
import { CONFIDENCE_TABLE, GENERALISATION_MAP } from './data/confidence';
import { stage } from './stageTimes';

/**
 * Per-paragraph results, cached by paragraph text so an edit re-analyses only what it touched.
 * Each entry also keeps the candidates at document offsets for the start it was last used at, so a
 * re-analysis after an edit reuses them as they are where the paragraph did not move.
 */
interface NameEntry {
  relative: NameCandidate[];
  start: number;
  absolute: NameCandidate[] | null;
}
const nameCache = new ParagraphCache<NameEntry>(5000);

/** How many paragraphs were parsed (cache misses) since the process started; for tests and the benchmark. */
export const analysisCounters = { paragraphsParsed: 0 };

/** Hits and misses of the per-paragraph caches since the process started (the benchmark prints the hit rate). */
export function paragraphCacheStats(): { names: { hits: number; misses: number }; dates: { hits: number; misses: number } } {
  return { names: { hits: nameCache.hits, misses: nameCache.misses }, dates: dateCacheStats() };
}

/** Forgets every cached paragraph result (the benchmark's "cold" runs; tests of cold vs warm). */
export function clearAnalysisCaches(): void {
  nameCache.clear();
  clearDateCache();
  clearDocumentCache();
  clearEntityCache();
  clearSieveMemo();
}

/**
 * The cached per-paragraph work for one paragraph's text (paragraph-relative offsets). Sliced and
 * worker analysis call this paragraph by paragraph before analyzeDocument(), which then only hits the cache.
 */
export function paragraphNames(text: string): NameCandidate[] {
  return nameEntry(text).relative;
}

/** The candidates documentNames() parsed in one batch for this run, read as the cache misses them. */
let batchParsed: Map<string, NameCandidate[]> | undefined;

function nameEntry(text: string): NameEntry {
  return nameCache.get(text, () => {
    analysisCounters.paragraphsParsed++;
    return { relative: batchParsed?.get(text) ?? findNameCandidates(text), start: -1, absolute: null };
  });
}

/**
 * The candidates of the units the cache lacks, parsed together (findNameCandidatesMany: the same
 * results, without compromise's fixed cost per call, which on a cold document is paid per paragraph).
 */
function parseMissing(units: Array<{ text: string }>): Map<string, NameCandidate[]> {
  const missing = [...new Set(units.map((u) => u.text).filter((t) => !nameCache.has(t)))];
  const found = missing.length > 1 ? findNameCandidatesMany(missing) : [];
  return new Map(found.map((c, k) => [missing[k], c]));
}

/** A unit's candidates at document offsets (shared, read-only: no pass changes a candidate). */
function unitNames(unit: { start: number; text: string }): NameCandidate[] {
  const e = nameEntry(unit.text);
  if (e.start !== unit.start || !e.absolute) {
    e.absolute = e.relative.map((c) => ({ ...c, start: c.start + unit.start, end: c.end + unit.start }));
    e.start = unit.start;
  }
  return e.absolute;
}

/**
 * The names pass sees a paragraph at most this long at once. Longer ones (a transcript with no
 * blank lines, a wall of text) go in pieces of whole sentences: compromise and the names pass
 * cost more than linearly within one text, and a small edit then re-parses one piece, not all.
 */
export const MAX_NAMES_UNIT_CHARS = 4000;

/** The pieces of a paragraph the names pass runs on: the paragraph itself unless it is very long. */
export function namesUnits(paragraph: Paragraph, text: string): Array<{ start: number; text: string }> {
  if (paragraph.text.length <= MAX_NAMES_UNIT_CHARS) return [{ start: paragraph.start, text: paragraph.text }];
  const units: Array<{ start: number; text: string }> = [];
  const push = (start: number, end: number) => {
    // A single "sentence" longer than the limit is cut at the last space before it.
    while (end - start > MAX_NAMES_UNIT_CHARS) {
      let cut = text.lastIndexOf(' ', start + MAX_NAMES_UNIT_CHARS);
      if (cut <= start) cut = start + MAX_NAMES_UNIT_CHARS;
      if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--; // never between the halves of a surrogate pair
      const [s, e] = trimmed(text, start, cut);
      if (e > s) units.push({ start: s, text: text.slice(s, e) });
      start = cut;
    }
    const [s, e] = trimmed(text, start, end);
    if (e > s) units.push({ start: s, text: text.slice(s, e) });
  };
  let unitStart = -1;
  let unitEnd = -1;
  for (const sentence of paragraph.sentences) {
    if (unitStart >= 0 && sentence.end - unitStart > MAX_NAMES_UNIT_CHARS) {
      push(unitStart, unitEnd);
      unitStart = -1;
    }
    if (unitStart < 0) unitStart = sentence.start;
    unitEnd = sentence.end;
  }
  if (unitStart >= 0) push(unitStart, unitEnd);
  return units;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Makes room in the caches for a document of n paragraphs (plus its previous version). */
export function reserveParagraphs(n: number): void {
  nameCache.reserve(2 * n + 64);
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const doc = stage('document', () => buildDocument(text));
  return analyzeDocument(doc, options);
}

export function analyzeDocument(doc: DocumentModel, options: AnalyzeOptions = {}): Analysis {
  const documentDate = options.documentDate ?? stage('document date', () => findDocumentDate(doc));
  const candidates = stage('names', () => documentNames(doc));
  const entities = stage('aliases', () => resolveEntities(candidates, doc));
  stage('dateline place', () => nameDatelinePlace(entities, doc.text));
  const found = stage('quotes', () => findQuotes(doc));
  const quotes = stage('attribution', () => attributeQuotes(found, entities, doc));
  const dates = stage('dates', () => findStoryDates(doc, documentDate, options.explain, found));
  const analysis: Analysis = { file: options.file ?? null, documentDate, entities, quotes, dates };
  // Without explain the trace is dropped as confidence reads it (dates dropped theirs in their pass).
  stage('confidence', () => assignConfidence(analysis, doc.text, CONFIDENCE_TABLE, GENERALISATION_MAP, !options.explain));
  return analysis;
}

/** Every paragraph's name candidates at document offsets, in order (cached per paragraph). */
function documentNames(doc: DocumentModel): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  reserveParagraphs(doc.paragraphs.length + Math.ceil(doc.text.length / MAX_NAMES_UNIT_CHARS));
  // Paragraphs the previous version did not have are parsed together first (see parseMissing).
  const changed = doc.paragraphs.filter((p) => !isOneUnit(p) || !paragraphNamesAt.has(p));
  batchParsed = parseMissing(changed.flatMap((p) => namesUnits(p, doc.text)));
  try {
    for (const paragraph of doc.paragraphs) {
      if (isOneUnit(paragraph)) {
        for (const c of paragraphNamesAt(paragraph)) candidates.push(c);
        continue;
      }
      for (const unit of namesUnits(paragraph, doc.text)) {
        for (const c of unitNames(unit)) candidates.push(c);
      }
    }
  } finally {
    batchParsed = undefined;
  }
  return candidates;
}

/**
 * Whether the names pass sees the paragraph whole. Its end minus its start is its text's length
 * (document.ts slices the text there): read without touching each paragraph's string per run.
 */
function isOneUnit(p: Paragraph): boolean {
  return p.end - p.start <= MAX_NAMES_UNIT_CHARS;
}

/** A paragraph that is one unit: its candidates found by the paragraph itself while it is unchanged (no text to hash). */
const paragraphNamesAt = perParagraph((p) => unitNames({ start: p.start, text: p.text }));

/**
 * The dates pass on its own (also run again when the user's annotations set another document
 * date), with each value's confidence; `why` stays only with `explain`.
 */
export function findStoryDates(
  doc: DocumentModel,
  documentDate: string | null,
  explain = false,
  quotes?: readonly QuoteSpan[],
): DateMention[] {
  const dates = withoutMetadataDate(findDates(doc, documentDate, quotes), doc.text);
  for (const d of dates) {
    const confidence = dateConfidenceOf(d);
    // `why` is the last field: deleted before `confidence` is added, the object keeps its fast shape.
    if (!explain) delete d.why;
    d.confidence = confidence;
  }
  return dates;
}

/**
 * A date's confidence reads only its rule, type, value and text: the same date in every run (and
 * paragraph) is looked up, one map per field (no key string built per date and run).
 */
type DateConfidences = Map<string, Map<string, Map<string | null, Map<string, number>>>>;
let dateConfidences: DateConfidences = new Map();
let dateConfidenceCount = 0;
/** Emptied whole at this many answers, as a ClearingMemo is. */
const MAX_DATE_CONFIDENCES = 50_000;

function dateConfidenceOf(d: DateMention): number {
  const byText = inner(inner(inner(dateConfidences, d.why?.value ?? ''), d.type), d.value);
  let c = byText.get(d.text);
  if (c !== undefined) return c;
  if (++dateConfidenceCount > MAX_DATE_CONFIDENCES) {
    dateConfidences = new Map();
    dateConfidenceCount = 0;
    return dateConfidenceOf(d);
  }
  byText.set(d.text, (c = dateConfidence(d)));
  return c;
}

/** The map under `key`, made when missing (no closure per call: this runs for every date). */
function inner<K, M extends Map<unknown, unknown>>(map: Map<K, M>, key: K): M {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = new Map() as M));
  return value;
}

/** The dates of the story, without the `date YYYY-MM-DD` metadata line (that is the document date). */
function withoutMetadataDate(dates: DateMention[], text: string): DateMention[] {
  const line = metadataDateLine(text);
  if (!line) return dates;
  const kept = dates.filter((d) => d.end <= line.start || d.start >= line.end);
  kept.forEach((d, i) => (d.id = `d${i + 1}`));
  return kept;
}
