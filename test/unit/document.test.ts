import * as assert from 'node:assert/strict';
import { buildDocument, tokenize } from '../../src/analysis/document';

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
    assert.deepEqual(tokenize(text).map((t) => t.text), ['PM', '@narendramodi', '👍', 'met', 'Zoë', '.']);
  });

  it('never splits a Markdown heading into the paragraph below it', () => {
    const doc = buildDocument('# Headline here\nBody text starts.\n');
    assert.deepEqual(doc.paragraphs.map((p) => p.text), ['# Headline here', 'Body text starts.']);
  });
});
