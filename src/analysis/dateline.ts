// Reads the article's own date: a `date YYYY-MM-DD` first line, a wire dateline, or a byline date.
import type { DocumentModel } from './document';

export function findDocumentDate(doc: DocumentModel): string | null {
  const head = doc.text.slice(0, 400);
  const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i.exec(head);
  return m ? m[1] : null;
}
