// Words the names pass reads while it builds names from a paragraph's words (src/analysis/names/).
import { wordsPattern } from './pattern';

const words = (s: string) => s.trim().split(/\s+/);

/** Particles that sit inside a person's or place's name: "Ursula von der Leyen", "Bashar al-Assad". */
export const PARTICLES = new Set(words('de da di del della dos das van von der den du la le bin ibn al el y ter ten zu'));

/** Abbreviations whose period belongs to the word ("Dr.", "Gen."). */
export const ABBREV = new Set(
  words('dr mr mrs ms st jr sr gen lt col maj capt sgt gov sen rep rev prof mt ft adm cmdr supt insp det cpl pvt msgr mgr'),
);

/** Corporate suffixes whose period is part of the name ("Apple Inc.", "EADS N.V."). */
/** Plural nouns that open a campaign's name before "for" or "against" ("Parents for Marlow Schools", "Mothers Against Drunk Driving"). */
export const CAMPAIGN_HEADS = new Set(
  words(`parents citizens friends families residents neighbours neighbors mothers fathers voters taxpayers students teachers
  doctors nurses scientists lawyers women men veterans grandparents`),
);
/** Words that end a firm named for its partners ("Pell, Sorensen and Co.", "Hale & Sons"). */
export const FIRM_TAILS = new Set(words('co co. company sons partners associates brothers'));
/** Legal-form words after a company's name ("Norcastle Metals Corp.", "Harrowgate Pharma Holdings plc"). */
export const CORPORATE_SUFFIXES = new Set(
  words('corp corp. inc inc. ltd ltd. plc llc co co. limited incorporated corporation sa s.a. ag nv n.v. gmbh pty pte bhd'),
);
export const CORP_ABBREV = new Set(words('inc corp co ltd jr sr bros n.v s.a plc'));
/** Company suffixes written in lower case after the name ("Harrowgate Holdings plc", "Tovey Media llc"). */
export const LOWER_CORP_SUFFIXES = new Set(words('plc llc ltd ltd. inc inc. pty pte bhd'));

/** "People's Republic", "Women's Party": a word whose 's belongs to the name. */
export const POSSESSIVE_IN_NAME = wordsPattern(words('people women men children workers farmers veterans citizens nation'), 'i', "[’']s");

/** Words after a hyphen that make an adjective of a name ("Kremlin-backed", "New York-based"). */
export const HYPHEN_SUFFIX = wordsPattern(
  words(`based led backed born owned run controlled made style era type like funded linked bound sponsored allied held occupied
  friendly related specific wide inspired aligned`),
);

/** Lower-case words after a hyphen that are English, not a syllable of a name ("T-shirt", "two-year"); a final "s" allowed. */
export const HYPHEN_ENGLISH = wordsPattern(
  words(`shirt year old day time member point page way man woman step term speaking made owned run style free elect sized scale
  level class wide long term run up out off in on`),
  '',
  's?',
);

/** compromise tags of a lower-case word after a hyphen that make it English ("-in", "-the"), not a syllable of a name. */
export const HYPHEN_FUNCTION_TAGS = words('Adverb Preposition Determiner Conjunction Pronoun');

/** compromise tags that make a sentence-initial or headline word an ordinary word, not a name. */
export const NOT_NAME_TAGS = words('Verb Adjective Adverb Preposition Determiner Conjunction Pronoun QuestionWord Value Expression');

/** compromise tags of a word that rule out a plain person's name. */
export const NOT_PERSONAL_TAGS = words('Plural Adjective Verb Value Demonym Organization Place Acronym');

/** compromise tags of a token that is not a word of a name at all. */
export const NOT_WORD_TAGS = words('Url Email HashTag Emoticon Emoji');

/** Words that join two name words into one name ("Bank of England", "Trinidad and Tobago", "von der"). */
export const CONNECTORS = wordsPattern(
  words('of for on and the & de da di del della dos das van von der den du la le bin ibn al el y upon against'),
);

/** Plural title heads whose role carries over a list of names ("Ministers Manturov and Lavrov"). */
export const PLURAL_TITLE = wordsPattern(
  words(`ministers presidents senators secretaries governors leaders mlas mps judges generals ambassadors commissioners mayors
  councillors councilors`),
);

/** Verbs after a country that make it a team ("Belgium defeated Panama"). */
export const SPORT_AFTER = wordsPattern(
  words(`defeated defeats beat beats drew draw draws won win wins lost lose loses faced face faces scored score qualified qualify
  advanced eliminated thrashed edged trounced hammered routed outplayed equalised equalized led leads trailed play plays played
  host hosts hosted rallied swept`),
);

/** Sports roles written after a team's place name ("Wellington coach Tamati Rangi", "the England captain"). */
export const TEAM_ROLE_AFTER = new Set(
  words(`coach coaches captain skipper striker strikers goalkeeper keeper winger fly-half halfback playmaker midfielder
  quarterback pitcher batsman batter bowler all-rounder squad manager starter reliever closer shortstop catcher outfielder
  infielder bullpen lineup rotation`),
);

/** Verbs in the plural after a singular name, as British and Australasian writers treat a team ("Canterbury are"). */
export const TEAM_PLURAL_VERBS = new Set(words('are were have travel host face meet slip climb sit remain'));

/** Words before a place that make it the other side in a match ("host Otago", "against Leeds"). */
export const TEAM_OBJECT_BEFORE = new Set(words('host hosts face faces facing against beat over'));

/** Words before a country that make it a team ("beat Panama", "against England"). */
export const SPORT_BEFORE = wordsPattern(
  words('defeated beat beating against vs v versus over to faced facing drew draw eliminated thrashed edged hosted'),
);

/** Sites of plants, dams and the like named by a lower-case facility noun within a few words. */
export const FACILITY_NOUNS = new Set(
  words(`plant plants station reactor reactors dam refinery mine mines port airport airbase base camp facility site complex
  oilfield field`),
);

/** A title written just before a social handle ("PM @narendramodi", "Dr. @handle"). */
export const HANDLE_ROLES = wordsPattern(words('pm fm president minister mp ceo senator governor mayor dr dr. mr mr. mrs mrs. ms ms.'));
