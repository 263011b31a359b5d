// The document model every pass shares: paragraphs, sentences and tokens with exact offsets.

export interface Token {
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

export interface Paragraph {
  /** Index in document order. */
  index: number;
  start: number;
  end: number;
  text: string;
  sentences: Sentence[];
}

export interface DocumentModel {
  text: string;
  paragraphs: Paragraph[];
}

// Paragraphs are separated by one or more blank lines; a single line break inside a paragraph
// is kept (plain-text articles are often hard-wrapped). Lines are also split when a line is a
// Markdown heading or list item, so headings never join body text.
const BLANK_LINES = /(?:\r\n|\r|\n)[ \t\u00a0]*(?:(?:\r\n|\r|\n)[ \t\u00a0]*)+/g;

export function buildDocument(text: string): DocumentModel {
  const paragraphs: Paragraph[] = [];
  let cursor = 0;
  const pushRange = (from: number, to: number) => {
    for (const [s, e] of splitMarkdownBlocks(text, from, to)) {
      const [ts, te] = trimRange(text, s, e);
      if (te > ts) {
        const ptext = text.slice(ts, te);
        paragraphs.push({ index: paragraphs.length, start: ts, end: te, text: ptext, sentences: splitSentences(ptext, ts) });
      }
    }
  };
  BLANK_LINES.lastIndex = 0;
  for (let m = BLANK_LINES.exec(text); m; m = BLANK_LINES.exec(text)) {
    pushRange(cursor, m.index);
    cursor = m.index + m[0].length;
  }
  pushRange(cursor, text.length);
  return { text, paragraphs };
}

function splitMarkdownBlocks(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  LINE.lastIndex = from;
  let blockStart = from;
  while (LINE.lastIndex < to) {
    const lineStart = LINE.lastIndex;
    const m = LINE.exec(text);
    if (!m || m[0].length === 0) break;
    const line = m[0];
    if (lineStart > blockStart && /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>\s?)/.test(line)) {
      out.push([blockStart, lineStart]);
      blockStart = lineStart;
    }
    if (/^\s{0,3}#{1,6}\s/.test(line)) {
      const lineEnd = Math.min(to, lineStart + line.length);
      out.push([blockStart, lineEnd]);
      blockStart = lineEnd;
    }
  }
  if (blockStart < to) out.push([blockStart, to]);
  return out;
}

export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

// Words (letters, digits, inner apostrophes/hyphens/periods as in "U.S." or "O'Neill"), handles,
// and single punctuation characters. Astral characters and combining marks stay inside words.
const TOKEN = /[@#]?[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*\.?|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let t = m[0];
    // A trailing period belongs to the token only for abbreviations such as "U.S." or "Dr.".
    if (t.length > 1 && t.endsWith('.') && !isAbbreviation(t)) t = t.slice(0, -1);
    tokens.push({ start: offset + m.index, end: offset + m.index + t.length, text: t });
    if (t.length < m[0].length) {
      tokens.push({ start: offset + m.index + t.length, end: offset + m.index + m[0].length, text: '.' });
    }
  }
  return tokens;
}

const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sr.', 'jr.', 'st.', 'gen.', 'col.', 'lt.', 'sgt.', 'capt.', 'gov.', 'sen.', 'rep.',
  'rev.', 'hon.', 'pres.', 'inc.', 'ltd.', 'corp.', 'co.', 'no.', 'vs.', 'etc.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.',
  'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'mt.', 'ft.', 'approx.', 'dept.', 'est.', 'fig.', 'a.m.', 'p.m.',
]);

export function isAbbreviation(token: string): boolean {
  const lower = token.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // Initials and dotted acronyms: "S.", "U.S.", "U.N."
  return /^(?:\p{L}\.)+$/u.test(token);
}

// Sentence ends: . ! ? (optionally followed by closing quotes/brackets) then whitespace, unless
// the period ends an abbreviation or an initial.
export function splitSentences(text: string, offset = 0): Sentence[] {
  const tokens = tokenize(text, offset);
  const sentences: Sentence[] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    current.push(tok);
    const isEnd = /^[.!?…]$/.test(tok.text) || (tok.text.endsWith('.') && tok.text.length > 1 && endsSentenceAfterAbbreviation(tokens, i));
    if (!isEnd) continue;
    // absorb closing quotes and brackets
    while (i + 1 < tokens.length && /^["'”’)\]»]$/.test(tokens[i + 1].text) && tokens[i + 1].start === tokens[i].end) {
      current.push(tokens[++i]);
    }
    const next = tokens[i + 1];
    if (next && next.start === tokens[i].end) continue; // no space: "3.5", "e.g."
    if (next && /^[a-z]/.test(next.text)) continue; // lower-case continuation
    sentences.push({ start: current[0].start, end: current[current.length - 1].end, tokens: current });
    current = [];
  }
  if (current.length) sentences.push({ start: current[0].start, end: current[current.length - 1].end, tokens: current });
  return sentences;
}

function endsSentenceAfterAbbreviation(tokens: Token[], i: number): boolean {
  // "U.S." at the end of a sentence: next token starts upper-case and is not a name-like follower.
  const t = tokens[i].text;
  if (/^(?:\p{L}\.){2,}$/u.test(t)) {
    const next = tokens[i + 1];
    return !!next && /^\p{Lu}/u.test(next.text) && /^(?:The|A|An|He|She|It|They|We|I|In|On|But|And)$/.test(next.text);
  }
  return false;
}
