// Hand-written news with gold (test/eval/gold-own/, test/eval/fresh/): NAME.txt holds the text,
// NAME.json its gold. Two JSON forms:
// - an array of quotes (OwnQuoteSpec[]): only quotes and speakers are scored;
// - an object (OwnSpec) with any of `entities`, `dates`, `quotes`, `neutral`: each present layer is
//   scored. Every item is placed by `start` (UTF-16 offset, checked against its text) or by
//   `occurrence` of its exact text (1-based, default 1).
import type { EntityType } from '../../src/analysis/types';
import { GoldDate, GoldDoc, GoldEntity, GoldQuote, normaliseValue } from './gold';

interface Placed {
  /** UTF-16 offset of the text; when absent, `occurrence` finds it. */
  start?: number;
  occurrence?: number;
}

export interface OwnQuoteSpec extends Placed {
  /** The quote exactly as in the text, quotation marks included. */
  quote: string;
  /** Acceptable names of the speaker; null when nobody is named. */
  speaker: string[] | null;
}

export interface OwnEntitySpec extends Placed {
  text: string;
  type: EntityType;
  /** Mentions with the same cluster are aliases of one entity. */
  cluster: string;
}

export interface OwnDateSpec extends Placed {
  text: string;
  /** Accepted TimeML values; empty: the value is not scored. */
  values: string[];
}

export interface OwnSpec {
  documentDate?: string | null;
  entities?: OwnEntitySpec[];
  dates?: OwnDateSpec[];
  quotes?: OwnQuoteSpec[];
  /** Quotation-mark spans that are not speech (titles, scare quotes). */
  neutral?: Array<{ text: string } & Placed>;
}

const TYPES: EntityType[] = ['person', 'organization', 'place'];

/** Start of `what` in the text; `where` names the document in errors. */
function place(where: string, text: string, what: string, item: Placed): number {
  if (item.start !== undefined) {
    if (text.slice(item.start, item.start + what.length) !== what)
      throw new Error(`${where}: "${what.slice(0, 50)}" is not at offset ${item.start}`);
    return item.start;
  }
  let at = -1;
  for (let n = 0; n < (item.occurrence ?? 1); n++) at = text.indexOf(what, at + 1);
  if (at < 0) throw new Error(`${where}: not found in text: ${what.slice(0, 50)}`);
  return at;
}

const byStart = <T extends { start: number }>(xs: T[]) => xs.sort((a, b) => a.start - b.start);

export function convertOwn(id: string, text: string, gold: OwnQuoteSpec[] | OwnSpec, corpus = 'own'): GoldDoc {
  const spec: OwnSpec = Array.isArray(gold) ? { quotes: gold } : gold;
  const where = `${corpus}/${id}`;
  const quotes: GoldQuote[] = (spec.quotes ?? []).map((s) => {
    const at = place(where, text, s.quote, s);
    return { start: at, end: at + s.quote.length, text: s.quote, speaker: s.speaker };
  });
  const entities: GoldEntity[] = (spec.entities ?? []).map((s) => {
    if (!TYPES.includes(s.type)) throw new Error(`${where}: unknown entity type ${s.type}`);
    const at = place(where, text, s.text, s);
    return { start: at, end: at + s.text.length, text: s.text, type: s.type, cluster: `${id}#${s.cluster}` };
  });
  const dates: GoldDate[] = (spec.dates ?? []).map((s) => {
    const at = place(where, text, s.text, s);
    return { start: at, end: at + s.text.length, text: s.text, values: s.values.map(normaliseValue) };
  });
  const neutral = (spec.neutral ?? []).map((s): [number, number] => {
    const at = place(where, text, s.text, s);
    return [at, at + s.text.length];
  });
  return {
    corpus,
    id,
    text,
    documentDate: spec.documentDate ?? null,
    entities: byStart(entities),
    dates: byStart(dates),
    quotes: byStart(quotes),
    layers: { entities: !!spec.entities, dates: !!spec.dates, quotes: !!spec.quotes, speakers: !!spec.quotes },
    ...(neutral.length ? { neutralQuotes: neutral } : {}),
    scoredRanges: [[0, text.length]],
  };
}
