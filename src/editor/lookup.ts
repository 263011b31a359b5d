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

/** The innermost quote at the offset (a remark quoted inside a transcript turn, else the turn). */
export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  let found: Quote | undefined;
  for (const q of analysis.quotes) if (q.start <= offset && offset < q.end && (!found || q.start >= found.start)) found = q;
  return found;
}

export function dateAt(analysis: Analysis, offset: number): DateMention | undefined {
  return analysis.dates.find((d) => d.start <= offset && offset < d.end);
}

export function quotesBy(analysis: Analysis, entity: Entity): Quote[] {
  return analysis.quotes.filter((q) => q.speaker?.entityId === entity.id);
}

/**
 * The one count of mentions, used by the hover, the tree, navigation and (as entity.mentions) the
 * exports: the places where the article names the entity, in order. A pronoun or a Q:/A: label
 * that names a quote's speaker is not a mention: it stays the quote's speaker span only.
 */
export function mentionsOf(entity: Entity): readonly Span[] {
  return entity.mentions; // sorted by start (the Analysis contract; applyAnnotations keeps it)
}

/** Whether the span is one of the entity's mentions (a speaker span may be a pronoun instead). */
export function isMention(entity: Entity, span: Span): boolean {
  return entity.mentions.some((m) => m.start === span.start && m.end === span.end);
}

/** The mention after (direction 1) or before (-1) the span starting at `from`, wrapping around. */
export function adjacentMention(mentions: readonly Span[], from: number, direction: 1 | -1): Span | undefined {
  if (direction === 1) return mentions.find((m) => m.start > from) ?? mentions[0];
  const before = mentions.filter((m) => m.start < from);
  return before[before.length - 1] ?? mentions[mentions.length - 1];
}

/** A key for an entity that survives edits and re-analysis (ids like e3 are renumbered). */
export function entityKey(entity: Entity): string {
  return `${entity.type}:${entity.name}`;
}

export function findEntityByKey(analysis: Analysis, key: string): Entity | undefined {
  return analysis.entities.find((e) => entityKey(e) === key);
}
