// Per-paragraph results found by the paragraph's identity across versions of a document.
// document.ts hands out the very same `sentences` array for a paragraph whose text and start did
// not change since the previous version (both are its cache key), so a result that depends only on
// a paragraph's text and start can be looked up by that array, without hashing the paragraph's
// text as the text-keyed caches do. The WeakMap lets a paragraph's entry go with its model.
import type { Paragraph, Sentence } from './document';

/** `compute` memoised per paragraph (text and start); it must read nothing else. */
export function perParagraph<T>(compute: (p: Paragraph) => T): (p: Paragraph) => T {
  const memo = new WeakMap<readonly Sentence[], { value: T }>();
  return (p) => {
    let entry = memo.get(p.sentences);
    if (!entry) memo.set(p.sentences, (entry = { value: compute(p) }));
    return entry.value;
  };
}
