import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import type { ExportInput } from '../../src/export';
import { spanRecord, toSpansJsonl, utf16Index } from '../../src/export';
import { TRICKY, engineSpans, seedInputs } from './exportSupport';

describe('export: span JSONL (Prodigy / doccano)', () => {
  const inputs: ExportInput[] = [...seedInputs(), { analysis: analyze(TRICKY, { file: 'tricky.txt' }), text: TRICKY }];

  it('one task per line whose code point spans read back to the engine spans', () => {
    const lines = toSpansJsonl(inputs).trimEnd().split('\n');
    assert.equal(lines.length, inputs.length);
    lines.forEach((line, i) => {
      const task = JSON.parse(line) as {
        text: string;
        spans: Array<{ start: number; end: number; label: string }>;
        label: Array<[number, number, string]>;
        meta: { file: string };
      };
      const input = inputs[i];
      assert.equal(task.text, input.text);
      assert.equal(task.meta.file, input.analysis.file);
      const chars = [...task.text]; // Python str indexing: code points
      const toUtf16 = utf16Index(task.text);
      const engine = engineSpans(input);
      assert.equal(task.spans.length, engine.length);
      for (const s of task.spans) {
        const expected = engine.find((e) => e.start === toUtf16(s.start) && e.end === toUtf16(s.end) && e.label.toUpperCase() === s.label);
        assert.ok(expected, `${input.analysis.file}: span ${s.start}-${s.end} ${s.label} is an engine span`);
        assert.equal(chars.slice(s.start, s.end).join(''), expected.text);
      }
      assert.deepEqual(
        task.label,
        task.spans.map((s) => [s.start, s.end, s.label]),
        'doccano form mirrors the Prodigy form',
      );
    });
  });

  it('offsets differ from UTF-16 after emoji, and labels can be filtered', () => {
    const rec = spanRecord(inputs[inputs.length - 1], { labels: ['PERSON'] });
    assert.ok(rec.spans.length > 0 && rec.spans.every((s) => s.label === 'PERSON'));
    const after = TRICKY.indexOf('🎉🎉') + 4;
    const person = inputs[inputs.length - 1].analysis.entities.find((e) => e.type === 'person' && e.mentions[0].start >= after);
    assert.ok(person, 'the engine finds a person after the emoji');
    const m = person.mentions[0];
    const span = rec.spans.find((s) => s.start === m.start - 2);
    assert.ok(span, 'two surrogate pairs before the name: code point offset = UTF-16 offset - 2');
    assert.equal([...TRICKY].slice(span.start, span.end).join(''), m.text);
  });
});
