// Performance: most edits change no name (a typo fixed inside an ordinary word), so the aliases
// pass is handed the same candidates again. The pass is a pure function of its candidates, so the
// last run's entities are reused then; every caller gets its own copy, as later passes and the
// editor change entities in place (the dateline's place name, confidence).
import type { NameCandidate } from '../candidates';
import type { Entity } from '../types';

let lastRun: { candidates: readonly NameCandidate[]; entities: readonly Entity[] } | null = null;

/**
 * The entities the last run found for equal candidates (a fresh copy), or null. Candidates equal
 * but for a shift of those from some point on (a character inserted or deleted before them) give
 * the same groups: the pass compares offsets only with each other (order, "before"), never by
 * distance, so its entities are last run's with those mentions moved.
 */
export function entitiesOfLastRun(candidates: readonly NameCandidate[]): Entity[] | null {
  if (!lastRun) return null;
  if (sameCandidates(lastRun.candidates, candidates)) return lastRun.entities.map(copyEntity);
  const shift = shiftOf(lastRun.candidates, candidates);
  if (!shift) return null;
  const entities = lastRun.entities.map((e) => movedEntity(e, shift.from, shift.delta));
  lastRun = { candidates: [...candidates], entities };
  return entities.map(copyEntity);
}

/** Where b is a moved by delta from candidate `from` on (old offsets) and equal before it; null otherwise. */
function shiftOf(a: readonly NameCandidate[], b: readonly NameCandidate[]): { from: number; delta: number } | null {
  if (a.length !== b.length) return null;
  let k = 0;
  while (k < a.length && (a[k] === b[k] || sameFields(a[k], b[k]))) k++;
  if (k === a.length) return null;
  const delta = b[k].start - a[k].start;
  if (delta === 0) return null;
  for (let i = k; i < a.length; i++) {
    if (b[i].start - a[i].start !== delta || b[i].end - a[i].end !== delta || !sameFieldsBut(a[i], b[i])) return null;
  }
  return { from: a[k].start, delta };
}

/** Every own field but start and end equal (===). */
function sameFieldsBut(a: NameCandidate, b: NameCandidate): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  return ka.every((k) => k === 'start' || k === 'end' || (k in rb && ra[k] === rb[k]));
}

/** A copy of an entity with its mentions from `from` on moved by delta. */
function movedEntity(e: Entity, from: number, delta: number): Entity {
  const copy = copyEntity(e);
  for (const m of copy.mentions) {
    if (m.start >= from) {
      m.start += delta;
      m.end += delta;
    }
  }
  return copy;
}

/** Keeps a copy of this run's candidates and entities for the next run. */
export function rememberRun(candidates: readonly NameCandidate[], entities: readonly Entity[]): void {
  lastRun = { candidates: [...candidates], entities: entities.map(copyEntity) };
}

export function forgetLastRun(): void {
  lastRun = null;
}

function sameCandidates(a: readonly NameCandidate[], b: readonly NameCandidate[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameFields(a[i], b[i])) return false;
  return true;
}

/** Every own field equal (===): a field holding an object or array compares unequal, which only costs a rerun. */
function sameFields(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => k in rb && ra[k] === rb[k]);
}

function copyEntity(e: Entity): Entity {
  return copied(e) as Entity;
}

/** A deep copy of plain data (objects, arrays, primitives): entities hold nothing else. (A spread: 3x faster than Object.entries.) */
function copied(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copied);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = { ...value };
  for (const k in out) {
    const v = out[k];
    if (v !== null && typeof v === 'object') out[k] = copied(v);
  }
  return out;
}
