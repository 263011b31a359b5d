// JSON Lines for batches: one compact Analysis per line, so huge batches can be streamed and split.
import type { Analysis } from '../analysis/types';
import { analysisJson } from './json';

export function toJsonl(analyses: readonly Analysis[]): string {
  // JSON.stringify escapes \n and \r inside strings, and U+2028/2029 are legal in JSON, so one object = one line.
  return analyses.map((a) => analysisJson(a, 'line') + '\n').join('');
}
