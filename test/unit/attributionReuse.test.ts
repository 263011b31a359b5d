// Attribution reuses each quote's sieve result when nothing it can read changed (src/analysis/attribution/reuse.ts).
// Made-up edits that reach a quote from afar (a name a later pronoun resolves to, a gendered
// pronoun elsewhere, a cue, a paragraph split or join, a new name that becomes an alias, a date)
// must give exactly the cold result, and far-away quotes must still be reused.
import * as assert from 'node:assert/strict';
import { analyze, clearAnalysisCaches } from '../../src/analysis/analyze';
import { sieveMemoCounters } from '../../src/analysis/attribution/reuse';

const TOWNS = ['Arden', 'Belmore', 'Corrin', 'Dunvale', 'Eskby', 'Farrow', 'Glenmere', 'Holt', 'Ivell', 'Jarrow'];

/** A long made-up article: a lede with people and an organization, then many distinct quoted paragraphs. */
function article(): string {
  const paragraphs = [
    'Transport Minister Alma Rudd met Portline Holdings on Tuesday, March 3, 2025.',
    '"We expect a deal by April," the minister said. The company declined to comment.',
    'Union leader Teodor Vass spoke after the meeting. "We never wanted a stoppage," he said.',
    'Riku Okoro arrived late, and she apologised to the union.',
  ];
  for (let i = 0; i < 70; i++) {
    const town = TOWNS[i % TOWNS.length];
    paragraphs.push(`Workers in ${town} counted ${i + 12} ships on day ${i + 1} of the dispute.`);
    if (i % 7 === 3) paragraphs.push(`Rudd visited the ${town} docks. "The queue is ${i + 2} ships long," she said.`);
    if (i % 7 === 5) paragraphs.push(`"Pay must rise by ${(i % 5) + 2} percent," Vass said in ${town} on March ${(i % 27) + 1}.`);
  }
  paragraphs.push('Tavi Darrow and Riku Okoro walked on the quay. "It was tense," she said.');
  paragraphs.push('Portline Holdings said in a statement that talks would resume. "We remain hopeful," the firm said.');
  return paragraphs.join('\n\n');
}

/** The text with the first occurrence of `from` (after `after`, if given) replaced by `to`. */
function replaced(text: string, from: string, to: string, after = ''): string {
  const at = text.indexOf(from, after ? text.indexOf(after) : 0);
  assert.ok(at >= 0, `"${from}" is in the text`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Analyses base then edited warm (the second run reuses the first's results) and checks it against a cold run. */
function checkEdit(base: string, edited: string): { reused: number; computed: number } {
  clearAnalysisCaches();
  analyze(base);
  const before = { ...sieveMemoCounters };
  const warm = analyze(edited);
  const counts = { reused: sieveMemoCounters.reused - before.reused, computed: sieveMemoCounters.computed - before.computed };
  clearAnalysisCaches();
  assert.deepEqual(warm, analyze(edited));
  return counts;
}

describe('attribution reuses the sieve results of quotes far from an edit', () => {
  const base = article();

  it('a letter changed in narration far from most quotes: warm equals cold, most quotes reused', () => {
    const counts = checkEdit(base, replaced(base, 'counted 50 ships', 'counted 50 shipx'));
    assert.ok(counts.reused > counts.computed, `reused ${counts.reused}, computed ${counts.computed}`);
    assert.ok(counts.computed > 0, 'the quotes near the edit run their sieves again');
  });

  it('the name a later pronoun resolves to is changed', () => {
    checkEdit(base, replaced(base, 'Rudd visited', 'Ruxd visited'));
    checkEdit(base, replaced(base, 'Union leader Teodor Vass', 'Union leader Teodor Vasx'));
  });

  it('a gendered pronoun far from a quote changes (the article-wide gender votes)', () => {
    // Okoro is "she" in the lede, 70 paragraphs before the quote whose "she" resolves by that gender.
    const speakerOf = (text: string) => {
      const a = analyze(text);
      const q = a.quotes.find((x) => x.text.includes('It was tense'));
      return a.entities.find((e) => e.id === q?.speaker?.entityId)?.name;
    };
    const edited = replaced(base, 'she apologised', 'he apologised');
    assert.equal(speakerOf(base), 'Riku Okoro');
    assert.notEqual(speakerOf(edited), 'Riku Okoro');
    checkEdit(base, edited);
    checkEdit(base, replaced(base, '," he said', '," she said'));
    checkEdit(base, replaced(base, '," she said', '," he said', 'Rudd visited the Holt'));
  });

  it("a quote's cue is changed or removed", () => {
    checkEdit(base, replaced(base, 'Vass said in', 'Vass sxid in'));
    checkEdit(base, replaced(base, 'the firm said', 'the firm'));
  });

  it('a paragraph is split and two are joined', () => {
    checkEdit(base, replaced(base, 'docks. "The queue', 'docks.\n\n"The queue'));
    const blank = base.indexOf('\n\n', base.indexOf('day 30 of'));
    checkEdit(base, base.slice(0, blank) + ' ' + base.slice(blank + 2));
  });

  it('a name is added that becomes an alias, and one that becomes an entity', () => {
    checkEdit(base, replaced(base, 'Workers in Corrin counted 14', 'Alma Rudd said workers in Corrin counted 14'));
    checkEdit(base, replaced(base, 'Workers in Eskby counted 46', 'Mara Quill said workers in Eskby counted 46'));
  });

  it('a date digit and a quotation mark are changed', () => {
    checkEdit(base, replaced(base, 'March 3, 2025', 'March 4, 2025'));
    checkEdit(base, replaced(base, '"Pay must', 'Pay must'));
  });
});
