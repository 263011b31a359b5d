// Word-shape tests shared by the token index and the noun-phrase grammar.
import { FIRST_PERSON_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS } from '../lexicon/reporting';
import { NAME_PARTICLES, PRONOUN_CAPS } from '../lexicon/speakerPhrases';

/** A capitalised word or an initial: "Putin", "S.", "Al-Maeena", "McMichael-Phillips", "@handle" not included. */
export function isNameWord(text: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’.\-]*$/u.test(text) && !PRONOUN_CAPS.has(text);
}

/** A lower-case particle inside a name: "von", "bin". */
export function isParticle(text: string): boolean {
  return NAME_PARTICLES.has(text.toLowerCase()) && /^\p{Ll}/u.test(text);
}

export function isPronoun(lower: string): boolean {
  return PERSON_PRONOUNS.has(lower) || PLURAL_PRONOUNS.has(lower) || THING_PRONOUNS.has(lower) || FIRST_PERSON_PRONOUNS.has(lower);
}
