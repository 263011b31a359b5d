// What the words around a name say about it: a product or index after it, a work or vehicle
// before it, a team's match, a facility, a person's name written right after an organization.
import { ORG_CUES, ORG_OF_HEADS, PLACE_CUES } from '../lexicon/cues';
import {
  EVENT_LAST,
  GAMES_BEFORE,
  ROUTE_LAST,
  PRODUCT_LAST,
  VEHICLE_PREFIX,
  STORM_WORDS,
  PRODUCT_BEFORE,
  PRODUCT_AFTER,
  INDEX_AFTER,
  NUMBERED_PLACES,
} from '../lexicon/nonEntities';
import { TITLE_HEADS, TITLE_MODIFIERS, TITLE_ACRONYMS } from '../lexicon/titles';
import {
  CORP_ABBREV,
  FACILITY_NOUNS,
  NOT_PERSONAL_TAGS,
  SPORT_AFTER,
  SPORT_BEFORE,
  TEAM_OBJECT_BEFORE,
  TEAM_PLURAL_VERBS,
  TEAM_ROLE_AFTER,
} from '../lexicon/nameWords';
import { gazetteerType, isDemonym, isGivenName, isKnownPlace, isSurname } from '../lexicon/key';
import { hasAny, isAcronymShape, isUpperStart, joined, lexiconTags, normKey, PERSON_TAGS, plain, Tok } from './tokens';

/** Model numbers: "787", "A380", "737-800", "A400M", "747s"; not years or single digits. */
const MODEL_NUMBER = /^(?:[A-Z]{1,3}-?\d{2,4}[A-Z]{0,3}|\d{3,4}(?:-\d{1,4})?[A-Z]{0,3})s?$/;

/** True when the words after the name make it a product or an index: a model number, a product noun, "index". */
export function productAfter(toks: Tok[], j: number, listed: boolean): boolean {
  const after = toks[j + 1];
  if (!after) return false;
  const close = joined(toks[j], after) || (toks[j].possessive && /^\s*$/.test(toks[j].post.replace(/^[’']s/, '')));
  if (!close) return false;
  if (INDEX_AFTER.has(after.lower) && /^\p{Ll}/u.test(after.text)) return true;
  if (/^\d+$/.test(after.text) && toks[j + 2] && INDEX_AFTER.has(toks[j + 2].lower)) return true;
  if (NUMBERED_PLACES.has(plain(toks[j]))) return false;
  // ("the Sacramento Kings 118-109": a team's score, not a model number.)
  const score = toks[j].tags.has('SportsTeam') && /^\d+[-–]\d+$/.test(after.text);
  if (MODEL_NUMBER.test(after.text) && !score && !/^(?:1[89]|20)\d\d$/.test(after.text) && !/[–-]/.test(after.post) && !toks[j].possessive)
    return true;
  // possessive-owner-not-product: "Corvane's software business", "Halvex's jets": the owner of the products, not their name.
  return !listed && !toks[j].possessive && PRODUCT_AFTER.has(after.lower);
}

/** Where a product, work, event or vehicle name starts ("Atlantis" in "Space Shuttle Atlantis"), 'drop'
 *  when the mention alone is not an entity, null when it is a name like any other. */
export function nonEntityStart(toks: Tok[], a: number, b: number, j: number): number | 'drop' | null {
  const n = j - b + 1;
  const first = plain(toks[b]);
  const last = plain(toks[j]);
  const personal = isGivenName(first) || hasAny(toks[b], ['FirstName', 'Honorific']);
  if (n >= 2 && first === 'space' && plain(toks[b + 1]) === 'shuttle') return b + 2;
  if (n >= 2 && VEHICLE_PREFIX.has(first)) return b + 1;
  // "Mac OS X Lion", "OS X Tiger": an operating system and its release name.
  const os = toks.slice(b, j + 1).findIndex((t) => t.text === 'OS');
  if (os >= 0) {
    let k = b + os + 1;
    if (k <= j && /^[A-Z]$/.test(toks[k].text)) k++;
    return k <= j ? k : 'drop';
  }
  const before = toks[a - 1];
  // storm-name-not-entity: "Typhoon Ferding", "after typhoon Ferding": a storm is an event.
  if ((n >= 2 && !personal && STORM_WORDS.has(first)) || (before && joined(before, toks[a]) && STORM_WORDS.has(before.lower)))
    return 'drop';
  if (before && joined(before, toks[a]) && /^\p{Ll}/u.test(before.text) && PRODUCT_BEFORE.has(before.lower)) return b;
  // "iTunes Music Store", "iPhone Developer Program": a name after a product's brand.
  if (before && joined(before, toks[a]) && /^\p{Ll}+\p{Lu}/u.test(before.text)) return 'drop';
  // "Black Monday", "Super Tuesday": a named day (one word; "the Toronto Stock Exchange Thursday" is a name and its day).
  const after = toks[j + 1];
  if (n === 1 && after && joined(toks[j], after) && after.tags.has('WeekDay') && isUpperStart(after.text)) return 'drop';
  if (productAfter(toks, j, false)) return PRODUCT_AFTER.has(toks[j + 1].lower) ? (personal ? null : b) : 'drop';
  if (n >= 2 && !personal && (EVENT_LAST.has(last) || PRODUCT_LAST.has(last) || (last === 'games' && GAMES_BEFORE.has(plain(toks[j - 1])))))
    return 'drop';
  // transit-line-not-entity
  if (n >= 2 && ROUTE_LAST.has(last) && !toks.slice(b, j).some((t) => ORG_CUES.has(plain(t)))) return 'drop';
  return null;
}

/** Index of a person's name written right after an organization or place in one run, or 0. */
export function personAfterName(toks: Tok[], b: number, j: number): number {
  for (let m = Math.max(b + 1, j - 2); m < j; m++) {
    const prefix = toks.slice(b, m);
    const key = normKey(prefix.map((t) => t.text).join(' '));
    const lastPre = plain(prefix[prefix.length - 1]);
    const isOrg =
      !!gazetteerType(key) ||
      ORG_CUES.has(lastPre) ||
      CORP_ABBREV.has(lastPre) ||
      (ORG_OF_HEADS.has(plain(prefix[0])) && prefix.slice(1, -1).some((t) => t.lower === 'of' || t.lower === 'for')) ||
      (prefix.length === 1 && isAcronymShape(prefix[0].text) && !TITLE_ACRONYMS.has(prefix[0].lower));
    // "MSP for North East Scotland Callum Petrie": a place, then a person's given name.
    const endsInPlace = isKnownPlace(prefix[prefix.length - 1].text);
    if (!isOrg && !endsInPlace) continue;
    const rest = toks.slice(m, j + 1);
    if (rest.some((t) => ORG_CUES.has(plain(t)) || PLACE_CUES.has(plain(t)) || gazetteerType(t.text))) continue;
    if (isGivenName(toks[m].text) || hasAny(toks[m], ['FirstName', 'MaleName', 'FemaleName'])) return m;
    if (!isOrg) continue;
    if (rest.length !== 2 || !looksPersonal(rest) || hasAny(toks[m], ['Place', 'Organization'])) continue;
    if (gazetteerType(key) === 'place') return m;
    // person-after-organization: "Refugee Council Enver Solomon": a dropped title between an organization and a surname.
    // Not two dictionary words compromise guessed to be a person ("USI Art Collections").
    const personalFirst = lexiconTags(plain(rest[0])).every((t) => PERSON_TAGS.includes(t));
    if (personalFirst && (isSurname(rest[1].text) || hasAny(rest[1], PERSON_TAGS))) return m;
  }
  return 0;
}

/** Two or three plain capitalised words (or initials) with no cue, tag or list saying otherwise. */
export function looksPersonal(nameToks: Tok[]): boolean {
  if (nameToks.length < 2 || nameToks.length > 3 || endsInNonPersonalWord(nameToks)) return false;
  return nameToks.every(
    (t, k) =>
      (/^\p{Lu}[\p{Ll}’'-]+$/u.test(t.text) || /^(?:\p{Lu}\.){1,3}$/u.test(t.text) || (k === 0 && /^\p{Lu}{1,2}$/u.test(t.text))) &&
      !ORG_CUES.has(plain(t)) &&
      !PLACE_CUES.has(plain(t)) &&
      !TITLE_HEADS.has(plain(t)) &&
      !TITLE_MODIFIERS.has(plain(t)) &&
      !isDemonym(t.text) &&
      !gazetteerType(t.text) &&
      !hasAny(t, NOT_PERSONAL_TAGS),
  );
}

/**
 * The last word is a country or region ("Cricket Australia", "Transvia Ontario") or a common noun compromise knows
 * ("Fenmore Water", "Meridian Sound") and no surname we know ("Hill", "Baker" are): no person's name ends so.
 */
export function endsInNonPersonalWord(nameToks: Tok[]): boolean {
  const last = nameToks[nameToks.length - 1];
  if (isSurname(last.text) || isGivenName(last.text)) return false;
  return hasLexiconTag(last.lower, COUNTRY_TAGS) || hasLexiconTag(last.lower, COMMON_NOUN_TAGS);
}

const COMMON_NOUN_TAGS = new Set(['Singular', 'Uncountable', 'Noun', 'Plural']);
/** A country or first-level region ("Australia", "Ontario"), not a city a person may be named after ("Paris", "London"). */
const COUNTRY_TAGS = new Set(['Country', 'Region']);

/** compromise's lexicon gives the word one of these tags. */
const hasLexiconTag = (lower: string, wanted: ReadonlySet<string>) => lexiconTags(lower).some((t) => wanted.has(t));

/** "MARIA LOPEZ: Thanks for having me.": two to four words in capitals, the first a first name, opening a line before a colon;
 *  "LOPEZ: Yes.": later turns give the surname alone. */
export function isSpeakerLabel(toks: Tok[], b: number, j: number): boolean {
  if (j - b > 3 || !/^:/.test(toks[j].post)) return false;
  const prev = toks[b - 1];
  if (prev && !/\n/.test(prev.post + toks[b].pre)) return false;
  const words = toks.slice(b, j + 1);
  if (!words.every((t) => /^[\p{Lu}’'.-]{2,}$/u.test(t.text))) return false;
  if (j === b) return isSurname(words[0].text) || isGivenName(words[0].text) || hasAny(words[0], PERSON_TAGS);
  return isGivenName(words[0].text) || hasAny(words[0], ['FirstName', 'MaleName', 'FemaleName']);
}

/** "Belgium defeated Panama", "Belgium 3 – 0 Panama", "lost 1 – 2 to England": a country used as a team. */
export function playsAsTeam(toks: Tok[], a: number, j: number): boolean {
  const after = toks[j + 1];
  const before = toks[a - 1];
  if (after && /^\d+$/.test(after.text) && /[–-]/.test(after.post)) return true;
  if (before && /^\d+$/.test(before.text) && /[–-]/.test(before.pre + (toks[a - 2]?.post ?? ''))) return true;
  if (after && joined(toks[j], after) && SPORT_AFTER.test(after.lower)) {
    // "Sweden defeated South Korea 1 – 0": the object is a team as well, so look for a score or another country.
    return toks.slice(j + 2, j + 8).some((t) => /^\d+(?:[-–]\d+)?$/.test(t.text) || isKnownPlace(t.text));
  }
  if (before && SPORT_BEFORE.test(before.lower) && before.lower !== 'to' && before.lower !== 'over') {
    return (
      toks.slice(Math.max(0, a - 6), a - 1).some((t) => isKnownPlace(t.text)) || toks.slice(j + 1, j + 4).some((t) => /^\d+$/.test(t.text))
    );
  }
  if (before && before.lower === 'to' && toks[a - 2] && /^\d+$/.test(toks[a - 2].text)) return true;
  return false;
}

/**
 * side-signal: "Wellington coach Tamati Rangi", "Canterbury are too good a side", "host Otago": the place may be a team.
 * Weaker than playsAsTeam: it only counts in a match report (entities/teams.ts).
 */
export function actsAsSide(toks: Tok[], a: number, j: number): boolean {
  const after = toks[j + 1];
  const before = toks[a - 1];
  if (after && joined(toks[j], after) && TEAM_ROLE_AFTER.has(after.lower)) return true;
  // The plural verb must be the name's own: it opens its clause ("farmers in Bong County have" is not).
  const opensClause = !before || toks[a].sentStart || /[,;:]\s*$/.test(before.post) || /^(?:and|but|while|as|when)$/.test(before.lower);
  if (after && opensClause && joined(toks[j], after) && TEAM_PLURAL_VERBS.has(after.lower) && !/s$/.test(toks[j].lower)) return true;
  return !!before && joined(before, toks[a]) && TEAM_OBJECT_BEFORE.has(before.lower);
}

/** "the Kudankulam nuclear power plant", "the Chernobyl reactor": a lower-case facility noun within a few words. */
export function facilityAfter(toks: Tok[], j: number): boolean {
  for (let k = j + 1; k <= j + 4 && k < toks.length && joined(toks[k - 1], toks[k]) && /^\p{Ll}+$/u.test(toks[k].text); k++) {
    if (FACILITY_NOUNS.has(toks[k].lower)) return true;
  }
  return false;
}

/**
 * score-line: "Solihull Villa 2 Telford Rangers 1", "Leeds 3, Hull 0": the number after a name is a score when the
 * line goes on with another name and its score, or ends with this score after another name's.
 */
export function isScoreLine(toks: Tok[], k: number): boolean {
  const isScore = (t: Tok | undefined) => !!t && /^\d{1,3}$/.test(t.text);
  const endsLine = (i: number) => !toks[i + 1] || /\n/.test(toks[i].post + toks[i + 1].pre);
  if (!isScore(toks[k]) || (!endsLine(k) && !/^,?\s*$/.test(toks[k].post))) return false;
  // a name of one to three words, then its score at the end of the line
  for (let m = k + 1; m <= k + 3 && toks[m] && isUpperStart(toks[m].text) && !/\n/.test(toks[m - 1].post); m++)
    if (isScore(toks[m + 1]) && endsLine(m + 1)) return true;
  if (!endsLine(k)) return false;
  for (let m = k - 2; m >= Math.max(0, k - 4); m--)
    if (isScore(toks[m]) && isUpperStart(toks[m + 1].text) && !/\n/.test(toks[m].post)) return true;
  return false;
}
