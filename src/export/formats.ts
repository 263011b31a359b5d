// The export formats, shared by the editor commands and the CLI.
import type { ExportInput } from './types';
import { toJson, toJsonArray } from './json';
import { toJsonl } from './jsonl';
import { toCsv, type CsvOptions } from './csv';
import { toMarkdown } from './markdown';
import { toBrat } from './brat';
import { toSpansJsonl } from './spans';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'md', 'brat', 'spans'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatInfo {
  id: ExportFormat;
  label: string;
  description: string;
  /** File name suffix after `<article>.facts` (brat: the .ann goes beside a .txt of the same stem instead). */
  extension: string;
  /** Whether several documents can go into one file. */
  combines: boolean;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  json: {
    id: 'json',
    label: 'JSON',
    description: 'the full analysis (validated by schemas/analysis.schema.json)',
    extension: '.json',
    combines: true,
  },
  jsonl: { id: 'jsonl', label: 'JSON Lines', description: 'one analysis per line, for batches', extension: '.jsonl', combines: true },
  csv: { id: 'csv', label: 'CSV', description: 'one row per mention, quote and date, for spreadsheets', extension: '.csv', combines: true },
  md: { id: 'md', label: 'Markdown', description: 'a readable fact sheet', extension: '.md', combines: true },
  brat: {
    id: 'brat',
    label: 'brat standoff',
    description: '.ann beside a .txt copy, for the brat annotation tool',
    extension: '.ann',
    combines: false,
  },
  spans: {
    id: 'spans',
    label: 'Spans JSONL',
    description: 'text + labelled spans for Prodigy / doccano',
    extension: '.spans.jsonl',
    combines: true,
  },
};

export interface RenderOptions {
  csv?: CsvOptions;
}

/**
 * Renders documents in one format. JSON: one object for one document, an array for several.
 * brat takes exactly one document (its offsets refer to one .txt).
 */
export function render(format: ExportFormat, inputs: readonly ExportInput[], options: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return inputs.length === 1 ? toJson(inputs[0].analysis) : toJsonArray(inputs.map((i) => i.analysis));
    case 'jsonl':
      return toJsonl(inputs.map((i) => i.analysis));
    case 'csv':
      return toCsv(inputs, options.csv);
    case 'md':
      return inputs.map((i) => toMarkdown(i.analysis, { text: i.text })).join('\n---\n\n');
    case 'brat':
      if (inputs.length !== 1) throw new Error('brat standoff holds one document per .ann file');
      return toBrat(inputs[0]);
    case 'spans':
      return toSpansJsonl(inputs);
  }
}

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}
