// The last pass: how sure the engine is of each fact. An entity's type, a quote's speaker and a
// date's value get `confidence` from the precision the deciding rule (`why`) had on the dev set
// when none of the evidence below applied (src/analysis/data/confidence.ts, learned by
// test/eval/learnConfidence.ts), times one learned factor per piece of evidence that applies (a
// pronoun for a name, a speaker in another paragraph, a name seen once). Unknown rules get the
// layer's mean. Evidence is read from the fact, the analysis and the text only. The rules are
// tuned on dev, so dev precisions are too high for unseen text: the layer's generalisation map
// (learned on documents held out from rule work) then turns the dev estimate into one for unseen text.
import { CONFIDENCE_TABLE, GENERALISATION_MAP, GeneralisationMap, LayerConfidence } from './data/confidence';
import { ClearingMemo } from './clearingMemo';
import { isParticle, isPronoun } from './attribution/words';
import { MONTHS, WEEKDAYS } from './lexicon/dateWords';
import type { Analysis, DateMention, Entity, Quote, Span } from './types';

export type ConfidenceLayer = 'speaker' | 'entityType' | 'dateValue';

/** Characters between a speaker's span and its quote beyond which the speaker counts as far. */
const FAR_SPEAKER_CHARS = 200;
/** ... and up to which it counts as next to the quote ("…," she said). */
const NEAR_SPEAKER_CHARS = 40;
/** A quote of fewer words than this is a fragment ("called it “unacceptable”"). */
const PARTIAL_QUOTE_WORDS = 5;
/** An entity named at least this often is well attested. */
const MANY_MENTIONS = 3;

/** What the evidence of one analysis reads besides the fact itself. */
export interface EvidenceContext {
  text: string;
  entityById: Map<string, Entity>;
  /** Mentions of person entities sorted by start, and their entity's id at the same index. */
  personMentions: Span[];
  personIds: string[];
}

export function evidenceContext(analysis: Pick<Analysis, 'entities'>, text: string): EvidenceContext {
  // Performance: the mentions themselves are sorted, with their entities' ids beside them (no object per mention).
  const mentions: Span[] = [];
  const ids: string[] = [];
  for (const e of analysis.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      mentions.push(m);
      ids.push(e.id);
    }
  }
  // Sorted by start, ties in entity order (a stable sort of the positions).
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start);
  const entityById = new Map<string, Entity>();
  for (const e of analysis.entities) entityById.set(e.id, e);
  return { text, entityById, personMentions: order.map((i) => mentions[i]), personIds: order.map((i) => ids[i]) };
}

/** The index of the first span (sorted by start) that starts at or after `offset`. */
function firstFrom(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a person mention inside [from, to) belongs to an entity other than `id`; stops at the first. */
function otherPersonWithin(ctx: EvidenceContext, from: number, to: number, id: string): boolean {
  const spans = ctx.personMentions;
  for (let i = firstFrom(spans, from); i < spans.length && spans[i].start < to; i++)
    if (spans[i].end <= to && ctx.personIds[i] !== id) return true;
  return false;
}

type SpeakerForm = 'pronoun' | 'role-phrase' | 'name';

/** speakerForm's answers by speaker text: the same names speak again and again. */
const speakerForms = new ClearingMemo<SpeakerForm>(20_000);

/** How the speaker is referred to: a pronoun, a common-noun phrase ("the carrier", "a company spokesman") or a name. */
export function speakerForm(speakerText: string): SpeakerForm {
  return speakerForms.get(speakerText, formOf);
}

function formOf(speakerText: string): SpeakerForm {
  const words = speakerText.split(/\s+/).filter(Boolean);
  if (words.length === 1 && isPronoun(words[0].toLowerCase())) return 'pronoun';
  return words.some((w) => /^\p{Ll}/u.test(w) && !isParticle(w)) ? 'role-phrase' : 'name';
}

/**
 * True when the quote is a fragment worked into the sentence: it starts in lower case or is very short.
 * Not memoised: it reads only the quote's edges and first words, less than hashing its text as a key.
 */
export function isPartialQuote(quoteText: string): boolean {
  // Performance: trimmed and counted up to PARTIAL_QUOTE_WORDS words only (a transcript turn is long).
  let from = 0;
  let to = quoteText.length;
  while (from < to && QUOTE_EDGE.test(quoteText[from])) from++;
  while (to > from && QUOTE_EDGE.test(quoteText[to - 1])) to--;
  const inner = quoteText.slice(from, to);
  if (/^\p{Ll}/u.test(inner)) return true;
  const word = /\S+/g;
  for (let n = 0; n < PARTIAL_QUOTE_WORDS; n++) if (!word.exec(inner)) return true;
  return false;
}

/** What isPartialQuote trims from a quote's ends: space, quotation marks and other opening or closing punctuation. */
const QUOTE_EDGE = /^[\s\p{Pi}\p{Pf}"'‘’“”«»]$/u;

/** Where the speaker stands from the quote: distance and whether a sentence or paragraph lies between. */
function placementEvidence(q: Quote, s: Span, text: string): number {
  // The text between the speaker's span and the quote (none when they overlap).
  const from = s.end <= q.start ? s.end : s.start >= q.end ? q.end : 0;
  const to = s.end <= q.start ? q.start : s.start >= q.end ? s.start : 0;
  const length = to - from;
  let bits = 0;
  if (length > FAR_SPEAKER_CHARS) bits |= SPEAKER_BIT.far;
  else if (length > NEAR_SPEAKER_CHARS) bits |= SPEAKER_BIT['mid-distance'];
  const lineBreak = text.indexOf('\n', from);
  if (lineBreak >= 0 && lineBreak < to) bits |= SPEAKER_BIT['other-paragraph'];
  else if (/[.!?]\s+\p{Lu}/u.test(text.slice(from, to))) bits |= SPEAKER_BIT['other-sentence'];
  return bits;
}

/** Person entities other than the speaker's named in the quote's paragraph, outside the quote (counted up to two). */
function rivalCount(q: Quote, ctx: EvidenceContext): number {
  // The paragraph holding the quote: the lines between the line breaks around it.
  const from = ctx.text.lastIndexOf('\n', q.start - 1) + 1;
  const lineEnd = ctx.text.indexOf('\n', q.end);
  const to = lineEnd < 0 ? ctx.text.length : lineEnd;
  const spans = ctx.personMentions;
  let first: string | null = null;
  for (let i = firstFrom(spans, from); i < spans.length && spans[i].start < to; i++) {
    const m = spans[i];
    const id = ctx.personIds[i];
    if (m.end > to || !(m.end <= q.start || m.start >= q.end) || id === q.speaker?.entityId) continue;
    if (first === null) first = id;
    else if (id !== first) return 2;
  }
  return first === null ? 0 : 1;
}

/**
 * For a pronoun or role phrase linked to an entity: where the entity was last named before it —
 * in the same paragraph, two or more paragraphs back, not at all, or with another person named in between.
 */
function antecedentEvidence(s: Span, entity: Entity, ctx: EvidenceContext): number {
  // Mentions are sorted by start; the last one ending before the speaker is the antecedent.
  let i = firstFrom(entity.mentions, s.start) - 1;
  while (i >= 0 && entity.mentions[i].end > s.start) i--;
  if (i < 0) return SPEAKER_BIT['no-antecedent'];
  const last = entity.mentions[i];
  let bits = 0;
  const breaks = lineBreakRuns(ctx.text, last.end, s.start, 2);
  if (breaks === 0) bits |= SPEAKER_BIT['antecedent-in-paragraph'];
  else if (breaks >= 2) bits |= SPEAKER_BIT['antecedent-distant'];
  if (otherPersonWithin(ctx, last.end, s.start, entity.id)) bits |= SPEAKER_BIT['antecedent-intervening-person'];
  return bits;
}

/** How many runs of line breaks lie in text[from, to), counting up to `max` (the antecedent may be far back). */
function lineBreakRuns(text: string, from: number, to: number, max: number): number {
  let runs = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to && runs < max; i = text.indexOf('\n', i)) {
    runs++;
    while (i < to && text[i] === '\n') i++;
  }
  return runs;
}

/**
 * The speaker evidence names, in the order they are listed (and multiplied) in: each is one bit of
 * a number, so an analysis's thousands of speakers build no lists (evidenceNames gives the list).
 */
// eslint-disable-next-line news-lens/no-inline-word-list -- evidence ids (the table's keys), not words any rule reads
const SPEAKER_EVIDENCE = [
  'pronoun',
  'role-phrase',
  'unlinked',
  'organization-speaker',
  'no-antecedent',
  'antecedent-in-paragraph',
  'antecedent-distant',
  'antecedent-intervening-person',
  'far',
  'mid-distance',
  'other-paragraph',
  'other-sentence',
  'partial-quote',
  'no-cue-verb',
  'rival-person',
  'rival-persons',
] as const;
const SPEAKER_BIT = bitsOf(SPEAKER_EVIDENCE);

/** The evidence names that apply to a quote's speaker (keys of the table's `evidence`). */
export function speakerEvidence(q: Quote, ctx: EvidenceContext): string[] {
  return evidenceNames(SPEAKER_EVIDENCE, speakerEvidenceBits(q, ctx));
}

function speakerEvidenceBits(q: Quote, ctx: EvidenceContext): number {
  const s = q.speaker;
  if (!s) return 0;
  let bits = 0;
  const form = speakerForm(s.text);
  if (form !== 'name') bits |= SPEAKER_BIT[form];
  const entity = s.entityId ? ctx.entityById.get(s.entityId) : undefined;
  if (!entity) bits |= SPEAKER_BIT.unlinked;
  else if (entity.type !== 'person') bits |= SPEAKER_BIT['organization-speaker'];
  if (entity && form !== 'name') bits |= antecedentEvidence(s, entity, ctx);
  bits |= placementEvidence(q, s, ctx.text);
  if (isPartialQuote(q.text)) bits |= SPEAKER_BIT['partial-quote'];
  // No reporting verb: the speaker came from layout (a transcript turn, a signed post) or a colon.
  if (!q.cue) bits |= SPEAKER_BIT['no-cue-verb'];
  const rivals = rivalCount(q, ctx);
  if (rivals >= 1) bits |= SPEAKER_BIT['rival-person'];
  if (rivals >= 2) bits |= SPEAKER_BIT['rival-persons'];
  return bits;
}

/** Each name's bit: 1, 2, 4 ... in list order. */
function bitsOf<N extends string>(names: readonly N[]): Record<N, number> {
  return Object.fromEntries(names.map((n, i) => [n, 1 << i])) as Record<N, number>;
}

/** The names whose bits are set, in list order. */
function evidenceNames(names: readonly string[], bits: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) if (bits & (1 << i)) out.push(names[i]);
  return out;
}

/** What opensSentence reads past before a span: space, quotation marks, an opening parenthesis. */
const BEFORE_SPAN = /[\s"'‘’“”(]/u;

/** True when the span opens a sentence or a line, where any word is capitalised. */
function opensSentence(text: string, m: Span): boolean {
  // The four characters before the span, read back past BEFORE_SPAN (no slice: this runs for every mention).
  const from = Math.max(0, m.start - 4);
  let i = m.start - 1;
  while (i >= from && BEFORE_SPAN.test(text[i])) i--;
  if (i < from) return true;
  const c = text[i];
  return c === '.' || c === '!' || c === '?' || c === ':' || c === '\n';
}

/** The entity evidence names in list order, one bit each (as SPEAKER_EVIDENCE). */
const ENTITY_EVIDENCE = [
  'single-mention',
  'many-mentions',
  'one-word',
  'all-caps',
  'has-role',
  'several-forms',
  'only-sentence-initial',
] as const;
const ENTITY_BIT = bitsOf(ENTITY_EVIDENCE);

export function entityEvidence(e: Entity, text?: string): string[] {
  return evidenceNames(ENTITY_EVIDENCE, entityEvidenceBits(e, text));
}

function entityEvidenceBits(e: Entity, text?: string): number {
  let bits = 0;
  if (e.mentions.length === 1) bits |= ENTITY_BIT['single-mention'];
  else if (e.mentions.length >= MANY_MENTIONS) bits |= ENTITY_BIT['many-mentions'];
  if (!/\s/.test(e.name)) bits |= ENTITY_BIT['one-word'];
  if (/^[\p{Lu}\d&.-]{2,}$/u.test(e.name)) bits |= ENTITY_BIT['all-caps'];
  if (e.role) bits |= ENTITY_BIT['has-role'];
  if (e.aliases.length > 1) bits |= ENTITY_BIT['several-forms'];
  if (text !== undefined && everyOpensSentence(text, e.mentions)) bits |= ENTITY_BIT['only-sentence-initial'];
  return bits;
}

function everyOpensSentence(text: string, mentions: readonly Span[]): boolean {
  for (const m of mentions) if (!opensSentence(text, m)) return false;
  return true;
}

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

export function dateEvidence(d: DateMention): string[] {
  const out: string[] = [];
  if (d.value === null) out.push('no-value');
  if (!/\s/.test(d.text)) out.push('one-word');
  if (d.type !== 'date') out.push(`type-${d.type}`);
  const words = wordsOf(d.text);
  const hasMonth = words.some((w) => w in MONTHS);
  if (/\b\d{4}\b/.test(d.text)) out.push('has-year');
  else if (!/\d/.test(d.text) && !hasMonth) out.push('relative');
  if (words.some((w) => w in WEEKDAYS) && !hasMonth && !/\d/.test(d.text)) out.push('weekday-without-anchor');
  if (d.value !== null && /REF|X/.test(d.value)) out.push('vague-value');
  return out;
}

/** The rule id in a fact's trace (its first value), or '' when it has none. */
export function ruleIdOf(why: Record<string, string> | undefined): string {
  // for-in visits own keys in Object.values' order (a trace is a plain object), without building the list.
  for (const key in why) return why[key] ?? '';
  return '';
}

const clampConfidence = (c: number) => Math.min(0.99, Math.max(0.02, c));
const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The map that changes nothing (a layer never fitted). */
export const IDENTITY_MAP: GeneralisationMap = { slope: 1, offset: 0, evidence: {}, fittedOn: '' };

/**
 * A dev-learned confidence turned into one for unseen text: σ(slope·logit(p) + offset + the
 * offsets of the evidence that applies). Monotone in p (slope ≥ 0); the identity when unfitted.
 */
export function generalise(map: GeneralisationMap, p: number, evidence: readonly string[] = []): number {
  let z = map.slope * logit(clampConfidence(p)) + map.offset;
  // Each distinct piece once, in order (no Set per call: this runs for every fact).
  for (let i = 0; i < evidence.length; i++) if (evidence.indexOf(evidence[i]) === i) z += map.evidence[evidence[i]] ?? 0;
  return sigmoid(z);
}

/** The dev-set estimate of one decision: the rule's precision times its evidence factors, in [0.02, 0.99]. */
export function devConfidence(table: LayerConfidence, rule: string, evidence: readonly string[]): number {
  let c = table.rules[rule] ?? table.mean;
  for (const e of evidence) c *= table.evidence[e] ?? 1;
  return clampConfidence(c);
}

/** The confidence of one decision: its dev estimate through the layer's map, in [0.02, 0.99], two decimals. */
export function confidenceFor(table: LayerConfidence, rule: string, evidence: string[], map = IDENTITY_MAP): number {
  const c = generalise(map, devConfidence(table, rule, evidence), evidence);
  return Math.round(clampConfidence(c) * 100) / 100;
}

export function dateConfidence(d: DateMention, table = CONFIDENCE_TABLE, maps = GENERALISATION_MAP): number {
  return confidenceFor(table.dateValue, ruleIdOf(d.why), dateEvidence(d), maps.dateValue);
}

/**
 * Sets `confidence` on every entity and quote speaker from the rule in its `why`. Dates get
 * theirs in the dates pass (findStoryDates), which also runs alone for a sidecar's article date.
 * With `dropTrace` each `why` is deleted once read (the engine's own facts without explain: `why`
 * is an entity's and a quote's last field, so deleting it before `confidence` is added keeps the
 * object's fast shape, and no copy without it is made).
 */
export function assignConfidence(
  analysis: Analysis,
  text: string,
  table = CONFIDENCE_TABLE,
  maps = GENERALISATION_MAP,
  dropTrace = false,
): void {
  const ctx = evidenceContext(analysis, text);
  const entityType = decisionMemo(table.entityType, maps.entityType, ENTITY_EVIDENCE);
  for (const e of analysis.entities) {
    const rule = ruleIdOf(e.why);
    if (dropTrace) delete e.why;
    e.confidence = entityType(rule, entityEvidenceBits(e, text));
  }
  const speaker = decisionMemo(table.speaker, maps.speaker, SPEAKER_EVIDENCE);
  for (const q of analysis.quotes) {
    const rule = ruleIdOf(q.why);
    if (dropTrace) delete q.why;
    if (q.speaker) q.speaker.confidence = speaker(rule, speakerEvidenceBits(q, ctx));
  }
}

/** Confidences by rule and evidence bits, per table and map: a decision depends on nothing else. */
const decisionMemos = new WeakMap<LayerConfidence, WeakMap<GeneralisationMap, Map<string, Map<number, number>>>>();

/** confidenceFor(table, rule, the evidence of `bits`, map), each answer worked out once. */
function decisionMemo(table: LayerConfidence, map: GeneralisationMap, names: readonly string[]): (rule: string, bits: number) => number {
  let byMap = decisionMemos.get(table);
  if (!byMap) decisionMemos.set(table, (byMap = new WeakMap()));
  let byRule = byMap.get(map);
  if (!byRule) byMap.set(map, (byRule = new Map()));
  const memo = byRule;
  return (rule, bits) => {
    let byBits = memo.get(rule);
    if (!byBits) memo.set(rule, (byBits = new Map()));
    let c = byBits.get(bits);
    if (c === undefined) byBits.set(bits, (c = confidenceFor(table, rule, evidenceNames(names, bits), map)));
    return c;
  };
}
