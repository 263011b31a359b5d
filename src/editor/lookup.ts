// Finding what is at an offset of an analysed document. Pure: shared by hovers, navigation and the tree.
import type { Analysis, DateMention, Entity, Quote, Span } from '../analysis';

export interface EntityHit {
  entity: Entity;
  /** The mention (or speaker span) under the offset. */
  span: Span;
}

/**
 * The entity whose mention (or quote-speaker span) covers the offset. With inclusiveEnd (cursor
 * positions), a cursor right after a name finds it; hovers (character positions) pass false.
 */
export function entityAt(analysis: Analysis, offset: number, inclusiveEnd = true): EntityHit | undefined {
  const covers = (s: { start: number; end: number }, o: number) => s.start <= o && (inclusiveEnd ? o <= s.end : o < s.end);
  for (const entity of analysis.entities) {
    const span = entity.mentions.find((m) => covers(m, offset));
    if (span) return { entity, span };
  }
  for (const q of analysis.quotes) {
    if (q.speaker?.entityId && covers(q.speaker, offset)) {
      const entity = analysis.entities.find((e) => e.id === q.speaker!.entityId);
      if (entity) return { entity, span: q.speaker };
    }
  }
  return undefined;
}

export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  return analysis.quotes.find((q) => q.start <= offset && offset < q.end);
}

export function dateAt(analysis: Analysis, offset: number): DateMention | undefined {
  return analysis.dates.find((d) => d.start <= offset && offset < d.end);
}

export function quotesBy(analysis: Analysis, entity: Entity): Quote[] {
  return analysis.quotes.filter((q) => q.speaker?.entityId === entity.id);
}

/** The entity's mentions plus speaker spans that point at it but are not listed as mentions, sorted. */
export function mentionsOf(analysis: Analysis, entity: Entity): Span[] {
  const spans = [...entity.mentions];
  for (const q of quotesBy(analysis, entity)) {
    if (q.speaker && !spans.some((m) => m.start === q.speaker!.start && m.end === q.speaker!.end)) spans.push(q.speaker);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** A key for an entity that survives edits and re-analysis (ids like e3 are renumbered). */
export function entityKey(entity: Entity): string {
  return `${entity.type}:${entity.name}`;
}

export function findEntityByKey(analysis: Analysis, key: string): Entity | undefined {
  return analysis.entities.find((e) => entityKey(e) === key);
}
