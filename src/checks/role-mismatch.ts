// role-mismatch (info): one person given two different titles ("President Okafor", later "Prime
// Minister Okafor"), unless a title is marked as past or future ("former", "then-", "ex-").
// Titles are the capitalised title words right before a mention. Titles agree when one is the
// other's ending ("Minister" and "Foreign Minister"), when an abbreviation stands for the other
// ("PM", "Sen."), or when one is a courtesy title (Mr, Dr, Sir) that says nothing about a job.
import { TITLE_ACRONYMS, TITLE_HEADS, TITLE_MODIFIERS } from '../analysis/lexicon/titles';
import type { Span } from '../analysis/types';
import { FORMER_WORDS, NEUTRAL_TITLES, TITLE_ABBREVIATIONS } from './data/lexicon';
import type { Check, Finding } from './types';

interface Titled {
  mention: Span;
  /** As written: "Prime Minister". */
  written: string;
  /** Lower-case words with abbreviations spelled out: ["prime", "minister"]. */
  words: string[];
  titleStart: number;
}

const PRECEDING_WORD = /(?:^|[\s(])((?:[\p{L}-]+\.?))[ \t\u00a0]+$/u;
const bare = (w: string) => w.toLowerCase().replace(/\.$/, '');
const isTitleWord = (w: string, head: boolean) =>
  /^\p{Lu}/u.test(w) &&
  (TITLE_HEADS.has(bare(w)) || TITLE_ACRONYMS.has(bare(w)) || bare(w) in TITLE_ABBREVIATIONS || (!head && TITLE_MODIFIERS.has(bare(w))));

/** "Ministers Manturov and Lavrov": a title shared by several people says nothing about one. */
const isPlural = (w: string) =>
  /(?:s|ies)$/.test(bare(w)) && (TITLE_HEADS.has(bare(w).replace(/ies$/, 'y')) || TITLE_HEADS.has(bare(w).slice(0, -1)));

/** The title written right before the mention, if any. */
function titleBefore(text: string, m: Span): Titled | null {
  const found: Array<{ word: string; start: number }> = [];
  let end = m.start;
  for (;;) {
    const before = text.slice(Math.max(0, end - 40), end);
    const w = PRECEDING_WORD.exec(before);
    if (!w || !isTitleWord(w[1], found.length === 0)) break;
    const start = end - (before.length - before.lastIndexOf(w[1]));
    found.unshift({ word: w[1], start });
    end = start;
  }
  if (!found.length || isPlural(found[found.length - 1].word)) return null;
  const previous = PRECEDING_WORD.exec(text.slice(Math.max(0, end - 40), end))?.[1] ?? '';
  const first = found[0].word.toLowerCase();
  if (FORMER_WORDS.has(bare(previous)) || /^(?:ex|then|former)-/.test(first) || FORMER_WORDS.has(bare(found[0].word))) return null;
  const words = found.flatMap((f) => (TITLE_ABBREVIATIONS[bare(f.word)] ?? bare(f.word)).split(' '));
  if (NEUTRAL_TITLES.has(words[words.length - 1]) || NEUTRAL_TITLES.has(bare(found[found.length - 1].word))) return null;
  return { mention: m, written: found.map((f) => f.word).join(' '), words, titleStart: found[0].start };
}

/** One title is the other's ending: "Minister" / "Foreign Minister". */
function agree(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w, i) => long[long.length - short.length + i] === w);
}

export const roleMismatch: Check = ({ analysis, text }) => {
  const findings: Finding[] = [];
  for (const person of analysis.entities) {
    if (person.type !== 'person') continue;
    const titled = person.mentions.map((m) => titleBefore(text, m)).filter((t): t is Titled => t !== null);
    const reference = titled[0];
    if (!reference) continue;
    for (const t of titled.slice(1)) {
      if (agree(reference.words, t.words)) continue;
      findings.push({
        code: 'role-mismatch',
        start: t.titleStart,
        end: t.mention.end,
        message: `${person.name} is '${t.written}' here but '${reference.written}' earlier. If one title is past, say 'former'.`,
        related: [{ start: reference.titleStart, end: reference.mention.end, message: `'${reference.written}' here` }],
      });
    }
  }
  return findings;
};
