// Words the aliases pass treats specially when it compares names. Lower-case keys.

const words = (s: string) => s.trim().split(/\s+/);

/** Small words not counted in initials ("Bank of England" -> BoE -> BE). */
export const INITIALS_SKIPPED_WORDS = new Set(
  words(`
  of the and for & on in de la du des der
  `),
);

/** Short names news uses for places and parties, each to its full name ("B.C." is British Columbia, "the Tories"
 *  the Conservative Party). Keys as nameText.key() writes them (lower case, periods as spaces). */
export const KNOWN_SHORT_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['b c', ['british columbia']],
  ['n b', ['new brunswick']],
  ['n s', ['nova scotia']],
  ['w va', ['west virginia']],
  ['calif', ['california']],
  ['wash', ['washington state']],
  ['mass', ['massachusetts']],
  ['conn', ['connecticut']],
  ['fla', ['florida']],
  ['tex', ['texas']],
  ['n y', ['new york', 'new york state']],
  ['n j', ['new jersey']],
  ['nsw', ['new south wales']],
  ['qld', ['queensland']],
  ['kzn', ['kwazulu-natal']],
  ['democrats', ['democratic party']],
  ['republicans', ['republican party']],
  ['gop', ['republican party']],
  ['conservatives', ['conservative party']],
  ['tories', ['conservative party']],
  ['liberals', ['liberal party']],
  ['lib dems', ['liberal democrats']],
  ['greens', ['green party']],
  ['labour', ['labour party']],
  ['nationals', ['national party']],
]);
