// Test helpers for the export tests: a JSON Schema validator for the subset the schema uses, an
// RFC 4180 CSV parser, and the seeds with their analyses. Written here (no new dependencies).
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/analysis';
import type { ExportInput } from '../../src/export';
import { runCli } from '../../src/cliRunner';

export const ROOT = path.resolve(__dirname, '..', '..', '..'); // out/test/unit -> repo root
export const SEEDS_DIR = path.join(ROOT, 'seeds');

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => `seeds/${f}`);
}

export function readSeed(relative: string): string {
  return readFileSync(path.join(ROOT, relative), 'utf8').replace(/^\uFEFF/, '');
}

/** Every seed analysed as the CLI would (file = repo-relative path). */
export function seedInputs(): ExportInput[] {
  return seedFiles().map((file) => {
    const text = readSeed(file);
    return { analysis: analyze(text, { file }), text };
  });
}

export function loadSchema(): Schema {
  return JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'analysis.schema.json'), 'utf8')) as Schema;
}

export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: Schema;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  minLength?: number;
  anyOf?: Schema[];
  allOf?: Schema[];
  if?: Schema;
  then?: Schema;
  const?: unknown;
  $ref?: string;
  definitions?: Record<string, Schema>;
  [k: string]: unknown;
}

const KNOWN = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'pattern',
  'minimum',
  'minLength',
  'anyOf',
  '$ref',
  'definitions',
  'allOf',
  'if',
  'then',
  'const',
]);

/** Validates `value` against `schema` (draft-07 subset); returns error messages with JSON pointers. */
export function validate(value: unknown, schema: Schema, root: Schema = schema, at = ''): string[] {
  for (const key of Object.keys(schema)) {
    // A keyword this validator does not implement would be silently ignored: refuse instead.
    if (!KNOWN.has(key)) throw new Error(`validator does not support the schema keyword '${key}' (at ${at || '/'})`);
  }
  if (schema.$ref) {
    const m = /^#\/definitions\/(.+)$/.exec(schema.$ref);
    const target = m && root.definitions?.[m[1]];
    if (!target) throw new Error(`unresolvable $ref ${schema.$ref}`);
    return validate(value, target, root, at);
  }
  const errors: string[] = [];
  const where = at || '/';
  if (schema.anyOf) {
    const branches = schema.anyOf.map((s) => validate(value, s, root, at));
    if (!branches.some((b) => b.length === 0)) errors.push(`${where}: matches none of anyOf (${branches.map((b) => b[0]).join(' | ')})`);
  }
  for (const sub of schema.allOf ?? []) errors.push(...validate(value, sub, root, at));
  if (schema.if && schema.then && validate(value, schema.if, root, at).length === 0) errors.push(...validate(value, schema.then, root, at));
  if ('const' in schema && value !== schema.const)
    errors.push(`${where}: expected ${JSON.stringify(schema.const)}, got ${JSON.stringify(value)}`);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => hasType(value, t))) {
      errors.push(
        `${where}: expected ${types.join(' or ')}, got ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`,
      );
      return errors;
    }
  }
  if (schema.enum && !schema.enum.some((e) => e === value))
    errors.push(`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string') {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${where}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    if (schema.minLength !== undefined && [...value].length < schema.minLength) errors.push(`${where}: shorter than ${schema.minLength}`);
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum)
    errors.push(`${where}: ${value} < ${schema.minimum}`);
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errors.push(...validate(v, schema.items!, root, `${at}/${i}`)));
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const r of schema.required ?? []) if (!(r in obj)) errors.push(`${where}: missing required '${r}'`);
    for (const [k, v] of Object.entries(obj)) {
      const sub = schema.properties?.[k];
      if (sub) errors.push(...validate(v, sub, root, `${at}/${k}`));
      else if (schema.additionalProperties === false) errors.push(`${where}: unexpected property '${k}'`);
    }
  }
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      throw new Error(`validator does not support type '${type}'`);
  }
}

/** RFC 4180 parser: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF (LF tolerated). */
export function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  while (i < input.length) {
    const c = input[i];
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < input.length && !',\r\n'.includes(input[i])) throw new Error(`CSV: text after a closing quote at ${i}`);
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (fieldStarted || field !== '') throw new Error(`CSV: quote inside an unquoted field at ${i}`);
      quoted = true;
      fieldStarted = true;
      i++;
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && input[i + 1] !== '\n') throw new Error(`CSV: bare CR outside quotes at ${i}`);
      endField();
      records.push(record);
      record = [];
      i += c === '\r' ? 2 : 1;
    } else {
      field += c;
      fieldStarted = true;
      i++;
    }
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (fieldStarted || field !== '' || record.length) {
    endField();
    records.push(record);
  }
  return records;
}

/** CSV text -> objects keyed by the header row. */
export function csvObjects(input: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(input);
  return rows.map((r) => {
    if (r.length !== header.length) throw new Error(`CSV: record has ${r.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}

/** Every span in an analysis with a kind/label, for comparing an export read back with the engine. */
export function engineSpans(input: ExportInput): Array<{ start: number; end: number; label: string; text: string }> {
  const a = input.analysis;
  const out = [
    ...a.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, label: e.type, text: m.text }))),
    ...a.quotes.map((q) => ({ start: q.start, end: q.end, label: 'quote', text: q.text })),
    ...a.dates.map((d) => ({ start: d.start, end: d.end, label: 'date', text: d.text })),
  ];
  return out.sort((x, y) => x.start - y.start || y.end - x.end || x.label.localeCompare(y.label));
}

/** Article text for the export tests: astral characters before names (UTF-16 vs code points), commas,
 * quotes and Markdown syntax inside quotes, a quote over two paragraphs, accents, a handle. */
export const TRICKY = [
  'date 2024-02-13',
  '',
  '🎉🎉 PARIS — Zoë Dubois-Smith, the mayor of Lyon, said on Monday: "We will fix it, no matter what the *critics* say, and [soon].',
  '',
  '"Nobody, not even the ministers in Paris, expected it, but we did it," Dubois-Smith told Le Monde.',
  '',
  'Microsoft Corp said on Tuesday that @satyanadella would visit Berlin next week. "It\'s a big day 🚀, really," said Satya Nadella, Microsoft\'s chief executive.',
  '',
].join('\n');

/** Runs the CLI in-process and captures what it writes. */
export async function runCliCaptured(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}
