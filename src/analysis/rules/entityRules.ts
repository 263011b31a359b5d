import type { Rule } from './rule';

/**
 * Entity types. The names pass's table (nameTypes.ts) gives each mention a type or a hint; the
 * aliases pass decides the entity's type from its mentions (entityTypes.ts) and names the rule of
 * the mention that weighed most, or its own rule.
 */
export const ENTITY_TYPE_RULES: readonly Rule[] = [
  // The names pass's type table, in its order.
  { id: 'gazetteer-place', description: 'the whole name is in the list of places' },
  { id: 'state-abbreviation-place', description: 'a state or province abbreviated with its period ("Kamloops, B.C.", "Fresno, Calif.")' },
  { id: 'town-upon-river', description: 'a town named with "upon" and its river ("Burton upon Trent")' },
  { id: 'gazetteer-organization', description: 'the whole name is in the list of organizations' },
  { id: 'irish-county', description: '"Co" and a name is an Irish county ("Co Kildare", "Co. Down")' },
  { id: 'saint-place', description: '"St" and one name is a place or parish, not a saint ("St James", "St. Louis")' },
  { id: 'title-person', description: 'a title is written with the name ("Finance Minister John Mbadi")' },
  {
    id: 'party-word-before-party',
    description: 'a party word before a lower-case "party" ("on the Republican and Conservative party lines")',
  },
  { id: 'transcript-speaker-label', description: 'a name in capitals opening a line before a colon ("MARIA LOPEZ:", later "LOPEZ:")' },
  { id: 'saint-possessive-place', description: "a saint's name with its 's: a church, school or district (\"at St Anne's\")" },
  { id: 'score-line-team', description: 'a name before a score in a result line ("Solihull Villa 2 Telford Rangers 1"): a team' },
  {
    id: 'possessive-company-name',
    description: 'a company named with its \'s, owning nothing ("Sotheby\'s said", "sold at Sotheby\'s in May", "McDonald\'s Research")',
  },
  { id: 'compass-word-place', description: 'a compass word opens a name no person tag claims ("North East", "West Broadway")' },
  { id: 'road-code-place', description: 'a road\'s code ("I-91", "the M25", "U.S. 98")' },
  { id: 'dateline-capitals-place', description: 'a word in capitals opens the story before a comma or dash ("BREMEN, Germany —")' },
  { id: 'short-acronym-organization', description: 'a short acronym ("NTV", "WHO")' },
  {
    id: 'organization-first-word',
    description: 'the name starts with an organization word of another language or an iwi word ("Instituto Gonzaga", "Ngāti Toa")',
  },
  {
    id: 'place-first-word',
    description: 'the name starts with a place word ("River Severn", "Mount Kenya") and does not end with an organization word',
  },
  {
    id: 'function-district-organization',
    description:
      'a district named for what it runs is a public body ("Fresno County Fire Protection District", "Lubbock Independent School District")',
  },
  {
    id: 'venue-after-at',
    description: 'a court, hospital, school or library named after "at" is where something happens ("at Bolton Crown Court")',
  },
  { id: 'court-after-in', description: 'a court named after "in" is where the case is heard ("in Fayette District Court")' },
  { id: 'organization-head-word', description: 'the name ends in an organization word ("Railway", "Bank", "Council", "Airlines")' },
  {
    id: 'relative-who-person',
    description: 'a name of two or three words followed by ", who" ("Rhys Bevan, who runs a café") is a person',
  },
  { id: 'facility-head-word', description: 'the name ends in a facility word ("Moscone Center", "Changi Airport")' },
  { id: 'venue-then-place', description: 'a venue word and the place it is in ("FMG Stadium Waikato")' },
  { id: 'place-of-head', description: 'an "X of Y" name whose head is a place word ("Gulf of Mexico")' },
  { id: 'organization-of-head', description: 'an "X of Y" name whose head is an organization word ("Ministry of Defence")' },
  {
    id: 'organization-of-head-inside',
    description: 'an organization word before "of" or "for" inside the name ("Washington State Department of Agriculture")',
  },
  {
    id: 'organization-context',
    description: 'only an organization has what is written around the name ("Corvane\'s chief executive", "shares of Halvex")',
  },
  { id: 'apposition-organization', description: 'an apposition after the name names a company or body ("Corvane, a software maker,")' },
  { id: 'apposition-place', description: 'an apposition after the name names a place ("Totota, a town in Bong County")' },
  { id: 'compromise-organization-tag', description: 'the language model tags a word of the name as an organization' },
  { id: 'place-head-word', description: 'the name ends in a place word ("Kenya County")' },
  { id: 'organization-word-before', description: 'an organization word just before the name ("news agency PTI")' },
  { id: 'place-before-local-office', description: 'a town\'s or state\'s office follows the name ("Tracadie Mayor Denis Losier")' },
  { id: 'residence-after-age', description: 'where someone lives, after their age ("Connor Bradshaw, 27, of Weston-super-Mare")' },
  { id: 'place-word-before', description: 'a place word just before the name ("the city of Kursk")' },
  { id: 'town-and-state', description: 'a town written with its state or country ("Irving, Texas")' },
  { id: 'plural-name-after-the', description: 'a plural name after "the" is a team, party or band ("the Broncos", "the Tories")' },
  { id: 'sports-team-tag', description: 'a name compromise knows as a team ("the Sacramento Kings", "Aston Villa")' },
  { id: 'the-city-and-nickname-team', description: 'a city and a nickname after "the" ("the Boise Ironhorses"): surely a team' },
  { id: 'city-and-nickname-team', description: 'a city and a nickname that is no name of its own ("the Melbourne Storm")' },
  { id: 'compromise-person-tag', description: "the language model tags a word of the name as a person's name or an honorific" },
  {
    id: 'given-name-before-place-word',
    description: 'a known given name before a word the language model reads as a place ("Helen Marsh"), the whole no known place',
  },
  { id: 'compromise-place-tags', description: 'the language model tags every word of the name as a place' },
  { id: 'known-first-or-last-name', description: 'the name starts with a known first name or ends with a known surname' },
  { id: 'hyphenated-given-name', description: 'a surname and a hyphenated given name ("Kim Jong-un")' },
  { id: 'team-or-club', description: 'the name starts with "Team" or "Club"' },
  { id: 'known-single-name', description: 'one word that is a known first name or surname' },
  { id: 'town-and-state-late', description: 'a name followed by a comma and a known place, when nothing else decided' },
  // After the table.
  {
    id: 'organization-word-before-beats-place',
    description: 'an organization word before a place name makes it an organization ("the carrier Panama")',
  },
  {
    id: 'sentence-start-occupation',
    description: 'a job noun opening the sentence before a name is its role ("Meteorologist Dan Ode said")',
  },
  { id: 'place-before-party-member', description: 'a place before a party member\'s noun ("an Ohio Republican"): the place is the name' },
  { id: 'plural-title-list-person', description: 'a name listed after a plural title ("Ministers Manturov and Lavrov")' },
  { id: 'formerly-organization', description: 'a name with "(formerly …)" is a renamed organization' },
  { id: 'bracketed-acronym-type', description: 'an acronym in brackets takes the type of the name it stands for' },
  {
    id: 'bracketed-short-form',
    description: 'one word in brackets after an organization, spelt with letters of its name in order, is its short form ("(Ofcom)")',
  },
  // Extents (names/emit.ts, runs.ts): where a name starts and ends.
  {
    id: 'nationality-before-state-body',
    description: 'a nationality before a state body is not in its name ("the Greek Ministry of Culture")',
  },
  {
    id: 'possessive-owner-not-product',
    description: 'a name with \'s before a product noun owns the products, it does not name one ("Corvane\'s software business")',
  },
  {
    id: 'title-portfolio-not-name',
    description: 'what follows a title\'s "for" is its portfolio ("Minister of State for Petroleum Resources")',
  },
  {
    id: 'organization-of-name-and',
    description: 'an "X of Y" organization goes on over "and" and a plain capitalised word ("Department of Health and Social Care")',
  },
  // Names dropped as no entity (names/context.ts `nonEntityStart`).
  { id: 'storm-name-not-entity', description: 'a named storm is an event, not an entity ("Typhoon Ferding", "Hurricane Ida")' },
  { id: 'transit-line-not-entity', description: 'a transit line is a route, not an entity ("the Yellow Line", "Central Line")' },
  // Hints: weaker evidence, used when no mention has a type.
  { id: 'hint-organization-word-before', description: 'an organization word just before the name' },
  { id: 'hint-title-before', description: 'a title word just before the name ("minister Lavrov")' },
  { id: 'hint-institution-source', description: 'an institution is the source after "researchers from", "a grant from"' },
  { id: 'hint-place-preposition', description: 'a place preposition just before the name ("in Kursk")' },
  { id: 'hint-place-word-before', description: 'a place word just before the name' },
  {
    id: 'coordinated-with-place',
    description: 'one word nothing else types, in a list with a place ("Kharadi, Wagholi and Hadapsar", "between Barrie and Toronto")',
  },
  { id: 'hint-place-coordinated', description: 'joined by "and" to a place after a place preposition ("in Mathare and Kibra")' },
  { id: 'hint-speech-verb-after', description: 'a speech or action verb right after the name ("Lavrov said")' },
  {
    id: 'hint-body-speaks',
    description: 'a name ending in a country, a region or a common noun speaks ("Cricket Australia said", "Fenmore Water said"): a body',
  },
  {
    id: 'hint-government-acts',
    description:
      'a capital or seat of government that acts ("Ottawa pledged", "Beijing has warned") or is asked or blamed ("asked Ottawa for aircraft"): its government',
  },
  {
    id: 'hint-capitals-speech-verb',
    description: 'one word in capitals or camel case before a speech verb is an organization ("NORTEL said", "FedEx said")',
  },
  { id: 'hint-joined-organization', description: 'a name after "joined" is an employer or body ("she joined Halvex in 2019")' },
  { id: 'hint-facility-after', description: 'a facility noun after the name ("the Kudankulam nuclear plant")' },
  { id: 'hint-looks-personal', description: 'two or three plain capitalised words that nothing else explains read as a person' },
  { id: 'hint-country-plays-as-team', description: 'a country that plays a match ("Belgium defeated Panama 3 – 0")' },
  // The entity's own rules (entityTypes.ts, aliases.ts).
  {
    id: 'place-named-by-its-body',
    description:
      'a one-word name guessed to be a person that a local body of the article is named after ("Logan" beside "Logan City Council")',
  },
  { id: 'place-used-as-organization', description: 'a place used as an organization in most of its mentions' },
  { id: 'surname-short-form', description: 'an unknown name also written as its last word alone ("Romelu Lukaku" … "Lukaku")' },
  { id: 'handle-person', description: 'only social handles name it' },
  { id: 'unknown-name-organization', description: 'no evidence: an unknown capitalised name is most often an organization' },
  { id: 'countries-as-teams', description: 'in a match report, every country that plays is its team' },
  {
    id: 'places-as-teams',
    description: 'in a match report, a city or region that plays somewhere in it is its team, unless a mention says where something is',
  },
  {
    id: 'state-institution-alone',
    description: 'a state body\'s word alone, with no body of that name in the article, is the state\'s own ("the Government said")',
  },
  { id: 'city-as-team', description: 'a team named by its city and nickname ("the Boise Ironhorses") is written by either word alone' },
];
