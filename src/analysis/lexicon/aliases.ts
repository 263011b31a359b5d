// Words the aliases pass treats specially when it compares names. Lower-case keys.

const words = (s: string) => s.trim().split(/\s+/);

/** Small words not counted in initials ("Bank of England" -> BoE -> BE). */
export const INITIALS_SKIPPED_WORDS = new Set(
  words(`
  of the and for & on in de la du des der
  `),
);
