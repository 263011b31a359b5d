// The names pass's first guess of a name's type, as an ordered table of rules: the first rule whose
// `when` holds decides, and its id goes into the decision trace (descriptions in rules/entityRules.ts).
// The context is built once per name by typing.ts; the rules only read it.
import type { EntityType } from '../types';
import {
  DISTRICT_FUNCTIONS,
  ORG_CUES,
  PLACE_CUES,
  ORG_OF_HEADS,
  PLACE_OF_HEADS,
  SPONSORED_VENUE_WORDS,
  VENUE_HEADS,
} from '../lexicon/cues';
import { CENTRE_ORG, COMPASS_FIRST, ORG_FIRST, PARTY_ADJECTIVES, PLACE_FIRST, PLACE_PREPS } from '../lexicon/nameContext';
import { gazetteerType, isCountry, isDemonym, isGivenName, isKnownPlace, isSurname } from '../lexicon/key';
import { SAINT_WORDS } from '../lexicon/titles';
import { hasAny, plain, PLACE_TAGS, Tok } from './tokens';

/** What the type rules know about one name: its words and the words around it. */
export interface TypeContext {
  nameToks: Tok[];
  first: string;
  last: string;
  single: boolean;
  /** "Gulf of Mexico": the name has an "of" inside. */
  ofName: boolean;
  /** The gazetteers' type of the whole name. */
  listed: EntityType | null;
  /** A title inside the run ("Apple CEO Steve Jobs"). */
  role: string | null;
  /** The run's role, or a title written just before it ("minister Lavrov"). */
  anyRole: string | null;
  /** The name opens the paragraph and a comma or dash follows it ("BREMEN, Germany —"). */
  datelineShape: boolean;
  acronym: boolean;
  /** The type suggested by the word just before, and that word. */
  hint: EntityType | null;
  before: Tok | undefined;
  /** "in Fayette District Court", "in the High Court": "in" (and "the") just before the name. */
  afterIn: boolean;
  /** "Irving, Texas": the name is followed by a comma and a known place. */
  townState: boolean;
  /** A transcript's speaker label: a capitalised person's name opening a line before a colon ("MARIA LOPEZ:"). */
  speakerLabel: boolean;
  /** "Kamloops, B.C.": a state or province abbreviated with its period. */
  placeAbbreviation: boolean;
  /** "the Republican party", "the Labour and Green parties": a lower-case party noun follows. */
  beforePartyNoun: boolean;
  /** "Rhys Bevan, who runs a café": a comma and "who" follow. */
  beforeWho: boolean;
  /** "Tracadie Mayor Denis Losier": a town's or state's office and a name follow. */
  localOfficeAfter: boolean;
  /** "Connor Bradshaw, 27, of Weston-super-Mare": "of" after a person's age gives where they live. */
  residence: boolean;
  /** "Solihull Villa 2 Telford Rangers 1": a score follows the name. */
  scoreAfter: boolean;
  /** "Corvane's chief executive", "shares of Halvex" (orgContext.ts). */
  organizationContext: boolean;
  /** The type of the head noun of an apposition after the name ("Corvane, a software maker,"). */
  apposition: EntityType | null;
}

export interface TypeRule {
  id: string;
  when: (c: TypeContext) => boolean;
  type: EntityType;
}

const cityAndNickname = (c: TypeContext) =>
  c.nameToks.length === 2 &&
  gazetteerType(c.nameToks[0].text) === 'place' &&
  !isCountry(c.first) &&
  !isGivenName(c.first) &&
  !isGivenName(c.last) &&
  !isSurname(c.last) &&
  !COMPASS_FIRST.has(c.last) &&
  !hasAny(c.nameToks[1], [...PLACE_TAGS, 'Person', 'FirstName', 'LastName']);

const givenNameBeforePlaceWord = (c: TypeContext) =>
  c.nameToks.length === 2 &&
  isGivenName(c.first) &&
  !isKnownPlace(c.nameToks[0].text) &&
  !isKnownPlace(c.nameToks[1].text) &&
  !PLACE_CUES.has(c.last) &&
  /^\p{Lu}\p{Ll}+$/u.test(c.nameToks[1].text);

const centreOrg = (c: TypeContext) => (c.last === 'center' || c.last === 'centre') && c.nameToks.some((t) => CENTRE_ORG.has(plain(t)));

/** In order: the first that holds decides. */
export const NAME_TYPE_RULES: readonly TypeRule[] = [
  { id: 'gazetteer-place', when: (c) => c.listed === 'place', type: 'place' },
  { id: 'state-abbreviation-place', when: (c) => c.placeAbbreviation, type: 'place' },
  // "Newcastle upon Tyne", "Burton upon Trent" (not "Kingston upon Hull City Council", which ends in its cue).
  {
    id: 'town-upon-river',
    when: (c) => c.nameToks.length === 3 && c.nameToks[1].lower === 'upon',
    type: 'place',
  },
  { id: 'gazetteer-organization', when: (c) => c.listed === 'organization', type: 'organization' },
  { id: 'irish-county', when: (c) => c.nameToks.length === 2 && (c.first === 'co' || c.first === 'co.'), type: 'place' },
  // (With its 's, "St Anne's" is the church or school: saint-possessive-place.)
  {
    id: 'saint-place',
    when: (c) => c.nameToks.length === 2 && SAINT_WORDS.has(c.first) && !/[’']s$/.test(c.nameToks[1].text),
    type: 'place',
  },
  { id: 'title-person', when: (c) => !!c.role, type: 'person' },
  { id: 'party-word-before-party', when: (c) => c.single && c.beforePartyNoun && PARTY_ADJECTIVES.has(c.first), type: 'organization' },
  { id: 'transcript-speaker-label', when: (c) => c.speakerLabel, type: 'person' },
  // "Sotheby's", "McDonald's Research": the tokenizer kept the 's inside a company's name.
  {
    id: 'saint-possessive-place',
    when: (c) => !c.single && SAINT_WORDS.has(c.first) && /[’']s$/.test(c.nameToks[c.nameToks.length - 1].text),
    type: 'place',
  },
  { id: 'score-line-team', when: (c) => c.scoreAfter && c.listed !== 'place', type: 'organization' },
  { id: 'possessive-company-name', when: (c) => /[’']s$/.test(c.nameToks[0].text), type: 'organization' },
  // "I-91", "the M25", "the N7": a road's code.
  {
    id: 'road-code-place',
    when: (c) =>
      (c.single && (/^I-\d{1,3}$/.test(c.nameToks[0].text) || (c.before?.lower === 'the' && /^[AMN]\d{1,3}$/.test(c.nameToks[0].text)))) ||
      // "U.S. 98", "US 101": a federal highway
      (c.nameToks.length === 2 && /^U\.?S\.?$/.test(c.nameToks[0].text) && /^\d{1,3}$/.test(c.nameToks[1].text)),
    type: 'place',
  },
  { id: 'dateline-capitals-place', when: (c) => c.single && c.acronym && c.datelineShape, type: 'place' },
  { id: 'short-acronym-organization', when: (c) => c.single && c.acronym && c.first.length < 5, type: 'organization' },
  {
    id: 'function-district-organization',
    when: (c) => c.last === 'district' && c.nameToks.slice(0, -1).some((t) => DISTRICT_FUNCTIONS.has(plain(t))),
    type: 'organization',
  },
  // "Port of London Authority", "Mount Kenya Trust": a place word opens the name, an organization word ends it.
  { id: 'place-first-word', when: (c) => c.nameToks.length > 1 && PLACE_FIRST.has(c.first) && !ORG_CUES.has(c.last), type: 'place' },
  { id: 'organization-first-word', when: (c) => c.nameToks.length > 1 && ORG_FIRST.has(c.first), type: 'organization' },
  { id: 'venue-after-at', when: (c) => !c.single && c.before?.lower === 'at' && VENUE_HEADS.has(c.last), type: 'place' },
  // court-after-in: "pleaded not guilty in Fayette District Court", "in the Gauteng High Court": where the case is heard.
  { id: 'court-after-in', when: (c) => !c.single && c.afterIn && c.last === 'court', type: 'place' },
  {
    id: 'organization-head-word',
    when: (c) => ORG_CUES.has(c.last) || ((c.first === 'air' || c.last === 'air') && c.nameToks.length === 2),
    type: 'organization',
  },
  { id: 'relative-who-person', when: (c) => !c.single && c.nameToks.length <= 3 && c.beforeWho, type: 'person' },
  { id: 'facility-head-word', when: (c) => c.nameToks.length > 1 && !c.ofName && PLACE_CUES.has(c.last) && !centreOrg(c), type: 'place' },
  // "FMG Stadium Waikato", "Sky Arena Hamilton": a venue word, then the place it is in.
  {
    id: 'venue-then-place',
    when: (c) =>
      c.nameToks.length > 2 &&
      isKnownPlace(c.nameToks[c.nameToks.length - 1].text) &&
      c.nameToks.slice(1, -1).some((t) => SPONSORED_VENUE_WORDS.has(plain(t))),
    type: 'place',
  },
  { id: 'place-of-head', when: (c) => c.nameToks.length > 2 && PLACE_OF_HEADS.has(c.first), type: 'place' },
  { id: 'organization-of-head', when: (c) => c.nameToks.length > 2 && ORG_OF_HEADS.has(c.first), type: 'organization' },
  // "Washington State Department of Agriculture", "Albany County Board of Elections".
  {
    id: 'organization-of-head-inside',
    when: (c) => c.nameToks.some((t, k) => k > 0 && ORG_OF_HEADS.has(plain(t)) && /^(?:of|for)$/.test(c.nameToks[k + 1]?.lower ?? '')),
    type: 'organization',
  },
  { id: 'organization-context', when: (c) => c.organizationContext, type: 'organization' },
  { id: 'apposition-organization', when: (c) => c.apposition === 'organization', type: 'organization' },
  { id: 'apposition-place', when: (c) => c.apposition === 'place', type: 'place' },
  // sports-team-tag: "the Sacramento Kings", "Aston Villa": a name compromise knows as a team, whose words alone are the
  // team later ("Sacramento", "Villa": entities/teamNames.ts).
  {
    id: 'sports-team-tag',
    when: (c) => c.nameToks.length >= 2 && c.nameToks.every((t) => t.tags.has('SportsTeam')),
    type: 'organization',
  },
  {
    id: 'compromise-organization-tag',
    when: (c) => c.nameToks.some((t) => t.tags.has('Organization') && !t.sentStart),
    type: 'organization',
  },
  { id: 'place-head-word', when: (c) => PLACE_CUES.has(c.last) && !c.ofName, type: 'place' },
  {
    id: 'organization-word-before',
    when: (c) => c.hint === 'organization' && !!c.before && !PLACE_PREPS.has(c.before.lower),
    type: 'organization',
  },
  { id: 'place-before-local-office', when: (c) => c.localOfficeAfter && !c.anyRole, type: 'place' },
  { id: 'residence-after-age', when: (c) => c.residence && !c.anyRole, type: 'place' },
  {
    id: 'place-word-before',
    when: (c) => c.hint === 'place' && !!c.before && !PLACE_PREPS.has(c.before.lower) && c.before.lower !== 'and',
    type: 'place',
  },
  { id: 'town-and-state', when: (c) => c.single && c.townState && !c.anyRole, type: 'place' },
  // "the Broncos", "the Tories", "the Greens": a plural name after "the" is a team, party or band.
  {
    id: 'plural-name-after-the',
    when: (c) =>
      c.single &&
      c.before?.lower === 'the' &&
      /^\p{Lu}\p{Ll}+s$/u.test(c.nameToks[0].text) &&
      !hasAny(c.nameToks[0], [...PLACE_TAGS, 'Person', 'FirstName', 'LastName']) &&
      !isSurname(c.first) &&
      !isDemonym(c.first),
    type: 'organization',
  },
  // "the Melbourne Storm", "Leeds Rhinos": a city and a nickname that is no name of its own; with "the" before it, surely
  // a team's name, whose city or nickname alone is the team later (entities/teamNames.ts).
  { id: 'the-city-and-nickname-team', when: (c) => c.before?.lower === 'the' && cityAndNickname(c), type: 'organization' },
  { id: 'city-and-nickname-team', when: cityAndNickname, type: 'organization' },
  // "North East", "West Broadway", "Upper Hutt": a compass word and a name no person tag claims.
  {
    id: 'compass-word-place',
    when: (c) =>
      (c.nameToks.length === 2 && COMPASS_FIRST.has(c.last) && gazetteerType(c.nameToks[0].text) === 'place') ||
      (c.nameToks.length >= 2 &&
        c.nameToks.length <= 3 &&
        COMPASS_FIRST.has(c.first) &&
        !isDemonym(c.nameToks[c.nameToks.length - 1].text) &&
        !c.nameToks.some((t) => hasAny(t, ['Person', 'FirstName', 'Honorific', 'Organization']) || isGivenName(t.text))),
    type: 'place',
  },
  {
    id: 'compromise-person-tag',
    when: (c) => c.nameToks.some((t) => hasAny(t, ['Person', 'FirstName', 'LastName', 'Honorific'])),
    type: 'person',
  },
  // "Helen Marsh", "Devon Hill": a known given name before a word the model reads as a place, when the whole name is no place.
  { id: 'given-name-before-place-word', when: givenNameBeforePlaceWord, type: 'person' },
  { id: 'compromise-place-tags', when: (c) => c.nameToks.every((t) => hasAny(t, PLACE_TAGS)), type: 'place' },
  { id: 'known-first-or-last-name', when: (c) => !c.single && (isGivenName(c.first) || isSurname(c.last)), type: 'person' },
  // "Kim Jong-un", "Lau Siu-lai": a surname and a hyphenated given name.
  {
    id: 'hyphenated-given-name',
    when: (c) => c.nameToks.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(c.nameToks[1].text),
    type: 'person',
  },
  { id: 'team-or-club', when: (c) => c.first === 'team' || c.first === 'club', type: 'organization' },
  // ("Marine heatwaves": a sentence-opening adjective is no name by the lists alone.)
  {
    id: 'known-single-name',
    when: (c) =>
      c.single && (isSurname(c.first) || isGivenName(c.first)) && !(c.nameToks[0].sentStart && c.nameToks[0].tags.has('Adjective')),
    type: 'person',
  },
  { id: 'town-and-state-late', when: (c) => c.townState, type: 'place' },
];

/** The first rule of the table that holds, or null. */
export function firstTypeRule(c: TypeContext): TypeRule | null {
  for (const r of NAME_TYPE_RULES) if (r.when(c)) return r;
  return null;
}
