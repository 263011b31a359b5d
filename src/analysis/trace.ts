// The decision trace (`why`) kept only when asked for (DESIGN.md): the engine always records it,
// `analyze()` without `explain` and the editor's exports leave it out. No engine imports, so the
// extension bundle can use it.
import type { Analysis } from './types';

/** The analysis without the `why` of its entities, quotes and dates (the facts are copied, not changed). */
export function withoutTrace(analysis: Analysis): Analysis {
  const strip = <T extends { why?: unknown }>({ why: _why, ...rest }: T): T => rest as T;
  return { ...analysis, entities: analysis.entities.map(strip), quotes: analysis.quotes.map(strip), dates: analysis.dates.map(strip) };
}
