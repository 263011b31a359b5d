import * as assert from 'node:assert/strict';
import { buildDocument, clearDocumentCache, documentCacheStats, splitSentences, tokenize } from '../../src/analysis/document';
import { int, mulberry32, pick, seedFromEnv } from '../bench/prng';

const SPLIT_SEED = seedFromEnv('NEWS_LENS_SPLIT_SEED', 0x5b1170);

describe('document model', () => {
  it('splits paragraphs on blank lines and keeps exact offsets', () => {
    const text = 'First line.\r\n\r\n  Second "para" here.\n\n\n';
    const doc = buildDocument(text);
    assert.equal(doc.paragraphs.length, 2);
    for (const p of doc.paragraphs) assert.equal(text.slice(p.start, p.end), p.text);
    assert.equal(doc.paragraphs[1].text, 'Second "para" here.');
  });

  it('splits sentences but not after titles, initials or acronyms mid-sentence', () => {
    const doc = buildDocument('Dr. S. Jaishankar met Mr. Lavrov in the U.S. capital. They talked. "Yes," he said.');
    const sentences = doc.paragraphs[0].sentences.map((s) => doc.text.slice(s.start, s.end));
    assert.deepEqual(sentences, ['Dr. S. Jaishankar met Mr. Lavrov in the U.S. capital.', 'They talked.', '"Yes," he said.']);
  });

  it('tokens slice exactly, including astral characters and handles', () => {
    const text = 'PM @narendramodi 👍 met Zoë.';
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
    assert.deepEqual(
      tokenize(text).map((t) => t.text),
      ['PM', '@narendramodi', '👍', 'met', 'Zoë', '.'],
    );
  });

  it('never splits a Markdown heading into the paragraph below it', () => {
    const doc = buildDocument('# Headline here\nBody text starts.\n');
    assert.deepEqual(
      doc.paragraphs.map((p) => p.text),
      ['# Headline here', 'Body text starts.'],
    );
  });

  it('reuses cached paragraph models after edits with the same offsets as a fresh split', () => {
    const paragraphs = [
      'Dr. Ana Silva met Mr. Lee in Lisbon.',
      'The U.S. team left. "We will return," she said.',
      'He agreed.',
      'Dr. Ana Silva met Mr. Lee in Lisbon.',
    ];
    const versions = [
      paragraphs.join('\n\n'),
      // same-length replacement, then an insertion and a deletion that move later paragraphs
      paragraphs.join('\n\n').replace('Lee', 'Lex'),
      'New first line.\n\n' + paragraphs.join('\n\n'),
      paragraphs.slice(1).join('\n\n'),
      paragraphs.join('\n\n'),
    ];
    clearDocumentCache();
    for (const text of versions) {
      const doc = buildDocument(text);
      for (const p of doc.paragraphs) {
        // the duplicated paragraph at two starts must still get its own offsets
        assert.deepEqual(p.sentences, splitSentences(p.text, p.start));
        for (const s of p.sentences) for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
      }
    }
  });

  it('splits a paragraph once and answers its next build from the cache', () => {
    clearDocumentCache();
    const text = 'One paragraph here.\n\nAnother one there.';
    const before = documentCacheStats();
    buildDocument(text);
    const cold = documentCacheStats();
    buildDocument('Moved down.\n\n' + text);
    const warm = documentCacheStats();
    assert.deepEqual([cold.misses - before.misses, cold.hits - before.hits], [2, 0]);
    assert.deepEqual([warm.misses - cold.misses, warm.hits - cold.hits], [1, 2]);
  });

  it(`after random edits (blank lines, headings, list items, spaces), a split reusing the last one equals a fresh split (seed ${SPLIT_SEED})`, () => {
    const rng = mulberry32(SPLIT_SEED);
    const lines = [
      '# Title',
      'Dr. Ana Silva met Mr. Lee.',
      '- one item',
      '  ## Sub',
      '1. first',
      '> quoted',
      'Plain text here.',
      '',
      ' \t',
      '\u00a0',
    ];
    let text = Array.from({ length: 40 }, () => pick(rng, lines)).join(pick(rng, ['\n', '\n\n', '\r\n', '\n \n']));
    const other = 'An unrelated text.\n\nWith two paragraphs.';
    const pieces = ['\n', '\n\n', ' ', '\t', '\r', '\r\n', '#', '# ', '- ', '1. ', '> ', 'x', '.', '\u00a0', 'A.'];
    clearDocumentCache();
    buildDocument(text);
    for (let i = 0; i < 400; i++) {
      const at = int(rng, 0, text.length);
      const cut = pick(rng, [0, 0, 1, 2]);
      text = text.slice(0, at) + (pick(rng, [true, true, false]) ? pick(rng, pieces) : '') + text.slice(at + cut);
      if (i % 7 === 0) buildDocument(other); // the editor splits other texts in between
      const warm = buildDocument(text);
      clearDocumentCache();
      assert.deepEqual(warm, buildDocument(text), `edit ${i + 1}`);
    }
  });
});
