// MEANTIME (CAT XML, tokens only) -> gold. PTB-style tokens are detokenised heuristically; the
// title (sentence 0) and every later sentence become paragraphs of their own (the corpus keeps
// no paragraph breaks). Only sentences 0-5 are annotated, so only they are scored.
import type { EntityType } from '../../src/analysis/types';
import { GoldDate, GoldDoc, GoldEntity, normaliseValue } from './gold';
import { dedupeNested } from './gum';
import { nameRun, NameToken } from './names';

interface CatToken {
  id: string;
  sentence: number;
  form: string;
  start: number;
  end: number;
}

interface Markable {
  tag: string;
  attrs: Record<string, string>;
  tokens: string[];
  sources: string[];
  targets: string[];
}

const TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };
export const SCORED_SENTENCES = 6;

export function decodeXml(s: string): string {
  return s.replace(/&(quot|amp|lt|gt|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" } as Record<string, string>)[name];
  });
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([\w.:-]+)="([^"]*)"/g;
  for (let m = re.exec(s); m; m = re.exec(s)) attrs[m[1]] = decodeXml(m[2]);
  return attrs;
}

const PTB: Record<string, string> = {
  '-LRB-': '(',
  '-RRB-': ')',
  '-LSB-': '[',
  '-RSB-': ']',
  '-LCB-': '{',
  '-RCB-': '}',
  '``': '"',
  "''": '"',
  '`': "'",
};
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}…]|\.\.\.|'s|'S|'re|'ve|'ll|'d|'m|n't|N'T|')$/;
const NO_SPACE_AFTER = /^[(\[{]$|[$£€¥]$|^\p{Lu}['’]$/u;

/** Rebuilds readable text from PTB tokens; returns the text and each token's offsets. */
export function detokenise(sentences: string[][]): {
  text: string;
  offsets: Array<Array<[number, number]>>;
  sentenceSpans: Array<[number, number]>;
} {
  let text = '';
  const offsets: Array<Array<[number, number]>> = [];
  const sentenceSpans: Array<[number, number]> = [];
  sentences.forEach((tokens, si) => {
    if (si > 0) text += '\n\n';
    const sentStart = text.length;
    const offs: Array<[number, number]> = [];
    let quoteOpen = false;
    let noSpaceNext = true;
    for (let i = 0; i < tokens.length; i++) {
      const raw = tokens[i];
      let form = PTB[raw] ?? raw;
      let isOpenQuote = raw === '``' || raw === '`';
      let isCloseQuote = raw === "''";
      if (raw === '"') {
        isOpenQuote = !quoteOpen;
        isCloseQuote = quoteOpen;
      }
      // "GB #" / "#" before an amount is the pound sign in PTB tokenisation
      if (raw === '#' && /^\d/.test(tokens[i + 1] ?? '')) form = '£';
      if (raw === 'GB' && tokens[i + 1] === '#') form = '';
      if (isOpenQuote) quoteOpen = true;
      if (isCloseQuote) quoteOpen = false;
      const glue = noSpaceNext || isCloseQuote || NO_SPACE_BEFORE.test(raw) || /^[)\]}]$/.test(form) || form === '';
      if (!glue && text.length > sentStart) text += ' ';
      const start = text.length;
      text += form;
      offs.push([start, text.length]);
      noSpaceNext = form === '' ? noSpaceNext : isOpenQuote || NO_SPACE_AFTER.test(form);
    }
    offsets.push(offs);
    sentenceSpans.push([sentStart, text.length]);
  });
  return { text, offsets, sentenceSpans };
}

const LOWER_IN_NAMES = new Set(['of', 'for', 'and', '&', 'de', 'the', '-', "'s"]);

/** Only capitalised words (after a leading determiner), with "of"/"and"-style joiners inside. */
export function isBareName(forms: string[]): boolean {
  const words = /^(?:the|a|an)$/i.test(forms[0] ?? '') ? forms.slice(1) : forms;
  if (!words.length || !/^[\p{Lu}\p{N}]/u.test(words[0]) || !/^[\p{Lu}\p{N}]/u.test(words[words.length - 1])) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || LOWER_IN_NAMES.has(w.toLowerCase()));
}

/** "American", "Canadian", "British", "Chinese" — unless the entity's own name contains the word ("Iran"). */
export function isDemonym(form: string, descriptor: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i|ch)$/u.test(form)) return false;
  return !descriptor
    .toLowerCase()
    .split(/[\s_]+/)
    .includes(form.toLowerCase());
}

export function convertMeantime(xml: string, fallbackId = 'meantime'): GoldDoc {
  const docAttrs = parseAttrs(/<Document\b([^>]*)>/.exec(xml)?.[1] ?? '');
  const id = docAttrs.doc_name ?? docAttrs.doc_id ?? fallbackId;
  const tokens: CatToken[] = [];
  const tokRe = /<token\b([^>]*)>([^<]*)<\/token>/g;
  for (let m = tokRe.exec(xml); m; m = tokRe.exec(xml)) {
    const a = parseAttrs(m[1]);
    tokens.push({ id: a.t_id, sentence: Number(a.sentence), form: decodeXml(m[2]), start: 0, end: 0 });
  }
  const bySentence: CatToken[][] = [];
  for (const t of tokens) (bySentence[t.sentence] ??= []).push(t);
  const sentences = bySentence.filter(Boolean);
  const { text, offsets, sentenceSpans } = detokenise(sentences.map((s) => s.map((t) => t.form)));
  sentences.forEach((s, si) => s.forEach((t, ti) => ([t.start, t.end] = offsets[si][ti])));
  const tokById = new Map(tokens.map((t) => [t.id, t]));

  const markables = new Map<string, Markable>();
  const relations: Markable[] = [];
  const elRe = /<(ENTITY_MENTION|TIMEX3|ENTITY|REFERS_TO)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g;
  for (let m = elRe.exec(xml); m; m = elRe.exec(xml)) {
    const body = m[3] ?? '';
    const ids = (re: RegExp) => [...body.matchAll(re)].map((x) => x[1]);
    const mk: Markable = {
      tag: m[1],
      attrs: parseAttrs(m[2]),
      tokens: ids(/<token_anchor t_id="([^"]+)"/g),
      sources: ids(/<source m_id="([^"]+)"/g),
      targets: ids(/<target m_id="([^"]+)"/g),
    };
    if (mk.tag === 'REFERS_TO') relations.push(mk);
    else if (mk.attrs.m_id) markables.set(mk.attrs.m_id, mk);
  }
  const instanceOf = new Map<string, string>();
  for (const r of relations) for (const s of r.sources) if (r.targets[0]) instanceOf.set(s, r.targets[0]);

  const scoredEnd = sentenceSpans[Math.min(SCORED_SENTENCES, sentenceSpans.length) - 1]?.[1] ?? 0;
  const spanOf = (mk: Markable) => {
    const toks = mk.tokens.map((t) => tokById.get(t)).filter((t): t is CatToken => !!t);
    toks.sort((a, b) => a.start - b.start);
    return toks;
  };

  // Entities: proper-name mentions (NAM, PRE.NAM) of PER/ORG/LOC instances, reduced to the name.
  const mentionToks = new Map<string, CatToken[]>();
  for (const mk of markables.values()) if (mk.tag === 'ENTITY_MENTION' && mk.tokens.length) mentionToks.set(mk.attrs.m_id, spanOf(mk));
  const entities: GoldEntity[] = [];
  for (const mk of markables.values()) {
    const syntactic = mk.attrs.syntactic_type ?? '';
    if (mk.tag !== 'ENTITY_MENTION' || !/^(?:NAM|PRE\.NAM|)$/.test(syntactic)) continue;
    const inst = instanceOf.get(mk.attrs.m_id);
    const type = inst ? TYPES[markables.get(inst)?.attrs.ent_type ?? ''] : undefined;
    const toks = mentionToks.get(mk.attrs.m_id);
    if (!type || !toks?.length) continue;
    const descriptor = markables.get(inst!)?.attrs.TAG_DESCRIPTOR ?? '';
    // Mentions left without a syntactic type count when they are nothing but a name ("Ford").
    if (syntactic === '' && !isBareName(toks.map((t) => t.form))) continue;
    // A demonym used as a modifier ("American" for the United States) is not a name of the place.
    if (syntactic === 'PRE.NAM' && toks.length === 1 && isDemonym(toks[0].form, descriptor)) continue;
    const ids = new Set(toks.map((t) => t.id));
    const nested = new Set<string>();
    for (const [otherId, other] of mentionToks) {
      if (otherId === mk.attrs.m_id || other.length >= toks.length || !other.every((t) => ids.has(t.id))) continue;
      if (instanceOf.get(otherId) === inst) continue; // the same entity said again ("Senator John McCain (R-AZ)")
      for (const t of other) nested.add(t.id);
    }
    const nameToks: NameToken[] = toks.map((t) => ({
      text: t.form,
      start: t.start,
      end: t.end,
      proper: /^[\p{Lu}\p{N}]/u.test(t.form) && /\p{L}|\d/u.test(t.form),
      nested: nested.has(t.id),
      isHead: false,
    }));
    const run = nameRun(nameToks, { type, preferHead: false, identity: descriptor || null });
    if (!run || run.start >= scoredEnd) continue;
    entities.push({ start: run.start, end: run.end, text: text.slice(run.start, run.end), type, cluster: `${id}#${inst}` });
  }

  // Dates: text-consuming TIMEX3; the creation time is also the document date.
  let documentDate: string | null = null;
  const dates: GoldDate[] = [];
  for (const mk of markables.values()) {
    if (mk.tag !== 'TIMEX3') continue;
    if (mk.attrs.functionInDocument === 'CREATION_TIME') {
      const v = /^\d{4}-\d{2}-\d{2}/.exec(mk.attrs.value ?? '');
      if (v) documentDate = v[0];
      // The creation time is also written in the text (the date line under the title): when it
      // is anchored to tokens it is a date mention like any other; otherwise it is metadata only.
      if (!spanOf(mk).length) continue;
    }
    const toks = spanOf(mk);
    if (!toks.length || toks[0].start >= scoredEnd) continue;
    const start = toks[0].start;
    const end = toks[toks.length - 1].end;
    const value = mk.attrs.value ?? '';
    // Fully unspecified values ("XXXX-XX-XX" for "several years") carry nothing to compare.
    const values = value && !/^X{4}(?:-XX)*$/.test(value) ? [normaliseValue(value)] : [];
    dates.push({ start, end, text: text.slice(start, end), values });
  }
  dates.sort((a, b) => a.start - b.start);

  return {
    corpus: 'meantime-en',
    id,
    text,
    documentDate,
    entities: dedupeNested(entities),
    dates,
    quotes: [],
    layers: { entities: true, dates: true, quotes: false, speakers: false },
    scoredRanges: [[0, scoredEnd]],
  };
}
