import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import { fastBulkMatch } from '../../src/analysis/names/fastSweep';

type World = { methods: { one: { bulkMatch: unknown } } };

/** Every term's text and tags after a full parse, with compromise's bulkMatch or ours. */
function tagsOf(text: string, fast: boolean): string[] {
  const world = nlp.world() as World;
  const stock = world.methods.one.bulkMatch;
  if (fast) world.methods.one.bulkMatch = fastBulkMatch;
  try {
    const doc = nlp(text) as unknown as { document: Array<Array<{ text: string; tags: Set<string> }>> };
    return doc.document.flat().map((t) => `${t.text}/${[...t.tags].sort().join(',')}`);
  } finally {
    world.methods.one.bulkMatch = stock;
  }
}

describe('fast sweep (the post-tagger pattern lookup)', () => {
  const texts = [
    'Finance Minister Ana Petrova said on Tuesday that the Riverside Council would not raise taxes.',
    "Dr. Omar Haddad, who leads the clinic's research unit, told reporters it's been a hard year.",
    'The committee, chaired by Sen. Lena Ortiz (D-Calif.), voted 7-2 to approve the $3.5 billion plan.',
    '"We\'ll keep going," she said. "Nobody expected this, least of all us." Then the rain came.',
    'Shares of Northwind Traders fell 4% in early trading in New York after the company cut its forecast.',
    'He was walking home; they had been told to wait, but nobody would have guessed what happened next.',
  ];
  it('tags every term exactly as compromise does', () => {
    for (const text of texts) assert.deepEqual(tagsOf(text, true), tagsOf(text, false), text);
  });
  it('leaves compromise as it was after the call', () => {
    const stock = (nlp.world() as World).methods.one.bulkMatch;
    tagsOf(texts[0], true);
    assert.equal((nlp.world() as World).methods.one.bulkMatch, stock);
  });
});
