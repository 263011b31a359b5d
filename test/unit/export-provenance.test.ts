import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis';
import { applyAnnotations, makeTarget, type Annotation } from '../../src/annotations';
import { csvRows, parseBrat, spanRecord, toBrat, toJson } from '../../src/export';
import { csvObjects, loadSchema, validate } from './exportSupport';
import { toCsv, toMarkdown } from '../../src/export';

const TEXT =
  'date 2024-03-04\n\nAcme Widgets said on Monday it would close. "We are sorry," said union spokesman Tom Hale. Hale left Leeds.\n';
const target = (needle: string) => makeTarget(TEXT, TEXT.indexOf(needle), TEXT.indexOf(needle) + needle.length);

function annotated(extra: Annotation[] = []): Analysis {
  const annotations: Annotation[] = [
    { id: 'u1', action: 'retype', target: target('Acme Widgets'), type: 'organization' },
    { id: 'u2', action: 'accept', target: target('Monday') },
    { id: 'u3', action: 'add', target: target('union'), kind: 'organization' },
    ...extra,
  ];
  return applyAnnotations(analyze(TEXT, { file: 'story.txt' }), TEXT, { version: 1, annotations });
}

describe("export: provenance of the user's annotations", () => {
  it('JSON carries source, reviewed and the annotations summary, and validates against the schema', () => {
    const a = JSON.parse(toJson(annotated()));
    assert.deepEqual(validate(a, loadSchema()), []);
    assert.deepEqual(a.annotations, { applied: 3, orphaned: [], ignored: [] });
    const broken = JSON.parse(JSON.stringify(a));
    broken.entities[0].source = 'robot';
    assert.notDeepEqual(validate(broken, loadSchema()), [], 'an unknown source does not validate');
  });

  it("CSV appends source and reviewed columns: user for the user's facts and for mentions of an entity the user changed", () => {
    const rows = csvObjects(toCsv([{ analysis: annotated(), text: TEXT }]));
    const by = (text: string) => rows.find((r) => r.text === text)!;
    assert.deepEqual([by('Acme Widgets').source, by('Acme Widgets').reviewed], ['user', 'true']);
    assert.deepEqual([by('union').source, by('union').reviewed], ['user', 'true']);
    assert.deepEqual([by('Monday').source, by('Monday').reviewed], ['engine', 'true']);
    assert.deepEqual([by('Leeds').source, by('Leeds').reviewed], ['engine', 'false']);
    const plain = csvRows({ analysis: analyze(TEXT), text: TEXT });
    assert.ok(
      plain.every((r) => r.source === 'engine' && r.reviewed === 'false'),
      'without annotations: the engine, not reviewed',
    );
  });

  it("brat: AnnotatorNotes mark the user's facts and the reviewed ones; a date keeps its value first", () => {
    const input = { analysis: annotated(), text: TEXT };
    const parsed = parseBrat(toBrat(input));
    const noteOn = (text: string) => {
      const span = parsed.spans.find((s) => s.text === text)!;
      return parsed.notes.filter((n) => n.target === span.id).map((n) => n.note);
    };
    assert.deepEqual(noteOn('Acme Widgets'), ['user-annotated']);
    assert.deepEqual(noteOn('union'), ['user-annotated']);
    assert.deepEqual(noteOn('Monday'), ['2024-03-04; reviewed']);
    assert.deepEqual(noteOn('Leeds'), []);
    assert.ok(!toBrat({ analysis: analyze(TEXT), text: TEXT }).includes('reviewed'), 'no notes without annotations');
  });

  it('the Markdown fact sheet marks your corrections and the facts you reviewed', () => {
    const sheet = toMarkdown(annotated(), { text: TEXT });
    assert.match(sheet, /\*\*Acme Widgets\*\* · 1 mention · _your correction_/);
    assert.match(sheet, /“Monday” \(date\) \(line 3\) · _reviewed_/);
    assert.ok(!toMarkdown(analyze(TEXT), { text: TEXT }).includes('_reviewed_'), 'nothing is marked without annotations');
  });

  it('span JSONL says "answer": "accept" only when every fact of the article is reviewed', () => {
    assert.equal(spanRecord({ analysis: annotated(), text: TEXT }).answer, undefined);
    assert.equal(spanRecord({ analysis: analyze(TEXT), text: TEXT }).answer, undefined);
    const engine = analyze(TEXT);
    const accepts: Annotation[] = [...engine.entities.flatMap((e) => e.mentions), ...engine.quotes, ...engine.dates].map((f, i) => ({
      id: `a${i}`,
      action: 'accept',
      target: makeTarget(TEXT, f.start, f.end),
      scope: 'this',
    }));
    const all = annotated(accepts);
    assert.ok([...all.entities.flatMap((e) => e.mentions), ...all.quotes, ...all.dates].every((f) => f.reviewed));
    assert.equal(spanRecord({ analysis: all, text: TEXT }).answer, 'accept');
  });
});
