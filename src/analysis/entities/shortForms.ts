// Step 3: a short form joins the longer name it comes from: the surname or trailing words of a
// person ("Putin", "Jaishankar"), leading words of an organization ("Freedom" for "Freedom
// Magazine"), initials ("WHO", "GOC").
import type { NameCandidate } from '../candidates';
import { GUESSED_PLACE_RULES } from '../entityTypes';
import { NOT_NAMES, ORG_CUES } from '../lexicon/cues';
import { COMPASS_FIRST, LOCAL_BODY_AFTER_PLACE } from '../lexicon/nameContext';
import { CORPORATE_SUFFIXES } from '../lexicon/nameWords';
import { PLACES } from '../lexicon/places';
import { isGivenName, isSurname } from '../lexicon/key';
import { lastMemberBefore, type AliasContext } from './aliasContext';
import { LongNameIndex, type LongName } from './longNameIndex';
import { isAcronym, sameWithInitials, sameWords, words } from './nameText';

/** How a short form is read while it is matched against the long names. */
interface ShortForm {
  readonly candidate: NameCandidate;
  readonly words: readonly string[];
  /** An acronym's letters without dots and signs ("U.S." -> "US"); '' when not an acronym. */
  readonly acronymLetters: string;
}

/** Several people share the surname: the nearest fitting full name before the mention, else the first after. */
export function joinShortForms({ mentions, groups }: AliasContext): void {
  const index = new LongNameIndex(mentions);
  // Performance: which long names a short form fits depends only on its text, type and hint, so
  // repeated mentions ("Putin" fifty times) test the long names once.
  // The fitting names' members are kept as one ascending list: mentions are sorted by start, so the
  // nearest fitting mention before is one binary search, however many people share the surname.
  const fittingBySignature = new Map<string, number[]>();
  mentions.forEach((c, i) => {
    if (c.handle || c.ownerName) return;
    const signature = `${c.type ?? ''}\u0000${c.hint ?? ''}\u0000${c.text}`;
    let members = fittingBySignature.get(signature);
    if (!members) {
      members = fittingLongNames(c, index)
        .flatMap((name) => name.members)
        .sort((a, b) => a - b);
      fittingBySignature.set(signature, members);
    }
    if (!members.length) return;
    const nearestBefore = lastMemberBefore(mentions, members, c.start);
    groups.union(nearestBefore >= 0 ? nearestBefore : members[0], i);
  });
}

/** The long names the mention can be a short form of. */
function fittingLongNames(c: NameCandidate, index: LongNameIndex): LongName[] {
  const short: ShortForm = { candidate: c, words: words(c.text), acronymLetters: acronymLetters(c.text) };
  const fitting: LongName[] = [];
  for (const name of index.candidatesFor(short.words, short.acronymLetters)) if (fits(short, name)) fitting.push(name);
  return fitting;
}

/** Whether the short form can stand for the long name (a longer one, of a compatible type). */
function fits(short: ShortForm, name: LongName): boolean {
  const w = short.words;
  if (name.words.length <= w.length) return false; // (so a mention never fits its own name)
  const { type: t, hint } = short.candidate;
  const lt = name.type;
  // "Southern Cross" for "Southern Cross Airlines": a compass word and a name is only guessed to be a place.
  // "Riverbend" after "Riverbend Health": compromise's place tags alone only guess a place too.
  const guessedPlace = t === 'place' && GUESSED_PLACE_RULES.has(short.candidate.typeRule ?? '') && lt === 'organization';
  // "a spokesperson for Okafor" after "Minister Neil Okafor": the words around a surname only guessed an organization.
  const guessedOrganization = t === 'organization' && short.candidate.typeRule === 'organization-context' && lt === 'person';
  if (t && lt && t !== lt && !(t === 'place' && lt === 'person' && hint === 'person') && !guessedPlace && !guessedOrganization)
    return false;
  if (lt !== 'person' && hint !== 'place' && isNameBeforePlace(w, name.words)) return true;
  const personish = lt === 'person' || (!lt && t !== 'organization');
  if (personish && t !== 'place' && sameWords(name.words, name.words.length - w.length, w)) return true;
  if (personish && w.length >= 2 && sameWithInitials(w, name.words)) return true;
  if ((lt === 'organization' || t === 'organization') && (hint !== 'place' || guessedPlace) && isLeadingWordsOfOrganization(w, name.words))
    return true;
  return short.acronymLetters !== '' && name.initials === short.acronymLetters && lt !== 'person';
}

/** "Freedom" for "Freedom Magazine": the first words of a name that ends in an organization word, and not a place;
 *  full-name-not-short-form: "Metropolitan Police" ends in an organization word itself, a body of its own beside
 *  "Metropolitan Police Federation". Not a town before its local body ("Lakeland" of "Lakeland Police Department"). */
function isLeadingWordsOfOrganization(w: readonly string[], long: readonly string[]): boolean {
  return (
    sameWords(long, 0, w) &&
    // place-before-local-body: "Lakeland" in "Lakeland Police Department" is the town the police serve
    !(w.length === 1 && LOCAL_BODY_AFTER_PLACE.has(long[1])) &&
    ORG_CUES.has(long[long.length - 1]) &&
    !PLACES.has(w.join(' ')) &&
    // ("Norcastle Metals" for "Norcastle Metals Corp.": only the legal form is missing, the same company.)
    !(w.length > 1 && ORG_CUES.has(w[w.length - 1]) && !long.slice(w.length).every((x) => CORPORATE_SUFFIXES.has(x)))
  );
}

/** company-before-region: "Transvia" for "Transvia Ontario", "Ford" for "Ford Australia": a word nobody is named by,
 *  then a known place, is an organization's name and its market; the word alone is the organization. */
function isNameBeforePlace(w: readonly string[], long: readonly string[]): boolean {
  if (w.length !== 1 || long.length < 2 || long[0] !== w[0]) return false;
  // "North Korea", "New York": the whole is a place of its own.
  if (PLACES.has(long.join(' ')) || COMPASS_FIRST.has(w[0]) || NOT_NAMES.has(w[0])) return false;
  return PLACES.has(long.slice(1).join(' ')) && !PLACES.has(w[0]) && !isGivenName(w[0]) && !isSurname(w[0]);
}

/**
 * An acronym's capitals: "U.S." -> "US"; mixed-case-acronym: "DfT", "DfE" -> "DT", "DE", whose small letters stand for the
 * small words its name's initials skip ("Department for Transport"). '' when not an acronym.
 */
function acronymLetters(text: string): string {
  if (isAcronym(text)) return text.replace(/[.&+-]/g, '');
  return /^[A-Z](?:[a-z]?[A-Z])+$/.test(text) && text.length <= 5 && /[a-z]/.test(text) ? text.replace(/[a-z]/g, '') : '';
}
