// Regular expressions built from word lists, so the words stay in the lexicon and the pattern in the logic.

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `^(?:w1|w2|…)<after>$`: one of the words (in the list's order, escaped) followed by `after`, as the whole string. */
export function wordsPattern(words: readonly string[], flags = '', after = ''): RegExp {
  return new RegExp(`^(?:${words.map(escapeRegExp).join('|')})${after}$`, flags);
}
