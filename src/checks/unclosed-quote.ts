// unclosed-quote: a quotation mark that opens and never closes in its paragraph, when the next
// paragraph does not carry the quote on (news style reopens a quote that runs over paragraphs:
// the first paragraph is left open, the next starts with an opening mark; that is correct), or a
// curly closing mark with nothing open. Apostrophes ("don't", "the players’ union", "’90s"),
// inch and foot marks (12" screen, 6'2") and straight single marks are not quotation marks here:
// they are too often apostrophes to judge.
import { buildDocument, type Paragraph } from '../analysis/document';
import { FIRST_PERSON_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, REPORTING_VERBS, THING_PRONOUNS } from '../analysis/lexicon/reporting';
import { ELISION, familyOf, type Family, type Role } from '../analysis/quotes';
import { blankNonProse } from './markup';
import { CAPTION } from './data/lexicon';
import type { Check, Finding } from './types';

interface Mark {
  family: Family;
  role: Role;
  /** Offset in the article. */
  at: number;
}

// `''` is a straight double mark typed as two apostrophes (common in converted text).
const MARKS = /''|["“”„‟‘’«»]/g;
const OPEN_BEFORE = /[\s(\[{<\u2014\u2013\-/:“‘«]/;
const CLOSE_AFTER = /[\s.,;:!?)\]}>\u2014\u2013\-/”’»…]/;
const straight = (mark: string) => mark === '"' || mark === "''";
const ATTRIBUTION_MAX_WORDS = 6;
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
const isPronoun = (w: string) => [PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS, FIRST_PERSON_PRONOUNS].some((set) => set.has(w));

/** Whether a straight `"` after a digit is an inch mark (12" screen, 6'2"), not a closing quote. */
function isInchMark(t: string, i: number, open: boolean): boolean {
  if (!/\d/.test(t[i - 1] ?? '')) return false;
  if (/\d['’]\d+$/.test(t.slice(Math.max(0, i - 6), i))) return true;
  return !open || /^(?:[ \t]+[a-z]|-|x\b|[a-z])/.test(t.slice(i + 1, i + 4));
}

function roleOf(t: string, i: number, familyOpen: boolean): Role {
  const ch = t[i];
  const before = t[i - 1];
  const after = t[i + (t[i] === "'" ? 2 : 1)];
  // `"...] credit costs`: a mark before an ellipsis opens a quote that starts mid-sentence.
  const openShape =
    ((before === undefined || OPEN_BEFORE.test(before)) && after !== undefined && !/\s/.test(after)) ||
    /^(?:\.\.\.|…)\S/.test(t.slice(i + 1, i + 5));
  const closeShape = before !== undefined && !/\s/.test(before) && (after === undefined || CLOSE_AFTER.test(after));
  if (ch === '’') return isLetter(before) && isLetter(after) ? 'none' : familyOpen && closeShape ? 'close' : 'none';
  // ‘90s, ‘em, ‘tis: an apostrophe typed as an opening mark (auto-correct does this).
  if (ch === '‘') return openShape && /\p{L}/u.test(after ?? '') && !ELISION.test(t.slice(i + 1)) ? 'open' : 'none';
  if (ch === '"' || (ch === "'" && t[i + 1] === "'")) {
    if (isInchMark(t, i, familyOpen)) return 'none';
    return openShape && !closeShape ? 'open' : closeShape && !openShape ? 'close' : 'either';
  }
  const opener = ch === '“' || ch === '„' || ch === '‟' || ch === '«';
  // A curly mark facing the wrong way (auto-correct slips) still opens or closes by its position.
  if (opener) return closeShape && !openShape ? 'either' : 'open';
  return openShape && !closeShape ? 'either' : 'close';
}

function marksOf(p: Paragraph, prose: string): string[] {
  return prose.slice(p.start, p.end).match(MARKS) ?? [];
}

/** Paragraphs a quote may run over without quotation marks (corpora that keep one sentence a paragraph). */
const LOOKAHEAD = 8;
const ASIDE_MAX_WORDS = 8;

/**
 * Whether a quote left open goes on in the following paragraphs: the next paragraph with a mark of
 * the family reopens it at its start, or closes it with its first mark of the family.
 */
function carriesOn(paragraphs: Paragraph[], from: number, prose: string, family: Family): 'reopens' | 'closes' | false {
  let asidesOnly = true;
  for (let pi = from; pi < Math.min(paragraphs.length, from + LOOKAHEAD); pi++) {
    const t = prose.slice(paragraphs[pi].start, paragraphs[pi].end);
    const lead = leadLength(t);
    if (familyOf(t[lead] ?? '') === family && /["“„‟‘«]/.test(t[lead] ?? '') && roleOf(t, lead, false) !== 'close')
      return asidesOnly ? 'reopens' : false;
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(t); m; m = MARKS.exec(t)) {
      if (familyOf(m[0]) !== family) continue;
      const role = roleOf(t, m.index, true);
      if (role === 'none') continue;
      return role === 'close' || (role === 'either' && straight(m[0])) ? 'closes' : false;
    }
    // Only a caption or a short aside may come between a paragraph left open and the one reopening it.
    if (!CAPTION.test(t) && t.split(/\s+/).length > ASIDE_MAX_WORDS) asidesOnly = false;
  }
  return false;
}

/** Length of a Markdown block quote or list marker at the start of a paragraph. */
function leadLength(t: string): number {
  return /^(?:>[ \t]*|[-*+][ \t]+|\d+[.)][ \t]+)?/.exec(t)![0].length;
}

const STRAY = 'This closing quotation mark has no opening mark before it.';
/**
 * Whether the quote opened at `opener` may go on into the next paragraph: the paragraph ends as
 * speech does, not with a colon introducing something, and no attribution follows the opener.
 */
function goesOn(t: string, opener: number): boolean {
  return /[.!?…,;\u2014\u2013-]$/.test(t.trimEnd()) && !attributedInside(t, opener);
}

/** `“We will win, he said.`: an attribution after the opener means a closing mark is missing, not a quote going on. */
function attributedInside(t: string, opener: number): boolean {
  const words = t
    .slice(opener + 1)
    .split(/,\s+/)
    .slice(1);
  return words.some((part) => {
    const clause = /^[^.,;:!?"“”]*/.exec(part)![0].split(/\s+/).filter(Boolean);
    const w = clause.slice(0, 4).map((x) => x.replace(/[^\p{L}'’-]/gu, ''));
    // ", said the vice president ..." at any length; "he said", "Smith told reporters" only as a short clause.
    if (clause.length > ATTRIBUTION_MAX_WORDS && !REPORTING_VERBS.has(w[0]?.toLowerCase() ?? '')) return false;
    const verbAt = w.findIndex((x) => REPORTING_VERBS.has(x.toLowerCase()));
    if (verbAt < 0) return false;
    if (verbAt === 0) return true;
    const speaker = w.slice(0, verbAt);
    return speaker.length > 0 && speaker.every((x) => isPronoun(x.toLowerCase()) || /^\p{Lu}/u.test(x));
  });
}

// Diagnostics cover the mark and the word it touches, so the squiggle can be seen.
const wordAfter = (text: string, at: number) => at + 1 + (/^[^\s"“”„‟‘’«»]{0,30}/.exec(text.slice(at + 1))?.[0].length ?? 0);
const wordBefore = (text: string, at: number) => at - (/[^\s"“”„‟‘’«»]{0,30}$/.exec(text.slice(Math.max(0, at - 30), at))?.[0].length ?? 0);

export const unclosedQuote: Check = ({ text, document }) => {
  const prose = blankNonProse(text);
  if (!/["“”„‟‘’«»]/.test(prose)) return [];
  // Code and comments blanked out change the text: then its own paragraphs (same offsets).
  const paragraphs = (prose === text ? document() : buildDocument(prose)).paragraphs;
  const findings: Finding[] = [];
  const report = (start: number, end: number, message: string) => findings.push({ code: 'unclosed-quote', start, end, message });
  let carried = new Map<Family, Mark>();
  let skipAt = new Set<number>();
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (!marksOf(p, prose).length && !carried.size) continue;
    const t = prose.slice(p.start, p.end);
    const stacks = new Map<Family, Mark[]>([
      ['double', []],
      ['single', []],
      ['guillemet', []],
    ]);
    for (const [family, mark] of carried) stacks.get(family)!.push(mark);
    const nested = new Set<Family>();
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(t); m; m = MARKS.exec(t)) {
      const at = p.start + m.index;
      if (skipAt.has(at)) continue;
      const family = familyOf(m[0]);
      const stack = stacks.get(family)!;
      const role = roleOf(t, m.index, stack.length > 0);
      if (role === 'none') continue;
      if ((role === 'close' || role === 'either') && stack.length) {
        stack.pop();
      } else if (role === 'close' && (!straight(m[0]) || !t.includes('"', m.index + 1))) {
        // A straight closer with another straight mark after it is more likely a slipped opener (`said," text"`).
        if (m[0] === '”' || straight(m[0])) report(wordBefore(text, at), at + 1, STRAY);
      } else {
        if (stack.length && !straight(m[0])) nested.add(family);
        stack.push({ family, role, at });
      }
    }
    carried = new Map();
    skipAt = new Set();
    for (const [family, stack] of stacks) {
      if (!stack.length) continue;
      const next = carriesOn(paragraphs, pi + 1, prose, family);
      // A mark opened again before the first closed is a slip even when the next paragraph reopens.
      if (next && goesOn(t, stack[0].at - p.start) && !(nested.has(family) && stack.length === 1)) {
        carried.set(family, stack[0]);
        if (next === 'reopens')
          skipAt.add(paragraphs[pi + 1].start + leadLength(prose.slice(paragraphs[pi + 1].start, paragraphs[pi + 1].end)));
        continue;
      }
      report(
        stack[0].at,
        wordAfter(text, stack[0].at),
        'This quotation mark opens a quote that is never closed: close it, or start the next paragraph with an opening mark if the quote goes on.',
      );
    }
  }
  return findings;
};
