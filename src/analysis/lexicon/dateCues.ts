// The words around a date that tell what it is: prepositions that make a bare year, season or
// weekend a date, words after "the future" or "the day" that make them something else, and the
// words around a four-digit number that make it a count. Lower-case; the patterns match them
// case-insensitively unless a comment says otherwise. Order matters where a list is a capture's
// alternation: a phrase comes before a shorter phrase it starts with ("this past" before "this").

/** Before "now", these make it the present moment as a mention of its own ("until now"; "right now" is one mention). */
export const WORDS_BEFORE_NOW_AS_PRESENT = [
  'until', 'till', 'by', 'for', 'from', 'as of', 'up to', 'up until', 'before', 'since', 'even',
];

/**
 * Before a plain adverb "now", these make it "from this point on" ("would now return", "has now stretched"): no
 * present reference. Elsewhere "now" names the present ("prices are now higher", "She now builds boats"). The
 * adverb rule also skips "now" after WORDS_BEFORE_NOW_AS_PRESENT (the present-moment rule has it) and "right".
 */
export const WORDS_BEFORE_NOW_AS_FROM_HERE_ON = [
  'will', 'would', "'ll", 'shall', 'could', 'can', 'should', 'might', 'may', 'must', 'has', 'have', 'had', "'s", "'ve", 'just',
  'and', 'but', 'so', 'or', 'right',
];

/** After "now", these make it a conjunction or part of a compound ("now that", "now-closed"). */
export const WORDS_AFTER_NOW_NOT_PRESENT = ['that', 'then', 'and then', 'or never', 'you see'];

/** After "at the time", these go on to say which time ("at the time of", "at the time when he"): no past reference. */
export const WORDS_CONTINUING_AT_THE_TIME = ['of', 'when', 'that', 'and', 'it', 'he', 'she', 'they', 'we', 'I'];

/** Before "the past" and "the future", these make them the past and the future themselves ("in the past", "for the future"). */
export const PREPOSITIONS_BEFORE_PAST_OR_FUTURE = [
  'in', 'into', 'for', 'about', 'of', 'to', 'towards', 'toward', 'on', 'with', 'from', 'over', 'at', 'than',
];

/** Counts after "the past" that make it a stretch of time ("the past few weeks", "the past two years"). */
export const SMALL_COUNTS = ['few', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The calendar units a stretch or a part of one is named in ("the past week", "the end of the decade"). */
export const CALENDAR_SPANS = ['day', 'week', 'month', 'year', 'quarter', 'decade', 'century'];

/**
 * After "the future", these show it stands alone ("the future of", "the future remains"): before any
 * other lower-case word it is an adjective ("the future king") and no future reference.
 */
export const WORDS_AFTER_THE_FUTURE_AS_A_NOUN = [
  'of', 'and', 'or', 'but', 'as', 'is', 'are', 'was', 'were', 'will', 'when', 'if', 'that', 'than', 'to', 'for', 'in', 'with',
  'at', 'on', 'by', 'he', 'she', 'they', 'we', 'it', 'i', 'remains', 'looks', 'holds', 'lies', 'may', 'might', 'could',
  'would', 'should', 'can',
];

/** Modifiers of a calendar unit relative to the document date ("last week", "this coming month"); longer phrases first. */
export const UNIT_MODIFIERS = [
  'this past', 'this coming', 'this', 'last', 'next', 'past', 'previous', 'coming', 'current', 'following', 'same',
];

/** The calendar units and parts of a day that a modifier can name ("last week", "this summer", "this evening"). */
export const MODIFIABLE_UNITS = [
  'week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'morning', 'afternoon', 'evening', 'night',
];

/** The part of a period before "of the/this/last/next" ("the end of this year", "the rest of the week"). */
export const PARTS_OF_A_PERIOD = ['end', 'start', 'beginning', 'middle', 'rest', 'remainder', 'close', 'turn'];

/** Before a bare season, these make it a date ("in summer", "during the winter"); "fall" never goes bare. */
export const WORDS_BEFORE_A_BARE_SEASON = [
  'in', 'during', 'by', 'until', 'since', 'through', 'throughout', 'over', 'before', 'after', 'this', 'early', 'late', 'mid', 'the',
];

/** Before "'82", these make it a year written with two digits. */
export const WORDS_BEFORE_A_TWO_DIGIT_YEAR = [
  'since', 'in', 'of', 'from', 'to', 'until', 'by', 'before', 'after', 'class of', 'summer', 'winter', 'spring', 'autumn', 'fall',
];

/** Before "weekend" (with or without "the"), these make it a weekend of the document's week ("over the weekend"). */
export const WORDS_BEFORE_THE_WEEKEND = [
  'over', 'during', 'on', 'at', 'for', 'through', 'by', 'until', 'after', 'before', 'of', 'this', 'next', 'last', 'the',
];

/** Before "the day", these make it the document's day in market and sports reports ("on the day", "ended the day"). */
export const WORDS_BEFORE_THE_DAY = [
  'on', 'for', 'during', 'throughout', 'over', 'of', 'end', 'ending', 'ended', 'ends', 'finish', 'finishing', 'finished',
  'close', 'closing', 'closed',
];

/** After "the day", these make it some other day ("the day before", "the day when he"). */
export const WORDS_AFTER_ANOTHER_DAY = ['before', 'after', 'of', 'when', 'that', 'which', 'he', 'she', 'they', 'it', 'we', 'I'];

/** Before a four-digit number, these make it a year ("in 2024", "the end of 2019", "mid 2011"); months are added apart. */
export const WORDS_BEFORE_A_YEAR = [
  'in', 'since', 'by', 'until', 'till', 'of', 'from', 'to', 'during', 'before', 'after', 'through', 'between', 'and', 'or',
  'early', 'late', 'mid', 'around', 'circa', 'year', 'years', 'fiscal', 'season', 'summer', 'winter', 'spring', 'autumn',
  'fall', 'the end of', 'the start of', 'the beginning of', 'as of', 'back in', 'first', 'last', 'in early', 'in late', 'than',
];

/** Words ending in -s after a four-digit number that are not counted things ("2019 was", "1990 marks"); "marked" too. */
export const NOT_COUNTED_AFTER_A_NUMBER = [
  'was', 'is', 'has', 'saw', 'sees', 'marks', 'marked', 'brings', 'as', 'this', 'its', 'his', 'us', 'plus', 'versus', 'thus',
];

/** Counted things after a four-digit number that make it a count, not a year ("1709 people", "2000 km"). */
export const COUNTED_AFTER_A_NUMBER = [
  'people', 'men', 'women', 'staff', 'km', 'kg', 'mph', 'feet', 'foot', 'metres', 'meters', 'miles', 'tonnes', 'tons', 'jobs',
  'troops',
];

/** Labels before a four-digit number that make it a number, not a year ("flight 2024", "No. 1999"). */
export const LABELS_BEFORE_A_NUMBER = ['no.', 'no', 'number', 'flight', 'route', 'room', 'model', 'version', 'v'];

/** The label of a byline line that carries the article's date ("Published 28 December 2023"); "by " is matched apart. */
export const BYLINE_LABELS = ['published', 'updated', 'posted', 'last updated', 'first published', 'dated', 'date', 'filed', 'modified'];

/** Between a count and its unit, kept in the span ("three straight days", "five working days"). */
export const WORDS_BETWEEN_COUNT_AND_UNIT = [
  'straight', 'consecutive', 'full', 'trading', 'working', 'business', 'calendar', 'long', 'successive', 'whole', 'entire',
  'more', 'additional', 'extra',
];

/**
 * Before a count of units, kept in the span (TIMEX3 mod: "about 25 years", "more than a decade", "at least
 * several more weeks"); "over" is one only after a preposition ("in over six years"), see PREPOSITIONS_BEFORE_OVER.
 */
export const COUNT_MODIFIERS = [
  'more than', 'less than', 'fewer than', 'at least', 'at most', 'about', 'around', 'roughly', 'almost', 'nearly',
  'approximately', 'over', 'under',
];

/** Before a clock time or a year, words TimeML keeps in the extent as its approximation ("at about 10:15 p.m."). */
export const APPROXIMATE_POINT_WORDS = ['about', 'around', 'approximately', 'roughly', 'circa'];

/** Words before an approximation that make it one ("at about 10:15", "since about 2015"), not "talked about 2015". */
export const PREPOSITIONS_BEFORE_APPROXIMATE_POINT = ['at', 'in', 'since', 'from', 'until', 'till', 'by', 'to', 'after', 'before'];

/** Before "over N units", these make "over" a modifier of the count ("for over a year"), not a preposition ("rose over three years"). */
export const PREPOSITIONS_BEFORE_OVER = ['in', 'for', 'of', 'than', 'within', 'after', 'from', 'to', 'by'];

/** Between two counts of one unit, these make a vague range ("two to three weeks", "three or four days", "three, four months"). */
export const COUNT_RANGE_JOINERS = [' to ', ' or ', ', ', '-'];

/** Owners before a span word that start a duration ("the past three weeks", "its first two years"). */
export const SPAN_OWNERS = ['the', 'its', 'their', 'his', 'her', 'our', 'this', 'these'];

/** Span words after an owner that start a duration ("the next five days", "their remaining two years"). */
export const SPAN_WORDS = ['past', 'last', 'next', 'coming', 'first', 'final', 'previous', 'following', 'remaining', 'initial', 'same'];

/** Amounts before "a year" or "per month" that make it a rate ("$5 billion a year", "10 percent per month"). */
export const AMOUNT_WORDS = ['million', 'billion', 'thousand', 'hundred', 'percent', 'per cent', 'bn'];

/** After a count of days or longer, these place it from the last date named ("two days earlier", "a week later"). */
export const ANCHORED_SHIFT_WORDS = ['earlier', 'later'];

/** "the same period last year": the units such a phrase compares, and the phrases that put it a year back. */
export const SAME_PERIOD_UNITS = ['period', 'quarter', 'month', 'half', 'season'];
export const A_YEAR_BACK = [
  'last year', 'the previous year', 'the prior year', 'the last year', 'a year earlier', 'a year ago', 'a year before',
];

/** Units from the largest down: a compound duration names the larger first ("2 hours, 51 minutes"). */
export const UNITS_LARGEST_FIRST = [
  'century', 'decade', 'year', 'quarter', 'month', 'fortnight', 'week', 'day', 'hour', 'minute', 'second',
];

/** Before "the early hours of Sunday", these make it a habit: a set of weekdays, not one night. */
export const HABIT_WORDS = ['usually', 'often', 'typically', 'always', 'normally', 'generally', 'mostly', 'regularly'];

/** Words of a sentence that make its clock times a habit, not one day's ("between 8am and 9.30am on school days"). */
export const HABIT_CLOCK_WORDS = [
  'daily', 'nightly', 'weekdays', 'weekends', 'school days', 'most nights', 'most days', 'a day', 'a night',
  'per day', 'every day', 'every night', 'every morning', 'every evening', 'each day', 'each night', 'each morning',
];

/** Words before "season" that make it a stretch of the year: "the rainy season", "this season", "the 2025/26 season". */
export const SEASON_MODIFIERS = [
  'current', 'coming', 'previous', 'new', 'whole', 'entire', 'dry', 'rainy', 'wet', 'monsoon', 'holiday',
  'festive', 'flu', 'harvest', 'planting', 'tourist', 'hurricane', 'cyclone', 'typhoon', 'breeding', 'nesting', 'fire',
  'bushfire', 'wildfire', 'cricket', 'football', 'rugby', 'racing', 'summer', 'winter',
];

/** Words of a match report: there "the fourth quarter" and "the second half" are periods of play, not of the calendar. */
export const GAME_WORDS = [
  'scored', 'scoring', 'rebounds', 'assists', 'touchdown', 'touchdowns', 'quarterback', 'halftime', 'half-time',
  'overtime', 'buzzer', 'field goal', 'free throws', 'turnovers', 'tip-off', 'kick-off', 'kickoff', 'innings',
];
