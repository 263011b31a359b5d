import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import type { ExportInput } from '../../src/export';
import { CSV_COLUMNS, csvCell, toCsv } from '../../src/export';
import { TRICKY, csvObjects, engineSpans, parseCsv, seedInputs } from './exportSupport';

/** 1-based line/column counted independently of the writer: split the text before the offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

describe('export: CSV', () => {
  const tricky: ExportInput = { analysis: analyze(TRICKY, { file: 'dir/tricky, "quoted".txt' }), text: TRICKY };
  const inputs = [...seedInputs(), tricky];

  it('round-trips through an RFC 4180 parser: one row per mention, quote and date, matching the engine', () => {
    const csv = toCsv(inputs);
    assert.ok(csv.endsWith('\r\n'));
    const rows = csvObjects(csv);
    assert.deepEqual(parseCsv(csv)[0], [...CSV_COLUMNS]);
    for (const input of inputs) {
      const { analysis, text } = input;
      const mine = rows.filter((r) => r.file === analysis.file);
      const spans = engineSpans(input);
      assert.equal(mine.length, spans.length, `${analysis.file}: row count`);
      const key = (s: { start: number | string; end: number | string; label: string }) => `${s.start}:${s.end}:${s.label}`;
      assert.deepEqual(
        mine.map((r) => key({ start: r.start, end: r.end, label: r.kind === 'entity' ? r.type : r.kind })).sort(),
        spans.map(key).sort(),
      );
      for (const r of mine) {
        const start = Number(r.start);
        const end = Number(r.end);
        assert.equal(r.text, text.slice(start, end), `text survives the round trip (${r.id})`);
        assert.deepEqual({ line: Number(r.line), column: Number(r.column) }, position(text, start));
        assert.deepEqual({ line: Number(r.endLine), column: Number(r.endColumn) }, position(text, end));
        if (r.kind === 'entity') {
          const entity = analysis.entities.find((e) => e.id === r.id)!;
          assert.equal(r.name, entity.name);
          assert.equal(r.role, entity.role ?? '');
        } else if (r.kind === 'quote') {
          const q = analysis.quotes.find((x) => x.id === r.id)!;
          const speakerName = q.speaker?.entityId ? analysis.entities.find((e) => e.id === q.speaker!.entityId)!.name : q.speaker?.text;
          assert.equal(r.speaker, speakerName ?? '');
          assert.equal(r.cue, q.cue ?? '');
        } else {
          assert.equal(r.kind, 'date');
          const d = analysis.dates.find((x) => x.id === r.id)!;
          assert.equal(r.value, d.value ?? '');
          assert.equal(r.type, d.type);
        }
      }
    }
    // The fixture really exercises the quoting: a field with a line break, one with quotes, one with commas.
    const trickyRows = rows.filter((r) => r.file === tricky.analysis.file);
    assert.ok(
      trickyRows.some((r) => r.text.includes('\n')),
      'a multi-paragraph quote',
    );
    assert.ok(
      trickyRows.some((r) => r.text.includes('"') && r.text.includes(',')),
      'quotes and commas in one field',
    );
  });

  it('quotes fields per RFC 4180 and leaves plain ones bare', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\r\nlines'), '"two\r\nlines"');
    assert.equal(csvCell(42), '42');
    assert.deepEqual(parseCsv('a,"b,""c""\r\nd",\r\n'), [['a', 'b,"c"\r\nd', '']]);
  });

  it('writes a UTF-8 BOM when asked, so spreadsheets read accents right', () => {
    const plain = toCsv([tricky]);
    const withBom = toCsv([tricky], { bom: true });
    assert.notEqual(plain.charCodeAt(0), 0xfeff);
    assert.deepEqual([...Buffer.from(withBom, 'utf8').subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(withBom.slice(1), plain);
    assert.ok(Buffer.from(withBom, 'utf8').toString('utf8').includes('Zoë'));
  });

  it('guards formula-like cells only when asked', () => {
    const text = 'PM @narendramodi said "-5 degrees, =SUM(A1)" on Monday.';
    const input: ExportInput = {
      text,
      analysis: {
        file: 'handles.txt',
        documentDate: null,
        entities: [
          {
            id: 'e1',
            type: 'person',
            name: 'Narendra Modi',
            role: 'PM',
            aliases: ['@narendramodi'],
            mentions: [{ start: 3, end: 16, text: '@narendramodi' }],
          },
        ],
        quotes: [],
        dates: [],
      },
    };
    assert.equal(csvObjects(toCsv([input]))[0].text, '@narendramodi');
    assert.equal(csvObjects(toCsv([input], { guardFormulas: true }))[0].text, "'@narendramodi");
    assert.equal(csvObjects(toCsv([input], { guardFormulas: true }))[0].name, 'Narendra Modi');
  });
});
