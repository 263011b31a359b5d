// The one key the place, organization and person-name lists are written in, and lookups by it.
import { GIVEN_NAMES, SURNAMES } from './personNames';
import { COUNTRIES, PLACE_ABBREVIATIONS, PLACES, SEATS_OF_GOVERNMENT } from './places';
import { ORGANIZATIONS } from './organizations';
import { DEMONYMS } from './demonyms';

/** Lower case, no periods, straight apostrophes, single spaces: "U.S." -> "us", "Xi’an" -> "xi'an". */
export const lexiconKey = (text: string) => keyOfLower(text.toLowerCase());

/** lexiconKey of a text already in lower case; most words need no change, so they skip the replacements (performance only). */
export function keyOfLower(lower: string): string {
  return KEY_CHANGES.test(lower) ? lower.replace(/\./g, '').replace(/’/g, "'").replace(/\s+/g, ' ').trim() : lower;
}
const KEY_CHANGES = /[.’\s]/;

/**
 * The key of a whole written name (several words): also without a final possessive "'s"
 * ("Apple's" -> "apple"). Single words are looked up with their "'s" ("mcdonald's" is listed), so the
 * two keys differ on purpose.
 */
export const spanKey = (text: string) => lexiconKey(text.toLowerCase().replace(/[’']s$/, ''));

export const isKnownPlace = (text: string) => PLACES.has(lexiconKey(text));
export const isKnownOrganization = (text: string) => ORGANIZATIONS.has(lexiconKey(text));
export const isCountry = (text: string) => COUNTRIES.has(lexiconKey(text));
export const isSeatOfGovernment = (text: string) => SEATS_OF_GOVERNMENT.has(lexiconKey(text));
export const isGivenName = (text: string) => GIVEN_NAMES.has(lexiconKey(text));
export const isSurname = (text: string) => SURNAMES.has(lexiconKey(text));
/** "B.C.", "W.Va.", "Calif.": a state or province abbreviated with its period. */
export const isPlaceAbbreviation = (text: string) => text.includes('.') && PLACE_ABBREVIATIONS.has(lexiconKey(text));
export const isDemonym = (text: string) => DEMONYMS.has(lexiconKey(text));

/** The gazetteers' type of a name: a listed place, a listed organization, or null. */
export function gazetteerType(text: string): 'place' | 'organization' | null {
  const key = lexiconKey(text);
  if (PLACES.has(key)) return 'place';
  if (ORGANIZATIONS.has(key)) return 'organization';
  return null;
}
