// Words around a name that tell its type (the names pass and its type rules, names/typeRules.ts).
import { wordsPattern } from './pattern';

/** Words just before a name that tell its type ("news agency PTI", "the city of Kursk"). */
export const ORG_BEFORE = new Set([
  'agency', 'company', 'firm', 'group', 'party', 'newspaper', 'daily', 'broadcaster', 'channel', 'network', 'carrier', 'airline',
  'maker', 'manufacturer', 'bank', 'lender', 'giant', 'startup', 'retailer', 'insurer', 'club', 'team', 'outlet', 'website', 'platform',
  'publisher', 'organisation', 'organization', 'union', 'ministry', 'charity', 'university', 'band', 'label', 'studio', 'rival',
  'subsidiary', 'unit', 'operator', 'brand', 'tabloid', 'magazine', 'paper', 'regulator', 'watchdog', 'journal', 'nonprofit',
  'non-profit', 'consultancy', 'utility', 'supplier', 'chain', 'fund', 'start-up',
]);
export const PLACE_BEFORE = new Set([
  'city', 'town', 'village', 'country', 'state', 'province', 'region', 'capital', 'island', 'district', 'county', 'port', 'nation',
  'territory', 'republic', 'enclave', 'suburb', 'neighbourhood', 'neighborhood',
]);
/** First words of a place name: "River Severn", "Mount Kenya", "Lake Victoria". */
export const PLACE_FIRST = new Set([
  'river', 'lake', 'mount', 'mt', 'mt.', 'cape', 'isle', 'port', 'fort', 'gulf', 'bay', 'loch', 'glen', 'lough',
  'cerro', 'monte', 'rio', 'río', 'sierra', 'puerto', 'lago', 'laguna', 'playa', 'bahía', 'isla', 'ciudad', 'san', 'santa', 'são',
  'barangay', 'kampung', 'pulau', 'bukit', 'wadi', 'jebel', 'ras', 'ysbyty', 'llyn', 'afon', 'coed', 'cwm',
]);
/** First words of an organization's name in other languages, and of Māori iwi ("Instituto Gonzaga", "Ngāti Toa"). */
export const ORG_FIRST = new Set([
  'instituto', 'istituto', 'institut', 'banco', 'banca', 'grupo', 'gruppo', 'universidad', 'università', 'universidade',
  'université', 'universität', 'ministerio', 'ministère', 'compagnie', 'société', 'sociedad', 'sociedade', 'fundación',
  'fundação', 'fondazione', 'fondation', 'stichting', 'partido', 'partito', 'ngāti', 'ngati', 'ngāi', 'ngai', 'bord',
]);
/** Compass words opening a region's or a street's name ("North East", "West Broadway", "Southern Highlands"). */
export const COMPASS_FIRST = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'north-east', 'north-west', 'south-east',
  'south-west', 'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower', 'greater', 'central', 'mid',
]);
export const PLACE_PREPS = new Set([
  'in', 'from', 'near', 'across', 'throughout', 'outside', 'inside', 'to', 'into', 'toward', 'towards', 'via',
]);
/** Words before "to" that make its object a source or a recipient, not a destination ("according to X", "signed to X"). */
export const TO_NOT_DESTINATION = new Set([
  'according', 'stated', 'spoke', 'speaking', 'talked', 'talking', 'wrote', 'writing', 'signed', 'belonged', 'belongs',
  'sold', 'delivered', 'donated', 'granted', 'awarded', 'loaned', 'lent', 'apologised', 'apologized', 'responded',
  'replied', 'reported', 'complained', 'appealed', 'applied', 'submitted', 'owed', 'paid',
]);
/** Nouns before "from" whose source is an institution ("researchers from X", "a grant from X"). */
export const FROM_INSTITUTION_BEFORE = new Set([
  'researchers', 'scientists', 'officials', 'experts', 'engineers', 'inspectors', 'selectors', 'scouts', 'auditors',
  'representatives', 'delegates', 'staff', 'grant', 'grants', 'funding', 'investment', 'loan', 'loans', 'backing',
  'approval', 'subsidy', 'subsidies', 'contract', 'donation',
]);
export const SPEECH_AFTER = new Set([
  'said', 'says', 'told', 'added', 'explained', 'stated', 'wrote', 'tweeted', 'asked', 'replied', 'argued', 'insisted', 'noted',
  'recalled', 'warned', 'claimed', 'believes', 'thinks', 'thought', 'wants', 'wanted', 'met', 'visited', 'called',
]);
/** Words that make a "... Center" an institution rather than a building. */
export const CENTRE_ORG = new Set([
  'research', 'policy', 'studies', 'study', 'law', 'media', 'data', 'rights', 'justice', 'cancer', 'medical', 'health', 'information',
  'resource', 'resources', 'training', 'services', 'care', 'support', 'advocacy', 'legal', 'strategic', 'security', 'control',
  'prevention',
]);
/** Nouns for a party's member after a place ("an Ohio Republican", "a Texas Democrat"): the place is the name. */
export const PARTY_MEMBER_WORDS = new Set([
  'republican', 'republicans', 'democrat', 'democrats', 'conservative', 'conservatives', 'tory', 'tories', 'liberal', 'liberals',
  'socialist', 'socialists', 'nationalist', 'nationalists',
]);
/** Words after a name's 's that make it a contraction ("Smith's been"), not part of a company's name. */
export const CONTRACTION_AFTER = new Set(['been', 'got', 'gotten', 'had', 'done', 'going', 'gone', 'is', 'was', 'has', 'become', 'seen']);
/** Capitalised words that continue a possessive company name ("McDonald's Research", "Sotheby's International"). */
export const POSSESSIVE_COMPANY_HEADS = new Set([
  'research', 'international', 'group', 'holdings', 'inc', 'corporation', 'restaurants', 'realty', 'auctions', 'foods', 'stores',
  'office', 'court', 'institute', 'hospital', 'college', 'school', 'society', 'association', 'union', 'league', 'fund', 'trust',
  'diner', 'boatyard', 'cafe', 'café', 'restaurant', 'bakery', 'pub', 'tavern', 'shop', 'store', 'garage', 'deli', 'bistro',
  'kitchen', 'grill', 'inn', 'brewery', 'hardware', 'motors', 'pharmacy', 'supermarket', 'market', 'bookshop', 'bookstore',
]);
/** Pronouns and question words with 's ("It's", "That's", "Let's"), never company names. */
export const POSSESSIVE_NOT_COMPANY = wordsPattern(
  ['it', 'that', 'there', 'here', 'he', 'she', 'what', 'who', 'where', 'let', 'everyone', 'everybody', 'nobody', 'someone', 'one'],
  'i',
  "[’']s",
);
/** Heads of a government's own bodies, named without the nationality written before them ("the Greek Ministry of Culture"). */
export const STATE_BODY_HEADS = new Set(['ministry', 'department']);
/** Words after a place that make the name its local body ("Lakeland Police Department", "Castlebay Community Council"). */
export const LOCAL_BODY_AFTER_PLACE = new Set([
  'police', 'council', 'city', 'county', 'borough', 'district', 'municipal', 'metropolitan', 'regional', 'community',
  'fire', 'sheriff', "sheriff's", 'school', 'public', 'town', 'parish', 'township', 'village', 'area', 'general',
]);
/** Party words written as an adjective before "party" ("the Republican and Conservative party lines"): the party is named. */
export const PARTY_ADJECTIVES = new Set([
  'republican', 'democratic', 'democrat', 'conservative', 'labour', 'labor', 'liberal', 'green', 'socialist', 'communist',
  'libertarian', 'progressive', 'reform', 'independence', 'working', 'workers', 'national', 'nationalist',
]);
/** Lower-case nouns after a party's adjective. */
export const PARTY_NOUNS = new Set(['party', 'parties', "party's", 'ticket', 'tickets']);
/** Place words that end a place written before a title ("Bong County Superintendent", "Lagos State Governor"). */
/** Titles of an office a town or state has: the name before "Mayor Denis Losier" is that place ("Tracadie Mayor"). */
export const LOCAL_OFFICE_TITLES = new Set([
  'mayor', 'governor', 'premier', 'sheriff', 'reeve', 'alderman', 'assemblyman', 'assemblywoman', 'congressman',
  'congresswoman', 'senator', 'mla', 'msp', 'mpp',
]);
/** Members elected for a seat: the name after "MP for", "the member for", "senator for" is their constituency. */
export const SEAT_HOLDERS = new Set([
  'mp', 'mps', 'mla', 'mpp', 'msp', 'td', 'member', 'senator', 'councillor', 'councilor', 'representative',
]);
export const PLACE_BEFORE_TITLE = new Set(['county', 'city', 'state', 'province', 'parish', 'borough', 'municipality']);
/** Nouns after a name's 's that only an organization has ("Corvane's chief executive", "Halvex's shareholders"). */
export const ORG_POSSESSED = new Set([
  'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chairperson', 'board', 'shares', 'stock', 'shareholders', 'stockholders',
  'subsidiary', 'subsidiaries', 'headquarters', 'workforce', 'employees', 'revenue', 'revenues', 'profit', 'profits', 'earnings',
  'turnover', 'stores', 'factories', 'plants', 'franchise', 'franchisees', 'listing', 'takeover', 'merger', 'share',
  'co-founder', 'co-founders', 'cofounder', 'cofounders', 'valuation', 'investors', 'branches', 'outlets',
]);
/** Nouns right after a name (no 's) that only an organization has ("Lumora chief executive Priya Varadan", "Halvex employees"). */
export const ORG_BEFORE_NOUNS = new Set([
  'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'shareholders', 'stockholders', 'employees', 'workforce', 'subsidiary',
]);
/** "chief executive", "managing director": a two-word office only an organization has, after its 's. */
export const ORG_POSSESSED_PAIRS = new Set([
  'chief executive', 'chief financial', 'chief operating', 'chief technology', 'managing director', 'board of',
]);
/** Two words before a name that only an organization follows ("shares of Halvex", "the chief executive of Corvane"). */
export const ORG_OF_PAIRS = new Set([
  'shares of', 'shares in', 'stake in', 'stock of', 'shareholders of', 'shareholders in', 'subsidiary of', 'unit of', 'ceo of',
  'executive of', 'chairman of', 'chairwoman of', 'acquisition of', 'takeover of', 'employees of', 'spokesman for',
  'spokeswoman for', 'spokesperson for', 'founder of', 'co-founder of', 'cofounder of', 'merger with',
]);
/** A verb before a name that makes the name an employer or body joined ("she joined Halvex in 2019"). */
export const ORG_JOINED_BEFORE = new Set(['joined', 'joining', 'joins', 'rejoined']);
/** Heads of an apposition after a name that make it an organization ("Corvane, a Leeds software maker,"), besides ORG_BEFORE. */
export const APPOSITION_ORG_HEADS = new Set([
  'corporation', 'conglomerate', 'cooperative', 'co-operative', 'co-op', 'nonprofit', 'non-profit', 'charity', 'chain', 'supplier',
  'utility', 'consultancy', 'association', 'body', 'foundation', 'trust', 'society', 'council', 'authority', 'institute',
  'exporter', 'importer', 'distributor', 'wholesaler', 'processor', 'miner', 'refiner', 'brewer', 'builder', 'contractor',
  'outfit', 'provider', 'airline', 'carrier', 'startup', 'start-up', 'business', 'enterprise', 'venture', 'coalition', 'alliance',
  'campaign', 'collective', 'consortium', 'federation', 'league', 'party', 'agency', 'newspaper', 'broadcaster',
]);
/** Heads of an apposition after a name that make it a place ("Totota, a town in Bong County"), besides PLACE_BEFORE. */
export const APPOSITION_PLACE_HEADS = new Set([
  'township', 'hamlet', 'settlement', 'commune', 'municipality', 'locality', 'parish', 'borough', 'archipelago', 'atoll',
  'peninsula', 'valley', 'river', 'lake', 'mountain', 'islet',
]);
/** Articles that open an apposition. */
export const APPOSITION_ARTICLES = new Set(['a', 'an', 'the']);
/** Words that end an apposition's noun phrase before its head noun would come ("a town in ...", "a firm that ..."). */
export const APPOSITION_STOPS = new Set([
  'in', 'on', 'at', 'of', 'for', 'from', 'with', 'by', 'near', 'that', 'which', 'who', 'whose', 'where', 'and', 'or', 'to', 'based',
]);
/** Verbs of a government acting, after a capital or country that stands for it ("Ottawa pledged", "Whitehall has refused"). */
export const GOVERNMENT_VERBS = new Set([
  'said', 'says', 'announced', 'announces', 'pledged', 'pledges', 'promised', 'promises', 'warned', 'warns', 'rejected', 'rejects',
  'agreed', 'agrees', 'approved', 'approves', 'imposed', 'imposes', 'banned', 'bans', 'ordered', 'orders', 'threatened', 'threatens',
  'accused', 'accuses', 'condemned', 'condemns', 'demanded', 'demands', 'urged', 'urges', 'vowed', 'vows', 'refused', 'refuses',
  'denied', 'denies', 'signed', 'signs', 'insisted', 'insists', 'unveiled', 'unveils', 'confirmed', 'confirms', 'responded',
  'responds', 'retaliated', 'protested', 'sanctioned', 'expelled', 'recalled', 'blamed', 'blames', 'offered', 'offers',
  'committed', 'allocated', 'earmarked', 'granted', 'funded', 'funds', 'wants', 'wanted', 'plans', 'planned', 'intends',
  'declined', 'declines', 'welcomed', 'welcomes', 'criticised', 'criticized', 'ruled', 'appealed', 'objected', 'pushed', 'moved',
  'sought', 'seeks', 'cut', 'raised', 'slashed', 'froze', 'suspended', 'suspends', 'backed', 'backs',
  'respond', 'announce', 'impose', 'reject', 'approve', 'sign', 'ban', 'retaliate',
]);
/** Lower-case words before a capital that still let it be the one who acts ("and Ottawa pledged", "but Beijing warned"). */
export const GOVERNMENT_SUBJECT_BEFORE = new Set(['the', 'and', 'but', 'as', 'while', 'when', 'because', 'since', 'after', 'that', 'so']);
/** Words before a capital that make it the government asked or blamed ("asked Ottawa for aircraft", "lobbying Westminster"). */
export const GOVERNMENT_OBJECT_BEFORE = new Set([
  'asked', 'asking', 'urged', 'urging', 'pressed', 'pressing', 'lobbied', 'lobbying', 'lobby', 'petitioned', 'blamed', 'blaming',
  'criticised', 'criticized', 'accused', 'accusing', 'implored', 'begged', 'defied', 'defying',
]);
/** Two words before a capital that do the same ("calls on Ottawa", "looking to Ottawa", "money from Westminster"). */
export const GOVERNMENT_OBJECT_PAIRS = new Set([
  'calls on', 'called on', 'calling on', 'call on', 'pressure on', 'looking to', 'looked to', 'look to', 'it with', 'them with',
  'money from', 'funding from', 'cash from', 'grant from', 'grants from', 'support from', 'help from', 'approval from',
]);
/** Auxiliaries between a capital and a government verb ("Ottawa has pledged", "Beijing will respond"). */
export const GOVERNMENT_AUX = new Set(['has', 'have', 'had', 'will', 'would', 'is', 'was', 'also', 'then', 'now', 'quickly', 'later']);
