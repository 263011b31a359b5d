// Per-paragraph results found by the paragraph's identity across versions of a document.
// document.ts hands out the very same `sentences` array for a paragraph whose text and start did
// not change since the previous version (both are its cache key), so a result that depends only on
// a paragraph's text and start can be looked up by that array, without hashing the paragraph's
// text as the text-keyed caches do. The WeakMap lets a paragraph's entry go with its model.
import type { Paragraph, Sentence } from './document';

/** A memoised per-paragraph function; `has` tells whether a paragraph's result is already held. */
export interface ParagraphMemo<T> {
  (p: Paragraph): T;
  has(p: Paragraph): boolean;
}

/** `compute` memoised per paragraph (text and start); it must read nothing else. */
export function perParagraph<T>(compute: (p: Paragraph) => T): ParagraphMemo<T> {
  const memo = new WeakMap<readonly Sentence[], { value: T }>();
  const get = (p: Paragraph): T => {
    let entry = memo.get(p.sentences);
    if (!entry) memo.set(p.sentences, (entry = { value: compute(p) }));
    return entry.value;
  };
  return Object.assign(get, { has: (p: Paragraph) => memo.has(p.sentences) });
}
