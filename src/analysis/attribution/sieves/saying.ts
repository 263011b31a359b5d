// Sieve: a possessive and a noun for what someone says, right before the quote: `My aunt's other
// saying was, "..."`, `His advice: "..."`, `Fenn's motto is simple: "..."`. The owner is the speaker.
import { SAYING_LINKS, SAYING_NOUNS } from '../../lexicon/speakerPhrases';
import type { Attribution, QuoteInfo, SieveContext } from '../context';

const GLUE = new Set([':', ',', '—', '–']);
/** Adjectives between the possessive and the noun: "other", "favourite", "usual". */
const MAX_ADJECTIVES = 2;

export function possessiveSaying(q: QuoteInfo, ctx: SieveContext): Attribution | null {
  if (!ctx.hasMarks(q)) return null;
  const paragraph = ctx.tok(q.firstTok)?.paragraph;
  let k = q.firstTok - 1;
  const same = (i: number) => i >= 0 && ctx.tokens[i].paragraph === paragraph && ctx.tokens[i].quote < 0;
  if (!same(k) || !GLUE.has(ctx.tokens[k].text)) return null;
  k--;
  while (same(k) && SAYING_LINKS.has(ctx.tokens[k].lower) && q.firstTok - k <= 4) k--;
  if (!same(k) || !SAYING_NOUNS.has(ctx.tokens[k].lower)) return null;
  const noun = k;
  for (k--; same(k) && noun - k <= MAX_ADJECTIVES && /^\p{Ll}+$/u.test(ctx.tokens[k].text) && !ctx.phrases.possessorAt(k);) k--;
  const owner = same(k) ? ctx.phrases.possessorAt(k) : null;
  if (!owner) return null;
  return ctx.attribution(owner, owner.start, ctx.tokens[noun].text, 'saying-of-person');
}
