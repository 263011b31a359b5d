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
  /** Mentions of person entities, with their entity's id, sorted by start. */
  personMentions: Array<Span & { entityId: string }>;
}

export function evidenceContext(analysis: Pick<Analysis, 'entities'>, text: string): EvidenceContext {
  const personMentions = analysis.entities
    .filter((e) => e.type === 'person')
    // Fields written out: a spread per mention cost more than the sort.
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, entityId: e.id })))
    .sort((a, b) => a.start - b.start);
  return { text, entityById: new Map(analysis.entities.map((e) => [e.id, e])), personMentions };
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

/** The spans (sorted by start) lying inside [from, to). */
function spansWithin<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(spans, from); i < spans.length && spans[i].start < to; i++) if (spans[i].end <= to) out.push(spans[i]);
  return out;
}

/** Whether a span (sorted by start) inside [from, to) passes `test`; stops at the first. */
function someWithin<T extends Span>(spans: readonly T[], from: number, to: number, test: (span: T) => boolean): boolean {
  for (let i = firstFrom(spans, from); i < spans.length && spans[i].start < to; i++) if (spans[i].end <= to && test(spans[i])) return true;
  return false;
}

/** [start, end) of the paragraph (lines between blank-free line breaks) holding [start, end). */
function paragraphAround(text: string, start: number, end: number): [number, number] {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return [from, to < 0 ? text.length : to];
}

/** The text between a speaker's span and its quote ('' when they overlap). */
function gapText(text: string, s: Span, q: Span): string {
  if (s.end <= q.start) return text.slice(s.end, q.start);
  if (s.start >= q.end) return text.slice(q.end, s.start);
  return '';
}

/** How the speaker is referred to: a pronoun, a common-noun phrase ("the carrier", "a company spokesman") or a name. */
export function speakerForm(speakerText: string): 'pronoun' | 'role-phrase' | 'name' {
  const words = speakerText.split(/\s+/).filter(Boolean);
  if (words.length === 1 && isPronoun(words[0].toLowerCase())) return 'pronoun';
  return words.some((w) => /^\p{Ll}/u.test(w) && !isParticle(w)) ? 'role-phrase' : 'name';
}

/** isPartialQuote's answers by quote text: after an edit the same quotes are asked again. */
const partialQuotes = new ClearingMemo<boolean>(20_000);

/** True when the quote is a fragment worked into the sentence: it starts in lower case or is very short. */
export function isPartialQuote(quoteText: string): boolean {
  return partialQuotes.get(quoteText, () => quoteIsPartial(quoteText));
}

function quoteIsPartial(quoteText: string): boolean {
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
function placementEvidence(q: Quote, s: Span, text: string): string[] {
  const gap = gapText(text, s, q);
  const out: string[] = [];
  if (gap.length > FAR_SPEAKER_CHARS) out.push('far');
  else if (gap.length > NEAR_SPEAKER_CHARS) out.push('mid-distance');
  if (gap.includes('\n')) out.push('other-paragraph');
  else if (/[.!?]\s+\p{Lu}/u.test(gap)) out.push('other-sentence');
  return out;
}

/** Person entities other than the speaker's named in the quote's paragraph, outside the quote. */
function rivalCount(q: Quote, ctx: EvidenceContext): number {
  const [from, to] = paragraphAround(ctx.text, q.start, q.end);
  const rivals = new Set<string>();
  for (const m of spansWithin(ctx.personMentions, from, to)) {
    const outsideQuote = m.end <= q.start || m.start >= q.end;
    if (outsideQuote && m.entityId !== q.speaker?.entityId) rivals.add(m.entityId);
  }
  return rivals.size;
}

/**
 * For a pronoun or role phrase linked to an entity: where the entity was last named before it —
 * in the same paragraph, two or more paragraphs back, not at all, or with another person named in between.
 */
function antecedentEvidence(s: Span, entity: Entity, ctx: EvidenceContext): string[] {
  // Mentions are sorted by start; the last one ending before the speaker is the antecedent.
  let i = firstFrom(entity.mentions, s.start) - 1;
  while (i >= 0 && entity.mentions[i].end > s.start) i--;
  if (i < 0) return ['no-antecedent'];
  const last = entity.mentions[i];
  const out: string[] = [];
  const breaks = lineBreakRuns(ctx.text, last.end, s.start, 2);
  if (breaks === 0) out.push('antecedent-in-paragraph');
  else if (breaks >= 2) out.push('antecedent-distant');
  if (someWithin(ctx.personMentions, last.end, s.start, (m) => m.entityId !== entity.id)) {
    out.push('antecedent-intervening-person');
  }
  return out;
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

/** The evidence names that apply to a quote's speaker (keys of the table's `evidence`). */
export function speakerEvidence(q: Quote, ctx: EvidenceContext): string[] {
  const s = q.speaker;
  if (!s) return [];
  const out: string[] = [];
  const form = speakerForm(s.text);
  if (form !== 'name') out.push(form);
  const entity = s.entityId ? ctx.entityById.get(s.entityId) : undefined;
  if (!entity) out.push('unlinked');
  else if (entity.type !== 'person') out.push('organization-speaker');
  if (entity && form !== 'name') out.push(...antecedentEvidence(s, entity, ctx));
  out.push(...placementEvidence(q, s, ctx.text));
  if (isPartialQuote(q.text)) out.push('partial-quote');
  // No reporting verb: the speaker came from layout (a transcript turn, a signed post) or a colon.
  if (!q.cue) out.push('no-cue-verb');
  const rivals = rivalCount(q, ctx);
  if (rivals >= 1) out.push('rival-person');
  if (rivals >= 2) out.push('rival-persons');
  return out;
}

/** True when the span opens a sentence or a line, where any word is capitalised. */
function opensSentence(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 4), m.start).replace(/[\s"'‘’“”(]+$/u, '');
  return before === '' || /[.!?:\n]$/.test(before);
}

export function entityEvidence(e: Entity, text?: string): string[] {
  const out: string[] = [];
  if (e.mentions.length === 1) out.push('single-mention');
  else if (e.mentions.length >= MANY_MENTIONS) out.push('many-mentions');
  if (!/\s/.test(e.name)) out.push('one-word');
  if (/^[\p{Lu}\d&.-]{2,}$/u.test(e.name)) out.push('all-caps');
  if (e.role) out.push('has-role');
  if (e.aliases.length > 1) out.push('several-forms');
  if (text !== undefined && e.mentions.every((m) => opensSentence(text, m))) out.push('only-sentence-initial');
  return out;
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

/** The rule id in a fact's trace, or '' when it has none. */
export function ruleIdOf(why: Record<string, string> | undefined): string {
  return why ? (Object.values(why)[0] ?? '') : '';
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
 * Sets `confidence` on every entity and quote speaker (run before `why` is stripped). Dates get
 * theirs in the dates pass (findStoryDates), which also runs alone for a sidecar's article date.
 */
export function assignConfidence(analysis: Analysis, text: string, table = CONFIDENCE_TABLE, maps = GENERALISATION_MAP): void {
  const ctx = evidenceContext(analysis, text);
  for (const e of analysis.entities) {
    e.confidence = confidenceFor(table.entityType, ruleIdOf(e.why), entityEvidence(e, text), maps.entityType);
  }
  for (const q of analysis.quotes) {
    if (q.speaker) q.speaker.confidence = confidenceFor(table.speaker, ruleIdOf(q.why), speakerEvidence(q, ctx), maps.speaker);
  }
}
