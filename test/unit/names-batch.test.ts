import * as assert from 'node:assert/strict';
import { findNameCandidates, findNameCandidatesMany } from '../../src/analysis/names';
import { tokenize, tokenizeMany } from '../../src/analysis/names/tokens';

// Paragraphs made up for the test: quotes left open across paragraphs, a line with no full stop,
// contractions and possessives (compromise splits and retags those), initials, all capitals.
const paragraphs = [
  'WASHINGTON (Reuters) - Senator Mara Quill said on Friday the bill was "dead on arrival',
  'and everyone in this building knows it," she added, before leaving for Ohio.',
  "The company's chief, J. R. Okafor, didn't comment. He'd said in May that Brightwater Ltd's shares would recover.",
  'BREAKING NEWS FROM THE COUNCIL',
  '"We won\'t stop." — Protest leader Teodora Vance, 34, speaking in Lisbon',
  '',
  'It rained.',
];

const view = (toks: ReturnType<typeof tokenize>) => toks.map((t) => `${t.start}-${t.end}:${t.text}/${[...t.tags].sort().join(',')}`);

describe('names pass on many paragraphs at once', () => {
  it('gives each paragraph the tokens and tags of parsing it alone', () => {
    const many = tokenizeMany(paragraphs);
    paragraphs.forEach((p, k) => assert.deepEqual(view(many[k]), view(tokenize(p)), p));
  });
  it('gives the same tokens whatever the batch size', () => {
    const small = tokenizeMany(paragraphs, 1);
    const large = tokenizeMany(paragraphs);
    paragraphs.forEach((p, k) => assert.deepEqual(view(small[k]), view(large[k]), p));
  });
  it('finds the same candidates', () => {
    const many = findNameCandidatesMany(paragraphs);
    paragraphs.forEach((p, k) => assert.deepEqual(many[k], findNameCandidates(p), p));
  });
});
