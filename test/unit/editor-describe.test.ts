// The editor's plain-language helpers (hovers, facts tree, outline): pure functions, tested in Node.
import * as assert from 'node:assert/strict';
import { articleSources, compareCalendar, describeDate, mentionPreview, oneLine, quoteOpening } from '../../src/editor/describe';
import { entityAt, mentionsOf } from '../../src/editor/lookup';
import type { Analysis } from '../../src/analysis';

describe('editor: describeDate', () => {
  it('full dates: weekday in words, ISO, days before or after publication', () => {
    assert.deepEqual(describeDate('2023-12-26', 'date', '2023-12-28'), {
      words: 'Tuesday 26 December 2023',
      iso: '2023-12-26',
      relation: '2 days before publication',
    });
    assert.equal(describeDate('2023-12-28', 'date', '2023-12-28').relation, 'the day of publication');
    assert.equal(describeDate('2023-12-29', 'date', '2023-12-28').relation, '1 day after publication');
    // Far dates read in coarser units.
    assert.equal(describeDate('2023-11-28', 'date', '2023-12-28').relation, '4 weeks before publication');
    assert.equal(describeDate('2021-12-01', 'date', '2023-12-28').relation, 'about 2 years before publication');
  });

  it('times keep the clock and relate by day', () => {
    const d = describeDate('2024-02-13T10:45', 'time', '2024-02-13');
    assert.equal(d.words, 'Tuesday 13 February 2024, 10:45');
    assert.equal(d.iso, '2024-02-13T10:45');
    assert.equal(d.relation, 'the day of publication');
  });

  it('months, years and ISO weeks', () => {
    assert.deepEqual(describeDate('2021-12', 'date', '2023-12-28'), {
      words: 'December 2021',
      iso: '2021-12',
      relation: '2 years before publication',
    });
    assert.equal(describeDate('2023-10', 'date', '2023-12-28').relation, '2 months before publication');
    assert.deepEqual(describeDate('2024', 'date', '2023-12-28'), {
      words: 'the year 2024',
      iso: '2024',
      relation: 'the year after publication',
    });
    assert.equal(describeDate('2023', 'date', '2023-12-28').relation, 'the year of publication');
    const week = describeDate('2024-W07', 'date', '2024-02-01');
    assert.equal(week.words, 'week 7 of 2024 (12–18 February 2024)');
    assert.equal(week.relation, '2 weeks after publication');
    // ISO week 1 of 2026 starts on Monday 29 December 2025.
    assert.equal(describeDate('2026-W01', 'date', null).words, 'week 1 of 2026 (29 December 2025 – 4 January 2026)');
  });

  it('durations, sets, the present and unresolved values', () => {
    assert.deepEqual(describeDate('P5D', 'duration', '2023-12-28'), { words: '5 days', iso: 'P5D', relation: null });
    assert.equal(describeDate('P1Y', 'duration', null).words, '1 year');
    assert.equal(describeDate('PT2H30M', 'duration', null).words, '2 hours 30 minutes');
    assert.equal(describeDate('P1W', 'set', null).words, 'every week');
    assert.deepEqual(describeDate('PRESENT_REF', 'date', '2023-12-28'), {
      words: 'now (the time of writing)',
      iso: 'PRESENT_REF',
      relation: 'at publication',
    });
    assert.deepEqual(describeDate(null, 'date', '2023-12-28'), { words: 'not resolved to a calendar date', iso: null, relation: null });
  });

  it('without a document date there is no relation', () => {
    assert.equal(describeDate('2023-12-26', 'date', null).relation, null);
    assert.equal(describeDate('2023-12-26', 'date', null).words, 'Tuesday 26 December 2023');
  });

  it('unknown shapes are shown as given rather than guessed', () => {
    assert.deepEqual(describeDate('XXXX-12-25', 'date', '2023-12-28'), { words: 'XXXX-12-25', iso: 'XXXX-12-25', relation: null });
    assert.equal(describeDate('2024-Q1', 'date', '2023-12-28').words, 'quarter 1 of 2024');
    assert.equal(describeDate('199X', 'date', null).words, 'the 1990s');
  });

  it('calendar order puts resolved values first, in order', () => {
    const values = ['P5D', '2024', '2023-12-26', null, '2021-12', 'PRESENT_REF'];
    const sorted = [...values].sort(compareCalendar);
    assert.deepEqual(sorted.slice(0, 3), ['2021-12', '2023-12-26', '2024']);
  });
});

describe('editor: text previews', () => {
  it('oneLine collapses whitespace and cuts on a word boundary', () => {
    assert.equal(oneLine('a  b\n\nc'), 'a b c');
    const cut = oneLine('The growth rate this year is even higher than in the last year', 30);
    assert.ok(cut.endsWith('…') && cut.length <= 31, cut);
    assert.ok(!/\s…$/.test(cut));
  });

  it('quoteOpening drops the quotation marks', () => {
    assert.equal(quoteOpening('“We will be glad,”'), 'We will be glad,');
    assert.equal(quoteOpening('"Honoured to call."'), 'Honoured to call.');
  });

  it('mentionPreview keeps the mention whole inside its own line', () => {
    const text = 'Headline\nA long sentence before the name Vladimir Putin and a long sentence after it too.\nNext';
    const start = text.indexOf('Vladimir');
    const preview = mentionPreview(text, start, start + 'Vladimir Putin'.length, 40);
    assert.ok(preview.includes('Vladimir Putin'), preview);
    assert.ok(!preview.includes('Headline') && !preview.includes('Next'), preview);
    // Context is cut between words, never inside one.
    const words = new Set(text.split(/\s+/));
    for (const w of preview.replace(/…/g, ' ').split(/\s+/).filter(Boolean))
      assert.ok(words.has(w) || words.has(`${w}.`), `"${w}" in ${preview}`);
  });
});

describe('editor: lookups and sources', () => {
  const text = 'Putin met Lavrov. "We agree," Putin told PTI, news agency PTI reported.';
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const analysis: Analysis = {
    file: null,
    documentDate: null,
    entities: [
      {
        id: 'e1',
        type: 'person',
        name: 'Vladimir Putin',
        role: 'President',
        aliases: ['Vladimir Putin', 'Putin'],
        mentions: [{ start: 0, end: 5, text: 'Putin' }],
      },
      {
        id: 'e2',
        type: 'organization',
        name: 'PTI',
        role: null,
        aliases: ['PTI'],
        mentions: [
          { start: at('PTI'), end: at('PTI') + 3, text: 'PTI' },
          { start: at('PTI', at('PTI') + 1), end: at('PTI', at('PTI') + 1) + 3, text: 'PTI' },
        ],
      },
      {
        id: 'e3',
        type: 'person',
        name: 'Sergey Lavrov',
        role: null,
        aliases: ['Lavrov'],
        mentions: [{ start: at('Lavrov'), end: at('Lavrov') + 6, text: 'Lavrov' }],
      },
    ],
    quotes: [
      {
        id: 'q1',
        start: at('"We'),
        end: at('Putin told') - 1,
        text: '"We agree,"',
        speaker: { entityId: 'e1', start: at('Putin told'), end: at('Putin told') + 5, text: 'Putin' },
        cue: 'told',
      },
    ],
    dates: [],
  };

  it('entityAt finds a mention, and a speaker span that is not listed as a mention', () => {
    assert.equal(entityAt(analysis, 2)?.entity.id, 'e1');
    assert.equal(entityAt(analysis, at('Putin told') + 1)?.entity.id, 'e1');
    assert.equal(entityAt(analysis, at('met') + 1), undefined);
    // Cursor right after a name finds it; a hover position there does not.
    assert.equal(entityAt(analysis, 5)?.entity.id, 'e1');
    assert.equal(entityAt(analysis, 5, false), undefined);
  });

  it("mentionsOf is the entity's mentions in order; a speaker span that is not a mention is not added", () => {
    assert.deepEqual(
      mentionsOf(analysis.entities[0]).map((m) => m.start),
      [0],
    );
  });

  it('articleSources lists organizations credited as sources, not every organization', () => {
    assert.deepEqual(
      articleSources(analysis, text).map((e) => e.name),
      ['PTI'],
    );
    const plain: Analysis = { ...analysis, entities: [{ ...analysis.entities[1], mentions: [analysis.entities[1].mentions[0]] }] };
    // "told PTI," alone does not credit PTI as a source.
    assert.deepEqual(articleSources(plain, text), []);
  });
});
