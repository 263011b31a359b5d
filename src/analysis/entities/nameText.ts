// Name texts as the alias steps compare them: lower case, periods as spaces, without a possessive
// 's ("Putin's" is "putin"), split into words; and the small tests on those words.
import { INITIALS_SKIPPED_WORDS } from '../lexicon/aliases';

// Performance: key() and words() depend only on the text and are asked for the same texts many
// times per document (and again after every edit): worked out once per distinct text. words()
// arrays are shared, never changed.
const keyMemo = new Map<string, string>();
const wordsMemo = new Map<string, string[]>();

export function key(s: string): string {
  let k = keyMemo.get(s);
  if (k === undefined) {
    if (keyMemo.size > 100_000) keyMemo.clear();
    k = s
      .toLowerCase()
      .replace(/\./g, ' ')
      .replace(/[’']s$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    keyMemo.set(s, k);
  }
  return k;
}

export function words(s: string): string[] {
  let w = wordsMemo.get(s);
  if (w === undefined) {
    if (wordsMemo.size > 100_000) wordsMemo.clear();
    w = key(s).split(' ').filter(Boolean);
    wordsMemo.set(s, w);
  }
  return w;
}

export function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z0-9&.+-]{1,7}$/.test(s) && /[A-Z].*[A-Z0-9]/.test(s);
}

export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** The first letters of the capitalised words, small words skipped ("Bank of England" -> "BE"). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !INITIALS_SKIPPED_WORDS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** a[from..] starts with exactly the words of w (the words joined by spaces compare equal). */
export function sameWords(a: readonly string[], from: number, w: readonly string[]): boolean {
  for (let k = 0; k < w.length; k++) if (a[from + k] !== w[k]) return false;
  return true;
}

/** "S Jaishankar" and "Subrahmanyam Jaishankar": same last word, earlier words equal or initials of each other. */
export function sameWithInitials(a: readonly string[], b: readonly string[]): boolean {
  if (a[a.length - 1] !== b[b.length - 1] || a.length !== b.length) return false;
  return a.slice(0, -1).every((x, k) => x === b[k] || (x.length === 1 && b[k][0] === x) || (b[k].length === 1 && x[0] === b[k]));
}
