import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  applyAnnotations,
  mergeSidecars,
  newAnnotationId,
  parseSidecar,
  serializeSidecar,
  sidecarPathFor,
  type Sidecar,
} from '../../src/annotations';
import { ROOT, validate, type Schema } from './exportSupport';
import { analysisOf, note, sidecarOf } from './annotationsSupport';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'annotations.schema.json'), 'utf8')) as Schema;
const target = { start: 17, end: 29, exact: 'Acme Widgets', prefix: 'date 2024-03-04\n\n', suffix: ' said on Monday' };
const good = (extra: Record<string, unknown> = {}) => ({
  id: 'u1',
  action: 'retype',
  target,
  type: 'organization',
  scope: 'all',
  created: '2026-12-02T10:00:00Z',
  ...extra,
});

const GOOD: Array<[string, unknown]> = [
  ['the DESIGN example', { version: 1, documentDate: '2024-03-04', annotations: [good()] }],
  ['no annotations, no date', { version: 1, annotations: [] }],
  ['a null date', { version: 1, documentDate: null, annotations: [] }],
  ['a leap day', { version: 1, documentDate: '2024-02-29', annotations: [] }],
  ['unknown fields everywhere', { version: 1, tool: 'x', annotations: [good({ note: 'why', target: { ...target, selector: 'w3c' } })] }],
  [
    'every action',
    {
      version: 1,
      annotations: [
        { id: 'a', action: 'add', target, kind: 'person' },
        { id: 'b', action: 'add', target, kind: 'date', value: '2024-W10', scope: 'this' },
        { id: 'c', action: 'reject', target },
        { id: 'd', action: 'merge', target, into: target },
        { id: 'e', action: 'split', target },
        { id: 'f', action: 'rename', target, name: 'Acme' },
        { id: 'g', action: 'speaker', target, speaker: null },
        { id: 'h', action: 'speaker', target, speaker: target },
        { id: 'i', action: 'value', target, value: 'P5D' },
        { id: 'j', action: 'value', target, value: '2024-02-13T10:45' },
        { id: 'k', action: 'accept', target },
        { id: 'l', action: 'ignore', target, code: 'name-variant' },
        { id: 'm', action: 'value', target, value: 'XXXX-WXX-2' },
      ],
    },
  ],
];

const BAD: Array<[string, unknown, RegExp]> = [
  ['an array', [], /must hold a JSON object/],
  ['version 2', { version: 2, annotations: [] }, /"version" must be 1/],
  ['no annotations', { version: 1 }, /"annotations" must be an array/],
  ['a date that does not exist', { version: 1, documentDate: '2023-02-29', annotations: [] }, /"documentDate"/],
  ['a date in another form', { version: 1, documentDate: '04/03/2024', annotations: [] }, /"documentDate"/],
  ['an unknown action', { version: 1, annotations: [good({ action: 'delete' })] }, /annotations\[0\]\.action must be one of/],
  ['no id', { version: 1, annotations: [{ action: 'accept', target }] }, /annotations\[0\]\.id/],
  ['add without kind', { version: 1, annotations: [{ id: 'u1', action: 'add', target }] }, /kind is required for "add"/],
  ['retype without type', { version: 1, annotations: [{ id: 'u1', action: 'retype', target }] }, /type is required/],
  ['a bad type', { version: 1, annotations: [good({ type: 'animal' })] }, /type must be one of/],
  ['a bad scope', { version: 1, annotations: [good({ scope: 'some' })] }, /scope must be "all" or "this"/],
  ['merge without into', { version: 1, annotations: [{ id: 'u1', action: 'merge', target }] }, /into is required/],
  ['speaker without speaker', { version: 1, annotations: [{ id: 'u1', action: 'speaker', target }] }, /speaker is required/],
  [
    'a speaker that is a string',
    { version: 1, annotations: [{ id: 'u1', action: 'speaker', target, speaker: 'Hale' }] },
    /speaker must be an object/,
  ],
  ['an empty name', { version: 1, annotations: [{ id: 'u1', action: 'rename', target, name: '  ' }] }, /name must be a non-empty string/],
  [
    'a value that is no date',
    { version: 1, annotations: [{ id: 'u1', action: 'value', target, value: 'next Tuesday' }] },
    /value must be a date value/,
  ],
  ['ignore without code', { version: 1, annotations: [{ id: 'u1', action: 'ignore', target }] }, /code is required/],
  ['no target', { version: 1, annotations: [{ id: 'u1', action: 'accept' }] }, /target must be an object/],
  ['a negative offset', { version: 1, annotations: [good({ target: { ...target, start: -1 } })] }, /target\.start must be a whole number/],
  ['a fractional offset', { version: 1, annotations: [good({ target: { ...target, end: 2.5 } })] }, /target\.end/],
  ['an empty exact', { version: 1, annotations: [good({ target: { ...target, exact: '' } })] }, /target\.exact must be a non-empty string/],
  [
    'a prefix that is a number',
    { version: 1, annotations: [good({ target: { ...target, prefix: 3 } })] },
    /target\.prefix must be a string/,
  ],
  ['a bad into', { version: 1, annotations: [{ id: 'u1', action: 'merge', target, into: { start: 1 } }] }, /into\.end/],
];

describe('annotations: reading and writing the sidecar', () => {
  it('names the sidecar after the full file name', () => {
    assert.equal(sidecarPathFor('news/story.txt'), 'news/story.txt.newslens.json');
    assert.equal(sidecarPathFor('C:\\a\\b.md'), 'C:\\a\\b.md.newslens.json');
  });

  it('accepts exactly what schemas/annotations.schema.json accepts', () => {
    for (const [what, doc] of GOOD) {
      assert.deepEqual(validate(doc, schema), [], `${what}: the schema accepts it`);
      const parsed = parseSidecar(JSON.stringify(doc));
      assert.ok(parsed.ok, `${what}: parseSidecar accepts it (${!parsed.ok && parsed.error})`);
    }
    for (const [what, doc, message] of BAD) {
      assert.notDeepEqual(validate(doc, schema), [], `${what}: the schema rejects it`);
      const parsed = parseSidecar(JSON.stringify(doc));
      assert.ok(!parsed.ok, `${what}: parseSidecar rejects it`);
      assert.match(parsed.error, message, what);
    }
  });

  it('reports malformed JSON with its line and column, and lists at most three problems', () => {
    const parsed = parseSidecar('{\n  "version": 1\n  "annotations": []\n}');
    assert.ok(!parsed.ok);
    assert.match(parsed.error, /^not valid JSON: .*\(line 3, column 3\)$/);
    const comma = parseSidecar('{\n  "version": 1,\n  "annotations": [,]\n}');
    assert.ok(!comma.ok && comma.error.startsWith('not valid JSON: '));
    assert.ok(!parseSidecar('').ok);
    const many = parseSidecar(JSON.stringify({ version: 1, annotations: [1, 2, 3, 4, 5] }));
    assert.ok(!many.ok && /; and 2 more$/.test(many.error));
    assert.ok(parseSidecar('\uFEFF' + JSON.stringify({ version: 1, annotations: [] })).ok, 'a BOM is allowed');
  });

  it('is contributed for *.newslens.json through jsonValidation', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const entry = pkg.contributes.jsonValidation.find((v: { fileMatch: string }) => v.fileMatch === '*.newslens.json');
    assert.equal(path.normalize(entry.url), path.normalize('./schemas/annotations.schema.json'));
  });

  it('keeps unknown fields when it rewrites the file, as 2-space JSON with a final newline', () => {
    const text = JSON.stringify(GOOD[4][1], null, 2) + '\n';
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok);
    assert.equal(serializeSidecar(parsed.sidecar), text);
  });

  it('numbers new annotations after the highest u<n>', () => {
    assert.equal(newAnnotationId(sidecarOf()), 'u1');
    const s: Sidecar = {
      version: 1,
      annotations: [
        { id: 'u9', action: 'accept', target },
        { id: 'mine', action: 'accept', target },
        { id: 'u3', action: 'accept', target },
      ],
    };
    assert.equal(newAnnotationId(s), 'u10');
  });

  it('merges two windows by annotation id, losing nothing, and settles whoever writes last', () => {
    const x = { id: 'u5', action: 'accept' as const, target, created: '2026-12-02T10:00:00Z' };
    const y = { id: 'u5', action: 'reject' as const, target, created: '2026-12-02T10:00:01Z' };
    const moved = { ...x, target: { ...target, start: 30, end: 42 } };
    const a = mergeSidecars({ version: 1, annotations: [moved] }, { version: 1, documentDate: '2024-01-02', annotations: [x, y] });
    assert.deepEqual(
      a.annotations.map((n) => [n.id, n.action, n.target.start]),
      [
        ['u5', 'accept', 30],
        ['u6', 'reject', 17],
      ],
    );
    assert.equal(a.documentDate, '2024-01-02');
    const b = mergeSidecars({ version: 1, annotations: [y] }, a);
    assert.deepEqual(
      b.annotations.map((n) => [n.id, n.action]),
      [
        ['u5', 'reject'],
        ['u7', 'accept'],
      ],
    );
    assert.deepEqual(mergeSidecars(a, b).annotations, a.annotations, 'nothing is added twice');
  });

  it('applies thousands of annotations, reporting each one that does not apply', () => {
    const text = Array.from({ length: 500 }, (_, i) => `Ann Roe${i} met Bo Lee${i} in Oslo.`).join('\n\n');
    const analysis = analysisOf(text, { names: [['place', 'Oslo']] });
    const notes = Array.from({ length: 3000 }, (_, i) =>
      i % 3 === 0
        ? note(text, 'add', `Ann Roe${i % 500} `.trim(), { kind: 'person' })
        : i % 3 === 1
          ? note(text, 'accept', 'Oslo')
          : { ...note(text, 'accept', 'Oslo'), target: { start: 0, end: 4, exact: `gone${i}` } },
    );
    const out = applyAnnotations(analysis, text, sidecarOf(...notes));
    assert.equal(out.annotations!.applied, 2000);
    assert.equal(out.annotations!.orphaned.length, 1000);
    assert.equal(out.entities.filter((e) => e.type === 'person').length, 500);
  });
});
