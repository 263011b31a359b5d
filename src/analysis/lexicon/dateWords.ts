// Word lists for the date passes: numbers, calendar units, month and weekday names, and the
// light verb cues the tense check uses. Lower-case throughout.

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'one hundred': 100, dozen: 12, 'a dozen': 12, half: 0.5, 'a half': 0.5,
  'a couple of': 2, 'a couple': 2, couple: 2,
};

/** The tens and ones of a compound number word ("twenty-five", "forty one"). */
export const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const ONES_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Vague quantities: the value gets an X in place of the number (TIMEX3 "PXY"). */
export const VAGUE_QUANTITIES = ['a few', 'few', 'several', 'many', 'some', 'a number of', 'numerous', 'multiple'];

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Units of time with a regular plural (-s), smallest first; "century" is apart: "centuries". */
export const TIME_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'];

export const UNIT_WORDS: Record<string, Unit> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', night: 'day', nights: 'day',
  week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month',
  quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year',
  decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
};

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
/** Month abbreviations written with a period ("Sept.", "Jan."); "May." is the name itself. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'];
/** The first three letters of each month's name, which every spelling of it starts with. */
export const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** The first three letters of each weekday's name. */
export const WEEKDAY_STEMS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4,
  thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

/** The ordinals of a quarter ("third-quarter", "the final quarter"); "last quarter" is a unit before the document date. */
export const QUARTER_ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4,
};

/** The ordinals of a century ("the nineteenth century"). */
export const CENTURY_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

/** The decades of the twentieth century by name ("the sixties"), as the decade's digit. */
export const DECADE_NAMES: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Day words and their distance in days from the document date; longer phrases first. */
export const DAY_WORD_OFFSETS: Record<string, number> = {
  'the day before yesterday': -2, 'the day after tomorrow': 2, today: 0, tonight: 0, yesterday: -1, tomorrow: 1,
};

/** Words that relate a date to the document date ("next", "ago"): chrono's reading of those needs one. */
export const RELATIVE_TIME_WORDS = [
  'today', 'tonight', 'tomorrow', 'yesterday', 'ago', 'now', 'next', 'last', 'this', 'later', 'earlier', 'coming', 'past',
];

/** Clock times written as words. */
export const CLOCK_WORDS = ['noon', 'midnight', 'midday'];

/** Adverbs of frequency and the TIMEX3 period of the set they name ("daily" P1D). */
export const FREQUENCY_ADVERBS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', fortnightly: 'P2W', monthly: 'P1M', quarterly: 'P3M',
  annual: 'P1Y', annually: 'P1Y', yearly: 'P1Y', biennial: 'P2Y', biannual: 'P6M', 'year-on-year': 'P1Y', 'year-over-year': 'P1Y',
};

/** Parts of the day and their TIMEX3 suffixes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI',
};
/** The parts of the day that follow a day's name ("Tuesday night", "yesterday morning", "every evening"). */
export const PARTS_OF_A_NAMED_DAY = ['morning', 'afternoon', 'evening', 'night'];

export const SEASONS: Record<string, { code: string; month: number }> = {
  spring: { code: 'SP', month: 3 }, summer: { code: 'SU', month: 6 }, autumn: { code: 'FA', month: 9 },
  fall: { code: 'FA', month: 9 }, winter: { code: 'WI', month: 12 },
};

/** Words that put a bare weekday or month in the future when they are the nearest verb cue. */
export const FUTURE_CUES = new Set([
  'will', "'ll", 'shall', "won't", 'wont', 'would', "'d", 'going', 'gonna', 'due', 'scheduled', 'slated', 'set', 'expected',
  'planned', 'plans', 'plan', 'planning', 'intends', 'intend', 'aims', 'hopes', 'upcoming', 'next', 'coming', 'until',
  'till', 'til', 'ahead', 'tomorrow', 'could', 'might', 'may', 'can', 'must', 'should', 'forthcoming', 'expects', 'expect',
]);

/** Clitics that carry a future or conditional modal inside a contraction ("we’ll", "there’d"). */
export const MODAL_CLITICS = ["'ll", "'d"];
/** Clitics of a present "be" ("we're", "it's"): a participle after one is an adjective ("we're closed Saturday"). */
export const BE_CLITICS = ["'re", "'s", "'m"];

/**
 * Words that open another clause after a date ("... on Monday that it would ...", "... on Sunday and would
 * offer ..."): a verb cue beyond one decides the date only when nothing before the date does.
 */
export const CLAUSE_OPENERS_AFTER_A_DATE = new Set([
  'and', 'but', 'that', 'which', 'who', 'so', 'because', 'while', 'when', 'after', 'before', 'if', 'although', 'though', 'as',
  'where', 'whereas', 'since', 'until', ';',
]);

/** Verbs of a decision or wish: before "to" they look ahead ("agreed to bring ... on February 20"). */
export const INTENT_VERBS = new Set([
  'agreed', 'decided', 'promised', 'vowed', 'pledged', 'voted', 'threatened', 'asked', 'ordered', 'urged', 'offered', 'planned',
  'hoped', 'wanted', 'aimed', 'intended', 'expected', 'scheduled', 'arranged', 'committed',
]);

/** Always future, whatever the tense ("the scheduled vote", "was due on Friday"). */
export const PLANNED_WORDS = new Set(['due', 'scheduled', 'slated', 'expected', 'planned', 'upcoming', 'forthcoming', 'deadline']);

/** Verbs that move an event: "to" or "until" after one looks ahead ("pushed to March", "postponed until June"). */
export const RESCHEDULING_VERBS = new Set([
  'pushed', 'moved', 'postponed', 'delayed', 'deferred', 'put', 'rescheduled', 'adjourned', 'extended', 'brought', 'shifted',
]);

/** How many tokens an intent verb may stand before its "to" ("voted 5-2 on Tuesday to close"). */
export const INTENT_TO_REACH = 5;

/** Before a verb, these make it the bare form ("would hit", "to set"): no past tense of its own; the word before is the cue. */
export const BARE_VERB_AFTER = new Set([
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'to', "'ll", "'d", "won't", 'does', 'do',
]);

/** Future only before "to" or "for" ("set to", "plans to", "going to"). */
export const FUTURE_BEFORE_TO = new Set([
  'set', 'poised', 'likely', 'about', 'going', 'plans', 'plan', 'hopes', 'aims', 'intends', 'hoping', 'planning', 'intend',
  'hope', 'aim', 'wants', 'want', 'forecast', 'predicted', 'projected', 'tipped',
]);

/** Present-tense verbs of a timetable: "the team faces Leeds on Friday", "the library reopens on Monday" look ahead. */
export const SCHEDULE_PRESENT_VERBS = new Set([
  'opens', 'starts', 'begins', 'resumes', 'continues', 'plays', 'meets', 'hosts', 'travels', 'returns', 'closes',
  'reopens', 'launches', 'kicks', 'visits', 'arrives', 'departs', 'leaves', 'ends', 'finishes', 'goes',
]);

export const NEGATED_PAST = new Set(["didn't", "wasn't", "weren't", "hadn't", "couldn't", 'didnt', 'wasnt']);

/** Before a participle, these make it an adjective ("a revised plan", "the scheduled talks"). */
export const DETERMINERS = new Set([
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'my', 'your', 'some', 'any', 'no',
  'every', 'each',
]);

/** Irregular past-tense verbs (regular ones end in -ed and are caught by shape). */
export const PAST_VERBS = new Set([
  'said', 'was', 'were', 'had', 'did', 'met', 'held', 'told', 'took', 'made', 'went', 'came', 'gave', 'saw', 'began',
  'left', 'sent', 'won', 'lost', 'fell', 'rose', 'hit', 'spoke', 'wrote', 'ran', 'got', 'found', 'brought', 'bought', 'thought',
  'felt', 'kept', 'led', 'paid', 'sold', 'stood', 'struck', 'swore', 'taught', 'threw', 'became', 'broke', 'chose', 'drew',
  'drove', 'ate', 'forgot', 'grew', 'hid', 'knew', 'lay', 'rode', 'rang', 'sang', 'sank', 'shook', 'spent', 'stole', 'stuck',
  'tore', 'built', 'caught', 'dealt', 'fought', 'fled', 'flew', 'heard', 'hung', 'laid', 'lent', 'meant', 'sat', 'shot',
  'slept', 'sought', 'withdrew', 'underwent', 'overtook', 'ago', 'earlier', 'previously', 'former', 'since',
  'yesterday', 'been', 'tweeted', 'wound', 'slid', 'swept', 'beat', 'bore', 'forbade', 'froze', 'upheld', 'undertook',
]);

/** Words ending in -ed that are not past-tense verbs. */
export const NOT_PAST_ED = new Set([
  'need', 'speed', 'feed', 'seed', 'bed', 'red', 'shed', 'hundred', 'indeed', 'breed', 'creed', 'deed', 'greed', 'weed',
  'bled', 'fled', 'led', 'wed', 'sled', 'ted', 'ned', 'fred', 'ed', 'proceed', 'exceed', 'succeed', 'united', 'limited',
  'expected', 'scheduled', 'planned', 'slated', 'based', 'related', 'alleged', 'supposed', 'advanced', 'detailed',
  'so-called', 'concerned', 'interested', 'qualified', 'skilled', 'talented', 'aged', 'beloved', 'naked', 'wicked',
  'sacred', 'rugged', 'crooked', 'ragged', 'learned', 'blessed',
]);

/** Prepositions and other words that chrono keeps at the front of a span but a date span excludes. */
export const LEADING_FUNCTION_WORDS = new Set([
  'on', 'at', 'in', 'since', 'by', 'from', 'until', 'till', 'til', 'for', 'during', 'before', 'after', 'of', 'to', 'through',
  'throughout', 'between', 'around', 'within', 'as', 'into', 'starting', 'beginning', 'effective', 'from', 'circa', 'ca',
]);

/** Words before a bare month name (no day or year) that make it a month rather than a name or verb. */
export const MONTH_CONTEXT_BEFORE = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'through', 'during', 'early', 'late', 'mid', 'last', 'next',
  'this', 'before', 'after', 'between', 'and', 'or', 'throughout', 'that', 'each', 'every', 'until', 'around', 'on',
  'for', 'except', 'beginning', 'end', 'start', 'middle', 'their', 'its', 'his', 'her', 'our', 'the', 'whose',
]);

/** Before "last", these make it the verb ("expected to last nine months"): what follows is a duration. */
export const LAST_AS_VERB_BEFORE = /\b(?:to|will|would|could|can|may|might|should|must|not|did|does|do|won['’]t|didn['’]t)\s+$/i;
/** Words before a capitalised "Today" or "Tonight" that make it a programme's name ("the radio programme Today"). */
export const PROGRAMME_BEFORE = /\b(?:programme|program|show|bulletin|called|named|titled|entitled|on|BBC|NBC|ABC|CBS|Radio\s+\d|USA)\s+$/;
/** After a capitalised "Today" or "Tonight", these make it a programme's or paper's name ("Radio 4's Today programme"). */
export const PROGRAMME_AFTER = /^\s+(?:programme|program|show|podcast|newspaper|paper|bulletin|broadcast|presenter|host)\b/;
/** Capitalised words that make a following year a plan's or programme's name ("Vision 2040", "Agenda 2063"). */
export const PLAN_BEFORE_YEAR = /\b(?:Vision|Agenda|Strategy|Plan|Horizon|Mission|Goal|Target|Roadmap|Blueprint|Project)\s+$/;
/**
 * A name a plan or programme was given, ending in a year: "the plan, Connect 2040", "a scheme called Fit for 2030".
 * The year is the name's last word, after a word that introduces a name and one to four capitalised or small words.
 */
const NAME_OPENERS = 'called|named|dubbed|titled|entitled|branded|plan|programme|program|strategy|scheme|initiative|campaign';
export const PLAN_NAME_BEFORE_YEAR = new RegExp(
  `\\b(?:${NAME_OPENERS})[,:]?\\s+["“‘']?[A-Z][\\w'’-]*\\s+(?:(?:for|of|the|to|in|and|&)\\s+|[A-Z][\\w'’-]*\\s+){0,3}$`,
);

/** Before "of <month>" or "of <year>", the part that keeps the value of the month or year ("the end of December" is 2025-12). */
export const EDGES_OF_A_PERIOD = ['end', 'start', 'beginning', 'middle', 'close'];
