// Scoring: span matching (strict = same span, relaxed = overlapping, one-to-one), P/R/F1,
// B-cubed over alias clusters, date value accuracy, speaker accuracy.
import type { Analysis, EntityType } from '../../src/analysis/types';
import { CalibrationLayers, emptyLayer, mergeLayer, record } from './calibration';
import { GoldDoc, normaliseValue } from './gold';

export interface Count {
  tp: number;
  predicted: number;
  gold: number;
}

export interface Ratio {
  correct: number;
  total: number;
}

export interface Totals {
  entities: { strict: Count; relaxed: Count; untyped: Count; byType: Record<EntityType, { strict: Count; relaxed: Count }> };
  /** Sums of per-mention B-cubed precision/recall over gold mentions found with the exact span. */
  bcubed: { precision: number; recall: number; mentions: number };
  dates: { strict: Count; relaxed: Count; valueStrict: Ratio; valueRelaxed: Ratio };
  quotes: { strict: Count; relaxed: Count };
  speakers: Ratio;
  /** Judged facts with the engine's confidence, for the calibration tables. */
  calibration: CalibrationLayers;
  docs: number;
}

export interface ErrorItem {
  doc: string;
  layer: 'entity' | 'date' | 'quote' | 'speaker';
  kind: 'missed' | 'spurious' | 'wrong-type' | 'wrong-span' | 'wrong-value' | 'wrong-speaker';
  text: string;
  detail: string;
  /** The id of the engine's rule that decided (from `why`, when the engine ran with explain). */
  rule?: string;
}

const TYPES: EntityType[] = ['person', 'organization', 'place'];
const count = (): Count => ({ tp: 0, predicted: 0, gold: 0 });

export function emptyTotals(): Totals {
  return {
    entities: {
      strict: count(),
      relaxed: count(),
      untyped: count(),
      byType: {
        person: { strict: count(), relaxed: count() },
        organization: { strict: count(), relaxed: count() },
        place: { strict: count(), relaxed: count() },
      },
    },
    bcubed: { precision: 0, recall: 0, mentions: 0 },
    dates: { strict: count(), relaxed: count(), valueStrict: { correct: 0, total: 0 }, valueRelaxed: { correct: 0, total: 0 } },
    quotes: { strict: count(), relaxed: count() },
    speakers: { correct: 0, total: 0 },
    calibration: { speaker: emptyLayer(), entityType: emptyLayer(), dateValue: emptyLayer() },
    docs: 0,
  };
}

export function prf(c: Count): { p: number; r: number; f1: number } {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function bcubedF(b: Totals['bcubed']): { p: number; r: number; f1: number } {
  const p = b.mentions ? b.precision / b.mentions : 0;
  const r = b.mentions ? b.recall / b.mentions : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

interface SpanLike {
  start: number;
  end: number;
}

/**
 * One-to-one matching; returns pred index per gold index (-1 = none). Strict needs the same
 * span; relaxed takes exact matches first, then the overlapping candidate with the largest overlap.
 */
export function matchSpans<G extends SpanLike, P extends SpanLike>(
  gold: G[],
  pred: P[],
  mode: 'strict' | 'relaxed',
  compatible: (g: G, p: P) => boolean = () => true,
): number[] {
  const result = gold.map(() => -1);
  const used = new Set<number>();
  gold.forEach((g, gi) => {
    const pi = pred.findIndex((p, i) => !used.has(i) && p.start === g.start && p.end === g.end && compatible(g, p));
    if (pi >= 0) {
      result[gi] = pi;
      used.add(pi);
    }
  });
  if (mode === 'relaxed') {
    gold.forEach((g, gi) => {
      if (result[gi] >= 0) return;
      let best = -1;
      let bestOverlap = 0;
      pred.forEach((p, i) => {
        if (used.has(i) || !compatible(g, p)) return;
        const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
        if (overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      });
      if (best >= 0) {
        result[gi] = best;
        used.add(best);
      }
    });
  }
  return result;
}

function add(c: Count, tp: number, predicted: number, gold: number) {
  c.tp += tp;
  c.predicted += predicted;
  c.gold += gold;
}

const matched = (m: number[]) => m.filter((x) => x >= 0).length;

const inRanges = (ranges: Array<[number, number]>) => (s: SpanLike) => ranges.some(([a, b]) => s.start >= a && s.start < b);

/**
 * B-cubed over the gold mentions found with the exact span: for each, compare its gold cluster
 * with the engine's entity, both restricted to those mentions. Adds sums into `into`.
 */
export function bcubed(goldClusters: Array<string | null>, predClusters: string[], into: Totals['bcubed']): void {
  const n = goldClusters.length;
  const g = goldClusters.map((c, i) => c ?? `#singleton${i}`);
  for (let i = 0; i < n; i++) {
    let both = 0;
    let sameGold = 0;
    let samePred = 0;
    for (let j = 0; j < n; j++) {
      const sg = g[j] === g[i];
      const sp = predClusters[j] === predClusters[i];
      if (sg) sameGold++;
      if (sp) samePred++;
      if (sg && sp) both++;
    }
    into.precision += both / samePred;
    into.recall += both / sameGold;
    into.mentions++;
  }
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The deciding rule an engine fact names in `why` (`why.type`, `why.speaker`, `why.value`: whichever it has). */
export function ruleOf(fact: unknown): string | undefined {
  const why = (fact as { why?: unknown } | null | undefined)?.why;
  if (typeof why !== 'object' || why === null) return undefined;
  const id = Object.values(why as Record<string, unknown>).find((v) => typeof v === 'string');
  return id as string | undefined;
}

/** Scores one document's analysis into `t`; pushes mismatches into `errors` when given. */
export function scoreDoc(gold: GoldDoc, analysis: Analysis, t: Totals, errors?: ErrorItem[]): void {
  const keep = inRanges(gold.scoredRanges);
  const err = (layer: ErrorItem['layer'], kind: ErrorItem['kind'], text: string, detail = '', fact?: unknown) =>
    errors?.push({ doc: gold.id, layer, kind, text, detail, rule: ruleOf(fact) });
  t.docs++;

  if (gold.layers.entities) {
    const pred = analysis.entities
      .flatMap((e) =>
        e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: e.type, entity: e.id, source: e as unknown })),
      )
      .filter(keep);
    const strict = matchSpans(gold.entities, pred, 'strict', (g, p) => g.type === p.type);
    const relaxed = matchSpans(gold.entities, pred, 'relaxed', (g, p) => g.type === p.type);
    const untyped = matchSpans(gold.entities, pred, 'strict');
    add(t.entities.strict, matched(strict), pred.length, gold.entities.length);
    add(t.entities.relaxed, matched(relaxed), pred.length, gold.entities.length);
    add(t.entities.untyped, matched(untyped), pred.length, gold.entities.length);
    for (const type of TYPES) {
      const gi = gold.entities.map((g, i) => i).filter((i) => gold.entities[i].type === type);
      const np = pred.filter((p) => p.type === type).length;
      add(t.entities.byType[type].strict, gi.filter((i) => strict[i] >= 0).length, np, gi.length);
      add(t.entities.byType[type].relaxed, gi.filter((i) => relaxed[i] >= 0).length, np, gi.length);
    }
    // Aliases: gold mentions found with the exact span (any type).
    const found = gold.entities.map((g, i) => [g, untyped[i]] as const).filter(([, pi]) => pi >= 0);
    bcubed(
      found.map(([g]) => g.cluster),
      found.map(([, pi]) => pred[pi].entity),
      t.bcubed,
    );
    for (const [g, pi] of found) record(t.calibration.entityType, pred[pi].source, pred[pi].type === g.type);
    if (errors) {
      const usedStrict = new Set(strict);
      gold.entities.forEach((g, i) => {
        if (strict[i] >= 0) return;
        const u = untyped[i] >= 0 ? pred[untyped[i]] : null;
        const r = relaxed[i] >= 0 ? pred[relaxed[i]] : null;
        if (u) err('entity', 'wrong-type', g.text, `gold ${g.type}, engine ${u.type}`, u.source);
        else if (r) err('entity', 'wrong-span', g.text, `${g.type}; engine "${r.text}"`, r.source);
        else err('entity', 'missed', g.text, g.type);
      });
      const usedUntyped = new Set(untyped);
      const usedRelaxed = new Set(relaxed);
      pred.forEach((p, i) => {
        if (!usedStrict.has(i) && !usedUntyped.has(i) && !usedRelaxed.has(i)) err('entity', 'spurious', p.text, p.type, p.source);
      });
    }
  }

  if (gold.layers.dates) {
    const pred = analysis.dates.filter(keep);
    const strict = matchSpans(gold.dates, pred, 'strict');
    const relaxed = matchSpans(gold.dates, pred, 'relaxed');
    add(t.dates.strict, matched(strict), pred.length, gold.dates.length);
    add(t.dates.relaxed, matched(relaxed), pred.length, gold.dates.length);
    const valueOk = (gi: number, pi: number) => {
      const v = pred[pi].value;
      return v !== null && gold.dates[gi].values.includes(normaliseValue(v));
    };
    gold.dates.forEach((g, gi) => {
      if (!g.values.length) return;
      if (strict[gi] >= 0) {
        t.dates.valueStrict.total++;
        if (valueOk(gi, strict[gi])) t.dates.valueStrict.correct++;
      }
      if (relaxed[gi] >= 0) {
        t.dates.valueRelaxed.total++;
        record(t.calibration.dateValue, pred[relaxed[gi]], valueOk(gi, relaxed[gi]));
        if (valueOk(gi, relaxed[gi])) t.dates.valueRelaxed.correct++;
        else
          err(
            'date',
            'wrong-value',
            g.text,
            `gold ${g.values.join(' | ')}, engine ${pred[relaxed[gi]].value} ("${pred[relaxed[gi]].text}")`,
            pred[relaxed[gi]],
          );
      }
    });
    if (errors) {
      gold.dates.forEach((g, gi) => {
        if (relaxed[gi] < 0) err('date', 'missed', g.text, g.values.join(' | '));
        else if (strict[gi] < 0) err('date', 'wrong-span', g.text, `engine "${pred[relaxed[gi]].text}"`, pred[relaxed[gi]]);
      });
      const used = new Set(relaxed);
      pred.forEach((p, i) => !used.has(i) && err('date', 'spurious', p.text, `${p.value}`, p));
    }
  }

  if (gold.layers.quotes) {
    const neutral = gold.neutralQuotes ?? [];
    const onNeutral = (q: { start: number; end: number }) =>
      neutral.some(([s, e]) => q.start < e && s < q.end) && !gold.quotes.some((g) => q.start < g.end && g.start < q.end);
    const pred = analysis.quotes.filter(keep).filter((q) => !onNeutral(q));
    const strict = matchSpans(gold.quotes, pred, 'strict');
    const relaxed = matchSpans(gold.quotes, pred, 'relaxed');
    add(t.quotes.strict, matched(strict), pred.length, gold.quotes.length);
    add(t.quotes.relaxed, matched(relaxed), pred.length, gold.quotes.length);
    if (errors) {
      gold.quotes.forEach((g, gi) => {
        if (relaxed[gi] < 0) err('quote', 'missed', g.text);
        else if (strict[gi] < 0) err('quote', 'wrong-span', g.text, `engine ${pred[relaxed[gi]].text}`);
      });
      const used = new Set(relaxed);
      pred.forEach((p, i) => !used.has(i) && err('quote', 'spurious', p.text));
    }
    if (gold.layers.speakers) {
      const byId = new Map(analysis.entities.map((e) => [e.id, e]));
      gold.quotes.forEach((g, gi) => {
        if (!g.speaker) return;
        t.speakers.total++;
        const q = relaxed[gi] >= 0 ? pred[relaxed[gi]] : null;
        const names: string[] = [];
        if (q?.speaker) {
          names.push(q.speaker.text);
          const e = q.speaker.entityId ? byId.get(q.speaker.entityId) : undefined;
          if (e) names.push(e.name, ...e.aliases);
        }
        const wanted = new Set(g.speaker.map(norm));
        const right = names.some((n) => wanted.has(norm(n)));
        if (q?.speaker) record(t.calibration.speaker, q.speaker, right, q);
        if (right) t.speakers.correct++;
        else
          err(
            'speaker',
            'wrong-speaker',
            g.text.slice(0, 60),
            `gold ${g.speaker[0]}, engine ${q ? (q.speaker?.text ?? 'none') : 'quote not found'}`,
            q,
          );
      });
    }
  }
}

export function addTotals(into: Totals, t: Totals): void {
  const addC = (a: Count, b: Count) => add(a, b.tp, b.predicted, b.gold);
  addC(into.entities.strict, t.entities.strict);
  addC(into.entities.relaxed, t.entities.relaxed);
  addC(into.entities.untyped, t.entities.untyped);
  for (const type of TYPES) {
    addC(into.entities.byType[type].strict, t.entities.byType[type].strict);
    addC(into.entities.byType[type].relaxed, t.entities.byType[type].relaxed);
  }
  into.bcubed.precision += t.bcubed.precision;
  into.bcubed.recall += t.bcubed.recall;
  into.bcubed.mentions += t.bcubed.mentions;
  addC(into.dates.strict, t.dates.strict);
  addC(into.dates.relaxed, t.dates.relaxed);
  into.dates.valueStrict.correct += t.dates.valueStrict.correct;
  into.dates.valueStrict.total += t.dates.valueStrict.total;
  into.dates.valueRelaxed.correct += t.dates.valueRelaxed.correct;
  into.dates.valueRelaxed.total += t.dates.valueRelaxed.total;
  addC(into.quotes.strict, t.quotes.strict);
  addC(into.quotes.relaxed, t.quotes.relaxed);
  into.speakers.correct += t.speakers.correct;
  into.speakers.total += t.speakers.total;
  mergeLayer(into.calibration.speaker, t.calibration.speaker);
  mergeLayer(into.calibration.entityType, t.calibration.entityType);
  mergeLayer(into.calibration.dateValue, t.calibration.dateValue);
  into.docs += t.docs;
}
