import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis';
import { escapeMarkdown, toMarkdown, unescapeMarkdown } from '../../src/export';
import { TRICKY, seedInputs } from './exportSupport';

/** The characters that would change how CommonMark renders a line, if not escaped. */
function unescapedSpecials(line: string): string[] {
  const bad: string[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      i++;
      continue;
    }
    if ('*_`[]<'.includes(line[i])) bad.push(line[i]);
  }
  return bad;
}

describe('export: Markdown fact sheet', () => {
  it('lists the document date, people with roles and mention counts, organizations, places, quotes and a timeline', () => {
    for (const { analysis, text } of seedInputs()) {
      const md = toMarkdown(analysis, { text });
      assert.ok(md.startsWith(`# Facts: ${escapeMarkdown(analysis.file!)}\n`));
      assert.ok(md.includes(`**Document date:** ${analysis.documentDate ?? 'unknown'}`));
      const count = (type: string) => analysis.entities.filter((e) => e.type === type).length;
      assert.ok(md.includes(`## People (${count('person')})`));
      assert.ok(md.includes(`## Organizations (${count('organization')})`));
      assert.ok(md.includes(`## Places (${count('place')})`));
      assert.ok(md.includes(`## Quotes (${analysis.quotes.length})`));
      assert.ok(md.includes(`## Timeline (${analysis.dates.length})`));
      for (const e of analysis.entities) {
        const n = e.mentions.length;
        const line = md.split('\n').find((l) => l.startsWith(`- **${escapeMarkdown(e.name)}**`));
        assert.ok(line, `${analysis.file}: a line for ${e.name}`);
        assert.ok(line.includes(`${n} mention${n === 1 ? '' : 's'}`));
        if (e.role) assert.ok(line.includes(escapeMarkdown(e.role)));
      }
      for (const d of analysis.dates) if (d.value) assert.ok(md.includes(`\`${d.value}\``), `${d.value} on the timeline`);
    }
  });

  it('orders the timeline by calendar value', () => {
    const analysis = analyze(TRICKY, { file: 'tricky.txt' });
    const values = toMarkdown(analysis)
      .split('## Timeline')[1]
      .split('\n')
      .map((l) => /^- `(\d{4}[^`]*)`/.exec(l)?.[1])
      .filter((v): v is string => !!v);
    assert.ok(values.length >= 3);
    assert.deepEqual(values, [...values].sort());
  });

  it('escapes Markdown syntax in names and quotes so they render literally', () => {
    const text = '"Use *stars*, `ticks` and [links](http://x) <b>here</b>," said Anna_Marie [Smith].\n# Not a heading';
    const name = 'Anna_Marie [Smith]';
    const n = text.indexOf(name);
    const qEnd = text.indexOf(',"') + 2;
    const analysis: Analysis = {
      file: 'weird_[name].txt',
      documentDate: null,
      entities: [
        {
          id: 'e1',
          type: 'person',
          name,
          role: '*Chief* <Officer>',
          aliases: [name],
          mentions: [{ start: n, end: n + name.length, text: name }],
        },
      ],
      quotes: [
        {
          id: 'q1',
          start: 0,
          end: qEnd,
          text: text.slice(0, qEnd),
          speaker: { entityId: 'e1', start: n, end: n + name.length, text: name },
          cue: 'said',
        },
      ],
      dates: [],
    };
    const md = toMarkdown(analysis, { text });
    for (const line of md.split('\n')) {
      // Our own emphasis (**name**, _None found._, `value`) is the only unescaped syntax allowed.
      const own = line.replace(/^\*\*Document date:\*\*|^- \*\*|\*\*(?= —| ·|$| \()|^> — \*\*|^_None found\._$|_speaker unknown_/g, '');
      assert.deepEqual(unescapedSpecials(own), [], `unescaped syntax in: ${line}`);
    }
    assert.ok(md.includes(`> ${escapeMarkdown(analysis.quotes[0].text)}`));
    assert.equal(unescapeMarkdown(escapeMarkdown(analysis.quotes[0].text)), analysis.quotes[0].text);
    assert.equal(unescapeMarkdown(escapeMarkdown('# Not a heading')), '# Not a heading');
    assert.ok(escapeMarkdown('# Not a heading').startsWith('\\#'));
    assert.ok(escapeMarkdown('1. not a list').startsWith('1\\.'));
    assert.ok(escapeMarkdown('- not a list').startsWith('\\-'));
    assert.equal(escapeMarkdown('AT&amp;T'), 'AT\\&amp;T');
    assert.equal(escapeMarkdown('AT&T, U.S. (2024)!'), 'AT&T, U.S. (2024)!', 'plain punctuation stays readable');
  });

  it('keeps a multi-paragraph quote inside one blockquote', () => {
    const analysis = analyze(TRICKY, { file: 'tricky.txt' });
    const long = analysis.quotes.find((q) => q.text.includes('\n'));
    assert.ok(long, 'the engine finds the two-paragraph quote');
    const md = toMarkdown(analysis);
    const firstLine = `> ${escapeMarkdown(long.text.split('\n')[0])}`;
    const lines = md.split('\n');
    const at = lines.indexOf(firstLine);
    assert.ok(at >= 0, 'the quote starts a blockquote');
    const block = lines.slice(at, lines.indexOf('', at));
    assert.ok(
      block.every((l) => l.startsWith('>')),
      block.join('\n'),
    );
    assert.ok(
      block.some((l) => l === '>'),
      'the paragraph break stays inside the quote',
    );
  });
});
