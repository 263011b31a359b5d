// JSON: the Analysis contract itself (DESIGN.md), validated by schemas/analysis.schema.json.
import type { Analysis } from '../analysis/types';

/** One analysis, pretty-printed, with a final newline. */
export function toJson(analysis: Analysis): string {
  return analysisJson(analysis, 'pretty') + '\n';
}

/** Several analyses as one JSON array (the CLI's stdout for several inputs). */
export function toJsonArray(analyses: readonly Analysis[]): string {
  return JSON.stringify(analyses, null, 2) + '\n';
}

/**
 * How an analysis is written as JSON text: on one line (jsonl), indented by two spaces (json), or
 * on one line with a --stdin-jsonl input's id first. Worker threads render with it too, so the
 * CLI's output is the same bytes whichever thread analysed the article.
 */
export type JsonShape = 'line' | 'pretty' | { id: unknown };

/** The analysis as JSON text in the given shape, without a final newline. */
export function analysisJson(analysis: Analysis, shape: JsonShape): string {
  if (shape === 'line') return JSON.stringify(analysis);
  if (shape === 'pretty') return JSON.stringify(analysis, null, 2);
  return JSON.stringify({ id: shape.id, ...analysis });
}
