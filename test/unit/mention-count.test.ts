// One count of mentions everywhere: the hover, the Facts tree and navigation (mentionsOf) and the
// exports (entity.mentions in JSON, CSV rows, Markdown, brat) count the same spans. A pronoun or
// a Q:/A: label that names a quote's speaker is a mention nowhere: it stays the quote's speaker.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis';
import { adjacentMention, entityAt, isMention, mentionsOf } from '../../src/editor/lookup';
import { csvRows, parseBrat, toBrat, toMarkdown } from '../../src/export';
import { readSeed, seedFiles } from './exportSupport';

const PRONOUN_STORY =
  'Central bank governor Kamau Thugge spoke in Nairobi. Thugge said rates would hold. "We are not there yet," he said. "The data must allow it," Thugge added.\n';

function speakerSpansThatAreNotMentions(analysis: Analysis) {
  return analysis.quotes.flatMap((q) => {
    const entity = analysis.entities.find((e) => e.id === q.speaker?.entityId);
    return entity && q.speaker && !isMention(entity, q.speaker) ? [{ entity, span: q.speaker }] : [];
  });
}

describe('one count of mentions', () => {
  const articles = [...seedFiles().map((f) => ({ name: f, text: readSeed(f) })), { name: 'pronoun story', text: PRONOUN_STORY }];

  for (const { name, text } of articles) {
    it(`${name}: the editor and every export count the same mentions per entity`, () => {
      const analysis = analyze(text, { file: name });
      const input = { analysis, text };
      const csv = csvRows(input);
      const brat = parseBrat(toBrat(input));
      const markdown = toMarkdown(analysis);
      for (const entity of analysis.entities) {
        const n = entity.mentions.length;
        assert.equal(mentionsOf(entity).length, n, `${entity.name}: hover/tree/navigation`);
        assert.equal(csv.filter((r) => r.kind === 'entity' && r.id === entity.id).length, n, `${entity.name}: CSV rows`);
        assert.ok(markdown.includes(`${n} mention${n === 1 ? '' : 's'}`), `${entity.name}: Markdown says ${n} mention(s)`);
      }
      const entityLabels = new Set(['Person', 'Organization', 'Place']);
      const total = analysis.entities.reduce((sum, e) => sum + e.mentions.length, 0);
      assert.equal(brat.spans.filter((s) => entityLabels.has(s.label)).length, total, 'brat: one text-bound annotation per mention');
    });
  }

  it("a pronoun that names a speaker is not a mention, but still its quote's speaker and found under the cursor", () => {
    const analysis = analyze(PRONOUN_STORY, {});
    const pronouns = speakerSpansThatAreNotMentions(analysis);
    assert.deepEqual(
      pronouns.map((p) => [p.span.text, p.entity.name]),
      [['he', 'Kamau Thugge']],
    );
    const { entity, span } = pronouns[0];
    assert.equal(entityAt(analysis, span.start + 1)?.entity, entity, 'hover and navigation still know who "he" is');
    assert.ok(!mentionsOf(entity).some((m) => m.text === 'he'));
  });

  it('navigation from a pronoun goes to the mention after or before it', () => {
    const analysis = analyze(PRONOUN_STORY, {});
    const { entity, span } = speakerSpansThatAreNotMentions(analysis)[0];
    const mentions = mentionsOf(entity);
    assert.ok(mentions.length >= 3);
    const next = adjacentMention(mentions, span.start, 1)!;
    const previous = adjacentMention(mentions, span.start, -1)!;
    assert.equal(
      next,
      mentions.find((m) => m.start > span.start),
    );
    assert.equal(previous, mentions.filter((m) => m.start < span.start).pop());
    assert.equal(adjacentMention(mentions, mentions[mentions.length - 1].start, 1), mentions[0], 'wraps forward');
    assert.equal(adjacentMention(mentions, mentions[0].start, -1), mentions[mentions.length - 1], 'wraps back');
  });
});
