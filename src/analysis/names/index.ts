// Finds names in one paragraph: capitalised runs built from compromise's terms and tags, with
// titles cut off into `role`, a first guess of the type, social handles and acronyms. Offsets are
// relative to the paragraph text so results can be cached by content; the paragraph is parsed once.
// tokens.ts (compromise) -> words.ts (name words) -> runs.ts -> emit.ts (titles, nationality,
// typing.ts with the rule table typeRules.ts) -> postPasses.ts.
import type { NameCandidate } from '../candidates';
import { isPlaceAbbreviationAt, joined, tokenize, tokenizeEach, Tok } from './tokens';
import { LOWER_CORP_SUFFIXES } from '../lexicon/nameWords';
import { isShouting, isTitleCase, nameWord } from './words';
import { nameRuns } from './runs';
import { emitRun, RunScope } from './emit';
import { runPostPasses } from './postPasses';

export type { Tok } from './tokens';
export { tokenize, normKey } from './tokens';
export { NAME_TYPE_RULES, firstTypeRule } from './typeRules';
export type { TypeContext, TypeRule } from './typeRules';
export { splitRole } from './roles';

export function findNameCandidates(text: string): NameCandidate[] {
  return candidatesFromTokens(text, tokenize(text));
}

/** findNameCandidates() of each text, with one compromise parse for many texts (a cold document's paragraphs). */
export function findNameCandidatesMany(texts: string[]): NameCandidate[][] {
  const out: NameCandidate[][] = [];
  for (const toks of tokenizeEach(texts)) out.push(candidatesFromTokens(texts[out.length], toks));
  return out;
}

export function candidatesFromTokens(text: string, toks: Tok[]): NameCandidate[] {
  // "JOHN PARK: Welcome": the word after a speaker label in capitals opens the answer, like a sentence.
  toks.forEach((t, k) => {
    if (k > 0 && /^:/.test(toks[k - 1].post) && /^[\p{Lu}’'.-]{2,}$/u.test(toks[k - 1].text)) t.sentStart = true;
  });
  const weakCaps = isTitleCase(text, toks);
  const kinds = toks.map((t, k) => (isPlaceAbbreviationAt(toks, k) ? 'strong' : nameWord(t, weakCaps, toks[k + 1], toks[k + 2])));
  // "Harrowgate Pharma Holdings plc": a lower-case company suffix ends the name it follows.
  kinds.forEach((kind, k) => {
    if (!kind && k > 0 && kinds[k - 1] && LOWER_CORP_SUFFIXES.has(toks[k].text) && joined(toks[k - 1], toks[k])) kinds[k] = 'strong';
  });
  const scope: RunScope = { text, toks, kinds, out: [], shouting: isShouting(toks) };
  for (const [i, j] of nameRuns(toks, scope.kinds)) emitRun(scope, i, j);
  const out = scope.out;
  runPostPasses(text, toks, out);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((c, k) => k === 0 || c.start >= out[k - 1].end);
}
