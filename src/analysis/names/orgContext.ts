// What the words around a name say about an organization or a government: "Corvane's chief executive",
// "shares of Halvex", "Corvane, a software maker," (or "Totota, a town in ..."), "NORTEL said", "Ottawa pledged".
// Each reads a fixed window of tokens around the name, never the other names.
import type { EntityType } from '../types';
import {
  APPOSITION_ARTICLES,
  APPOSITION_ORG_HEADS,
  APPOSITION_PLACE_HEADS,
  APPOSITION_STOPS,
  GOVERNMENT_AUX,
  GOVERNMENT_OBJECT_BEFORE,
  GOVERNMENT_OBJECT_PAIRS,
  GOVERNMENT_SUBJECT_BEFORE,
  GOVERNMENT_VERBS,
  ORG_BEFORE,
  ORG_JOINED_BEFORE,
  ORG_OF_PAIRS,
  ORG_POSSESSED_PAIRS,
  ORG_POSSESSED,
  ORG_BEFORE_NOUNS,
  PLACE_BEFORE,
} from '../lexicon/nameContext';
import { CAMEL_SURNAME_PREFIXES } from '../lexicon/personNames';
import { isGivenName, isSeatOfGovernment, isSurname } from '../lexicon/key';
import { joined, Tok } from './tokens';

/** The lower-case word at k, or '' (a capitalised word is no context word). */
/** The lower-case word at k, with the piece after a hyphen ("co-founder"); '' for a capitalised word. */
const lowerAt = (toks: Tok[], k: number) => {
  const t = toks[k];
  if (!t || !/^\p{Ll}/u.test(t.text)) return '';
  const n = toks[k + 1];
  return /^[-‐]$/.test(t.post) && n && /^\p{Ll}/u.test(n.text) ? `${t.lower}-${n.lower}` : t.lower;
};

/** organization-context: "Corvane's chief executive", "Halvex's shareholders", "Lumora chief executive X", "shares of Corvane",
 *  "the chief executive of Halvex". */
export function organizationContext(toks: Tok[], a: number, j: number): boolean {
  const last = toks[j];
  if (/^(?:[’']s)?[ \t]+$/.test(last.post)) {
    const w1 = lowerAt(toks, j + 1);
    const pair = ORG_POSSESSED_PAIRS.has(`${w1} ${lowerAt(toks, j + 2)}`);
    if (last.possessive && (ORG_POSSESSED.has(w1) || pair)) return true;
    // ("North American employees": an adjective of a place describes them.)
    const adjective = last.tags.has('Adjective') || last.tags.has('Demonym');
    if (!last.possessive && !adjective && (ORG_BEFORE_NOUNS.has(w1) || pair)) return true;
  }
  let k = a - 1;
  if (toks[k]?.lower === 'the' && joined(toks[k], toks[a])) k--;
  const near = toks[k + 1];
  if (!toks[k] || !near || !joined(toks[k], near)) return false;
  // "a spokesman for the Fenn campaign": a name before a noun only describes it.
  if (modifiesNoun(toks, j)) return false;
  return ORG_OF_PAIRS.has(`${lowerAt(toks, k - 1)} ${lowerAt(toks, k)}`) && !!toks[k - 1] && joined(toks[k - 1], toks[k]);
}

/** The name toks[..j] is written before a lower-case noun it describes ("the Fenn campaign"). */
function modifiesNoun(toks: Tok[], j: number): boolean {
  const after = toks[j + 1];
  // compromise reads many such nouns as a bare verb ("campaign", "fund"): either tag counts, a past tense or "says" does not.
  const nounLike = after && (after.tags.has('Noun') || after.tags.has('Infinitive')) && !after.tags.has('PastTense');
  return !!nounLike && joined(toks[j], after) && !!lowerAt(toks, j + 1);
}

/** hint-joined-organization: "she joined Halvex in 2019": the name after "joined" is an employer (only a hint: people are joined too). */
export function joinedBefore(toks: Tok[], a: number, j: number): boolean {
  const before = toks[a - 1];
  return !!before && joined(before, toks[a]) && ORG_JOINED_BEFORE.has(lowerAt(toks, a - 1)) && !modifiesNoun(toks, j);
}

/** apposition-organization / apposition-place: "Corvane, a Leeds software maker," "Totota, a town in Bong County": the head noun's type. */
export function appositionType(toks: Tok[], j: number): EntityType | null {
  if (!/^,[ \t]*$/.test(toks[j].post) || !APPOSITION_ARTICLES.has(lowerAt(toks, j + 1))) return null;
  let head = '';
  for (let k = j + 2; k <= j + 6 && toks[k]; k++) {
    const w = lowerAt(toks, k);
    // "a Leeds-based start-up": the piece after a hyphen belongs to the word before (lowerAt joined it).
    if (k > j + 2 && /^[-‐]$/.test(toks[k - 1].post) && !/^[-‐]$/.test(toks[k].post)) {
      if (!/^(?:[’']s)?[ \t\u00a0]*$/.test(toks[k].post)) break;
      continue;
    }
    if (APPOSITION_STOPS.has(w)) break;
    // "the co-op's general manager": a possessive word is the owner, not the head.
    head = toks[k].possessive ? '' : w || head;
    // a comma or other mark ends the phrase; a hyphen joins its words ("a family-owned firm").
    if (!/^(?:[’']s)?[ \t\u00a0-]*$/.test(toks[k].post)) break;
  }
  if (ORG_BEFORE.has(head) || APPOSITION_ORG_HEADS.has(head)) return 'organization';
  return PLACE_BEFORE.has(head) || APPOSITION_PLACE_HEADS.has(head) ? 'place' : null;
}

/** capitals-speech-verb: one word in capitals or camel case ("NORTEL", "FedEx", "CalWest") is an organization, not a
 *  person, when it speaks; "McAllister", "DeSantis" are surnames. */
export function isCapitalsOrCamelName(text: string): boolean {
  const caps = /^\p{Lu}{3,}$/u.test(text);
  const camel = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u.test(text) && !CAMEL_SURNAME_PREFIXES.some((p) => text.toLowerCase().startsWith(p));
  return (caps || camel) && !isGivenName(text) && !isSurname(text);
}

/** government-acts: a capital or seat of government that acts ("Ottawa pledged", "Beijing has warned") stands for its government. */
export function governmentActs(toks: Tok[], a: number, j: number, key: string): boolean {
  if (!isSeatOfGovernment(key)) return false;
  const before = toks[a - 1];
  // capital-as-government-object: "asked Ottawa for aircraft", "funding from Westminster".
  const pair = before && toks[a - 2] ? `${toks[a - 2].lower} ${before.lower}` : '';
  if (before && joined(before, toks[a]) && (GOVERNMENT_OBJECT_BEFORE.has(before.lower) || GOVERNMENT_OBJECT_PAIRS.has(pair))) return true;
  // "in Ottawa said", "from Beijing": a place after a preposition is where, not who.
  if (before && joined(before, toks[a]) && /^\p{Ll}/u.test(before.text) && !GOVERNMENT_SUBJECT_BEFORE.has(before.lower)) return false;
  let k = j + 1;
  for (let n = 0; n < 2 && toks[k] && joined(toks[k - 1], toks[k]) && GOVERNMENT_AUX.has(lowerAt(toks, k)); n++) k++;
  return !!toks[k] && joined(toks[k - 1], toks[k]) && GOVERNMENT_VERBS.has(lowerAt(toks, k));
}
