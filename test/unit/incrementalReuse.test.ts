// The caches that spare an edit the document-wide work (the reused token overlay of attribution,
// the aliases pass's last result) never change the output: random edits on distinct articles,
// each analysed warm right after the previous version, give exactly what a cold analysis gives.
import * as assert from 'node:assert/strict';
import { analyze, clearAnalysisCaches } from '../../src/analysis/analyze';
import { distinctDocument, repoArticles } from '../bench/articles';
import { repoRoot } from '../bench/corpus';
import { int, mulberry32, pick, seedFromEnv, type Rng } from '../bench/prng';

const SEED = seedFromEnv('NEWS_LENS_REUSE_SEED', 0x5eed12);

/** One random edit: a letter changed (in a name or not), a character inserted or deleted, a paragraph split or joined. */
function randomEdit(text: string, rng: Rng): string {
  const at = int(rng, 0, text.length - 1);
  const kind = pick(rng, ['letter', 'capital', 'insert', 'delete', 'split', 'join', 'quote'] as const);
  if (kind === 'letter') return text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1);
  if (kind === 'capital') {
    const capital = text.slice(at).search(/[A-Z][a-z]/);
    if (capital < 0) return text;
    const c = at + capital + 1;
    return text.slice(0, c) + (text[c] === 'q' ? 'z' : 'q') + text.slice(c + 1);
  }
  if (kind === 'insert') return text.slice(0, at) + pick(rng, ['a', ' ', ',', 'The ']) + text.slice(at);
  if (kind === 'delete') return text.slice(0, at) + text.slice(at + 1);
  if (kind === 'split') return text.slice(0, at) + '\n\n' + text.slice(at);
  if (kind === 'quote') return text.slice(0, at) + '"' + text.slice(at);
  const blank = text.indexOf('\n\n', at);
  return blank < 0 ? text : text.slice(0, blank) + ' ' + text.slice(blank + 2);
}

/**
 * Made-up text for the per-document indexes and per-fact memos an edit reuses: transcript labels
 * naming people, role nouns finding their referent ("the minister"), dates (their confidence is
 * looked up), a Markdown heading and list (multi-line paragraphs) beside one-line ones.
 */
const INDEXED_PATHS = [
  '# Harbour talks resume',
  'date 2025-03-14',
  'Transport Minister Alma Rudd met Portline Holdings on Tuesday. The company said talks would last three weeks.',
  '"We expect a deal by April 2," the minister said. The firm declined to comment on Friday.',
  '- Dockers at Portline walked out on March 3.\n- Pay rose 4% in 2024.',
  'In an interview with Teodor Vass, the union leader, the Harbour Weekly asked about the strike.',
  'Q: When will work resume?',
  'A: "Next Monday," if the offer stands.',
  'VASS: We never wanted a stoppage.',
  'RUDD: Neither did the ministry.',
  'Vass said later that the minister had been fair. "She listened," the union leader said on March 20.',
].join('\n\n');

describe('incremental reuse of document-wide work', () => {
  it(`random edits on transcripts, role nouns, dates and Markdown: warm output equals cold output (seed ${SEED})`, function () {
    this.timeout(60_000);
    const rng = mulberry32(SEED ^ 0x1d3);
    let text = INDEXED_PATHS;
    clearAnalysisCaches();
    analyze(text);
    for (let i = 0; i < 12; i++) {
      text = randomEdit(text, rng);
      const explain = i % 2 === 1;
      const warm = analyze(text, { explain });
      const other = analyze(text, { explain: !explain }); // the memos serve runs with and without the trace alike
      clearAnalysisCaches();
      assert.deepEqual(warm, analyze(text, { explain }), `edit ${i + 1}`);
      assert.deepEqual(other, analyze(text, { explain: !explain }), `edit ${i + 1}, ${explain ? 'without' : 'with'} the trace`);
    }
  });

  it('the made-up text exercises the indexes: labelled turns have speakers, the minister is resolved', () => {
    clearAnalysisCaches();
    const a = analyze(INDEXED_PATHS);
    const nameOf = (id: string | null | undefined) => a.entities.find((e) => e.id === id)?.name;
    const turn = a.quotes.find((q) => q.text.startsWith('Neither did'));
    assert.equal(nameOf(turn?.speaker?.entityId), 'Alma Rudd');
    const minister = a.quotes.find((q) => q.text.includes('deal by April'));
    assert.equal(nameOf(minister?.speaker?.entityId), 'Alma Rudd');
    assert.ok(a.dates.every((d) => typeof d.confidence === 'number' && !('why' in d)));
  });

  it(`random edits on distinct text: warm output equals cold output (seed ${SEED})`, function () {
    this.timeout(120_000); // four analyses per edit, on a machine that may be shared
    const rng = mulberry32(SEED);
    let text = distinctDocument(repoArticles(repoRoot()), 1200).text;
    clearAnalysisCaches();
    analyze(text);
    for (let i = 0; i < 8; i++) {
      text = randomEdit(text, rng);
      const explain = i % 2 === 0;
      const warm = analyze(text, { explain });
      // The caller may change a result in place (the editor applies annotations): later runs are unaffected.
      const changed = analyze(text, { explain });
      changed.entities.forEach((e) => ((e.name = 'changed'), e.aliases.push('changed'), e.mentions.pop()));
      const again = analyze(text, { explain });
      clearAnalysisCaches();
      const cold = analyze(text, { explain });
      assert.deepEqual(warm, cold, `edit ${i + 1}`);
      assert.deepEqual(again, cold, `edit ${i + 1}, analysed again`);
    }
  });
});
