import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import type { ExportInput } from '../../src/export';
import { codePointIndex, parseBrat, toBrat, utf16Index } from '../../src/export';
import { TRICKY, engineSpans, seedInputs } from './exportSupport';

const LABELS: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place', quote: 'Quote', date: 'Date' };

/** Python-style (code point) slicing, as brat does on the .txt. */
function pySlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

describe('export: brat standoff', () => {
  const inputs: ExportInput[] = [...seedInputs(), { analysis: analyze(TRICKY, { file: 'tricky.txt' }), text: TRICKY }];

  it('reads back to the engine spans, with code point offsets and one fragment per line', () => {
    for (const input of inputs) {
      const { text, analysis } = input;
      const ann = toBrat(input);
      const parsed = parseBrat(ann);
      const toUtf16 = utf16Index(text);
      for (const span of parsed.spans) {
        // brat's own consistency check: the fragments' text, joined by spaces, is the text field.
        assert.equal(span.fragments.map(([s, e]) => pySlice(text, s, e)).join(' '), span.text, `${analysis.file} ${span.id}`);
        for (const [s, e] of span.fragments) assert.doesNotMatch(pySlice(text, s, e), /[\r\n\t]/);
      }
      const back = parsed.spans
        .filter((s) => s.label !== 'Speaker')
        .map((s) => ({ start: toUtf16(s.fragments[0][0]), end: toUtf16(s.fragments[s.fragments.length - 1][1]), label: s.label }));
      const engine = engineSpans(input).map((s) => ({ start: s.start, end: s.end, label: LABELS[s.label] }));
      const key = (s: { start: number; end: number; label: string }) => `${s.start}:${s.end}:${s.label}`;
      assert.deepEqual(back.map(key).sort(), engine.map(key).sort(), `${analysis.file}: spans`);

      // Speakers: one relation per attributed quote, pointing at the speaker's span.
      const byId = new Map(parsed.spans.map((s) => [s.id, s]));
      const speakers = parsed.relations.filter((r) => r.type === 'Speaker');
      assert.equal(speakers.length, analysis.quotes.filter((q) => q.speaker).length);
      for (const q of analysis.quotes.filter((x) => x.speaker)) {
        const quoteSpan = parsed.spans.find((s) => s.label === 'Quote' && toUtf16(s.fragments[0][0]) === q.start)!;
        const rel = speakers.find((r) => r.arg1 === quoteSpan.id);
        assert.ok(rel, `${q.id} has a Speaker relation`);
        const target = byId.get(rel.arg2)!;
        assert.deepEqual([toUtf16(target.fragments[0][0]), toUtf16(target.fragments[0][1])], [q.speaker!.start, q.speaker!.end]);
      }
      // Dates carry their value as a note and their type as an attribute.
      for (const d of analysis.dates) {
        const t = parsed.spans.find((s) => s.label === 'Date' && toUtf16(s.fragments[0][0]) === d.start)!;
        assert.equal(parsed.attributes.find((a) => a.target === t.id)?.value, d.type);
        assert.equal(parsed.notes.find((n) => n.target === t.id)?.note, d.value ?? undefined);
      }
      // Mentions of one entity are grouped as an Alias equivalence.
      for (const e of analysis.entities.filter((x) => x.mentions.length > 1)) {
        const ids = e.mentions.map((m) => parsed.spans.find((s) => s.label !== 'Quote' && toUtf16(s.fragments[0][0]) === m.start)!.id);
        assert.ok(
          parsed.equivalences.some((q) => q.type === 'Alias' && ids.every((id) => q.ids.includes(id))),
          `${e.name} aliases`,
        );
      }
    }
  });

  it('counts offsets in code points after emoji (they differ from UTF-16)', () => {
    const input = inputs[inputs.length - 1];
    const after = TRICKY.indexOf('🎉🎉') + 4; // two emoji = two surrogate pairs before everything below
    const m = input.analysis.entities.flatMap((e) => e.mentions).find((x) => x.start >= after);
    assert.ok(m, 'the engine finds a name after the emoji');
    const span = parseBrat(toBrat(input)).spans.find((s) => s.text === m.text)!;
    assert.deepEqual(span.fragments[0], [m.start - 2, m.end - 2]);
    assert.equal(pySlice(TRICKY, span.fragments[0][0], span.fragments[0][1]), m.text);
  });

  it('code point and UTF-16 index maps are inverse', () => {
    const text = 'a😀b\u{1F680}\u{1F680}c é';
    const toCp = codePointIndex(text);
    const toU = utf16Index(text);
    let u = 0;
    [...text].forEach((ch, cp) => {
      assert.equal(toCp(u), cp);
      assert.equal(toU(cp), u);
      u += ch.length;
    });
    assert.equal(toCp(text.length), [...text].length);
    assert.equal(codePointIndex('plain')(3), 3);
  });
});
