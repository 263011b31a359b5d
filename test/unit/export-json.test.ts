import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis';
import { render, toJson, toJsonl } from '../../src/export';
import { ROOT, TRICKY, loadSchema, seedInputs, validate } from './exportSupport';

describe('export: JSON and the schema', () => {
  const schema = loadSchema();

  it('every seed export validates against schemas/analysis.schema.json and reads back unchanged', () => {
    const inputs = [...seedInputs(), { analysis: analyze(TRICKY, { file: 'tricky.txt' }), text: TRICKY }];
    for (const { analysis, text } of inputs) {
      const parsed = JSON.parse(toJson(analysis)) as Analysis;
      assert.deepEqual(validate(parsed, schema), [], `${analysis.file} should validate`);
      assert.deepEqual(parsed, analysis);
      // The contract the schema cannot express: every span's text is exactly its slice of the article.
      const spans = [
        ...parsed.entities.flatMap((e) => e.mentions),
        ...parsed.quotes,
        ...parsed.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])),
        ...parsed.dates,
      ];
      for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, `${analysis.file}: span ${s.start}-${s.end}`);
      for (const q of parsed.quotes) {
        if (q.speaker?.entityId)
          assert.ok(
            parsed.entities.some((e) => e.id === q.speaker!.entityId),
            `${q.id}: speaker entity exists`,
          );
      }
    }
  });

  it('the validator rejects analyses that break the contract', () => {
    const good = analyze(TRICKY, { file: 'tricky.txt' });
    assert.ok(good.entities.length && good.quotes.length && good.dates.length, 'the fixture has every kind of fact');
    const broken: Array<[string, (a: any) => void]> = [
      ['missing dates', (a) => delete a.dates],
      ['unknown entity type', (a) => (a.entities[0].type = 'animal')],
      ['negative offset', (a) => (a.quotes[0].start = -1)],
      ['fractional offset', (a) => (a.dates[0].end = 1.5)],
      ['bad document date', (a) => (a.documentDate = '13/02/2024')],
      ['speaker as a string', (a) => (a.quotes[0].speaker = 'Zoë')],
      ['date type', (a) => (a.dates[0].type = 'era')],
      ['mention without text', (a) => delete a.entities[0].mentions[0].text],
      ['role as number', (a) => (a.entities[0].role = 3)],
    ];
    for (const [what, breakIt] of broken) {
      const copy = JSON.parse(JSON.stringify(good));
      breakIt(copy);
      assert.notDeepEqual(validate(copy, schema), [], `${what} should not validate`);
    }
  });

  it('is contributed for *.facts.json through jsonValidation', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const entry = (pkg.contributes.jsonValidation ?? []).find((v: { fileMatch: string | string[] }) =>
      [v.fileMatch].flat().includes('*.facts.json'),
    );
    assert.ok(entry, 'package.json contributes.jsonValidation has an entry for *.facts.json');
    assert.equal(path.normalize(entry.url), path.normalize('./schemas/analysis.schema.json'));
  });

  it('JSON for several documents is an array; JSONL is one analysis per line, even with line breaks in the text', () => {
    const inputs = seedInputs();
    const array = JSON.parse(render('json', inputs));
    assert.deepEqual(
      array,
      inputs.map((i) => i.analysis),
    );
    const weird = analyze('"Line one\u2028line two," said Anna Berg.\r\n\r\nShe left.', { file: 'we\nird.txt' });
    const lines = toJsonl([...inputs.map((i) => i.analysis), weird]).split('\n');
    assert.equal(lines.pop(), '', 'ends with a newline');
    assert.equal(lines.length, inputs.length + 1);
    lines.forEach((line, i) => {
      const parsed = JSON.parse(line);
      assert.deepEqual(validate(parsed, schema), []);
      assert.deepEqual(parsed, i < inputs.length ? inputs[i].analysis : weird);
    });
  });
});
