// Word lists the editorial checks use. Lower-case keys. Weekday and month names come from the
// engine's date words (src/analysis/data/dateWords.ts); titles from src/analysis/data/titles.ts.

const words = (s: string) => s.trim().split(/\s+/);

/** Full weekday names by day number (0 = Sunday), for the weekday fix. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Words before a title that say it no longer holds ("former President", "then-Senator"). */
export const FORMER_WORDS = new Set(
  words(
    'former ex then late onetime one-time erstwhile outgoing retired previous past deposed ousted exiled acting interim incoming future newly',
  ),
);

/** Abbreviated titles and the title they stand for, so "PM Modi" and "Prime Minister Modi" agree. */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  pm: 'prime minister',
  fm: 'foreign minister',
  gen: 'general',
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  dr: 'doctor',
  prof: 'professor',
  lt: 'lieutenant',
  col: 'colonel',
  capt: 'captain',
  sgt: 'sergeant',
  supt: 'superintendent',
  insp: 'inspector',
  det: 'detective',
  cllr: 'councillor',
  clr: 'councillor',
  rev: 'reverend',
  adm: 'admiral',
  cmdr: 'commander',
  pres: 'president',
  maj: 'major',
  cpl: 'corporal',
  pvt: 'private',
  st: 'saint',
  msgr: 'monsignor',
  mgr: 'monsignor',
  councilor: 'councillor',
  advisor: 'adviser',
  defense: 'defence',
  labor: 'labour',
  chairwoman: 'chair',
  chairman: 'chair',
  chairperson: 'chair',
  spokeswoman: 'spokesperson',
  spokesman: 'spokesperson',
  congresswoman: 'representative',
  congressman: 'representative',
};

/** Titles that say nothing about a job: they never conflict with another title. */
export const NEUTRAL_TITLES = new Set(
  words('mr mrs ms miss mx sir dame lord lady dr doctor prof professor rev reverend hon honourable honorable st saint mgr msgr monsignor'),
);

/** Sentence openings of editorial notes, whose dates may follow publication ("Updated March 5, 2024"). */
export const EDITORIAL_NOTE_START =
  /^\s*(?:\*|_|\(|\[)*\s*(?:updated?|corrected|correction|clarification|editor['’]s note|published|posted|first published|last (?:updated|modified)|this (?:story|article) (?:was|has been))\b/i;

/** A direct quote shorter than this many words is a partial or scare quote, never "unattributed". */
export const FULL_QUOTE_MIN_WORDS = 8;

/** Shortest name word whose letter slips (transposed, doubled) count as variants. */
export const VARIANT_MIN_LETTERS = 5;

/** A photo caption or credit ("Image: NASA.", "Braverman (left) and Sunak (right)"): not body text. */
export const CAPTION =
  /\b(?:image|photo|picture|credit|caption|video|source|graphic)s?\s*:|\((?:left|right|centre|center|pictured|top|bottom|front|back)\)/i;

/** Modals that report a plan from the past ("said the plant would close"): no sign the sentence looks ahead. */
export const REPORTED_MODALS = new Set(words("would 'd could might may can must should"));
