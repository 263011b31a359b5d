// The "before" picture: raw compromise people/organizations/places and quotations, raw chrono
// dates, per paragraph, no rules. Spans come from term offsets (whole-match offsets are unsafe).
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { buildDocument } from '../../src/analysis/document';
import type { Analysis, DateMention, Entity, EntityType, Quote } from '../../src/analysis/types';
import { isQuoteMark } from './gold';

interface TermJson {
  offset: { start: number; length: number };
}
interface MatchJson {
  terms: TermJson[];
}
type View = { json(o: object): MatchJson[] };

function spans(view: View): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of view.json({ offset: true, terms: { offset: true } })) {
    if (!m.terms.length) continue;
    const first = m.terms[0].offset;
    const last = m.terms[m.terms.length - 1].offset;
    out.push([first.start, last.start + last.length]);
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

function chronoValue(r: chrono.ParsedResult): string {
  const c = r.start;
  const y = c.get('year');
  const mo = c.get('month');
  const d = c.get('day');
  if (!c.isCertain('month') && !c.isCertain('day') && c.isCertain('year')) return String(y);
  if (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday')) return `${y}-${pad(mo ?? 1)}`;
  const day = `${y}-${pad(mo ?? 1)}-${pad(d ?? 1)}`;
  return c.isCertain('hour') ? `${day}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}` : day;
}

export function analyzeBaseline(text: string, documentDate: string | null): Analysis {
  const doc = buildDocument(text);
  const ref = documentDate ? new Date(`${documentDate}T12:00:00`) : new Date();
  const mentions: Array<{ start: number; end: number; type: EntityType }> = [];
  const quotes: Quote[] = [];
  const dates: DateMention[] = [];
  for (const p of doc.paragraphs) {
    const d = nlp(p.text);
    const kinds: Array<[View, EntityType]> = [
      [d.people() as unknown as View, 'person'],
      [d.organizations() as unknown as View, 'organization'],
      [d.places() as unknown as View, 'place'],
    ];
    for (const [view, type] of kinds) for (const [s, e] of spans(view)) mentions.push({ start: p.start + s, end: p.start + e, type });
    for (const [s0, e0] of spans(d.quotations() as unknown as View)) {
      let s = p.start + s0;
      let e = p.start + e0;
      if (isQuoteMark(text[s - 1])) s--;
      const close = /^[,.!?;:]?["“”'‘’]/.exec(text.slice(e, e + 2));
      if (close) e += close[0].length;
      quotes.push({ id: '', start: s, end: e, text: text.slice(s, e), speaker: null, cue: null });
    }
    for (const r of chrono.en.parse(p.text, ref)) {
      const start = p.start + r.index;
      dates.push({ id: '', start, end: start + r.text.length, text: r.text, type: 'date', value: chronoValue(r) });
    }
  }
  // Mentions with the same text and type form one entity (no other alias rule).
  const byKey = new Map<string, Entity>();
  for (const m of mentions.sort((a, b) => a.start - b.start)) {
    const t = text.slice(m.start, m.end);
    const key = `${m.type}:${t}`;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { id: `e${byKey.size + 1}`, type: m.type, name: t, role: null, aliases: [t], mentions: [] }));
    e.mentions.push({ start: m.start, end: m.end, text: t });
  }
  quotes.forEach((q, i) => (q.id = `q${i + 1}`));
  dates.forEach((d, i) => (d.id = `d${i + 1}`));
  return { file: null, documentDate, entities: [...byKey.values()], quotes, dates };
}
