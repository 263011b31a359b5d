// Analysis in slices that yield to the event loop, so a long document never blocks the thread
// that runs it (the extension host, or the worker) for more than about one slice. The expensive
// per-paragraph work runs paragraph by paragraph through the shared cache; the cheap
// document-wide passes then run once at the end, so the result equals analyze(text).
import { buildDocument } from './document';
import { analyzeDocument, MAX_NAMES_UNIT_CHARS, namesUnits, paragraphNames, reserveParagraphs } from './analyze';
import type { Analysis, AnalyzeOptions } from './types';

export interface SliceOptions {
  /** Longest stretch of synchronous per-paragraph work before yielding, in ms (default 20). */
  sliceMs?: number;
  /** Called after each slice with the number of paragraphs analysed so far and the total. */
  onProgress?(done: number, total: number): void;
  /** Checked between slices; when it returns true the analysis stops and resolves to undefined. */
  isCancelled?(): boolean;
}

const yieldNow: () => Promise<void> =
  typeof setImmediate === 'function' ? () => new Promise((r) => setImmediate(r)) : () => new Promise((r) => setTimeout(r, 0));

/** Like analyze(), but yields between slices of paragraphs; undefined when cancelled. */
export async function analyzeInSlices(
  text: string,
  options: AnalyzeOptions = {},
  slices: SliceOptions = {},
): Promise<Analysis | undefined> {
  const sliceMs = slices.sliceMs ?? 20;
  const cancelled = () => slices.isCancelled?.() === true;
  if (cancelled()) return undefined;
  const doc = buildDocument(text);
  const total = doc.paragraphs.length;
  reserveParagraphs(total + Math.ceil(text.length / MAX_NAMES_UNIT_CHARS));
  let sliceStart = performance.now();
  for (let i = 0; i < total; i++) {
    for (const unit of namesUnits(doc.paragraphs[i], text)) paragraphNames(unit.text);
    if (performance.now() - sliceStart >= sliceMs && i + 1 < total) {
      slices.onProgress?.(i + 1, total);
      await yieldNow();
      if (cancelled()) return undefined;
      sliceStart = performance.now();
    }
  }
  slices.onProgress?.(total, total);
  if (cancelled()) return undefined;
  return analyzeDocument(doc, options);
}
