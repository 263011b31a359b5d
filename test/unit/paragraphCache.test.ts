// The paragraph caches' LRU: a hit keeps an entry, the least recently used go first when it is full.
import * as assert from 'node:assert/strict';
import { ParagraphCache } from '../../src/analysis/paragraphCache';

describe('ParagraphCache', () => {
  it('computes once per key and counts hits and misses', () => {
    const cache = new ParagraphCache<number>(10);
    let computed = 0;
    const get = (k: string) => cache.get(k, () => ++computed);
    assert.equal(get('a'), 1);
    assert.equal(get('a'), 1);
    assert.equal(get('b'), 2);
    assert.deepEqual([cache.hits, cache.misses, computed], [1, 2, 2]);
  });

  it('drops the least recently used entries when it outgrows its capacity, never one just used', () => {
    const cache = new ParagraphCache<string>(4);
    const get = (k: string) => cache.get(k, () => k);
    for (const k of ['a', 'b', 'c', 'd']) get(k);
    get('a'); // used again: now the newest
    for (const k of ['e', 'f']) get(k); // 6 > 4 + 4/4: the two oldest (b, c) go
    assert.equal(cache.size, 4);
    const misses = cache.misses;
    for (const k of ['a', 'd', 'e', 'f']) get(k);
    assert.equal(cache.misses, misses, 'a, d, e and f are kept');
    get('b');
    assert.equal(cache.misses, misses + 1, 'b was dropped');
  });

  it('grows to the capacity reserved for a document', () => {
    const cache = new ParagraphCache<number>(2);
    cache.reserve(100);
    for (let i = 0; i < 100; i++) cache.get(String(i), () => i);
    assert.equal(cache.size, 100);
  });
});
