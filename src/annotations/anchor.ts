// Targets: making them from a selection, and finding their text again in a changed article
// (W3C Web Annotation: a TextPositionSelector checked against a TextQuoteSelector).
import type { Target } from './types';

/** How much context a new target keeps on each side. */
export const CONTEXT_CHARS = 32;

/** The target for [start, end) of `text`: its exact text and up to 32 characters either side. */
export function makeTarget(text: string, start: number, end: number): Target {
  const s = clamp(Math.min(start, end), 0, text.length);
  const e = clamp(Math.max(start, end), 0, text.length);
  let prefix = text.slice(Math.max(0, s - CONTEXT_CHARS), s);
  let suffix = text.slice(e, e + CONTEXT_CHARS);
  // Never keep half of a surrogate pair at the outer edge of the context.
  if (/^[\uDC00-\uDFFF]/.test(prefix)) prefix = prefix.slice(1);
  if (/[\uD800-\uDBFF]$/.test(suffix)) suffix = suffix.slice(0, -1);
  return { start: s, end: e, exact: text.slice(s, e), prefix, suffix };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.trunc(n)));
}

export type Anchor = { start: number; end: number } | { orphan: string };

/** A short quotation of a target's text for messages. */
export function quoteText(exact: string): string {
  const flat = exact.replace(/\s+/g, ' ');
  return `“${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}”`;
}

/**
 * Finds and caches the occurrences of strings in one text. An occurrence of text that starts (ends)
 * with a letter or digit must not continue a word there: "Ford" is not found in "Fordham".
 */
export class Occurrences {
  private readonly cache = new Map<string, number[]>();

  constructor(readonly text: string) {}

  of(exact: string): number[] {
    let found = this.cache.get(exact);
    if (!found) {
      found = [];
      if (!exact) return found;
      const startsWord = isWordChar(exact.codePointAt(0)!);
      const endsWord = isWordChar(lastCodePoint(exact, exact.length));
      for (let i = this.text.indexOf(exact); i >= 0; i = this.text.indexOf(exact, i + 1)) {
        if (startsWord && i > 0 && isWordChar(lastCodePoint(this.text, i))) continue;
        const after = i + exact.length;
        if (endsWord && after < this.text.length && isWordChar(this.text.codePointAt(after)!)) continue;
        found.push(i);
      }
      this.cache.set(exact, found);
    }
    return found;
  }
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

function isWordChar(codePoint: number): boolean {
  return WORD_CHAR.test(String.fromCodePoint(codePoint));
}

/** The code point that ends just before UTF-16 offset `i`. */
function lastCodePoint(s: string, i: number): number {
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.codePointAt(i - 2)!;
  }
  return low;
}

/**
 * Where the target's text is now: its stated position if `exact` is still there; otherwise the
 * occurrence of `exact` whose prefix and suffix match best (characters in common next to it),
 * the one nearest the old position on a tie; otherwise an orphan with the reason.
 */
export function anchorTarget(text: string, target: Target, occurrences: Occurrences = new Occurrences(text)): Anchor {
  const { start, end, exact } = target;
  if (typeof exact !== 'string' || !exact) return { orphan: 'the annotation names no text' };
  if (text.slice(start, end) === exact && end - start === exact.length) return { start, end };
  let best = -1;
  let bestScore = -1;
  for (const at of occurrences.of(exact)) {
    const score = contextScore(text, at, at + exact.length, target);
    if (score > bestScore || (score === bestScore && Math.abs(at - start) < Math.abs(best - start))) {
      best = at;
      bestScore = score;
    }
  }
  if (best < 0) return { orphan: `the text ${quoteText(exact)} is no longer in the article` };
  return { start: best, end: best + exact.length };
}

/** Characters of the target's prefix (suffix) that match the text right before (after) [start, end). */
function contextScore(text: string, start: number, end: number, target: Target): number {
  let score = 0;
  const prefix = target.prefix ?? '';
  for (let i = 1; i <= prefix.length && start - i >= 0 && prefix[prefix.length - i] === text[start - i]; i++) score++;
  const suffix = target.suffix ?? '';
  for (let i = 0; i < suffix.length && end + i < text.length && suffix[i] === text[end + i]; i++) score++;
  return score;
}
