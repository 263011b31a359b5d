// Per-paragraph results found by the paragraph's identity across versions of a document.
// document.ts hands out the very same `sentences` array for a paragraph whose text and start did
// not change since the previous version (both are its cache key), so a result that depends only on
// a paragraph's text and start can be looked up by that array, without hashing the paragraph's
// text as the text-keyed caches do.
//
// Performance: every memo's results for one paragraph sit in one list held by the array under a
// hidden (non-enumerable, symbol-keyed) property, one slot per memo: a read is a property load,
// where one WeakMap per memo cost a hash-table probe per paragraph, memo and run (several per
// paragraph of a 100,000-word document on every edit). The list goes with its array, as a
// WeakMap's entry would.
import type { Paragraph, Sentence } from './document';

/** A memoised per-paragraph function; `has` tells whether a paragraph's result is already held. */
export interface ParagraphMemo<T> {
  (p: Paragraph): T;
  has(p: Paragraph): boolean;
}

const SLOTS = Symbol('paragraph memo slots');
type Held = readonly Sentence[] & { [SLOTS]?: unknown[] };
/** Slots handed out so far (one per memo made). */
let slotCount = 0;

/** The array's slot list, made (hidden from JSON, iteration and deep equality) when missing. */
function slotsOf(sentences: Held): unknown[] {
  let slots = sentences[SLOTS];
  if (!slots) {
    slots = [];
    Object.defineProperty(sentences, SLOTS, { value: slots });
  }
  return slots;
}

/** A value per paragraph that its module reads and writes itself, held as perParagraph's results are. */
export interface ParagraphSlot<T> {
  get(sentences: readonly Sentence[]): T | undefined;
  set(sentences: readonly Sentence[], value: T): void;
}

/** A new slot in every paragraph's list (in place of a WeakMap keyed by the sentences array). */
export function paragraphSlot<T>(): ParagraphSlot<T> {
  const slot = slotCount++;
  return {
    get: (sentences) => (sentences as Held)[SLOTS]?.[slot] as T | undefined,
    set: (sentences, value) => {
      slotsOf(sentences as Held)[slot] = value;
    },
  };
}

/** `compute` memoised per paragraph (text and start); it must read nothing else. */
export function perParagraph<T>(compute: (p: Paragraph) => T): ParagraphMemo<T> {
  // A held result is wrapped, so that undefined is a result too.
  const memo = paragraphSlot<{ value: T }>();
  const get = (p: Paragraph): T => {
    let entry = memo.get(p.sentences);
    if (!entry) memo.set(p.sentences, (entry = { value: compute(p) }));
    return entry.value;
  };
  return Object.assign(get, { has: (p: Paragraph) => memo.get(p.sentences) !== undefined });
}
