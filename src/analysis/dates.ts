// Finds dates, times and durations and resolves them against the document date.
import * as chrono from 'chrono-node';
import type { DocumentModel } from './document';
import type { DateMention } from './types';

export function findDates(doc: DocumentModel, documentDate: string | null): DateMention[] {
  const ref = documentDate ? new Date(`${documentDate}T12:00:00`) : new Date(0);
  const out: DateMention[] = [];
  for (const p of doc.paragraphs) {
    for (const r of chrono.en.parse(p.text, ref)) {
      const start = p.start + r.index;
      const d = r.start.date();
      const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      out.push({ id: '', start, end: start + r.text.length, text: r.text, type: 'date', value: iso });
    }
  }
  out.forEach((d, i) => (d.id = `d${i + 1}`));
  return out;
}
