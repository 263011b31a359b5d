// Word lists used by quote attribution: reporting verbs, titles, role nouns, pronouns.
// All entries are lower case; look-ups lower-case the token first.

/** Reporting verbs in every inflection a news report uses (said, says, saying, told, ...). */
const VERB_LEMMAS: Array<[string, string[]]> = [
  ['say', ['say', 'says', 'said', 'saying']],
  ['tell', ['tell', 'tells', 'told', 'telling']],
  ['write', ['write', 'writes', 'wrote', 'writing', 'written']],
  ['reply', ['reply', 'replies', 'replied', 'replying']],
  ['testify', ['testify', 'testifies', 'testified', 'testifying']],
  ['admit', ['admit', 'admits', 'admitted', 'admitting']],
  ['quip', ['quip', 'quips', 'quipped', 'quipping']],
  ['read', ['reads', 'read']],
];

// Regular verbs: base form; -s, -ed, -ing forms are derived.
const REGULAR = [
  'add', 'ask', 'explain', 'note', 'state', 'tweet', 'post', 'announce', 'declare', 'insist', 'warn', 'claim',
  'argue', 'continue', 'recall', 'urge', 'comment', 'remark', 'observe', 'suggest', 'acknowledge', 'conclude',
  'confirm', 'report', 'reiterate', 'stress', 'emphasise', 'emphasize', 'predict', 'promise', 'vow', 'pledge',
  'joke', 'shout', 'yell', 'exclaim', 'whisper', 'mutter', 'assert', 'maintain', 'contend', 'counter', 'respond',
  'answer', 'agree', 'wonder', 'reason', 'recount', 'complain', 'concede', 'boast', 'caution', 'demand',
  'describe', 'lament', 'plead', 'protest', 'recommend', 'reveal', 'scoff', 'sigh', 'tout', 'underline',
  'highlight', 'allege', 'charge', 'cry', 'deny', 'disclose', 'estimate', 'express', 'hint', 'inform', 'mention',
  'point', 'proclaim', 'question', 'retort', 'snap', 'speculate', 'summarise', 'summarize', 'tell', 'thunder',
  'worry', 'rule', 'query', 'muse', 'blog', 'message', 'text', 'email', 'interject', 'add',
];

function inflect(base: string): string[] {
  const forms = [base];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  if (/[^aeiou]y$/.test(base)) {
    forms.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing');
  } else if (/(?:s|sh|ch|x|z)$/.test(base)) {
    forms.push(base + 'es', base + 'ed', base + 'ing');
  } else {
    forms.push(base + 's', stem + 'ed', stem + 'ing');
  }
  // Doubled final consonant (snap -> snapped, plead stays regular).
  if (/^[^aeiou]*[aeiou][bdgpt]$/.test(base)) forms.push(base + base.slice(-1) + 'ed', base + base.slice(-1) + 'ing');
  return forms;
}

export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  ...VERB_LEMMAS.flatMap(([, forms]) => forms),
  ...REGULAR.flatMap(inflect),
]);

/** Forms that are often not reporting verbs in news text; they count only next to a quote. */
export const WEAK_VERBS: ReadonlySet<string> = new Set([
  'read', 'reads', 'post', 'posts', 'posted', 'posting', 'note', 'notes', 'state', 'states', 'point', 'points',
  'pointed', 'charge', 'charges', 'charged', 'rule', 'rules', 'ruled', 'question', 'questions', 'questioned',
  'text', 'texts', 'message', 'messages', 'express', 'expressed', 'estimate', 'estimates', 'estimated',
  'worry', 'worries', 'worried', 'cry', 'cries', 'answer', 'answers', 'counter', 'counters', 'report',
  'reports', 'reported', 'continue', 'continues', 'continued', 'describe', 'describes', 'described',
  'highlight', 'highlights', 'highlighted', 'email', 'emails', 'reason', 'reasons', 'blog', 'blogs',
  'maintain', 'maintains', 'maintained', 'deny', 'denies', 'denied', 'agree', 'agrees', 'agreed',
  'promise', 'promises', 'promised', 'mention', 'mentions', 'mentioned', 'question', 'hint', 'hints',
  'written', 'writing', 'telling', 'saying', 'reading',
]);

/** Participles that report after a comma, with or without "that": "..., saying the Tories had ...", "..., finding that". */
export const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set([
  'saying', 'telling', 'adding', 'warning', 'arguing', 'insisting', 'noting', 'claiming', 'finding', 'ruling',
  'concluding', 'stating', 'declaring', 'calling',
]);

/** Verbs that take "to" before a reporting verb: "my grandmother used to say", "he likes to tell". */
export const TO_VERBS: ReadonlySet<string> = new Set([
  'used', 'liked', 'likes', 'loved', 'loves', 'wanted', 'wants', 'went', 'goes', 'tends', 'tended', 'began', 'begins', 'started', 'starts',
]);

/** Words that may stand between a subject and its reporting verb: "Putin also said", "she has told". */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'again', 'previously', 'earlier', 'once', 'has', 'had', 'have', 'was', 'is', 'were',
  'would', 'will', 'could', 'might', 'had', 'did', 'does', 'do', 'just', 'recently', 'further', 'simply', 'only',
  'repeatedly', 'reportedly', 'allegedly', 'publicly', 'privately', 'separately', 'subsequently', 'finally',
  'quickly', 'angrily', 'calmly', 'firmly', 'bluntly', 'flatly', 'himself', 'herself', 'themselves',
  'often', 'frequently', 'always', 'never', 'still', 'already', 'ultimately', 'initially', 'originally',
]);

/** Personal pronouns that can name a speaker. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it']);
export const FIRST_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you']);

/** Titles and ranks written before a name; stripped when a speaker is named from raw text. */
export const TITLES: ReadonlySet<string> = new Set([
  'madam', 'alhaji', 'alhaja', 'hon', 'hon.', 'honourable', 'honorable', 'mallam',
  'president', 'vice', 'prime', 'minister', 'deputy', 'secretary', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.',
  'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady', 'king', 'queen', 'prince',
  'princess', 'pope', 'ambassador', 'governor', 'gov', 'gov.', 'senator', 'sen', 'sen.', 'rep', 'rep.',
  'representative', 'congressman', 'congresswoman', 'judge', 'justice', 'general', 'gen', 'gen.', 'colonel',
  'col', 'col.', 'captain', 'capt', 'capt.', 'lieutenant', 'lt', 'lt.', 'sergeant', 'sgt', 'sgt.', 'major',
  'admiral', 'commander', 'officer', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'chairperson',
  'ceo', 'cfo', 'coo', 'cto', 'founder', 'mayor', 'chancellor', 'premier', 'sheikh', 'rev', 'rev.', 'reverend',
  'father', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'coach', 'manager', 'commissioner', 'inspector',
  'detective', 'superintendent', 'constable', 'speaker', 'leader', 'fm', 'pm', 'mp', 'mep', 'mla', 'undersecretary',
  'spokesman', 'spokeswoman', 'spokesperson', 'attorney', 'counsel', 'emir', 'sultan', 'ayatollah', 'councillor',
  'councilor', 'councilman', 'councilwoman', 'dean', 'provost', 'principal', 'head', 'envoy', 'consul', 'executive',
  'editor', 'correspondent', 'analyst', 'economist', 'hon', 'hon.', 'honourable', 'honorable', 'st', 'st.',
  'sen', 'assemblyman', 'assemblywoman', 'delegate', 'lawmaker', 'legislator', 'marshal', 'president-elect',
  'crown', 'grand', 'supreme', 'foreign', 'home', 'interior', 'defence', 'defense', 'finance', 'external',
  'affairs', 'state', 'trade', 'health', 'education', 'justice', 'energy', 'economy', 'agriculture', 'labour',
  'labor', 'transport', 'environment', 'culture', 'interior', 'treasury', 'attorney-general', 'solicitor-general',
  'shadow', 'acting', 'interim', 'former', 'ex', 'first', 'senior', 'junior', 'assistant', 'associate',
  'team', 'member', 'cllr', 'cllr.', 'cr', 'cr.', 'supt', 'supt.', 'insp', 'insp.', 'det', 'det.', 'cpl', 'cpl.', 'pte', 'pte.',
  'adm', 'adm.', 'amb', 'amb.', 'atty', 'atty.', 'pres', 'pres.', 'qc', 'kc', 'mk', 'taoiseach', 'tánaiste', 'tanaiste',
  'frontman', 'frontwoman', 'recorder',
]);

/** Department words count as titles only inside a title phrase ("Foreign Minister"), not in "Environment Agency". */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set([
  'crown', 'grand', 'supreme', 'foreign', 'home', 'interior', 'defence', 'defense', 'finance', 'external',
  'affairs', 'state', 'trade', 'health', 'education', 'justice', 'energy', 'economy', 'agriculture', 'labour',
  'labor', 'transport', 'environment', 'culture', 'treasury', 'shadow', 'acting', 'interim', 'former', 'ex',
  'first', 'senior', 'junior', 'assistant', 'associate', 'team', 'member', 'head', 'executive', 'chief', 'general',
]);

/** Nouns for a person's job that a later "the minister said" can refer back to. */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'governor', 'mayor', 'senator', 'ambassador',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'director', 'chief', 'ceo',
  'coach', 'manager', 'judge', 'prosecutor', 'lawyer', 'attorney', 'king', 'queen', 'prince', 'pope', 'leader',
  'official', 'officer', 'general', 'commander', 'founder', 'economist', 'analyst', 'professor', 'researcher',
  'scientist', 'author', 'curator', 'envoy', 'diplomat', 'lawmaker', 'legislator', 'mp', 'congressman',
  'congresswoman', 'councillor', 'councilor', 'commissioner', 'inspector', 'detective', 'doctor', 'physician',
  'executive', 'head', 'actor', 'actress', 'singer', 'player', 'striker', 'captain', 'defender', 'goalkeeper',
  'woman', 'man', 'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'sister', 'brother', 'resident',
  'witness', 'victim', 'student', 'teacher', 'worker', 'owner', 'farmer', 'expert', 'activist', 'campaigner',
  'candidate', 'boss', 'negotiator', 'dean', 'principal', 'editor', 'writer', 'journalist', 'reporter',
  'correspondent', 'director-general', 'secretary-general', 'chairperson', 'vice-president', 'spokesman',
  'undersecretary', 'deputy', 'representative', 'source', 'sources', 'officials', 'aide', 'adviser', 'advisor',
  'hotelier', 'grower', 'trader', 'vendor', 'shopkeeper', 'nurse', 'surgeon', 'pilot', 'driver', 'fisherman',
  'landlord', 'tenant', 'parent', 'pensioner', 'retiree', 'veteran', 'volunteer', 'organiser', 'organizer',
  'chef', 'artist', 'musician', 'designer', 'engineer', 'architect', 'planner', 'banker', 'investor', 'entrepreneur',
  'novelist', 'poet', 'historian', 'priest', 'pastor', 'midwife', 'paramedic', 'firefighter', 'councilwoman',
  'councilman', 'superintendent', 'headteacher', 'headmaster', 'headmistress', 'skipper', 'batter', 'bowler', 'winger',
]);

/** Person nouns that often stand for someone the story never names ("the driver" of the car that crashed, "the official"). */
export const UNNAMED_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'driver', 'witness', 'victim', 'passenger', 'man', 'woman', 'boy', 'girl', 'resident', 'neighbour', 'neighbor',
  'motorist', 'pedestrian', 'source', 'sources', 'official', 'officials', 'officer', 'spokesman', 'spokeswoman', 'spokesperson',
]);

/** A study and its authors as a speaker ("the authors write", "the paper warns"): they speak for its lead author. */
export const STUDY_NOUNS: ReadonlySet<string> = new Set([
  'authors', 'co-authors', 'researchers', 'scientists', 'paper', 'study', 'research', 'findings',
]);
/** The nouns after "led the" that make the person a study's lead author ("led the study"). */
export const LED_WORK_NOUNS: ReadonlySet<string> = new Set(['study', 'research', 'team', 'work', 'analysis', 'trial', 'project']);

/** Nouns for organizations that a later "the agency said" can refer back to. */
export const ORG_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'agency', 'ministry', 'department', 'government', 'council', 'bank', 'party',
  'police', 'court', 'committee', 'commission', 'union', 'organization', 'organisation', 'office', 'university',
  'club', 'team', 'network', 'board', 'authority', 'institute', 'foundation', 'embassy', 'army', 'military',
  'navy', 'campaign', 'charity', 'association', 'federation', 'league', 'service', 'administration', 'regulator',
  'airline', 'carrier', 'manufacturer', 'maker', 'retailer', 'broadcaster', 'newspaper', 'agency', 'kremlin',
  'pentagon', 'church', 'school', 'hospital', 'prosecutors', 'spokesperson', 'centre', 'center', 'body', 'watchdog',
  'startup', 'giant', 'operator', 'insurer', 'lender', 'utility', 'fund', 'exchange', 'state', 'country',
  'congress', 'library', 'museum', 'trust', 'council', 'parliament', 'senate', 'assembly', 'tribunal',
  'municipality', 'cooperative', 'co-operative', 'society', 'consultancy', 'nonprofit', 'chain', 'supplier',
  'miner', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'producer', 'refiner', 'brewer', 'exporter', 'importer',
  'builder', 'grocer', 'publisher', 'conglomerate', 'business', 'distributor', 'wholesaler', 'nation',
]);

/** Organization role nouns for a business: with no name sharing their word, "the miner" is the company the story is about. */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'miner', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'producer', 'refiner', 'brewer',
  'exporter', 'importer', 'builder', 'grocer', 'publisher', 'conglomerate', 'business', 'retailer', 'lender', 'insurer',
  'manufacturer', 'maker', 'startup', 'distributor', 'wholesaler', 'supplier', 'operator',
]);

/** Words naming a public body, not a company: "the company" never refers to "Spokane City Council" or "the Office of the City Auditor". */
export const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set([
  'council', 'ministry', 'department', 'agency', 'commission', 'committee', 'court', 'police', 'government',
  'parliament', 'senate', 'assembly', 'tribunal', 'embassy', 'army', 'navy', 'office', 'auditor', 'ombudsman',
  'university', 'school', 'municipality', 'county', 'legislature', 'cabinet',
]);

/** Nouns for a written source: "a statement from the ministry said", "the Home Office letter reads". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'letter', 'report', 'post', 'tweet', 'release', 'document', 'email', 'e-mail', 'memo', 'website',
  'blog', 'note', 'message', 'notice', 'filing', 'complaint', 'lawsuit', 'ruling', 'verdict', 'judgment',
  'judgement', 'study', 'paper', 'survey', 'communique', 'communiqué', 'transcript', 'order', 'decree',
  'announcement', 'editorial', 'column', 'article', 'video', 'broadcast', 'publication', 'site', 'page', 'account',
  'audit', 'review', 'inquiry', 'investigation', 'assessment', 'analysis',
]);

/** Verbs that put out a document: "the family issued a statement", "the agency published a report". */
export const DOCUMENT_VERBS: ReadonlySet<string> = new Set([
  'issued', 'issues', 'released', 'releases', 'published', 'publishes', 'sent', 'sends', 'filed', 'files', 'put', 'circulated',
]);

/**
 * Words in an organization's name that say what kind it is, for a role noun that does not appear in
 * the name: "the carrier" is Southern Cross Airlines.
 */
export const ORG_KIND_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['carrier', ['airlines', 'airline', 'airways', 'air', 'aviation', 'shipping', 'lines', 'telecom', 'mobile', 'wireless']],
  ['airline', ['airlines', 'airways', 'air', 'aviation']],
  ['broadcaster', ['broadcasting', 'television', 'tv', 'radio', 'media']],
  ['lender', ['bank', 'bancorp', 'credit', 'finance', 'lending']],
  ['insurer', ['insurance', 'assurance', 'mutual']],
  ['miner', ['mining', 'mines', 'minerals', 'metals', 'copper', 'gold', 'resources']],
  ['automaker', ['motors', 'motor', 'automotive', 'auto', 'cars']],
  ['carmaker', ['motors', 'motor', 'automotive', 'auto', 'cars']],
  ['retailer', ['stores', 'retail', 'mart', 'supermarkets']],
  ['newspaper', ['times', 'post', 'herald', 'journal', 'gazette', 'tribune', 'news', 'telegraph', 'guardian']],
  ['university', ['college', 'institute']],
  ['hospital', ['clinic', 'infirmary', 'medical']],
  ['regulator', ['authority', 'commission']],
  ['watchdog', ['authority', 'commission', 'ombudsman']],
]);

/** Titles that a later role noun refers back to ("the judge" for "Ms Justice Rafferty", "the officer" for "Det Sgt X"). */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['judge', ['justice', 'magistrate']],
  ['officer', ['constable', 'sergeant', 'sgt', 'inspector', 'detective', 'det', 'pc', 'superintendent']],
  ['lawmaker', ['senator', 'representative', 'rep', 'mp', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman']],
  ['legislator', ['senator', 'representative', 'rep', 'mp', 'congressman', 'congresswoman']],
  ['doctor', ['dr']],
  ['lieutenant', ['lt']],
  ['sergeant', ['sgt']],
  ['detective', ['det']],
  ['captain', ['capt']],
  ['inspector', ['insp']],
  ['superintendent', ['supt']],
  ['professor', ['prof']],
  ['councillor', ['cllr', 'cr']],
]);

/** Auxiliaries of the passive: "was told", "were being asked" report what someone else said. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'be', 'being', 'been', 'was', 'were', 'is', 'are', 'am', 'get', 'got', 'gets',
]);

/** Determiners of someone or something not named before ("a supplier", "another firm"). */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'some']);

/** Words that start a noun phrase naming a speaker: "the minister", "a spokesman", "his lawyer". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'one', 'another', 'this', 'that', 'these', 'those',
  'some', 'many', 'several', 'two', 'three', 'both',
]);

/** Prepositions after a reporting verb that introduce where it was said ("said in a post on X"). */
export const SETTING_WORDS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'during', 'after', 'before', 'via', 'through', 'while', 'when', 'from', 'for', 'with',
  'late', 'early', 'last', 'this', 'yesterday', 'today', 'tonight', 'on', 'recently', 'earlier', 'later',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'afterwards', 'then', 'again',
  'also', 'publicly', 'told', 'reporters', 'journalists', 'of', 'by', 'as', 'about', 'over',
]);

/**
 * Verbs that characterise in someone's words: `called the attack "senseless"`, `the audit found them
 * "inadequate"`. Only for quotes embedded in the same sentence.
 */
export const CHARACTERISING_VERBS: ReadonlySet<string> = new Set([
  'called', 'calls', 'calling', 'described', 'describes', 'describing', 'dubbed', 'dubs', 'branded', 'brands',
  'termed', 'terms', 'labelled', 'labeled', 'labels', 'characterised', 'characterized', 'deemed',
  'found', 'finds', 'accused', 'accuses', 'accusing', 'blamed', 'blames', 'blaming', 'thanked', 'thanks', 'thanking',
  'criticised', 'criticized', 'criticises', 'criticizes', 'criticising', 'criticizing',
  'condemned', 'condemns', 'condemning', 'dismissed', 'dismisses', 'dismissing',
]);

/** Labels that open a headline or name a kind of story ("Analysis: …", "EXCLUSIVE: …", "Review: …"): never a speaker. */
export const HEADLINE_LABELS: ReadonlySet<string> = new Set([
  'analysis', 'exclusive', 'opinion', 'comment', 'explainer', 'interview', 'review', 'update', 'breaking', 'live',
  'watch', 'listen', 'podcast', 'editorial', 'factbox', 'feature', 'profile', 'q&a', 'obituary', 'correction',
  'photos', 'factcheck', 'letters', 'viewpoint', 'perspective', 'commentary', 'recap', 'preview', 'briefing',
  'investigation', 'special report',
]);

/** Reporting verbs that are more often nouns; as verbs they follow their subject directly. */
export const NOUN_VERBS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'report', 'reports', 'post', 'posts', 'note', 'notes', 'comment', 'comments', 'tweet', 'tweets',
  'answer', 'answers', 'question', 'questions', 'warning', 'reply', 'replies', 'promise', 'promises', 'state', 'states',
  'charge', 'charges', 'rule', 'rules', 'message', 'messages', 'text', 'texts', 'email', 'emails', 'blog', 'blogs',
  'estimate', 'estimates', 'point', 'points', 'counter', 'plea', 'protest', 'protests', 'demand', 'demands', 'vow', 'vows',
  'pledge', 'pledges', 'boast', 'boasts', 'joke', 'jokes', 'cry', 'cries', 'query', 'queries', 'sigh', 'remark', 'remarks',
  'complaint', 'concern', 'hint', 'hints', 'tout', 'worry', 'worries', 'answer', 'reason', 'reasons',
]);
