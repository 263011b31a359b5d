// Per-paragraph memos found by the paragraph's identity: reused while a paragraph keeps its text
// and start, computed again once either changes.
import * as assert from 'node:assert/strict';
import { buildDocument, clearDocumentCache } from '../../src/analysis/document';
import { perParagraph } from '../../src/analysis/paragraphMemo';

describe('perParagraph', () => {
  it('computes once per paragraph text and start, across versions of the document', () => {
    clearDocumentCache();
    const seen: string[] = [];
    const firstWord = perParagraph((p) => (seen.push(`${p.start}:${p.text}`), p.text.split(' ')[0]));
    const run = (text: string) => buildDocument(text).paragraphs.map(firstWord);
    assert.deepEqual(run('Ana left.\n\nBo stayed.\n\nCy wrote.'), ['Ana', 'Bo', 'Cy']);
    assert.equal(seen.length, 3);
    assert.deepEqual(run('Ana left.\n\nBx stayed.\n\nCy wrote.'), ['Ana', 'Bx', 'Cy'], 'a same-length edit');
    assert.deepEqual(seen.slice(3), ['11:Bx stayed.']);
    assert.deepEqual(run('Ana left.\n\nBxx stayed.\n\nCy wrote.'), ['Ana', 'Bxx', 'Cy'], 'an insertion moves the paragraphs after it');
    assert.deepEqual(seen.slice(4), ['11:Bxx stayed.', '24:Cy wrote.']);
  });

  it('has() tells which paragraphs are held, without computing them', () => {
    clearDocumentCache();
    let computed = 0;
    const length = perParagraph((p) => (computed++, p.text.length));
    const [a, b] = buildDocument('One.\n\nTwo words.').paragraphs;
    assert.equal(length(a), 4);
    assert.deepEqual([length.has(a), length.has(b)], [true, false]);
    assert.equal(computed, 1);
  });
});
