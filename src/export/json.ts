// JSON: the Analysis contract itself (DESIGN.md), validated by schemas/analysis.schema.json.
import type { Analysis } from '../analysis/types';

/** One analysis, pretty-printed, with a final newline. */
export function toJson(analysis: Analysis): string {
  return JSON.stringify(analysis, null, 2) + '\n';
}

/** Several analyses as one JSON array (the CLI's stdout for several inputs). */
export function toJsonArray(analyses: readonly Analysis[]): string {
  return JSON.stringify(analyses, null, 2) + '\n';
}
