// The last pass: how sure the engine is of each fact. An entity's type, a quote's speaker and a
// date's value get `confidence` from the precision the deciding rule (`why`) had on the dev set
// (src/analysis/data/confidence.ts, learned by test/eval/learnConfidence.ts), times a factor for
// evidence that makes a decision weaker or stronger than its rule's average (a pronoun for a name,
// a speaker far from the quote, a name seen once). Unknown rules get the layer's mean.
import { CONFIDENCE_TABLE, LayerConfidence } from './data/confidence';
import { isPronoun } from './attribution/words';
import type { Analysis, DateMention, Entity, Quote } from './types';

export type ConfidenceLayer = 'speaker' | 'entityType' | 'dateValue';

/** Characters between a speaker's span and its quote beyond which the speaker counts as far. */
const FAR_SPEAKER_CHARS = 200;

/** The evidence names that apply to a quote's speaker (keys of the table's `evidence`). */
export function speakerEvidence(q: Quote): string[] {
  const s = q.speaker;
  if (!s) return [];
  const out: string[] = [];
  if (isPronoun(s.text.toLowerCase())) out.push('pronoun');
  if (!s.entityId) out.push('unlinked');
  const gap = s.end <= q.start ? q.start - s.end : s.start >= q.end ? s.start - q.end : 0;
  if (gap > FAR_SPEAKER_CHARS) out.push('far');
  return out;
}

export function entityEvidence(e: Entity): string[] {
  const out: string[] = [];
  if (e.mentions.length === 1) out.push('single-mention');
  if (!/\s/.test(e.name)) out.push('one-word');
  return out;
}

export function dateEvidence(d: DateMention): string[] {
  const out: string[] = [];
  if (d.value === null) out.push('no-value');
  if (!/\s/.test(d.text)) out.push('one-word');
  return out;
}

/** The rule id in a fact's trace, or '' when it has none. */
export function ruleIdOf(why: Record<string, string> | undefined): string {
  return why ? (Object.values(why)[0] ?? '') : '';
}

/** The confidence of one decision: the rule's precision times its evidence factors, in [0.02, 0.99]. */
export function confidenceFor(table: LayerConfidence, rule: string, evidence: string[]): number {
  let c = table.rules[rule] ?? table.mean;
  for (const e of evidence) c *= table.evidence[e] ?? 1;
  return Math.round(Math.min(0.99, Math.max(0.02, c)) * 100) / 100;
}

export function dateConfidence(d: DateMention, table = CONFIDENCE_TABLE): number {
  return confidenceFor(table.dateValue, ruleIdOf(d.why), dateEvidence(d));
}

/**
 * Sets `confidence` on every entity and quote speaker (run before `why` is stripped). Dates get
 * theirs in the dates pass (findStoryDates), which also runs alone for a sidecar's article date.
 */
export function assignConfidence(analysis: Analysis, table = CONFIDENCE_TABLE): void {
  for (const e of analysis.entities) e.confidence = confidenceFor(table.entityType, ruleIdOf(e.why), entityEvidence(e));
  for (const q of analysis.quotes) {
    if (q.speaker) q.speaker.confidence = confidenceFor(table.speaker, ruleIdOf(q.why), speakerEvidence(q));
  }
}
