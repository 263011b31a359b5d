// Hand-written news snippets with speakers (test/eval/gold-own/): NAME.txt holds the text,
// NAME.json lists its quotes as exact strings with the speaker's acceptable names.
import { GoldDoc, GoldQuote } from './gold';

export interface OwnQuoteSpec {
  /** The quote exactly as in the text, quotation marks included. */
  quote: string;
  /** Which occurrence when the same string appears more than once (1-based). */
  occurrence?: number;
  /** Acceptable names of the speaker; null when nobody is named. */
  speaker: string[] | null;
}

export function convertOwn(id: string, text: string, specs: OwnQuoteSpec[]): GoldDoc {
  const quotes: GoldQuote[] = specs.map((s) => {
    let at = -1;
    for (let n = 0; n < (s.occurrence ?? 1); n++) at = text.indexOf(s.quote, at + 1);
    if (at < 0) throw new Error(`gold-own/${id}: quote not found in text: ${s.quote.slice(0, 50)}`);
    return { start: at, end: at + s.quote.length, text: s.quote, speaker: s.speaker };
  });
  quotes.sort((a, b) => a.start - b.start);
  return {
    corpus: 'own',
    id,
    text,
    documentDate: null,
    entities: [],
    dates: [],
    quotes,
    layers: { entities: false, dates: false, quotes: true, speakers: true },
    scoredRanges: [[0, text.length]],
  };
}
