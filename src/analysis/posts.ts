// Embedded social posts pasted into an article without quotation marks. Twitter/X embeds, copied
// as text, end with a signature line: `… pic.twitter.com/Uk9VTbZm5y — Dr. S. Jaishankar
// (@DrSJaishankar) December 27, 2023`, or `— Name (@handle) on X`. The post's words are a quote
// of the signed person, like an interview turn: the span has no quotation marks.
//
// Span: from the post's first word to the end of its text, without the trailing media or link
// URLs (pic.twitter.com/…, https://t.co/…) and the signature. Where the post starts: an embed
// copied from a web page keeps its own line breaks (`<br><br>`), so the paragraphs of one post are
// separated by two or more blank lines while the article's paragraphs are separated by one; the
// post is the signature paragraph plus the paragraphs before it joined by such wide gaps (never
// over a heading, another post, or narration with reported speech). That
// rule is used only when wide gaps are rarer than narrow ones (a text double-spaced throughout
// gives no signal); otherwise, and in addition, an introduction ending in a colon (`She wrote on
// X:`) within a few paragraphs marks the start. A post that is one marked quotation
// (`"…" — Name (@handle) on X`) stays a quotation-mark quote; attribution reads its signature.
import type { QuoteCandidate } from './candidates';
import type { DocumentModel, Paragraph } from './document';

export interface Signature {
  /** Where the dash of the signature starts (document offset). */
  dash: number;
  /** The signed name, without the handle: `Dr. S. Jaishankar`. */
  nameStart: number;
  nameEnd: number;
  /** End of the post text before the signature and its trailing links; the paragraph start when none is left. */
  textEnd: number;
}

// After the handle: a date (`December 27, 2023`, `27 December 2023`, `Dec 27, 2023`), `on X`, or nothing.
// Handles: X/Instagram `@name`, Bluesky `@name.bsky.social`, Mastodon `@name@instance.social`.
const AFTER_HANDLE =
  /^\(@[A-Za-z0-9_]{1,30}(?:\.[A-Za-z0-9\-]+)*(?:@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)?\)[ \t]*(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})|on (?:X|Twitter|Threads|Bluesky|Instagram|Mastodon|Facebook))?[ \t]*$/;
// Name before the handle: one to six words after a dash.
const NAME_BEFORE = /[\u2014\u2013\u2015-][ \t]*(\p{Lu}[\p{L}\p{M}\p{N}'’.&\-]*(?:[ \t]+[\p{L}\p{M}\p{N}'’.&\-]+){0,5})[ \t]*$/u;
const TRAILING_LINKS = /(?:[ \t]*(?:https?:\/\/\S+|pic\.twitter\.com\/\S+|t\.co\/\S+))+[ \t]*$/;

/** The signature ending paragraph p, or null. Reads only the paragraph's last ~200 characters. */
export function signatureOf(p: Paragraph): Signature | null {
  const text = p.text;
  const h = text.lastIndexOf('(@');
  if (h < 0 || text.length - h > 100) return null;
  if (!AFTER_HANDLE.test(text.slice(h))) return null;
  const from = Math.max(0, h - 80);
  const m = NAME_BEFORE.exec(text.slice(from, h));
  if (!m) return null;
  const dash = from + m.index;
  // A hyphen is a dash only with a space or the paragraph start before it.
  if (text[dash] === '-' && dash > 0 && !/\s/.test(text[dash - 1])) return null;
  const nameStart = from + m.index + m[0].indexOf(m[1]);
  const nameEnd = nameStart + m[1].length;
  let bodyEnd = dash;
  const links = TRAILING_LINKS.exec(text.slice(Math.max(0, dash - 200), dash));
  if (links) bodyEnd = Math.max(0, dash - 200) + links.index;
  while (bodyEnd > 0 && /\s/.test(text[bodyEnd - 1])) bodyEnd--;
  return { dash: p.start + dash, nameStart: p.start + nameStart, nameEnd: p.start + nameEnd, textEnd: p.start + bodyEnd };
}

/** A paragraph that is only a signature: `— Maya Lindqvist (@mayalindqvist) March 5, 2024`. */
export function isSignatureOnly(p: Paragraph, sig: Signature | null = signatureOf(p)): boolean {
  return !!sig && sig.textEnd === p.start;
}

/** Longest run of paragraphs one post may have. */
const MAX_POST_PARAGRAPHS = 8;

/** Unmarked embedded posts, as quote candidates (sorted). */
export function findPosts(doc: DocumentModel): QuoteCandidate[] {
  const ps = doc.paragraphs;
  const sigs: Array<Signature | null> = [];
  let any = false;
  for (const p of ps) {
    const s = p.text.includes('(@') ? signatureOf(p) : null;
    sigs.push(s);
    if (s) any = true;
  }
  if (!any) return [];
  const wide = wideGaps(doc);
  let narrow = 0;
  for (let i = 1; i < ps.length; i++) if (!wide[i]) narrow++;
  const useGaps = wide.filter(Boolean).length < narrow;
  const out: QuoteCandidate[] = [];
  for (let i = 0; i < ps.length; i++) {
    const sig = sigs[i];
    if (!sig) continue;
    let last = i;
    let end = sig.textEnd;
    if (isSignatureOnly(ps[i], sig)) {
      // The post is the paragraph(s) before the signature.
      last = i - 1;
      if (last < 0 || sigs[last] || isMarkedWhole(ps[last])) continue;
      end = ps[last].end;
    } else if (isMarkedWhole(ps[i], sig.textEnd)) continue;
    let first = last;
    if (useGaps)
      while (
        first > 0 &&
        last - first + 1 < MAX_POST_PARAGRAPHS &&
        wide[first] &&
        !sigs[first - 1] &&
        !isHeading(ps[first - 1]) &&
        !isNarration(ps[first - 1])
      )
        first--;
    // `She wrote on X:` right before a run of paragraphs: the post starts after it.
    for (let k = first - 1; k >= 0 && first - k <= 3 && last - k < MAX_POST_PARAGRAPHS; k--) {
      if (sigs[k] || isHeading(ps[k])) break;
      if (ps[k].text.endsWith(':')) {
        first = k + 1;
        break;
      }
    }
    // A Markdown block quote's marker is not part of the post.
    const start = ps[first].start + (/^>[ \t]*/.exec(ps[first].text)?.[0].length ?? 0);
    if (end <= start) continue;
    out.push({ start, end, text: doc.text.slice(start, end), firstParagraph: first, lastParagraph: last });
  }
  return out;
}

/** wide[i]: two or more blank lines between paragraph i-1 and paragraph i. */
function wideGaps(doc: DocumentModel): boolean[] {
  const ps = doc.paragraphs;
  const wide: boolean[] = [false];
  for (let i = 1; i < ps.length; i++) {
    let breaks = 0;
    for (let k = ps[i - 1].end; k < ps[i].start; k++) {
      const c = doc.text[k];
      if (c === '\n' || (c === '\r' && doc.text[k + 1] !== '\n')) breaks++;
    }
    wide.push(breaks >= 3);
  }
  return wide;
}

/** The paragraph (up to `end`) is one quotation from its first character to its last. */
function isMarkedWhole(p: Paragraph, end = p.end): boolean {
  const body = p.text.slice(0, end - p.start).trimEnd();
  return /^["“„'‘«]/.test(body) && /["”'’»]$/.test(body) && !/["“”„«»]/.test(body.slice(1, -1).replace(/'/g, ''));
}

/** Reported speech in the third person ("she said", "told reporters", "according to"): the article, not a post. */
function isNarration(p: Paragraph): boolean {
  return /\b(?:said|says|told|according to)\b/.test(p.text) && /["“”«»]|\b(?:he|she|they)\b/i.test(p.text);
}

function isHeading(p: Paragraph): boolean {
  return /^#{1,6}\s/.test(p.text);
}
