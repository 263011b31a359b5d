// Word lists of the noun-phrase grammar that reads a speaker next to a reporting verb
// (src/analysis/attribution/phrases.ts, coreference.ts). All entries lower case unless noted.

/** People who speak for an organization. */
export const SPOKES_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'representative', 'representatives',
]);

/** People an article leaves unnamed and ties to their organization: "a senior official of the ministry" ... "the official said". */
export const UNNAMED_MEMBER_NOUNS: ReadonlySet<string> = new Set(['official', 'officer', 'source', 'executive', 'insider']);

/** Words joining an unnamed member to their organization: "an official with the authority". */
export const MEMBER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'with', 'from', 'for']);

/** Words right before a mention that make it an object, not a subject or an antecedent: "told Smith", "met Smith". */
export const OBJECT_MARKERS: ReadonlySet<string> = new Set([
  'told', 'to', 'with', 'by', 'for', 'on', 'at', 'from', 'about', 'met', 'meet', 'meets', 'called', 'thanked', 'invited', 'urged',
  'asked', 'against', 'than',
]);

/** First words of an opening clause before a sentence's subject: "During Prime Minister's Questions, Sunak ...". */
export const INTRO_WORDS: ReadonlySet<string> = new Set([
  'during', 'in', 'on', 'at', 'after', 'before', 'following', 'despite', 'for', 'with', 'as', 'while', 'since', 'when', 'amid',
  'under', 'from', 'by', 'asked', 'speaking',
]);

/** Words before an -ing adjunct that shares the sentence's subject: "... whilst promising". */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'while', 'whilst', 'after', 'before', 'when', 'by', 'as', 'without', 'in', 'since', 'despite',
]);

/** Words never part of a speaker phrase. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'that',
  'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'there', 'here', 'when', 'where', 'while', 'if',
  'then', 'than', 'so', 'not', 'no', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'also', 'after', 'before',
  'during', 'about', 'into', 'over', 'under', 'again', 'later', 'earlier', 'now', 'today', 'yesterday',
  'meanwhile', 'however', 'asked', 'according', 'speaking', 'adding', 'saying', 'it', 'its', 'what', 'how', 'why',
  'all', 'just', 'very', 'said', 'says', 'told', 'added', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'last', 'next', 'week', 'year', 'month', 'day', 'night', 'morning', 'evening', 'afternoon',
  'up', 'out', 'down', 'off', 'too', 'such', 'both', 'each', 'more', 'most', 'other', 'some', 'any', 'only',
]);

/** Lower-case particles inside a name: "Ursula von der Leyen", "Mohammed bin Salman". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'le', 'la', 'du', 'bin', 'bint', 'ibn', 'al', 'el', 'abu',
  'dos', 'das', 'y',
]);

/** Capitalised pronouns (as written, not lower case): never a name word. */
export const PRONOUN_CAPS: ReadonlySet<string> = new Set([
  'He', 'She', 'They', 'It', 'I', 'We', 'You', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'Him', 'Them',
]);

/** Plural nouns for unnamed groups that speak: "Officials said", "Police said". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'critics', 'residents', 'people', 'experts', 'analysts', 'officials', 'witnesses', 'police', 'researchers', 'scientists',
  'authorities', 'investigators', 'prosecutors', 'protesters', 'supporters', 'opponents',
]);

/** Possessives that open a noun phrase: "its director", "their manager". */
export const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'our']);

/** Groups named after a person, who speak for that person: "the Kessler family", "the Brennan campaign". */
export const NAMED_GROUP_NOUNS: ReadonlySet<string> = new Set(['family', 'campaign', 'camp', 'estate', 'household', 'clan']);

/** Pronouns that refer to a man, and to a woman: the gender a person's mentions are referred back to with. */
export const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);

/** Titles and kin words that give a person's gender ("Mrs Okafor", "her son, Kevin Dolan"). */
export const MALE_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'sir', 'lord', 'father', 'son', 'brother', 'husband', 'grandfather', 'uncle', 'spokesman',
]);
export const FEMALE_TITLES: ReadonlySet<string> = new Set([
  'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'mother', 'daughter', 'sister', 'wife', 'grandmother', 'aunt',
  'spokeswoman',
]);

/** Words joining a second verb to a sentence's subject: "Dolan framed the article but told the paper". */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);

/** Nouns for what a person says, before a quote: `My aunt's saying was, "..."`, `His advice: "..."`. */
export const SAYING_NOUNS: ReadonlySet<string> = new Set([
  'saying', 'sayings', 'motto', 'mantra', 'advice', 'message', 'words', 'reply', 'answer', 'response', 'verdict',
  'philosophy', 'warning', 'explanation', 'instructions', 'instruction', 'catchphrase', 'refrain', 'rule', 'credo', 'line',
]);

/** Possessives before a role in apposition: "my aunt, Ngozi Eze", "her son, Kevin Dolan". */
export const ROLE_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'its']);

/** What a possessive pronoun points to, as the subject pronoun: "his advice" is what "he" said. */
export const POSSESSIVE_SUBJECTS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
]);

/** Words between a saying noun and the quote: `his advice was simple: "..."`. */
export const SAYING_LINKS: ReadonlySet<string> = new Set([
  'was', 'is', 'were', 'are', 'went', 'goes', 'remains', 'remained', 'simple', 'clear', 'blunt', 'always', 'never',
]);

/** Forms of "put" that report words with "it": "as she put it". */
export const PUT_FORMS: ReadonlySet<string> = new Set(['put', 'puts', 'putting']);

/** Capitalised sentence openers that are no one's name: "The", "Police", "Officials" ("Marsh disagreed" is someone). */
export const NOT_SUBJECT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'then',
  'police', 'officials', 'critics', 'residents', 'people', 'experts', 'analysts', 'witnesses', 'researchers', 'scientists',
  'authorities', 'investigators', 'prosecutors', 'protesters', 'supporters', 'opponents', 'everyone', 'nobody', 'someone',
  'many', 'some', 'others', 'most', 'few', 'both', 'all', 'each', 'parents', 'teachers', 'doctors', 'nurses', 'workers',
  'farmers', 'drivers', 'voters', 'fans', 'locals', 'staff', 'students', 'shoppers', 'passengers', 'gardaí', 'gardai',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  'figures', 'data', 'records', 'documents', 'reports', 'statistics', 'results', 'surveys', 'polls', 'studies', 'tests',
  'estimates', 'numbers', 'sales', 'prices', 'shares', 'markets', 'inspectors', 'engineers', 'crews', 'firefighters',
  'paramedics', 'rescuers', 'officers', 'troops', 'soldiers', 'lawyers', 'judges', 'ministers', 'leaders', 'members',
  'councillors', 'villagers', 'families', 'relatives', 'neighbours', 'neighbors', 'commuters', 'riders', 'customers',
  'users', 'consumers', 'investors', 'traders', 'economists', 'observers', 'organisers', 'organizers', 'campaigners',
  'activists', 'unions', 'employers', 'companies', 'sources', 'emails', 'photos', 'images', 'videos',
]);

/** A relative pronoun that is the subject of its clause and stands for a person: `Colleen Ferris, who told me, "..."`. */
export const RELATIVE_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose']);

/** Pronouns by which the speaker of a transcript turn names themselves (`I told them "no"`). */
export const TURN_SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we']);
