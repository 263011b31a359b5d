// The per-edit reuse (paragraph splits, mark scans, the token layout, remarks' sieve results, the
// entity look-up tables) never changes the output: edits aimed at quotes, speaker names, transcript
// labels and turns, remarks quoted inside turns, quotation marks and blank lines, each analysed warm
// right after the previous version, give exactly what a cold analysis of the same text gives. An
// article sharing paragraphs with it is analysed in between, as the CLI or another editor would.
import * as assert from 'node:assert/strict';
import { analyze, clearAnalysisCaches } from '../../src/analysis/analyze';
import { int, mulberry32, pick, seedFromEnv, type Rng } from '../bench/prng';

const SEED = seedFromEnv('NEWS_LENS_EDIT_REUSE_SEED', 0xed17);

const STORY = [
  '# Port strike talks resume',
  'Transport Minister Alma Rudd met Portline Holdings on Tuesday. "We expect a deal by April," the minister said.',
  '"The queue of ships is getting longer," said Teodor Vass, the union leader. "Workers want a fair offer."',
  'Vass added that the talks had been "slow but honest". The company said it would respond on Friday.',
  '"We have made our final offer," a Portline spokeswoman said. "It is generous.',
  '"And it will not change."',
  'In an interview with Teodor Vass, the Harbour Weekly asked about the strike.',
  'Q: When will work resume?',
  'A: Next Monday, if the offer stands. She told me, "I will sign it," and I believe her.',
  'VASS: We never wanted a stoppage.',
  'RUDD: Neither did the ministry. As I said, "the door is open."',
].join('\n\n');

const CALL = [
  'Operator',
  'Good morning and welcome to the Portline results call.',
  'Maria Chen -- Chief Executive Officer',
  'Thank you. The strike cost us two weeks of revenue.',
  'Jon Bell -- Analyst, Stratton Group',
  'How long will the recovery take?',
  'Maria Chen -- Chief Executive Officer',
  'About a quarter, I would say.',
].join('\n\n');

const TEXT = [STORY, CALL, STORY.replace(/Vass/g, 'Varga').replace(/Rudd/g, 'Reid')].join('\n\n');

/** Where an edit goes: inside a quote, a capitalised name, a label, a quotation mark, a blank line, or anywhere. */
function editPlace(text: string, rng: Rng): number {
  const kind = pick(rng, ['quote', 'name', 'label', 'mark', 'blank', 'any'] as const);
  const pattern = { quote: /"[^"]{3,}"/g, name: /[A-Z][a-z]+/g, label: /^[A-Z][A-Za-z ]*:/gm, mark: /"/g, blank: /\n\n/g, any: /./gs }[
    kind
  ];
  const hits = [...text.matchAll(pattern)];
  if (!hits.length) return int(rng, 0, text.length - 1);
  const m = pick(rng, hits);
  return m.index! + int(rng, 0, m[0].length - 1);
}

function edit(text: string, rng: Rng): string {
  const at = editPlace(text, rng);
  const what = pick(rng, ['replace', 'replace', 'insert', 'delete', 'quote', 'split'] as const);
  if (what === 'replace') return text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1);
  if (what === 'insert') return text.slice(0, at) + pick(rng, ['a', ' ', ',', 'Ms ', ': ']) + text.slice(at);
  if (what === 'delete') return text.slice(0, at) + text.slice(at + 1);
  if (what === 'quote') return text.slice(0, at) + '"' + text.slice(at);
  return text.slice(0, at) + '\n\n' + text.slice(at);
}

describe('edit reuse: warm equals cold', () => {
  it(`40 edits in quotes, names, transcript labels and turns, remarks and blank lines (seed ${SEED})`, function () {
    this.timeout(120_000);
    const rng = mulberry32(SEED);
    let text = TEXT;
    clearAnalysisCaches();
    analyze(text);
    for (let i = 0; i < 40; i++) {
      text = edit(text, rng);
      if (i % 5 === 4) analyze(STORY + '\n\nA different ending.'); // shares paragraphs (and their token objects)
      const warm = analyze(text, { explain: i % 2 === 0 });
      clearAnalysisCaches();
      assert.deepEqual(warm, analyze(text, { explain: i % 2 === 0 }), `edit ${i + 1}`);
      // the cold run is the next edit's previous version, as the warm one would be
    }
  });

  it('a new person named first moves every entity: the kept look-up tables are built again', () => {
    const edits = [
      TEXT.replace('Transport Minister', 'Mara Quill of Dockwatch and Transport Minister'),
      TEXT.replace('In an interview with', 'Ines Moreau said. In an interview with'),
      TEXT.replace('Transport Minister Alma Rudd met', 'Transport Minister Alma Rudd and Portline chief Ada Fenn met'),
    ];
    for (const edited of edits) {
      clearAnalysisCaches();
      analyze(TEXT);
      const warm = analyze(edited);
      clearAnalysisCaches();
      assert.deepEqual(warm, analyze(edited));
    }
  });

  it('characters inserted and deleted in narration move every later name: warm equals cold', () => {
    const places = ['met Portline', 'asked about', 'the strike', 'Good morning', 'results call', 'two weeks'];
    for (const place of places) {
      for (const edited of [TEXT.replace(place, place + 's'), TEXT.replace(place, place.slice(1))]) {
        clearAnalysisCaches();
        analyze(TEXT);
        const warm = analyze(edited);
        clearAnalysisCaches();
        assert.deepEqual(warm, analyze(edited), `${place}: ${edited.length - TEXT.length}`);
      }
    }
  });

  it("an interview's roles are kept only while the text before its first turn is unchanged: warm equals cold", () => {
    const interview = [
      'Transport Minister Alma Rudd met Portline Holdings on Tuesday.',
      'Lawyer Ruth Kale agreed. Kale said little.',
      'Teodor Vass was interviewed on Wednesday.',
      'Q: When will work resume?',
      'A: Next Monday, if the offer stands.',
      'Q: And the ministry?',
      'A: They will sign.',
    ].join('\n\n');
    const answerer = (a: ReturnType<typeof analyze>) =>
      a.entities.find((e) => e.id === a.quotes.find((q) => q.text.startsWith('Next Monday'))?.speaker?.entityId)?.name;
    const versions = [
      interview.replace('was interviewed', 'was intervixwed'), // the same names, another interviewee
      interview,
      interview.replace('And the', 'And xhe'), // after the first turn
      interview.replace('Q: When', 'Q: Xhen'), // in the first turn
      interview.replace('Lawyer', 'Q: Lawyer'), // an earlier first turn
      'Note. ' + interview, // everything moves
    ];
    clearAnalysisCaches();
    analyze(interview);
    for (const version of versions) {
      const warm = analyze(version);
      clearAnalysisCaches();
      const cold = analyze(version);
      assert.deepEqual(warm, cold, version.slice(0, 80));
    }
    assert.equal(answerer(analyze(versions[0])), 'Ruth Kale');
    assert.equal(answerer(analyze(versions[1])), 'Teodor Vass');
  });

  it('mentions that appear, vanish or are renumbered in paragraphs the edit did not touch: warm equals cold', () => {
    const story = [
      'Lawyer Ruth Kale met the port board on Monday.',
      'The board said little. "We will see," a member said.',
      'Kale agreed to return. "It went well," Kale said.',
      'Teodor Vass, the union leader, was not there.',
    ].join('\n\n');
    const versions = [
      story.replace('Ruth Kale', 'Ruth Kxle'), // the later bare "Kale" may lose its entity
      story,
      story.replace('the port board', 'Alma Rudd and the port board'), // every later mention renumbered
      story.replace('was not there', 'was not there, Vass said'), // one more mention at the end
      story.replace('Teodor Vass', 'Teodor Vass (TV)'),
    ];
    const layoutOf = (a: ReturnType<typeof analyze>) => JSON.stringify(a.entities.map((e) => [e.name, e.mentions.length]));
    clearAnalysisCaches();
    analyze(story);
    const layouts = new Set<string>();
    for (const version of versions) {
      const warm = analyze(version);
      clearAnalysisCaches();
      const cold = analyze(version);
      assert.deepEqual(warm, cold, version.slice(0, 80));
      layouts.add(layoutOf(cold));
    }
    assert.ok(layouts.size >= 4, 'the versions differ in their entities and mentions');
  });

  it('the text exercises what the edits aim at: turns, remarks in turns and a call transcript have speakers', () => {
    clearAnalysisCaches();
    const a = analyze(TEXT);
    const nameOf = (text: string) => a.entities.find((e) => e.id === a.quotes.find((q) => q.text.includes(text))?.speaker?.entityId)?.name;
    assert.equal(nameOf('Neither did the ministry'), 'Alma Rudd');
    assert.equal(nameOf('We never wanted'), 'Teodor Vass');
    assert.equal(nameOf('About a quarter'), 'Maria Chen');
    assert.ok(a.quotes.some((q) => q.text === '"I will sign it,"'));
  });
});
