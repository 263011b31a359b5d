// Span JSONL for annotation tools: one document per line,
//   {"text": ..., "spans": [{"start", "end", "label"}], "label": [[start, end, label]], "meta": {...}}
// "spans" is Prodigy's task format; "label" is doccano's sequence-labelling import format. Both
// tools index the text as a Python str, so offsets are Unicode code points (they differ from the
// engine's UTF-16 offsets only after astral characters such as emoji). QUOTE spans contain the
// names inside them: use a tool mode that allows overlapping spans (Prodigy spans.manual), or
// drop labels with the `labels` option.
import type { ExportInput } from './types';
import { codePointIndex } from './text';

export const SPAN_LABELS = ['PERSON', 'ORGANIZATION', 'PLACE', 'QUOTE', 'DATE'] as const;
export type SpanLabel = (typeof SPAN_LABELS)[number];

export interface SpanRecord {
  text: string;
  spans: Array<{ start: number; end: number; label: SpanLabel }>;
  label: Array<[number, number, SpanLabel]>;
  meta: { file: string | null; documentDate: string | null };
  /** Prodigy's answer: present ("accept") when the user reviewed every fact of the article, so it is gold data. */
  answer?: 'accept';
}

export interface SpanOptions {
  /** Only these labels (default: all). */
  labels?: readonly SpanLabel[];
}

export function spanRecord({ analysis, text }: ExportInput, options: SpanOptions = {}): SpanRecord {
  const cp = codePointIndex(text);
  const keep = new Set(options.labels ?? SPAN_LABELS);
  const spans: SpanRecord['spans'] = [];
  const add = (start: number, end: number, label: SpanLabel) => {
    if (keep.has(label)) spans.push({ start: cp(start), end: cp(end), label });
  };
  for (const e of analysis.entities) for (const m of e.mentions) add(m.start, m.end, e.type.toUpperCase() as SpanLabel);
  for (const q of analysis.quotes) add(q.start, q.end, 'QUOTE');
  for (const d of analysis.dates) add(d.start, d.end, 'DATE');
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const record: SpanRecord = {
    text,
    spans,
    label: spans.map((s) => [s.start, s.end, s.label]),
    meta: { file: analysis.file, documentDate: analysis.documentDate },
  };
  if (fullyReviewed(analysis)) record.answer = 'accept';
  return record;
}

/** Every mention, quote and date reviewed by the user (and the article has annotations at all). */
export function fullyReviewed(analysis: ExportInput['analysis']): boolean {
  if (!analysis.annotations) return false;
  const facts = [...analysis.entities.flatMap((e) => e.mentions), ...analysis.quotes, ...analysis.dates];
  return facts.every((f) => f.reviewed === true);
}

export function toSpansJsonl(inputs: readonly ExportInput[], options: SpanOptions = {}): string {
  return inputs.map((input) => JSON.stringify(spanRecord(input, options)) + '\n').join('');
}
