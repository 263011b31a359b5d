// What the annotation commands offer and how review mode walks: pure functions, tested in Node.
import * as assert from 'node:assert/strict';
import type { Analysis } from '../../src/analysis';
import {
  articleDateProblem,
  dateValueProblem,
  describeAnnotation,
  factsAt,
  isExactFact,
  nextToReview,
  occurrences,
  provenanceOf,
  reviewItems,
  speakerChoices,
} from '../../src/editor/annotationChoices';

// "Acme said." Jane Doe ... Acme ... Bob Smith "Hi," said Bob Smith on Monday.
const TEXT = 'Acme cut jobs, Jane Doe said. "We had no choice," she said. Bob Smith of Acme disagreed on Monday.';
const at = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};
const quote = at('"We had no choice,"');
function analysis(): Analysis {
  return {
    file: null,
    documentDate: '2024-03-06',
    entities: [
      { id: 'e1', type: 'organization', name: 'Acme', role: null, aliases: ['Acme'], mentions: [at('Acme'), at('Acme', 10)] },
      { id: 'e2', type: 'person', name: 'Jane Doe', role: null, aliases: ['Jane Doe'], mentions: [at('Jane Doe')] },
      { id: 'e3', type: 'person', name: 'Bob Smith', role: null, aliases: ['Bob Smith'], mentions: [at('Bob Smith')] },
    ],
    quotes: [{ id: 'q1', ...quote, speaker: { entityId: 'e2', ...at('Jane Doe') }, cue: 'said' }],
    dates: [{ id: 'd1', ...at('Monday'), type: 'date', value: '2024-03-04' }],
  };
}

describe('editor: annotation choices', () => {
  it('factsAt finds the name, quote and date under a cursor or around a selection', () => {
    const a = analysis();
    const jane = at('Jane Doe');
    assert.equal(factsAt(a, jane.start + 2, jane.start + 2).entity?.entity.name, 'Jane Doe');
    assert.equal(factsAt(a, jane.end, jane.end).entity?.entity.name, 'Jane Doe', 'a cursor right after the name');
    const inQuote = factsAt(a, quote.start + 3, quote.start + 3);
    assert.equal(inQuote.quote?.id, 'q1');
    assert.equal(inQuote.entity, undefined);
    assert.equal(factsAt(a, at('Monday').start, at('Monday').end).date?.id, 'd1');
    const across = at('cut jobs, Jane');
    assert.deepEqual(
      factsAt(a, across.start, across.end),
      { quote: undefined, date: undefined },
      'a selection wider than a name holds no fact',
    );
    assert.ok(isExactFact(factsAt(a, jane.start, jane.end), jane.start, jane.end));
    assert.ok(!isExactFact(factsAt(a, jane.start, jane.start + 4), jane.start, jane.start + 4));
  });

  it('counts whole occurrences for the "every occurrence" question', () => {
    assert.equal(occurrences(TEXT, 'Acme'), 2);
    assert.equal(occurrences(TEXT, 'Jane Doe'), 1);
    assert.equal(occurrences('aaaa', 'aa'), 2);
    assert.equal(occurrences(TEXT, ''), 0);
  });

  it('offers speakers likeliest first: the current one, then the nearest people and organizations', () => {
    const a = analysis();
    assert.deepEqual(
      speakerChoices(a, TEXT, a.quotes[0]).map((c) => [c.entity.name, c.current]),
      [
        ['Jane Doe', true],
        ['Bob Smith', false],
        ['Acme', false],
      ],
    );
    a.quotes[0].speaker = null;
    const choices = speakerChoices(a, TEXT, a.quotes[0]);
    assert.deepEqual(
      choices.map((c) => c.entity.name),
      ['Jane Doe', 'Bob Smith', 'Acme'],
    );
    assert.deepEqual(choices[2].mention, at('Acme', 10), 'the mention nearest the quote is the target');
    a.entities.push({ id: 'e4', type: 'place', name: 'Ohio', role: null, aliases: ['Ohio'], mentions: [] });
    assert.ok(!speakerChoices(a, TEXT, a.quotes[0]).some((c) => c.entity.type === 'place'), 'no places');
    // A name just before the quote but in the paragraph above comes after those in the quote's paragraph.
    const text = `Acme\n\n${TEXT.slice(4)}`;
    assert.deepEqual(
      speakerChoices(a, text, a.quotes[0]).map((c) => c.entity.name),
      ['Jane Doe', 'Bob Smith', 'Acme'],
    );
  });

  it('marks provenance: added by you, reviewed, suggested', () => {
    assert.equal(provenanceOf({ source: 'user', reviewed: true }), 'user');
    assert.equal(provenanceOf({ source: 'engine', reviewed: true }), 'reviewed');
    assert.equal(provenanceOf({ source: 'engine' }), 'suggested');
    assert.equal(provenanceOf({}), 'suggested');
  });

  it('review walks every unreviewed fact once in document order, skipping reviewed ones, wrapping around', () => {
    const a = analysis();
    a.entities[2].reviewed = true;
    const items = reviewItems(a);
    assert.deepEqual(
      items.map((i) => i.label),
      ['Acme', 'Jane Doe', '"We had no choice,"', 'Bob Smith', 'Monday'],
    );
    const seen: string[] = [];
    let cursor: { start: number; end: number } | undefined = { start: 0, end: 0 };
    for (let i = 0; i < 5; i++) {
      const next: ReturnType<typeof nextToReview> = nextToReview(items, cursor, 1);
      assert.ok(next);
      seen.push(next.label);
      cursor = next;
    }
    assert.deepEqual(seen, ['Acme', 'Jane Doe', '"We had no choice,"', 'Monday', 'Acme']);
    assert.equal(nextToReview(items, items[0], -1)!.label, 'Monday', 'previous wraps to the end');
    assert.equal(nextToReview(items, { start: at('Bob').start + 1, end: at('Bob').start + 1 }, 1)!.label, 'Monday', 'from the cursor');
    assert.equal(
      nextToReview(
        items.map((i) => ({ ...i, reviewed: true })),
        undefined,
        1,
      ),
      undefined,
    );
  });

  it('review goes least confident first when the engine gives a confidence', () => {
    const a = analysis() as Analysis & { entities: ({ confidence?: number } & Analysis['entities'][number])[] };
    a.entities[0].confidence = 0.9;
    a.entities[1].confidence = 0.2;
    (a.dates[0] as { confidence?: number }).confidence = 0.5;
    assert.deepEqual(
      reviewItems(a)
        .map((i) => i.label)
        .slice(0, 3),
      ['Jane Doe', 'Monday', 'Acme'],
    );
  });

  it('checks date values as the sidecar accepts them, and real calendar days', () => {
    for (const ok of ['2024-03-04', '2024-03', '2024', '2024-W10', '2024-Q1', '2024-03-04T10:45', 'P5D', 'PT2H', 'PRESENT_REF'])
      assert.equal(dateValueProblem(ok), undefined, ok);
    assert.match(dateValueProblem('next week')!, /not a date value/);
    assert.match(dateValueProblem('2024-13')!, /no month 13/);
    assert.match(dateValueProblem('2023-02-29')!, /not a day of the calendar/);
    assert.match(dateValueProblem(' ')!, /Type a value/);
    assert.equal(articleDateProblem('2024-02-29'), undefined);
    assert.match(articleDateProblem('2024-02')!, /YYYY-MM-DD/);
  });

  it('describes each annotation in words for the Facts tree', () => {
    const t = (exact: string) => ({ start: 0, end: exact.length, exact });
    assert.deepEqual(describeAnnotation({ id: 'u1', action: 'reject', target: t('Acme'), scope: 'all' }), {
      label: '“Acme” rejected',
      description: 'u1 · every occurrence',
    });
    assert.equal(
      describeAnnotation({ id: 'u2', action: 'retype', target: t('Acme'), type: 'organization' }).label,
      '“Acme” is an organization',
    );
    assert.equal(describeAnnotation({ id: 'u3', action: 'speaker', target: t('"Hi"'), speaker: null }).label, '“"Hi"” said by nobody');
    assert.equal(describeAnnotation({ id: 'u4', action: 'speaker', target: t('"Hi"'), speaker: t('Bob') }).label, '“"Hi"” said by “Bob”');
    assert.equal(
      describeAnnotation({ id: 'u5', action: 'add', target: t('Monday'), kind: 'date', value: '2024-03-04', scope: 'this' }).description,
      'u5 · only here',
    );
    assert.equal(
      describeAnnotation({ id: 'u6', action: 'merge', target: t('Bob'), into: t('Bob Smith') }).label,
      '“Bob” is the same as “Bob Smith”',
    );
  });
});
