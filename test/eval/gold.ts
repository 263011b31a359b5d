// Gold-standard documents produced by the corpus converters, in the engine's own terms:
// exact character offsets over a text we rebuild, so predictions can be compared by span.
import type { EntityType } from '../../src/analysis/types';

export interface GoldEntity {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Coreference cluster (entity) id; mentions sharing it are aliases. Null: singleton. */
  cluster: string | null;
}

export interface GoldDate {
  start: number;
  end: number;
  text: string;
  /** Accepted normalised values (see normaliseValue); empty: the value is not scored. */
  values: string[];
}

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  /** Acceptable names of the speaker (any alias); null when the corpus names no speaker. */
  speaker: string[] | null;
}

export interface GoldDoc {
  corpus: string;
  id: string;
  text: string;
  /** The date passed to the engine as `documentDate` (what a user setting would do). */
  documentDate: string | null;
  entities: GoldEntity[];
  dates: GoldDate[];
  quotes: GoldQuote[];
  /** Which layers this corpus annotates (others are not scored for it). */
  layers: { entities: boolean; dates: boolean; quotes: boolean; speakers: boolean };
  /** Quotation-mark spans the corpus marks as not being speech (GUM <q>: scare quotes, titles):
   *  a predicted quote on one of these is neither a hit nor a false alarm. */
  neutralQuotes?: Array<[number, number]>;
  /** Only predictions inside these ranges are scored (the annotated part of the text). */
  scoredRanges: Array<[number, number]>;
}

/** Canonical form of a date value for comparison: upper-case, seconds ":00" dropped. */
export function normaliseValue(v: string): string {
  return v
    .trim()
    .toUpperCase()
    .replace(/(T\d{2}:\d{2}):00(?:\.0+)?$/, '$1');
}

export function isQuoteMark(ch: string | undefined): boolean {
  return ch !== undefined && /["“”„‟'‘’«»]/.test(ch);
}
