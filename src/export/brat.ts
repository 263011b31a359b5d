// brat standoff (.ann beside a .txt): https://brat.nlplab.org/standoff.html
//   T  text-bound: Person / Organization / Place (entity mentions), Quote, Date, and Speaker for a
//      quote's speaker span that is not an entity mention ("a spokesman")
//   A  attribute DateType on Date (date|time|duration|set)
//   #  AnnotatorNotes on Date: its resolved value (2024-02-13, P5D, ...); on every fact the user
//      made or changed "user-annotated", on one the user accepted "reviewed" (after the value on a Date)
//   R  Speaker Arg1:<Quote> Arg2:<speaker mention>
//   *  Alias equivalence over the mentions of one entity (coreference)
// Offsets are Unicode code points of the .txt, because brat indexes the text as a Python str;
// they differ from the engine's UTF-16 offsets only after astral characters (emoji).
// brat's line-oriented format cannot hold a newline or tab inside a span's text, so a span that
// crosses lines (multi-paragraph quotes) is written as a discontinuous span, one fragment per line
// (its line breaks are left out; brat shows the fragments joined by a space).
import type { Provenance } from '../analysis/types';
import type { ExportInput } from './types';
import { codePointIndex } from './text';

const ENTITY_LABELS = { person: 'Person', organization: 'Organization', place: 'Place' } as const;

/** annotation.conf for a brat collection of News Lens exports. */
export const BRAT_ANNOTATION_CONF = `# brat configuration for News Lens exports
[entities]
Person
Organization
Place
Quote
Date
Speaker

[relations]
Speaker Arg1:Quote, Arg2:Person|Organization|Place|Speaker
Alias Arg1:Person|Organization|Place, Arg2:Person|Organization|Place, <REL-TYPE>:symmetric-transitive

[events]

[attributes]
DateType Arg:Date, Value:date|time|duration|set
`;

/** Python's str.splitlines() breaks (brat reads .ann files line by line) plus tab, the field separator. */
// eslint-disable-next-line no-control-regex -- \x1c-\x1e are among the breaks Python splits lines at
const BREAKS = /[^\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/g;

interface TextBound {
  id: string;
  label: string;
  start: number;
  end: number;
}

export function toBrat({ analysis, text }: ExportInput): string {
  const cp = codePointIndex(text);
  const items: Array<{ label: string; start: number; end: number; order: number; key: string; note: string }> = [];
  for (const e of analysis.entities) {
    for (const m of e.mentions)
      items.push({
        label: ENTITY_LABELS[e.type],
        start: m.start,
        end: m.end,
        order: 0,
        key: `e:${e.id}:${m.start}`,
        note: provenanceNote(m, e),
      });
  }
  for (const q of analysis.quotes)
    items.push({ label: 'Quote', start: q.start, end: q.end, order: 1, key: `q:${q.id}`, note: provenanceNote(q) });
  for (const d of analysis.dates) items.push({ label: 'Date', start: d.start, end: d.end, order: 2, key: `d:${d.id}`, note: '' });
  const mentionAt = new Map<string, string>(); // "start:end" -> key of an entity mention there
  for (const e of analysis.entities) for (const m of e.mentions) mentionAt.set(`${m.start}:${m.end}`, `e:${e.id}:${m.start}`);
  for (const q of analysis.quotes) {
    const s = q.speaker;
    if (s && !mentionAt.has(`${s.start}:${s.end}`)) {
      items.push({ label: 'Speaker', start: s.start, end: s.end, order: 3, key: `s:${q.id}`, note: '' });
      mentionAt.set(`${s.start}:${s.end}`, `s:${q.id}`);
    }
  }
  items.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);

  const lines: string[] = [];
  const ids = new Map<string, TextBound>();
  items.forEach((item, i) => {
    const id = `T${i + 1}`;
    ids.set(item.key, { id, label: item.label, start: item.start, end: item.end });
    const fragments = fragmentsOf(text, item.start, item.end);
    if (!fragments.length) return; // an all-whitespace span cannot be written; the engine never makes one
    const offsets = fragments.map(([s, e]) => `${cp(s)} ${cp(e)}`).join(';');
    lines.push(`${id}\t${item.label} ${offsets}\t${fragments.map(([s, e]) => text.slice(s, e)).join(' ')}`);
  });

  let attributes = 0;
  let notes = 0;
  for (const item of items) if (item.note) lines.push(`#${++notes}\tAnnotatorNotes ${ids.get(item.key)!.id}\t${item.note}`);
  for (const d of analysis.dates) {
    const t = ids.get(`d:${d.id}`)!;
    lines.push(`A${++attributes}\tDateType ${t.id} ${d.type}`);
    const note = [d.value, provenanceNote(d)].filter(Boolean).join('; ');
    if (note) lines.push(`#${++notes}\tAnnotatorNotes ${t.id}\t${note}`);
  }
  let relations = 0;
  for (const q of analysis.quotes) {
    if (!q.speaker) continue;
    const speaker = ids.get(mentionAt.get(`${q.speaker.start}:${q.speaker.end}`)!)!;
    lines.push(`R${++relations}\tSpeaker Arg1:${ids.get(`q:${q.id}`)!.id} Arg2:${speaker.id}`);
  }
  for (const e of analysis.entities) {
    if (e.mentions.length < 2) continue;
    lines.push(`*\tAlias ${e.mentions.map((m) => ids.get(`e:${e.id}:${m.start}`)!.id).join(' ')}`);
  }
  return lines.map((l) => l + '\n').join('');
}

/** "user-annotated" for a fact the user made or changed (or whose entity the user changed), "reviewed" for one accepted. */
function provenanceNote(fact: Provenance, entity?: Provenance): string {
  if (fact.source === 'user' || entity?.source === 'user') return 'user-annotated';
  return fact.reviewed ? 'reviewed' : '';
}

/** Pieces of [start, end) between line breaks and tabs (UTF-16 offsets); spaces stay, as in the text. */
function fragmentsOf(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.slice(start, end).matchAll(BREAKS)) out.push([start + m.index!, start + m.index! + m[0].length]);
  return out;
}

export interface BratSpan {
  id: string;
  label: string;
  /** Code point offsets of the fragments, as written. */
  fragments: Array<[number, number]>;
  text: string;
}

export interface ParsedBrat {
  spans: BratSpan[];
  relations: Array<{ id: string; type: string; arg1: string; arg2: string }>;
  notes: Array<{ target: string; note: string }>;
  attributes: Array<{ type: string; target: string; value: string }>;
  equivalences: Array<{ type: string; ids: string[] }>;
}

/** A reader for the subset of brat standoff this writer produces (used by the tests to read exports back). */
export function parseBrat(ann: string): ParsedBrat {
  const parsed: ParsedBrat = { spans: [], relations: [], notes: [], attributes: [], equivalences: [] };
  for (const line of ann.split('\n')) {
    if (!line) continue;
    const [id, middle, rest] = line.split('\t');
    if (id.startsWith('T')) {
      const sp = middle.indexOf(' ');
      const fragments = middle
        .slice(sp + 1)
        .split(';')
        .map((f) => f.split(' ').map(Number) as [number, number]);
      parsed.spans.push({ id, label: middle.slice(0, sp), fragments, text: rest });
    } else if (id.startsWith('R')) {
      const [type, a1, a2] = middle.split(' ');
      parsed.relations.push({ id, type, arg1: a1.replace(/^Arg1:/, ''), arg2: a2.replace(/^Arg2:/, '') });
    } else if (id.startsWith('#')) {
      parsed.notes.push({ target: middle.split(' ')[1], note: rest });
    } else if (id.startsWith('A')) {
      const [type, target, value] = middle.split(' ');
      parsed.attributes.push({ type, target, value });
    } else if (id === '*') {
      const [type, ...ids] = middle.split(' ');
      parsed.equivalences.push({ type, ids });
    } else {
      throw new Error(`unexpected brat line: ${line}`);
    }
  }
  return parsed;
}
