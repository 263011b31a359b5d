// Readers for gold annotations from other tools, as GoldFacts (UTF-16 offsets of the text):
// brat standoff (.ann; offsets in code points) and span JSONL records (Prodigy `spans`,
// doccano `label` or `entities` + `relations`; offsets in code points).
import type { EntityType } from '../analysis/types';
import { utf16Index } from '../export/text';
import { LABEL_KINDS, SPEAKER_RELATIONS } from './data/labels';
import type { GoldFacts, GoldName, GoldQuote } from './gold';
import { isDateValue } from './validate';

type Range = { start: number; end: number };
type Labelled = Range & { id?: string; label: string };

export interface GoldRead {
  gold: GoldFacts;
  /** Labels that name no News Lens fact, with how often they were seen. */
  ignoredLabels: Map<string, number>;
}

/** Builds GoldFacts from labelled spans, speaker links (quote id -> speaker id) and alias groups. */
function toGold(
  spans: Labelled[],
  speakers: Map<string, string> | null,
  groups: Map<string, string> | null,
  values: Map<string, string>,
): GoldRead {
  const ignoredLabels = new Map<string, number>();
  const gold: GoldFacts = { names: [], quotes: [], dates: [] };
  const byId = new Map(spans.filter((s) => s.id).map((s) => [s.id!, s]));
  for (const s of spans) {
    const kind = LABEL_KINDS[s.label.toLowerCase()];
    if (!kind) ignoredLabels.set(s.label, (ignoredLabels.get(s.label) ?? 0) + 1);
    else if (kind === 'quote') {
      const quote: GoldQuote = { start: s.start, end: s.end };
      if (speakers) {
        const who = s.id ? byId.get(speakers.get(s.id) ?? '') : undefined;
        quote.speaker = who ? { start: who.start, end: who.end } : null;
      }
      gold.quotes.push(quote);
    } else if (kind === 'date') {
      const value = s.id ? values.get(s.id) : undefined;
      gold.dates.push({ start: s.start, end: s.end, ...(value ? { value } : {}) });
    } else if (kind !== 'speaker') {
      const name: GoldName = { start: s.start, end: s.end, type: kind as EntityType };
      if (groups) name.group = (s.id && groups.get(s.id)) || `single:${s.start}:${s.end}`;
      gold.names.push(name);
    }
  }
  return { gold, ignoredLabels };
}

/** Reads a brat .ann for its .txt. Discontinuous spans cover their first to last fragment. */
export function readBrat(ann: string, text: string): GoldRead {
  const utf16 = utf16Index(text);
  const spans: Labelled[] = [];
  const speakerLinks: Array<[string, string]> = [];
  const equivalences: string[][] = [];
  const notes = new Map<string, string>();
  for (const line of ann.split(/\r?\n/)) {
    const fields = line.split('\t');
    const id = fields[0];
    const [type, ...args] = (fields[1] ?? '').split(' ');
    if (/^T\d+$/.test(id)) {
      const offsets = args
        .join(' ')
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number));
      const start = offsets[0]?.[0];
      const end = offsets[offsets.length - 1]?.[1];
      if (Number.isInteger(start) && Number.isInteger(end) && end > start)
        spans.push({ id, label: type, start: utf16(start), end: utf16(end) });
    } else if (/^R\d+$/.test(id) && SPEAKER_RELATIONS.has(type.toLowerCase())) {
      const [a, b] = args.map((x) => x.replace(/^[^:]*:/, ''));
      if (a && b) speakerLinks.push([a, b]);
    } else if (id === '*' && type) {
      equivalences.push(args);
    } else if (/^#\d+$/.test(id) && type === 'AnnotatorNotes' && args[0]) {
      const note = (fields[2] ?? '').split(';')[0].trim(); // "2024-02-13; user-annotated": the value comes first
      if (isDateValue(note)) notes.set(args[0], note);
    }
  }
  const labelOf = new Map(spans.map((s) => [s.id!, LABEL_KINDS[s.label.toLowerCase()]]));
  return toGold(spans, speakerMap(speakerLinks, labelOf), groupMap(equivalences), notes);
}

/** quote id -> speaker id, whichever way round the relation was drawn; null when there is none at all. */
function speakerMap(links: Array<[string, string]>, kindOf: Map<string, string | undefined>): Map<string, string> | null {
  if (!links.length) return null;
  const map = new Map<string, string>();
  for (const [a, b] of links) {
    if (kindOf.get(a) === 'quote') map.set(a, b);
    else if (kindOf.get(b) === 'quote') map.set(b, a);
  }
  return map;
}

function groupMap(equivalences: string[][]): Map<string, string> | null {
  if (!equivalences.length) return null;
  const map = new Map<string, string>();
  equivalences.forEach((ids, i) => ids.forEach((id) => map.set(id, map.get(id) ?? `group:${i}`)));
  return map;
}

export interface SpanRecordRead extends GoldRead {
  text: string;
  /** meta.file (or meta.path / path) of the record, when it gives one. */
  file: string | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** One span JSONL record (Prodigy or doccano), or why it cannot be used. */
export function readSpanRecord(record: unknown): SpanRecordRead | { skip: string } {
  if (!isObj(record) || typeof record.text !== 'string') return { skip: 'not an object with a "text"' };
  if (record.answer === 'reject' || record.answer === 'ignore') return { skip: `its answer is "${record.answer}"` };
  const text = record.text;
  const utf16 = utf16Index(text);
  const spans: Labelled[] = [];
  const add = (id: unknown, start: unknown, end: unknown, label: unknown) => {
    if (Number.isInteger(start) && Number.isInteger(end) && typeof label === 'string' && (end as number) > (start as number)) {
      spans.push({ id: id === undefined ? undefined : String(id), label, start: utf16(start as number), end: utf16(end as number) });
    }
  };
  const links: Array<[string, string]> = [];
  if (Array.isArray(record.spans)) {
    for (const s of record.spans) if (isObj(s)) add(`${s.start}:${s.end}`, s.start, s.end, s.label);
    for (const r of Array.isArray(record.relations) ? record.relations : []) {
      if (
        isObj(r) &&
        isObj(r.head_span) &&
        isObj(r.child_span) &&
        typeof r.label === 'string' &&
        SPEAKER_RELATIONS.has(r.label.toLowerCase())
      ) {
        links.push([`${r.head_span.start}:${r.head_span.end}`, `${r.child_span.start}:${r.child_span.end}`]);
      }
    }
  } else if (Array.isArray(record.entities)) {
    for (const e of record.entities) if (isObj(e)) add(e.id, e.start_offset, e.end_offset, e.label);
    for (const r of Array.isArray(record.relations) ? record.relations : []) {
      if (isObj(r) && typeof r.type === 'string' && SPEAKER_RELATIONS.has(r.type.toLowerCase()))
        links.push([String(r.from_id), String(r.to_id)]);
    }
  } else if (Array.isArray(record.label)) {
    for (const l of record.label) if (Array.isArray(l)) add(undefined, l[0], l[1], l[2]);
  }
  const kindOf = new Map(spans.filter((s) => s.id).map((s) => [s.id!, LABEL_KINDS[s.label.toLowerCase()]]));
  const read = toGold(spans, speakerMap(links, kindOf), null, new Map());
  const meta = isObj(record.meta) ? record.meta : {};
  const file = [meta.file, meta.path, record.path].find((f): f is string => typeof f === 'string' && f.length > 0) ?? null;
  if (typeof meta.documentDate === 'string') read.gold.documentDate = meta.documentDate;
  return { ...read, text, file };
}
