// Finds names in one paragraph. Offsets are relative to the paragraph text so results can be
// cached by content. compromise's whole-match offsets are unsafe; spans are rebuilt from terms.
import nlp from 'compromise';
import type { NameCandidate } from './candidates';
import type { EntityType } from './types';

interface TermJson { text: string; offset: { start: number; length: number } }
interface MatchJson { terms: TermJson[] }

export function findNameCandidates(text: string): NameCandidate[] {
  const doc = nlp(text);
  const out: NameCandidate[] = [];
  const collect = (view: { json(o: object): MatchJson[] }, type: EntityType) => {
    for (const m of view.json({ offset: true, terms: { offset: true } })) {
      if (!m.terms.length) continue;
      const first = m.terms[0].offset;
      const last = m.terms[m.terms.length - 1].offset;
      const start = first.start;
      const end = last.start + last.length;
      // Term offsets cover the word only; strip any punctuation compromise kept.
      const span = trimPunctuation(text, start, end);
      if (span) out.push({ ...span, type, role: null });
    }
  };
  collect(doc.people() as never, 'person');
  collect(doc.organizations() as never, 'organization');
  collect(doc.places() as never, 'place');
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((c, i) => i === 0 || c.start >= out[i - 1].end);
}

function trimPunctuation(text: string, start: number, end: number): { start: number; end: number; text: string } | null {
  while (start < end && /[\s"'“”‘’(\[,.;:!?]/.test(text[start])) start++;
  while (end > start && /[\s"'“”‘’)\],.;:!?]/.test(text[end - 1])) end--;
  if (end <= start) return null;
  return { start, end, text: text.slice(start, end) };
}
