// Finds direct quotations: spans include their quotation marks.
import type { QuoteCandidate } from './candidates';
import type { DocumentModel } from './document';

export function findQuotes(doc: DocumentModel): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const p of doc.paragraphs) {
    const re = /"[^"\n]+"|“[^”\n]+”/g;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      const start = p.start + m.index;
      out.push({ start, end: start + m[0].length, text: m[0], firstParagraph: p.index, lastParagraph: p.index });
    }
  }
  return out;
}
