// Which words of a paragraph may be part of a name: 'strong' (a name word anywhere), 'weak' (only a
// capital at a sentence start or in a headline), or null.
import { MONEY_SCALES, NOT_NAMES, NOT_ENTITIES, ORG_CUES, ORG_OF_HEADS, PLACE_CUES } from '../lexicon/cues';
import { TITLE_MODIFIERS } from '../lexicon/titles';
import { COMPASS_FIRST } from '../lexicon/nameContext';
import { NOT_NAME_TAGS, NOT_WORD_TAGS } from '../lexicon/nameWords';
import { gazetteerType, isDemonym, isGivenName, isKnownOrganization, isKnownPlace, isSurname } from '../lexicon/key';
import { hasAny, isUpperStart, joined, lexiconTags, normKey, plain, PERSON_TAGS, PLACE_TAGS, Tok } from './tokens';

export type WordKind = 'strong' | 'weak' | null;

/** First words of multi-word non-entities ("Dow" of "Dow Jones"): name words, the whole run is dropped. */
const NOT_ENTITY_HEADS = new Set([...NOT_ENTITIES].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
const NOT_ENTITY_PREFIXES = [...NOT_ENTITIES].filter((k) => k.includes(' ')).map((k) => `${k} `);
export const notEntityKey = (key: string) => NOT_ENTITIES.has(key) || NOT_ENTITY_PREFIXES.some((k) => key.startsWith(k));

/** Could this capitalised token be part of a name? Sentence-initial common words are not. */
export function nameWord(t: Tok, weakCaps: boolean, next?: Tok, afterNext?: Tok): WordKind {
  if (!isUpperStart(t.text) && !/^(?:al|el|bin|ibn|abu)-\p{Lu}/u.test(t.text)) return null;
  // Model numbers and money ("A380", "US$40") are not names; acronyms with digits ("G20") are.
  if (/\d/.test(t.text) && !/^[A-Z]{1,3}-?\d{1,2}\+?$/.test(t.text)) return null;
  // money-before-scale: "R45 million", "N2 billion": a currency letter and a figure.
  if (/\d/.test(t.text) && next && MONEY_SCALES.has(next.lower)) return null;
  if (/[$€£¥]/.test(t.text)) return null;
  if (t.text.startsWith('@') || hasAny(t, NOT_WORD_TAGS)) return null;
  const p = plain(t);
  // "WHO" is an acronym even though "Who" starting a sentence is not a name.
  const allCaps = /^[\p{Lu}\d.&-]{2,}$/u.test(t.text);
  // ("Amazon Web Services": a word that is no name alone may stand inside one before an organization word.)
  const beforeOrgWord = !!next && isUpperStart(next.text) && ORG_CUES.has(plain(next));
  if ((NOT_NAMES.has(p) && !allCaps) || (NOT_ENTITIES.has(p) && !NOT_ENTITY_HEADS.has(p) && !beforeOrgWord)) return null;
  // "Pro-Beijing", "Anti-Trump": an adjective made of a name.
  if (/^(?:pro|anti|non|post|pre)-/i.test(t.text)) return null;
  if (t.hyphenAdj && !isKnownPlace(p) && !isKnownOrganization(p) && !hasAny(t, [...PERSON_TAGS, ...PLACE_TAGS])) return null;
  if (hasAny(t, ['Month', 'WeekDay', 'Holiday']) && !hasAny(t, PERSON_TAGS)) return null;
  return kindOfCapitalised(t, p, weakCaps, next, afterNext);
}

/** The kind of a capitalised word nothing ruled out. */
function kindOfCapitalised(t: Tok, p: string, weakCaps: boolean, next?: Tok, afterNext?: Tok): WordKind {
  // "HOLLOWAY: Have people left?": a word in capitals before a colon is a speaker label, whatever compromise tags it.
  if (/^:/.test(t.post) && /^\p{Lu}[\p{Lu}’'-]{2,}$/u.test(t.text)) return 'strong';
  // Initials ("S" in "S Jaishankar"); a lone letter is dropped later unless it is inside a name.
  if (/^\p{Lu}\.?$/u.test(t.text)) return t.sentStart ? 'weak' : 'strong';
  if (hasAny(t, [...PERSON_TAGS, ...PLACE_TAGS, 'Honorific'])) return 'strong';
  // compromise tags some common nouns as organizations ("Stock markets"); at a sentence start that is not enough.
  if (t.tags.has('Organization')) return t.sentStart ? 'weak' : 'strong';
  // "Marine heatwaves", "Grand total": a sentence-opening adjective before a lower-case word is weak, even if it is also a name.
  if (t.sentStart && t.tags.has('Adjective') && next && !isUpperStart(next.text) && !isKnownPlace(p) && !isKnownOrganization(p))
    return 'weak';
  if (isGivenName(p) || isSurname(p) || isKnownPlace(p) || isKnownOrganization(p) || isDemonym(p)) return 'strong';
  if (!t.sentStart && !weakCaps) return 'strong';
  if ((t.tags.has('ProperNoun') && !t.tags.has('Organization')) || t.tags.has('Acronym')) return 'strong';
  // "Finance Minister John Mbadi said": a title word opening the sentence still starts the run
  // (weak, so it never stands alone); compromise may read it as a verb.
  if (TITLE_MODIFIERS.has(p)) return 'weak';
  // org-word-opens-name: "Network Rail said", "Transport for Wales": an organization word opening a sentence may start a name.
  if (ORG_CUES.has(p) || ORG_OF_HEADS.has(p)) return 'weak';
  // sentence-start-surname: "Abernathy was born", "Harrowgate approached": compromise guesses a word its lexicon lacks
  // to be an adjective or a verb; it may be a name (weak: kept only if the article also names it where the capital means something).
  // Only a word standing alone ("Recently Apple", "Current PowerPC" are an adverb and an adjective before a name).
  const alone = !next || !isUpperStart(next.text);
  if (t.sentStart && alone && lexiconTags(p).length === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !/ly$/.test(p)) return 'weak';
  // compass-opens-name: "Greater Wellington Regional Council said", "South Western Ambulance Service says": compromise reads the
  // compass word as an adjective; before another capitalised word it may open the name (weak, so it never stands alone).
  // Before a demonym alone ("South American markets") it is an adjective.
  if (t.sentStart && COMPASS_FIRST.has(p) && next && isUpperStart(next.text)) {
    if (!isDemonym(plain(next)) || (afterNext && isUpperStart(afterNext.text))) return 'weak';
  }
  // place-before-cue: "Stirling Council said", "Reading University": a word read as a verb or adjective before an
  // organization or place word may open its name (weak, so it never stands alone).
  // ("Bracken Environmental Services Ltd": the cue may be the word after next.)
  // ("Rival Pinnacle Logistics", "Old Tom Brewery": an adjective before a name is not part of it.)
  const cueAfterNext = !!afterNext && isUpperStart(afterNext.text) && isCueWord(plain(afterNext)) && !hasAny(t, ['Adjective', 'Plural']);
  const cueAhead = !!next && (isCueWord(plain(next)) || cueAfterNext);
  if (t.sentStart && next && joined(t, next) && isUpperStart(next.text) && cueAhead && !hasAny(t, FUNCTION_TAGS)) return 'weak';
  // known-name-opens: "Plaid Cymru's health spokesperson": a word opening a known two-word name ("Plaid" reads as an adjective).
  if (next && joined(t, next) && gazetteerType(normKey(`${t.text} ${plain(next)}`))) return 'weak';
  // At a sentence start or in a headline, only a noun compromise does not know may be a name.
  if (hasAny(t, NOT_NAME_TAGS)) return null;
  return 'weak';
}

/** Tags of words that never open a name ("Meanwhile Council members"). */
const FUNCTION_TAGS = ['Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'QuestionWord', 'Value'];
const isCueWord = (p: string) => ORG_CUES.has(p) || PLACE_CUES.has(p);

const SCORE_LINE = /^\p{Lu}[\p{L}’'. &-]+ \d{1,3},? \p{Lu}[\p{L}’'. &-]+ \d{1,3}$/u;

/** A headline or title-case line: most longer words start with a capital. */
export function isTitleCase(text: string, toks: Tok[]): boolean {
  if (/[.!?…"”'’:]\s*$/.test(text)) return false;
  // A result line ("Solihull Villa 2 Telford Rangers 1") names two teams in full, whatever its capitals.
  if (SCORE_LINE.test(text.trim())) return false;
  const long = toks.filter((t) => /^\p{L}{4,}$/u.test(t.text));
  if (long.length < 3) return false;
  return long.filter((t) => isUpperStart(t.text)).length / long.length >= 0.7;
}

/** Every longer word in capitals: a shouted line, where an acronym shape says nothing. */
export function isShouting(toks: Tok[]): boolean {
  const capitals = toks.filter((t) => /^\p{L}{3,}$/u.test(t.text)).every((t) => t.text === t.text.toUpperCase());
  // caps-heading: "UP NEXT", "TRAINER'S ROOM": a short line in capitals with a dictionary word is a heading, not acronyms.
  return capitals && (toks.length > 3 || (toks.length > 1 && toks.some((t) => lexiconTags(t.lower).length > 0)));
}
