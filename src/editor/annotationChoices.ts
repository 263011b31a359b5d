// What the user can annotate at a place in an analysed article, and the choices the annotation
// commands offer (speakers likeliest first, the facts to review). Pure: no vscode import, so it is
// unit-tested in Node (test/unit/editor-annotation-choices.test.ts).
import type { Analysis, DateMention, Entity, Quote, Span } from '../analysis';
import { mentionsOf } from './lookup';
import { isDateValue } from '../annotations/validate';

export type Provenance = 'user' | 'reviewed' | 'suggested';

interface Marked {
  source?: 'engine' | 'user';
  reviewed?: boolean;
}

/** "added by you" (the user made or changed it), "reviewed" (accepted), or "suggested" (the engine's, not reviewed). */
export function provenanceOf(fact: object): Provenance {
  const marked = fact as Marked;
  if (marked.source === 'user') return 'user';
  return marked.reviewed ? 'reviewed' : 'suggested';
}

export const PROVENANCE_WORDS: Record<Provenance, string> = { user: 'added by you', reviewed: 'reviewed', suggested: 'suggested' };

/** The facts at [start, end): a name's mention, a quote, a date (each may be absent). */
export interface FactsAt {
  entity?: { entity: Entity; span: Span };
  quote?: Quote;
  date?: DateMention;
}

/**
 * Facts touching the range: for an empty range, those under the offset (a cursor right after a
 * name still finds it); for a selection, those it lies inside.
 */
export function factsAt(analysis: Analysis, start: number, end: number): FactsAt {
  const inside = (s: { start: number; end: number }) =>
    start === end ? s.start <= start && start <= s.end : s.start <= start && end <= s.end;
  const found: FactsAt = {};
  for (const entity of analysis.entities) {
    const span = mentionsOf(entity).find(inside);
    if (span) {
      found.entity = { entity, span };
      break;
    }
  }
  found.quote = analysis.quotes.find(inside);
  found.date = analysis.dates.find(inside);
  return found;
}

/** Whether [start, end) is exactly one of the facts found there (then "Mark selection as" is not offered). */
export function isExactFact(facts: FactsAt, start: number, end: number): boolean {
  const same = (s?: { start: number; end: number }) => s !== undefined && s.start === start && s.end === end;
  return same(facts.entity?.span) || same(facts.quote) || same(facts.date);
}

/** How often `exact` occurs in the text (whole occurrences, overlapping ones counted once each). */
export function occurrences(text: string, exact: string): number {
  if (!exact) return 0;
  let n = 0;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + exact.length)) n++;
  return n;
}

export interface SpeakerChoice {
  entity: Entity;
  /** The entity's mention nearest the quote: the speaker target. */
  mention: Span;
  current: boolean;
}

/**
 * People and organizations who could have said the quote, likeliest first: the current speaker,
 * then those named in the quote's own paragraph, then the rest, each by the distance of their
 * nearest mention to the quote (people before organizations on a tie).
 */
export function speakerChoices(analysis: Analysis, text: string, quote: Quote): SpeakerChoice[] {
  const gap = (s: Span) => (s.end <= quote.start ? text.slice(s.end, quote.start) : text.slice(quote.end, s.start));
  // A blank line between the mention and the quote: another paragraph, far less likely.
  const distance = (s: Span) => gap(s).length + (/\n[^\S\n]*\n/.test(gap(s)) ? text.length : 0);
  const choices = analysis.entities
    .filter((e) => e.type === 'person' || e.type === 'organization')
    .map((entity) => {
      const mentions = mentionsOf(entity).filter((m) => m.end <= quote.start || m.start >= quote.end);
      const mention = [...mentions].sort((a, b) => distance(a) - distance(b))[0];
      return mention && { entity, mention, current: quote.speaker?.entityId === entity.id, d: distance(mention) };
    })
    .filter((c): c is SpeakerChoice & { d: number } => !!c);
  choices.sort(
    (a, b) =>
      Number(b.current) - Number(a.current) || a.d - b.d || rank(a.entity) - rank(b.entity) || a.entity.name.localeCompare(b.entity.name),
  );
  return choices.map(({ entity, mention, current }) => ({ entity, mention, current }));
}

const rank = (e: Entity) => (e.type === 'person' ? 0 : 1);

/** One fact to review: an entity (at its first mention), a quote or a date. */
export interface ReviewItem {
  kind: 'entity' | 'quote' | 'date';
  start: number;
  end: number;
  label: string;
  reviewed: boolean;
  confidence?: number;
}

/**
 * Every fact of the article in review order: least confident first when the engine gives a
 * confidence, else document order.
 */
export function reviewItems(analysis: Analysis): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const entity of analysis.entities) {
    const first = mentionsOf(entity)[0];
    if (!first) continue;
    items.push({
      kind: 'entity',
      start: first.start,
      end: first.end,
      label: entity.name,
      reviewed: isReviewed(entity),
      confidence: confidenceOf(entity),
    });
  }
  for (const q of analysis.quotes)
    items.push({
      kind: 'quote',
      start: q.start,
      end: q.end,
      label: q.text,
      reviewed: isReviewed(q),
      confidence: confidenceOf(q.speaker ?? {}),
    });
  for (const d of analysis.dates)
    items.push({ kind: 'date', start: d.start, end: d.end, label: d.text, reviewed: isReviewed(d), confidence: confidenceOf(d) });
  const byPosition = (a: ReviewItem, b: ReviewItem) => a.start - b.start || b.end - a.end;
  const withConfidence = items.some((i) => i.confidence !== undefined);
  return items.sort(withConfidence ? (a, b) => (a.confidence ?? 1) - (b.confidence ?? 1) || byPosition(a, b) : byPosition);
}

/** A fact the user made or accepted counts as reviewed. */
function isReviewed(fact: object): boolean {
  return provenanceOf(fact) !== 'suggested';
}

function confidenceOf(fact: object): number | undefined {
  const c = (fact as { confidence?: unknown }).confidence;
  return typeof c === 'number' ? c : undefined;
}

/** The next (or previous) unreviewed item after the one at [start, end), wrapping around; undefined when all are reviewed. */
export function nextToReview(
  items: ReviewItem[],
  at: { start: number; end: number } | undefined,
  direction: 1 | -1,
): ReviewItem | undefined {
  const open = items.filter((i) => !i.reviewed);
  if (open.length === 0) return undefined;
  let index = at ? items.findIndex((i) => i.start === at.start && i.end === at.end) : -1;
  if (index < 0 && at && !items.some((i) => i.confidence !== undefined)) {
    // Document order and the cursor on no fact: continue from the cursor.
    const after = items.findIndex((i) => i.start >= at.start);
    index = direction === 1 ? (after < 0 ? items.length : after) - 1 : after < 0 ? items.length : after;
  } else if (index < 0) {
    index = direction === 1 ? -1 : items.length;
  }
  for (let step = 1; step <= items.length; step++) {
    const candidate = items[(((index + direction * step) % items.length) + items.length) % items.length];
    if (!candidate.reviewed) return candidate;
  }
  return undefined;
}

/** Why a date value is not one the sidecar accepts (ISO/TIMEX3 style, a real calendar day), or undefined when it is. */
export function dateValueProblem(value: string): string | undefined {
  const v = value.trim();
  if (v === '') return 'Type a value such as 2024-03-04, 2024-03, 2024, 2024-W10, 2024-03-04T10:45 or P5D.';
  if (!isDateValue(v))
    return `“${v}” is not a date value News Lens knows: use 2024-03-04, 2024-03, 2024, 2024-W10, 2024-Q1, 2024-03-04T10:45, P5D or PRESENT_REF.`;
  const calendar = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T|$)/.exec(v);
  if (calendar) {
    const [, y, m, d] = calendar;
    if (Number(m) < 1 || Number(m) > 12) return `There is no month ${m}.`;
    const day = d === undefined ? undefined : new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (day && (day.getUTCMonth() !== Number(m) - 1 || Number(d) < 1)) return `${y}-${m}-${d} is not a day of the calendar.`;
  }
  return undefined;
}

/** YYYY-MM-DD and a real calendar day (the article date). */
export function articleDateProblem(value: string): string | undefined {
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return 'Use the form YYYY-MM-DD, for example 2024-03-04.';
  return dateValueProblem(v);
}

/** The user's annotation as the Facts tree lists it (label in words, description with the scope). */
export interface AnnotationLike {
  id: string;
  action: string;
  target: { exact: string };
  [field: string]: unknown;
}

export function describeAnnotation(a: AnnotationLike): { label: string; description: string } {
  const what = `“${short(a.target.exact)}”`;
  const other = (field: string) => {
    const t = a[field] as { exact?: string } | null | undefined;
    return t && typeof t.exact === 'string' ? `“${short(t.exact)}”` : undefined;
  };
  const labels: Record<string, () => string> = {
    add: () =>
      `${what} is ${a.kind === 'organization' ? 'an organization' : `a ${String(a.kind)}`}${typeof a.value === 'string' ? ` (${a.value})` : ''}`,
    reject: () => `${what} rejected`,
    retype: () => `${what} is ${a.type === 'organization' ? 'an organization' : `a ${String(a.type)}`}`,
    merge: () => `${what} is the same as ${other('into') ?? '?'}`,
    split: () => `${what} is its own entity`,
    rename: () => `${what} is named “${String(a.name)}”`,
    speaker: () => `${what} said by ${other('speaker') ?? 'nobody'}`,
    value: () => `${what} means ${String(a.value)}`,
    accept: () => `${what} accepted`,
    ignore: () => `${what}: no ${String(a.code)} check`,
  };
  const label = (labels[a.action] ?? (() => `${a.action} ${what}`))();
  const scope = a.scope === 'all' ? 'every occurrence' : a.scope === 'this' ? 'only here' : undefined;
  return { label, description: [a.id, scope].filter(Boolean).join(' · ') };
}

function short(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
