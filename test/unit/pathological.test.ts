// Inputs that were once slow (or could be): each must finish and give a valid Analysis. Nothing
// here is timed; the cases are regression tests for the fixes named beside them, and the suite's
// own duration shows if one of them turns slow again.
import * as assert from 'node:assert/strict';
import { analyze, clearAnalysisCaches, MAX_NAMES_UNIT_CHARS, namesUnits } from '../../src/analysis/analyze';
import { buildDocument } from '../../src/analysis/document';
import { generateDocument } from '../bench/corpus';
import { checkAnalysis } from './analysisContract';

const CASES: Array<[string, () => string]> = [
  // One paragraph of 10,000 words (a transcript with single line breaks only): took ~3 s when the
  // names pass saw the whole paragraph at once; now it runs on pieces of whole sentences.
  ['10,000 words with no blank line', () => generateDocument(10_000, 5).replace(/\n\n/g, '\n')],
  ['10,000 words on one line', () => generateDocument(10_000, 6).replace(/\n\n/g, ' ')],
  ['one 100,000-character word', () => 'Putin'.repeat(20_000)],
  ['2,000 repeated sentences on one line', () => 'Vladimir Putin met Narendra Modi in Moscow on Tuesday. '.repeat(2000)],
  ['a wall of capitalised words', () => 'The United Nations And The World Health Organization Said '.repeat(1000)],
  ['3,000 straight double quotes', () => '"'.repeat(3000)],
  ['3,000 apostrophes', () => "'".repeat(3000)],
  ['500 rounds of every quote mark', () => 'He said "a" \'b\' “c” ‘d’ «e» „f“ '.repeat(500)],
  [
    '3,000 paragraphs each opening a quote never closed',
    () => Array.from({ length: 3000 }, (_, i) => `"Paragraph ${i} opens`).join('\n\n'),
  ],
  [
    '1,500 Q/A transcript turns with quotes inside',
    () => Array.from({ length: 1500 }, (_, i) => `Q: Question ${i} "quoted ${i}"?\n\nA: Answer ${i}.`).join('\n\n'),
  ],
  ['2,000 invalid and relative dates', () => '31/02/2024 9999-99-99 next Tuesday 10:45 a.m. '.repeat(2000)],
  ['3,000 social handles', () => '@narendramodi @DrSJaishankar '.repeat(3000)],
  ['50,000 line breaks of every kind', () => '\r\n\r\n\n\r\u2028'.repeat(10_000)],
  ['lone surrogates and combining marks', () => 'Zoë\u0301 \ud800 Putin \udfff said 👨‍👩‍👧 "hi" \u202eMoscow\u202c. '.repeat(2000)],
];

describe('pathological inputs finish with a valid analysis', function () {
  this.timeout(0); // no timing assertions: the suite's durations are printed by mocha
  for (const [name, make] of CASES) {
    it(name, () => {
      const text = make();
      clearAnalysisCaches();
      checkAnalysis(text, analyze(text));
    });
  }

  it('a very long paragraph reaches the names pass in bounded pieces that tile its sentences', () => {
    const text = generateDocument(5000, 7).replace(/\n\n/g, '\n');
    const longest = buildDocument(text).paragraphs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    assert.ok(longest.text.length > 3 * MAX_NAMES_UNIT_CHARS);
    const units = namesUnits(longest, text);
    assert.ok(units.length > 1);
    let previousEnd = longest.start;
    assert.equal(units[0].start, longest.start);
    assert.equal(units[units.length - 1].start + units[units.length - 1].text.length, longest.end);
    for (const u of units) {
      assert.ok(u.text.length <= MAX_NAMES_UNIT_CHARS);
      assert.equal(text.slice(u.start, u.start + u.text.length), u.text);
      assert.ok(u.start >= previousEnd);
      assert.ok(!/\S/.test(text.slice(previousEnd, u.start)), 'only whitespace between pieces');
      previousEnd = u.start + u.text.length;
    }
  });
});
