// The document model every pass shares: paragraphs, sentences and tokens with exact offsets.
import { ABBREVIATIONS, SENTENCE_OPENERS } from './lexicon/sentences';
import { wordsPattern } from './lexicon/pattern';
import { ParagraphCache } from './paragraphCache';

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
  const old = closestSplit(text);
  const split = old ? resplit(old.split, text, old.prefix, old.suffix) : splitFrom(text, 0, [], [0], [0], null);
  recentSplits = [split, ...recentSplits.filter((s) => s !== old?.split)].slice(0, MAX_RECENT_SPLITS);
  reserveDocumentCache(split.paragraphs.length);
  return { text, paragraphs: split.paragraphs };
}

/**
 * How the last text was split, for the next version: after an edit only the stretch between the
 * blank-line separators around it is split again (splitting is local: each paragraph depends only
 * on the text between the separators before and after it). `cursors` are where the scan for
 * separators resumed (0, then the end of each separator), `before` how many paragraphs precede each.
 */
interface Split {
  text: string;
  paragraphs: Paragraph[];
  cursors: number[];
  before: number[];
}
/** The last few splits: the editor also splits other texts between two versions of one (the checks' prose). */
let recentSplits: Split[] = [];
const MAX_RECENT_SPLITS = 2;

/** The recent split sharing the most text with `text` at its start and end, with those lengths. */
function closestSplit(text: string): { split: Split; prefix: number; suffix: number } | null {
  let best: { split: Split; prefix: number; suffix: number } | null = null;
  for (const split of recentSplits) {
    const prefix = commonPrefix(split.text, text);
    const suffix = commonSuffix(split.text, text, Math.min(split.text.length, text.length) - prefix);
    if (!best || prefix + suffix > best.prefix + best.suffix) best = { split, prefix, suffix };
  }
  return best;
}

/**
 * The split of `text`, reusing the last one's paragraphs before and after the changed stretch.
 * The scan resumes at the last cursor before the first changed character (the separator ending
 * there and everything before it are unchanged), and stops once it reaches a cursor of the old
 * text in the unchanged tail: from there on the old paragraphs only move.
 */
function resplit(old: Split, text: string, prefix: number, suffix: number): Split {
  let k = upperBound(old.cursors, prefix - 1) - 1; // the last cursor < prefix, or cursor 0
  if (k < 0) k = 0;
  const n = old.before[k];
  const resume = { old, delta: text.length - old.text.length, tailFrom: text.length - suffix };
  return splitFrom(text, old.cursors[k], old.paragraphs.slice(0, n), old.cursors.slice(0, k + 1), old.before.slice(0, k + 1), resume);
}

interface Resume {
  old: Split;
  /** New length minus old length: where an old offset in the unchanged tail is now. */
  delta: number;
  /** The unchanged tail starts here in the new text. */
  tailFrom: number;
}

/** Splits text from `cursor` on, appending to what was split before it; with `resume`, takes the old tail as soon as it can. */
function splitFrom(
  text: string,
  cursor: number,
  paragraphs: Paragraph[],
  cursors: number[],
  before: number[],
  resume: Resume | null,
): Split {
  const pushRange = (from: number, to: number) => {
    for (const [s, e] of splitMarkdownBlocks(text, from, to)) {
      const [ts, te] = trimRange(text, s, e);
      if (te > ts) {
        const ptext = text.slice(ts, te);
        paragraphs.push({ index: paragraphs.length, start: ts, end: te, text: ptext, sentences: cachedSentences(ptext, ts) });
      }
    }
  };
  BLANK_LINES.lastIndex = cursor;
  for (let m = BLANK_LINES.exec(text); m; m = BLANK_LINES.exec(text)) {
    pushRange(cursor, m.index);
    cursor = m.index + m[0].length;
    cursors.push(cursor);
    before.push(paragraphs.length);
    if (resume && cursor >= resume.tailFrom && takeTail(resume, text, cursor, paragraphs, cursors, before))
      return { text, paragraphs, cursors, before };
  }
  pushRange(cursor, text.length);
  return { text, paragraphs, cursors, before };
}

/** When `cursor` is an old cursor moved by the edit, appends the old paragraphs and cursors after it, moved; else false. */
function takeTail(resume: Resume, text: string, cursor: number, paragraphs: Paragraph[], cursors: number[], before: number[]): boolean {
  const { old, delta } = resume;
  const k = upperBound(old.cursors, cursor - delta) - 1;
  if (k < 0 || old.cursors[k] !== cursor - delta) return false;
  const shift = paragraphs.length - old.before[k];
  for (let i = old.before[k]; i < old.paragraphs.length; i++) paragraphs.push(moved(old.paragraphs[i], text, delta, shift));
  for (let j = k + 1; j < old.cursors.length; j++) {
    cursors.push(old.cursors[j] + delta);
    before.push(old.before[j] + shift);
  }
  return true;
}

/** A paragraph of the unchanged tail at its new place (the same object when it did not move). */
function moved(p: Paragraph, text: string, delta: number, shift: number): Paragraph {
  if (delta === 0 && shift === 0) return p;
  const start = p.start + delta;
  return { index: p.index + shift, start, end: p.end + delta, text: p.text, sentences: cachedSentences(p.text, start) };
}

/** Index of the first element greater than x in a sorted array. */
function upperBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Compared in blocks: one edit in a long text leaves long equal stretches on both sides. */
const COMPARE_BLOCK = 4096;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + COMPARE_BLOCK <= n && a.slice(i, i + COMPARE_BLOCK) === b.slice(i, i + COMPARE_BLOCK)) i += COMPARE_BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the longest common suffix, at most max. */
function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (
    i + COMPARE_BLOCK <= max &&
    a.slice(a.length - i - COMPARE_BLOCK, a.length - i) === b.slice(b.length - i - COMPARE_BLOCK, b.length - i)
  )
    i += COMPARE_BLOCK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * Sentences of a paragraph, cached by its text: after an edit only the touched paragraph is
 * tokenised again. Each entry keeps the paragraph-relative sentences and the absolute ones last
 * built; when the paragraph still starts where it did (everything before an edit, or every
 * paragraph after a same-length replacement) the same arrays are returned, otherwise they are
 * shifted once. The model is read-only for every pass, so sharing arrays between versions is safe.
 */
interface SentenceEntry {
  relative: Sentence[];
  start: number;
  absolute: Sentence[];
}
const sentenceCache = new ParagraphCache<SentenceEntry>(4096);

function cachedSentences(ptext: string, start: number): Sentence[] {
  const e = sentenceCache.get(ptext, () => {
    const relative = splitSentences(ptext, 0);
    return { relative, start, absolute: start === 0 ? relative : shiftSentences(relative, start) };
  });
  if (e.start !== start) {
    e.absolute = shiftSentences(e.relative, start);
    e.start = start;
  }
  return e.absolute;
}

function shiftSentences(sentences: Sentence[], by: number): Sentence[] {
  return sentences.map((s) => ({
    start: s.start + by,
    end: s.end + by,
    tokens: s.tokens.map((t) => ({ start: t.start + by, end: t.end + by, text: t.text })),
  }));
}

/** Makes room in the sentence cache for a document of n paragraphs (plus its previous version). */
export function reserveDocumentCache(n: number): void {
  sentenceCache.reserve(2 * n + 64);
}

/** Paragraphs whose sentences came from the cache and were split again, since the process started. */
export function documentCacheStats(): { hits: number; misses: number } {
  return { hits: sentenceCache.hits, misses: sentenceCache.misses };
}

/** Forgets every cached paragraph model (cold runs). */
export function clearDocumentCache(): void {
  sentenceCache.clear();
  recentSplits = [];
}

function splitMarkdownBlocks(text: string, from: number, to: number): Array<[number, number]> {
  // Performance: most paragraphs are one line, and one line is one block (a heading too).
  if (isOneLine(text, from, to)) return from < to ? [[from, to]] : [];
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

function isOneLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
  }
  return true;
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

const SENTENCE_OPENER = wordsPattern(SENTENCE_OPENERS);

function endsSentenceAfterAbbreviation(tokens: Token[], i: number): boolean {
  // "U.S." at the end of a sentence: next token starts upper-case and is not a name-like follower.
  const t = tokens[i].text;
  if (/^(?:\p{L}\.){2,}$/u.test(t)) {
    const next = tokens[i + 1];
    return !!next && /^\p{Lu}/u.test(next.text) && SENTENCE_OPENER.test(next.text);
  }
  return false;
}
