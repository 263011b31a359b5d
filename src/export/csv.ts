// CSV: one row per entity mention, quote and date, ordered by position, RFC 4180 quoting, CRLF rows.
// The last two columns say who made the fact: source (engine | user) and reviewed (true | false).
import type { Provenance } from '../analysis/types';
import type { ExportInput } from './types';
import { lineIndex } from './text';

export const CSV_COLUMNS = [
  'file',
  'kind',
  'id',
  'type',
  'text',
  'name',
  'role',
  'speaker',
  'cue',
  'value',
  'start',
  'end',
  'line',
  'column',
  'endLine',
  'endColumn',
  'source',
  'reviewed',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
type NumericColumn = 'start' | 'end' | 'line' | 'column' | 'endLine' | 'endColumn';
export type CsvRow = Record<Exclude<CsvColumn, NumericColumn>, string> & Record<NumericColumn, number>;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads accents right. */
  bom?: boolean;
  /**
   * Prefix text cells that start with = + - @ (or a tab / CR) with an apostrophe so spreadsheet
   * programs do not run them as formulas (an entity mention such as "@narendramodi" otherwise
   * shows as #NAME?). Off by default: it changes the cell text.
   */
  guardFormulas?: boolean;
}

/** The rows of one document, in text order (start, then longest first, then entities before quotes before dates). */
export function csvRows({ analysis, text }: ExportInput): CsvRow[] {
  const at = lineIndex(text);
  const file = analysis.file ?? '';
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const rows: Array<CsvRow & { order: number }> = [];
  const place = (start: number, end: number) => {
    const s = at(start);
    const e = at(end);
    return { start, end, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
  for (const entity of analysis.entities) {
    for (const m of entity.mentions) {
      rows.push({
        file,
        kind: 'entity',
        id: entity.id,
        type: entity.type,
        text: m.text,
        name: entity.name,
        role: entity.role ?? '',
        speaker: '',
        cue: '',
        value: '',
        ...place(m.start, m.end),
        ...provenance(m, entity),
        order: 0,
      });
    }
  }
  for (const q of analysis.quotes) {
    const speaker = q.speaker ? (q.speaker.entityId && names.get(q.speaker.entityId)) || q.speaker.text : '';
    rows.push({
      file,
      kind: 'quote',
      id: q.id,
      type: 'quote',
      text: q.text,
      name: '',
      role: '',
      speaker,
      cue: q.cue ?? '',
      value: '',
      ...place(q.start, q.end),
      ...provenance(q),
      order: 1,
    });
  }
  for (const d of analysis.dates) {
    rows.push({
      file,
      kind: 'date',
      id: d.id,
      type: d.type,
      text: d.text,
      name: '',
      role: '',
      speaker: '',
      cue: '',
      value: d.value ?? '',
      ...place(d.start, d.end),
      ...provenance(d),
      order: 2,
    });
  }
  rows.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  return rows.map(({ order: _order, ...row }) => row);
}

/** A mention row is the user's when the user made the mention or changed its entity (its type, name, grouping). */
function provenance(fact: Provenance, entity?: Provenance): { source: string; reviewed: string } {
  const user = fact.source === 'user' || entity?.source === 'user';
  return { source: user ? 'user' : 'engine', reviewed: fact.reviewed ? 'true' : 'false' };
}

/** All documents' rows under one header. */
export function toCsv(inputs: readonly ExportInput[], options: CsvOptions = {}): string {
  return csvHeader(options) + inputs.map((input) => csvBody(input, options)).join('');
}

/** The header line (with the BOM when asked), so batches can be written one document at a time. */
export function csvHeader(options: CsvOptions = {}): string {
  return (options.bom ? '\uFEFF' : '') + CSV_COLUMNS.join(',') + '\r\n';
}

/** One document's rows, each ending in CRLF. */
export function csvBody(input: ExportInput, options: CsvOptions = {}): string {
  return csvRows(input)
    .map((row) => CSV_COLUMNS.map((c) => csvCell(row[c], options.guardFormulas)).join(',') + '\r\n')
    .join('');
}

/** RFC 4180: quote a field containing a comma, quote, CR or LF, doubling the quotes inside. */
export function csvCell(value: string | number, guardFormulas = false): string {
  if (typeof value === 'number') return String(value);
  let s = value;
  if (guardFormulas && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
