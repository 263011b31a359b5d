// The decision trace (`why`) kept only when asked for (DESIGN.md): the engine always records it,
// `analyze()` without `explain` and the editor's exports leave it out. No engine imports, so the
// extension bundle can use it.
import type { Analysis } from './types';

/** The analysis without the `why` of its entities, quotes and dates (facts with one are copied, not changed; the others are shared). */
export function withoutTrace(analysis: Analysis): Analysis {
  const strip = <T extends { why?: unknown }>(fact: T): T => {
    if (!('why' in fact)) return fact;
    const { why: _why, ...rest } = fact;
    return rest as T;
  };
  return { ...analysis, entities: analysis.entities.map(strip), quotes: analysis.quotes.map(strip), dates: analysis.dates.map(strip) };
}
