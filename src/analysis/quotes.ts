// Finds direct quotations. Spans include their quotation marks.
//
// One linear scan per paragraph over the quotation-mark characters. Each mark is classified by
// its neighbours (opening, closing, either, or not a quote mark at all: apostrophes, '90s,
// rock 'n' roll, 6'2", 12" screen) and matched on a small stack, so a quote inside a quote
// belongs to the outer one. A quote left open at the end of a paragraph continues only when the
// next paragraph reopens with a mark of the same kind (news style); any mark never matched is
// dropped, so one stray mark never swallows the rest of the document.
//
// Rule for short "scare quotes" (`a "comprehensive and productive" meeting`): they are reported
// like any other quotation-mark quote. Quotation marks are the only evidence of quoting we have,
// GUM (the reference corpus) annotates such partial quotes, and an editor checking quotes wants
// to see them. Attribution treats them more carefully: they get a speaker only from a cue in
// their own sentence, never from neighbouring quotes (see attribution.ts).
//
// Names and titles in quotation marks inside a sentence (`the website "Insurgency Wiki"`) are not
// speech and are left out; see isQuotedTitle.
//
// Interview transcripts (`Q: ...` / `A: ...`, `NAME: ...` turns, at least two in a document)
// are quotes without marks: the turn's text after its label is the span. A quotation-mark quote
// inside a turn is a quote as well: the one case where quotes nest (wholly inside, never crossing). So are embedded social
// posts pasted without marks and signed `— Name (@handle) Date` (see posts.ts).
import type { QuoteCandidate } from './candidates';
import type { DocumentModel, Paragraph } from './document';
import { alternation } from './lexicon/pattern';
import {
  CALL_TITLE_WORDS,
  ELISION_WORDS,
  NOT_SPEAKER_LABELS,
  TITLE_SMALL_WORDS,
  TRANSCRIPT_ROLES,
  UNNAMED_SPEAKER_LINES,
} from './lexicon/quotes';
import { REPORTING_VERBS } from './lexicon/reporting';
import { findPosts } from './posts';
import { perParagraph } from './paragraphMemo';

export type Family = 'double' | 'single' | 'guillemet';
export type Role = 'open' | 'close' | 'either' | 'none';

interface Open {
  family: Family;
  start: number;
  paragraph: number;
}

interface Pair {
  start: number;
  end: number;
  firstParagraph: number;
  lastParagraph: number;
}

const MARKS = /["'“”„‘’‚«»‹›]/g;

export function findQuotes(doc: DocumentModel): QuoteCandidate[] {
  const pairs: Pair[] = [];
  let carried: Open | null = null;
  let carriedWithoutReopen = false;
  const paragraphs = doc.paragraphs;
  const bodyStart = frontMatterEnd(doc.text);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (p.end <= bodyStart) continue;
    // The reopening mark at the paragraph start is not a new quote.
    const stack: Open[] = carried ? scanMarks(p, pi, carried, carriedWithoutReopen ? -1 : 0, pairs) : ownMarks(p, pi, pairs);
    carried = null;
    carriedWithoutReopen = false;
    if (stack.length) {
      const outer = stack[0];
      const next = paragraphs[pi + 1];
      if (next && reopens(next, outer.family)) carried = outer;
      else if (next && closesFirst(next, outer.family)) {
        carried = outer;
        carriedWithoutReopen = true;
      }
    }
  }
  const marked = outermost(pairs, doc).filter((c) => !isQuotedTitle(doc.text, c));
  const turns = findTranscriptTurns(doc, marked).concat(findCallTurns(doc, marked));
  const unmarked = dropOverlaps(turns.concat(findPosts(doc)));
  if (!unmarked.length) return marked;
  // A remark quoted inside a transcript turn (`NAIR: ... She said, "We lost everything."`) is a quote
  // of its own as well as part of the turn: the only nesting allowed, marked inside unmarked. A quote
  // inside an embedded post belongs to the post; one that only overlaps a turn or post (a stray mark
  // running on into the next turn) is dropped. Both lists are sorted: one walk.
  const turnSet = new Set(turns);
  let ti = 0;
  const kept = marked.filter((q) => {
    while (ti < unmarked.length && unmarked[ti].end <= q.start) ti++;
    const t = unmarked[ti];
    if (!t || t.start >= q.end) return true;
    return turnSet.has(t) && t.start < q.start && q.end <= t.end;
  });
  return kept.concat(unmarked).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * One paragraph's quotation marks matched on a stack that starts with the quote carried into it (if
 * any): adds the closed pairs to `pairs`, returns what is left open (the outermost first).
 */
function scanMarks(p: Paragraph, pi: number, carried: Open | null, skipAt: number, pairs: Pair[]): Open[] {
  const stack: Open[] = carried ? [carried] : [];
  const text = p.text;
  const lastCloser = lastCloserCandidates(text);
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    if (i === skipAt) continue;
    const ch = m[0];
    const family = familyOf(ch);
    const openIdx = topIndexOf(stack, family);
    const role = classify(text, i, ch, openIdx >= 0, lastCloser);
    if (role === 'none') continue;
    if ((role === 'close' || role === 'either') && openIdx >= 0) {
      const opened = stack[openIdx];
      stack.length = openIdx; // marks opened inside and never closed are dropped
      pairs.push({ start: opened.start, end: p.start + i + 1, firstParagraph: opened.paragraph, lastParagraph: pi });
      continue;
    }
    if (role === 'close' && !(ch === '"')) continue; // unmatched closer: dropped
    // A straight `"` that looks like a closer with nothing open is more likely a typo'd opener
    // (`said," text"`) than a closer; it is dropped at the paragraph end if never matched.
    stack.push({ family, start: p.start + i, paragraph: pi });
  }
  return stack;
}

/**
 * scanMarks of a paragraph nothing is carried into: it reads only the paragraph (text and start),
 * so it is kept per paragraph and an edit rescans only the paragraphs it touched. Kept without
 * the paragraph's index, which an edit elsewhere may change.
 */
const ownMarksOf = perParagraph((p) => {
  const pairs: Pair[] = [];
  const open = scanMarks(p, 0, null, -1, pairs);
  return { pairs: pairs.map((q) => [q.start, q.end] as const), open: open.map((o) => [o.family, o.start] as const) };
});

function ownMarks(p: Paragraph, pi: number, pairs: Pair[]): Open[] {
  const own = ownMarksOf(p);
  for (const [start, end] of own.pairs) pairs.push({ start, end, firstParagraph: pi, lastParagraph: pi });
  return own.open.map(([family, start]) => ({ family, start, paragraph: pi }));
}

/** End of a Markdown front-matter block (`---` ... `---` at the top), or 0. Its values are not quotes. */
function frontMatterEnd(text: string): number {
  const m = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

export function familyOf(ch: string): Family {
  if (ch === "'" || ch === '‘' || ch === '’' || ch === '‚') return 'single';
  if (ch === '«' || ch === '»' || ch === '‹' || ch === '›') return 'guillemet';
  return 'double';
}

function topIndexOf(stack: Open[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === family) return k;
  return -1;
}

/** Before a mark: start of text, space, opening bracket, dash, slash or another opening mark. */
function isOpenContext(ch: string | undefined): boolean {
  return ch === undefined || /[\s(\[{<\u2014\u2013\-/"'“‘„«‹:]/.test(ch);
}

/** After a mark: end of text, space, sentence punctuation, closing bracket, dash or another closing mark. */
function isCloseContext(ch: string | undefined): boolean {
  return ch === undefined || /[\s.,;:!?)\]}>\u2014\u2013\-/"'”’»›…]/.test(ch);
}

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && /\d/.test(ch);
const isAlnum = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);

/** Before a mark: the `n` of an elided "and" opened by a mark after a space (rock ’n’ roll). */
const ELIDED_N_BEFORE = /(?:^|\s)['’‘][nN]$/;

// Words that start with an elision apostrophe (see ELISION_WORDS).
export const ELISION = new RegExp(`^(?:${alternation(ELISION_WORDS)})(?![\\p{L}\\p{N}])`, 'iu');

function classify(text: string, i: number, ch: string, familyOpen: boolean, lastCloser: LastCloser): Role {
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = i + 1 < text.length ? text[i + 1] : undefined;
  switch (ch) {
    case '"': {
      if (isDigit(prev)) {
        // 6'2", 12" screen: inch marks, unless it plainly closes an open quote ("... in 2027," he).
        if (/\d['’]\d+$/.test(text.slice(Math.max(0, i - 6), i))) return 'none';
        if (!familyOpen) return 'none';
        return isCloseContext(next) ? 'close' : 'none';
      }
      return contextRole(prev, next);
    }
    case '“':
      // Opens; closes a German „…“ quote, or a quote typed with two opening marks.
      if (familyOpen && !isOpenContext(prev) && isCloseContext(next)) return 'close';
      return 'open';
    case '„':
      return 'open';
    case '”':
      // Closes; opens only where nothing is open and it plainly starts a word (Swedish style, typos).
      if (!familyOpen && isOpenContext(prev) && !isCloseContext(next)) return 'open';
      return 'close';
    case '«':
    case '‹':
      return familyOpen && !isOpenContext(prev) && isCloseContext(next) ? 'close' : 'open';
    case '»':
    case '›':
      return !familyOpen && isOpenContext(prev) && !isCloseContext(next) ? 'open' : 'close';
    case '‚':
      return isOpenContext(prev) ? 'open' : 'none';
    default:
      return singleRole(text, i, ch, prev, next, familyOpen, lastCloser);
  }
}

function contextRole(prev: string | undefined, next: string | undefined): Role {
  const openCtx = isOpenContext(prev);
  const closeCtx = isCloseContext(next);
  if (openCtx && !closeCtx) return 'open';
  if (closeCtx && !openCtx) return 'close';
  return 'either';
}

function singleRole(
  text: string,
  i: number,
  ch: string,
  prev: string | undefined,
  next: string | undefined,
  familyOpen: boolean,
  lastCloser: LastCloser,
): Role {
  // Inside a word: don't, O'Neill, rock'n'roll.
  if (isAlnum(prev) && isAlnum(next)) return 'none';
  const openCtx = isOpenContext(prev);
  const closeCtx = isCloseContext(next);
  if (openCtx && !closeCtx) {
    if (ch === '’') return 'none'; // a right single mark after a space is an elision: ’90s, ’em
    const after = text.slice(i + 1, i + 8);
    if (/^\d{2}(?:s\b|\b)/.test(after)) return 'none'; // '90s, '08
    if (ELISION.test(after)) {
      // 'n' in rock 'n' roll; 'em; but 'Sup' or 'Til death' could still open a quote when a
      // closer follows much later; elisions are common enough to win.
      return 'none';
    }
    return 'open';
  }
  if (closeCtx && !openCtx) {
    if (ch === '‘') return 'none';
    if (!familyOpen) return 'none'; // the Joneses' house, students' union
    // the second mark of rock ’n’ roll, fish 'n' chips
    if (ELIDED_N_BEFORE.test(text.slice(Math.max(0, i - 3), i))) return 'none';
    // A plural possessive (`the Joneses' car`) inside an open quote: it closes only when no
    // later mark in the paragraph could close the quote instead, or when the next mark opens
    // another quote (`asking 'for years' and wanted 'money on the table'`).
    if (prev === 's' && next === ' ' && isLetter(text[i + 2]) && lastCloser.after(i) && !nextMarkOpens(text, i)) return 'none';
    if (isDigit(prev) && /\d['’]\d/.test(text.slice(i - 1, i + 2))) return 'none';
    return 'close';
  }
  if (openCtx && closeCtx) return familyOpen ? 'close' : 'none'; // a lone mark between spaces
  return 'none';
}

/** The next single mark after i opens a quote: a space before it and a letter after it. */
function nextMarkOpens(text: string, i: number): boolean {
  const m = /['‘’]/.exec(text.slice(i + 1));
  if (!m) return false;
  const k = i + 1 + m.index;
  return /\s/.test(text[k - 1] ?? '') && isLetter(text[k + 1]);
}

interface LastCloser {
  /** True when a single closing mark candidate occurs after position i. */
  after(i: number): boolean;
}

/** Position of the last single-quote mark in the paragraph that could close a quote. */
function lastCloserCandidates(text: string): LastCloser {
  let last = -1;
  for (let k = text.length - 1; k >= 0; k--) {
    const c = text[k];
    if ((c === "'" || c === '’') && k > 0 && !/\s/.test(text[k - 1]) && isCloseContext(text[k + 1])) {
      last = k;
      break;
    }
  }
  return { after: (i: number) => last > i };
}

/** The next paragraph starts with an opening mark of the same family (news-style continuation). */
function reopens(next: Paragraph, family: Family): boolean {
  const ch = next.text[0];
  if (!ch) return false;
  if (family === 'double') return ch === '"' || ch === '“' || ch === '„';
  if (family === 'single') return (ch === "'" || ch === '‘') && !/^.\d{2}/.test(next.text);
  return ch === '«' || ch === '‹' || ch === '»';
}

/**
 * The next paragraph's first double or angle mark plainly closes a quote: the paragraph break fell
 * inside one quotation (`said, "I think ... game.` / `It was a very emotional day ... better."`).
 * Not for single marks, whose closing form is also the apostrophe.
 */
function closesFirst(next: Paragraph, family: Family): boolean {
  if (family === 'single') return false;
  const re = family === 'double' ? /["“”„]/ : /[«»‹›]/;
  const m = re.exec(next.text);
  if (!m || m.index === 0) return false;
  const prev = next.text[m.index - 1];
  const after = next.text[m.index + 1];
  if (isDigit(prev)) return false;
  if (m[0] === '"') return contextRole(prev, after) === 'close';
  return (m[0] === '”' || m[0] === '»' || m[0] === '›') && !isOpenContext(prev);
}

/**
 * A name or title in quotation marks inside a sentence is not speech: `a user labelled "Anonymous"`,
 * `the website "Insurgency Wiki"`, `the "History" section`. Rule: every word Title Case (small words
 * excepted), at most ten words, no sentence punctuation at its end (a comma or period only after two
 * or more words, as American style puts them inside), and a word (not a reporting verb) right before
 * it. A Title Case quote after a colon or a reporting verb (`Putin: "We Will Win"`) stays a quote.
 */
function isQuotedTitle(text: string, q: QuoteCandidate): boolean {
  if (!hasTitleWords(q.text)) return false;
  const before = /([\p{L}\p{N}'’]+)[ \t]*$/u.exec(text.slice(Math.max(0, q.start - 40), q.start));
  return !!before && !REPORTING_VERBS.has(before[1].toLowerCase());
}

/**
 * The quote's words read as a title's (isQuotedTitle without the word before it). Not memoised: it
 * reads at most the first 11 words and the last character, less than hashing the quote's text as a key.
 */
function hasTitleWords(quoteText: string): boolean {
  const inner = quoteText.slice(1, -1).trim();
  // Every failed test means "not a title", so the words are read one at a time and the first that
  // is not Title Case ends it (most quotes fail on their first word).
  if (TITLE_BREAKING_ENDS.has(inner[inner.length - 1])) return false;
  let words = 0;
  const word = /\S+/g;
  for (let m = word.exec(inner); m; m = word.exec(inner)) {
    if (!/[\p{L}\p{N}]/u.test(m[0])) continue;
    if (++words > 10 || !isTitleWord(m[0], words === 1)) return false;
  }
  return words > 0 && !(words < 2 && /[.,]$/.test(inner));
}

/** A word of a title: capitalised or a number, or (not first) a small word such as "of" or "the". */
/** Last characters that make a quote a sentence, not a title. */
const TITLE_BREAKING_ENDS = new Set(['!', '?', '…', ';', ':']);

function isTitleWord(word: string, first: boolean): boolean {
  const w = word.replace(/^[^\p{L}\p{N}]+/u, '');
  if (/^[\p{Lu}\p{N}]/u.test(w)) return true;
  return !first && TITLE_SMALL_WORDS.has(w.toLowerCase().replace(/[,.:]$/, ''));
}

/** Keeps the outermost pairs: a quote inside a quote belongs to the outer one. */
function outermost(pairs: Pair[], doc: DocumentModel): QuoteCandidate[] {
  pairs.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: QuoteCandidate[] = [];
  let coveredTo = -1;
  for (const p of pairs) {
    if (p.end - p.start < 3) continue; // "" or '' holds nothing
    if (p.start < coveredTo) continue;
    coveredTo = p.end;
    const text = doc.text.slice(p.start, p.end);
    out.push({ start: p.start, end: p.end, text, firstParagraph: p.firstParagraph, lastParagraph: p.lastParagraph });
  }
  return out;
}

// A transcript turn: `Q:` / `A:` or a speaker label (`PETROVA:`, `Elena Petrova:`) at the start of
// a paragraph. Labels are at most three capitalised words so headings such as "Note:" with a long
// sentence after them are not mistaken for one unless the pattern repeats. A role may come first,
// the name in brackets: `HOST (ANNA BELL):`.
const LABEL_WORDS = "[A-Z][\\p{L}'’.\\-]*(?: [A-Z][\\p{L}'’.\\-]*){0,2}";
// Markdown bold or italics may wrap the label: `**HOST:** ...`, `**KIM**: ...`.
const EMPHASIS = '(?:\\*\\*|__|\\*|_)?';
export const TURN_LABEL = new RegExp(
  `^${EMPHASIS}(?:(Q|A)|(${LABEL_WORDS})[ \\t]*\\((${LABEL_WORDS})\\)|(${LABEL_WORDS}))${EMPHASIS}[ \\t]*:${EMPHASIS}[ \\t]+(?=\\S)`,
  'u',
);

/** The label of a transcript turn (`Q:`, `PETROVA:`) opening the paragraph, or null (read once per paragraph: two passes ask). */
export const turnLabel = perParagraph(labelOfTurn);

function labelOfTurn(p: Paragraph): { label: string; length: number; labelStart: number } | null {
  const m = TURN_LABEL.exec(p.text);
  if (!m) return null;
  // `HOST (ANNA BELL):` names the speaker in the parenthesis, after their role; `DEREK HOLLOWAY (ANCHOR):`
  // names them first, the role in the parenthesis.
  const roleInside = !!m[3] && TRANSCRIPT_ROLES.has(m[3].toLowerCase());
  const label = m[1] ?? (roleInside ? m[2] : m[3]) ?? m[4];
  if (NOT_SPEAKER_LABELS.has(label.toLowerCase())) return null;
  return { label, length: m[0].length, labelStart: m[3] && !roleInside ? m[0].indexOf(`(${m[3]})`) + 1 : m[0].indexOf(label) };
}

/** A marked quote spans exactly start..end (binary search: marked is sorted). */
function isMarkedFrom(marked: QuoteCandidate[], start: number, end: number): boolean {
  let lo = 0;
  let hi = marked.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (marked[mid].start < start) lo = mid + 1;
    else if (marked[mid].start > start) hi = mid - 1;
    else return marked[mid].end === end;
  }
  return false;
}

/** Sorted, keeping the first of any two that overlap. */
function dropOverlaps(qs: QuoteCandidate[]): QuoteCandidate[] {
  qs.sort((a, b) => a.start - b.start);
  let to = -1;
  return qs.filter((q) => {
    if (q.start < to) return false;
    to = q.end;
    return true;
  });
}

function findTranscriptTurns(doc: DocumentModel, marked: QuoteCandidate[]): QuoteCandidate[] {
  const turns: Array<{ p: Paragraph; length: number; label: string }> = [];
  for (const p of doc.paragraphs) {
    const t = turnLabel(p);
    if (t) turns.push({ p, ...t });
  }
  // Only a conversation: Q and A both present, or at least three turns with one label used twice.
  const counts = new Map<string, number>();
  for (const t of turns) counts.set(t.label, (counts.get(t.label) ?? 0) + 1);
  const qa = counts.has('Q') && counts.has('A');
  const conversation = qa || (turns.length >= 3 && [...counts.values()].some((n) => n >= 2));
  if (!conversation) return [];
  const out: QuoteCandidate[] = [];
  for (const t of turns) {
    if ((t.label === 'Q' || t.label === 'A') && !qa) continue;
    const start = t.p.start + t.length;
    let end = t.p.end;
    while (end > start && /\s/.test(doc.text[end - 1])) end--;
    // `**Q: How did you start?**`: the emphasis that opened before the label closes after the turn
    if (/^[*_]/.test(t.p.text)) while (end > start && /[*_\s]/.test(doc.text[end - 1])) end--;
    // A turn that is itself one quotation-mark quote is found by the mark scan already; one that
    // only starts with a quoted word (`A: "Spring" is the honest answer.`) is a turn.
    if (/^["“„'‘«]/.test(doc.text[start]) && isMarkedFrom(marked, start, end)) continue;
    out.push({ start, end, text: doc.text.slice(start, end), firstParagraph: t.p.index, lastParagraph: t.p.index });
  }
  return out;
}

// A call transcript (earnings calls, hearings): a line that is only a speaker, `Maria Chen -- Chief
// Executive Officer` or `Operator`, then that speaker's paragraphs. Each paragraph up to the next
// speaker line is a quote without marks. Only a conversation: three speaker lines, or two naming one
// person twice.
const CALL_SPEAKER_LINE = new RegExp(`^(${LABEL_WORDS})[ \\t]+(?:--|—|–)[ \\t]+([^.!?:;"“”]{2,80})$`, 'u');

function callSpeaker(p: Paragraph): string | null {
  const text = p.text.trim();
  if (UNNAMED_SPEAKER_LINES.has(text.toLowerCase())) return text.toLowerCase();
  const m = CALL_SPEAKER_LINE.exec(text);
  // the title names a job ("Chief Executive Officer", "Analyst, Stratton Group"), not a match (`Sweden – Korea`)
  if (!m || !m[2].split(/[\s,&/]+/).some((w) => CALL_TITLE_WORDS.has(w.toLowerCase()))) return null;
  return m[1];
}

/** The speaker line a call-transcript turn sits under: its paragraph and the name it gives (null for `Operator`). */
export interface CallSpeakerLine {
  paragraph: number;
  name: { start: number; end: number; text: string } | null;
}

const callSpeakerCache = new WeakMap<DocumentModel, Array<CallSpeakerLine | null>>();
/** A paragraph's speaker line, read once while the paragraph is unchanged (edits build a new document model). */
const callSpeakerOf = perParagraph(callSpeaker);

/** For each paragraph of a call transcript, the speaker line above it; null outside a turn (read once per document). */
export function callTurnSpeakers(doc: DocumentModel): Array<CallSpeakerLine | null> {
  let lines = callSpeakerCache.get(doc);
  if (lines) return lines;
  const speakers = doc.paragraphs.map((p) => callSpeakerOf(p));
  const named = speakers.filter((x): x is string => x !== null);
  const repeated = named.some((x, i) => named.indexOf(x) !== i);
  const conversation = named.length >= 3 || (named.length === 2 && repeated);
  let current: CallSpeakerLine | null = null;
  lines = doc.paragraphs.map((p, i) => {
    const speaker = speakers[i];
    if (!conversation) return null;
    if (speaker !== null) {
      const start = p.start + (p.text.length - p.text.trimStart().length);
      const name = UNNAMED_SPEAKER_LINES.has(speaker) ? null : { start, end: start + speaker.length, text: speaker };
      current = { paragraph: i, name };
      return null;
    }
    // a heading ends the transcript part (read only where the text starts with a mark or a space: almost never)
    if (mayOpenHeading(p.text) && /^\s*#{1,6}\s/.test(p.text)) current = null;
    return current;
  });
  callSpeakerCache.set(doc, lines);
  return lines;
}

/** The text starts with `#` or white space (a paragraph's text is trimmed, so in practice with `#`). */
const mayOpenHeading = (text: string) => text.charCodeAt(0) === 35 || /^\s/.test(text);

function findCallTurns(doc: DocumentModel, marked: QuoteCandidate[]): QuoteCandidate[] {
  const lines = callTurnSpeakers(doc);
  const out: QuoteCandidate[] = [];
  doc.paragraphs.forEach((p, i) => {
    if (!lines[i]) return;
    let [start, end] = [p.start, p.end];
    while (start < end && /\s/.test(doc.text[start])) start++;
    while (end > start && /\s/.test(doc.text[end - 1])) end--;
    if (end <= start || isMarkedFrom(marked, start, end)) return;
    out.push({ start, end, text: doc.text.slice(start, end), firstParagraph: p.index, lastParagraph: p.index });
  });
  return out;
}
