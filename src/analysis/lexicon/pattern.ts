// Regular expressions built from word lists, so the words stay in the lexicon and the pattern in the logic.

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `w1<suffix>|w2<suffix>|…`: a regex source alternation of the words, each escaped, in the list's order ('s?' for an optional plural). */
export function alternation(words: readonly string[], suffix = ''): string {
  return words.map((w) => escapeRegExp(w) + suffix).join('|');
}

/** `^(?:w1|w2|…)<after>$`: one of the words (in the list's order, escaped) followed by `after`, as the whole string. */
export function wordsPattern(words: readonly string[], flags = '', after = ''): RegExp {
  return new RegExp(`^(?:${alternation(words)})${after}$`, flags);
}
