// Inline gold markup for hand-written articles (test/eval/fresh/marked/*.txt), converted to the
// plain text the engine sees plus an own-gold spec with exact UTF-16 offsets (see own.ts).
//
//   @date 2025-03-14            header lines (before the text): document date, style, notes
//   <p c=moreau>Ines Moreau</p> person; <o …> organization; <l …> place. c = cluster id
//                               (default: the mention's text, lower-cased); same c = aliases
//   <t v=2025-03-11>last Tuesday</t>   date; v = accepted TimeML values, "|"-separated; no v: unscored
//   <q s=moreau>“…”</q>         direct quote (marks included; a transcript turn after its label has
//                               none); s = speaker cluster, s=? nobody named
//   <n>"…"</n>                  quotation marks that are not speech (titles, scare quotes): neutral
import type { EntityType } from '../../src/analysis/types';
import type { OwnSpec } from './own';

const ENTITY_TAGS: Record<string, EntityType> = { p: 'person', o: 'organization', l: 'place' };
const TAG = /<(\/?)([polqtn])((?:\s+[a-z]+=[^\s>]*)*)\s*>/g;

interface Open {
  tag: string;
  attrs: Record<string, string>;
  start: number;
  at: number;
}

/** Parses `@key value` header lines; the text starts after the first blank line that ends them. */
function splitHeader(source: string): { header: Record<string, string>; body: string; bodyLine: number } {
  const lines = source.split('\n');
  const header: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && lines[i].startsWith('@'); i++) {
    const m = /^@(\w+)\s*(.*)$/.exec(lines[i]);
    if (!m) throw new Error(`line ${i + 1}: bad header line`);
    header[m[1]] = m[2].trim();
  }
  if (i < lines.length && lines[i].trim() === '') i++;
  return { header, body: lines.slice(i).join('\n'), bodyLine: i + 1 };
}

function parseAttrs(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(/([a-z]+)=([^\s>]*)/g)) out[m[1]] = m[2];
  return out;
}

/** Converts marked-up source to text + spec. Throws with the line of the first markup error. */
export function parseMarkup(source: string): { text: string; spec: OwnSpec; header: Record<string, string> } {
  const { header, body, bodyLine } = splitHeader(source.replace(/\r\n/g, '\n'));
  const where = (at: number) => `line ${bodyLine + body.slice(0, at).split('\n').length - 1}`;
  let text = '';
  let last = 0;
  const stack: Open[] = [];
  const spec: Required<Pick<OwnSpec, 'entities' | 'dates' | 'quotes' | 'neutral'>> = { entities: [], dates: [], quotes: [], neutral: [] };
  const speakerRefs: Array<{ index: number; cluster: string; at: number }> = [];
  for (const m of body.matchAll(TAG)) {
    text += body.slice(last, m.index);
    last = m.index! + m[0].length;
    const [, closing, tag, rawAttrs] = m;
    if (!closing) {
      // Names and dates sit inside quotes; a quote sits inside one other (a quoted remark within a
      // transcript turn); neutral marks sit inside a quote.
      const nestsBadly = stack.some((o) => o.tag !== 'q') || (tag === 'q' && stack.length > 1) || (tag === 'n' && stack.length > 1);
      if (nestsBadly) throw new Error(`${where(m.index!)}: <${tag}> cannot nest inside <${stack[stack.length - 1].tag}>`);
      stack.push({ tag, attrs: parseAttrs(rawAttrs), start: text.length, at: m.index! });
      continue;
    }
    const open = stack.pop();
    if (!open || open.tag !== tag) throw new Error(`${where(m.index!)}: </${tag}> closes ${open ? `<${open.tag}>` : 'nothing'}`);
    const span = { text: text.slice(open.start), start: open.start };
    if (!span.text.trim()) throw new Error(`${where(open.at)}: empty <${tag}>`);
    if (span.text !== span.text.trim()) throw new Error(`${where(open.at)}: <${tag}> span starts or ends with a space`);
    if (ENTITY_TAGS[tag]) {
      spec.entities.push({ ...span, type: ENTITY_TAGS[tag], cluster: open.attrs.c ?? span.text.toLowerCase() });
    } else if (tag === 't') {
      spec.dates.push({ ...span, values: open.attrs.v ? open.attrs.v.split('|') : [] });
    } else if (tag === 'n') {
      spec.neutral.push(span);
    } else {
      const s = open.attrs.s;
      if (!s) throw new Error(`${where(open.at)}: <q> needs s=CLUSTER or s=?`);
      if (s !== '?') speakerRefs.push({ index: spec.quotes.length, cluster: s, at: open.at });
      spec.quotes.push({ quote: span.text, start: span.start, speaker: null });
    }
  }
  if (stack.length) throw new Error(`${where(stack[0].at)}: <${stack[0].tag}> is never closed`);
  text += body.slice(last);
  if (/<\/?[polqtn][\s>]/.test(text)) throw new Error('malformed markup left in the text (check attribute syntax)');
  for (const ref of speakerRefs) {
    const names = [...new Set(spec.entities.filter((e) => e.cluster === ref.cluster).map((e) => e.text))];
    if (!names.length) throw new Error(`${where(ref.at)}: speaker cluster "${ref.cluster}" has no mention`);
    spec.quotes[ref.index].speaker = names;
  }
  return { text, header, spec: { documentDate: header.date ?? null, ...spec } };
}
