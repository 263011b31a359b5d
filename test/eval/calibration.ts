// Calibration of the engine's `confidence` (DESIGN.md: on each entity for its type, on each quote's
// speaker, on each date for its value): five equal bins, the accuracy in each, and the expected
// calibration error. Only judged facts count: a speaker of a found gold quote, the type of a gold
// name found with the exact span, the value of a gold date found (overlap) whose value is scored.

export interface CalibrationSample {
  confidence: number;
  correct: boolean;
}

export interface CalibrationLayer {
  samples: CalibrationSample[];
  /** Judged facts the engine gave no usable confidence for. */
  withoutConfidence: number;
  /** Every judged fact (the entity, quote or date that carries `why`), for learnConfidence. */
  judged: Array<{ fact: unknown; correct: boolean }>;
}

export interface CalibrationBin {
  /** Lower bound (inclusive); the last bin also includes 1. */
  from: number;
  to: number;
  count: number;
  meanConfidence: number | null;
  accuracy: number | null;
}

export interface CalibrationSummary {
  bins: CalibrationBin[];
  /** Expected calibration error: sum over bins of (share of samples) * |accuracy - mean confidence|. */
  ece: number | null;
  samples: number;
  withoutConfidence: number;
  /** How often facts given at least HIGH_CONFIDENCE are right (the issue's ">= 0.8 right >= 95 %"). */
  high: { correct: number; total: number };
}

export type CalibrationLayers = { speaker: CalibrationLayer; entityType: CalibrationLayer; dateValue: CalibrationLayer };

export const BIN_COUNT = 5;
export const HIGH_CONFIDENCE = 0.8;

export const emptyLayer = (): CalibrationLayer => ({ samples: [], withoutConfidence: 0, judged: [] });

/** The `confidence` of an engine object when it is a number in [0, 1]; null otherwise. */
export function readConfidence(x: unknown): number | null {
  if (typeof x !== 'object' || x === null) return null;
  const c = (x as { confidence?: unknown }).confidence;
  return typeof c === 'number' && Number.isFinite(c) && c >= 0 && c <= 1 ? c : null;
}

/**
 * Records one judged fact; `source` is the engine object that would carry `confidence`, `fact` the
 * one that carries `why` (the quote for its speaker).
 */
export function record(layer: CalibrationLayer, source: unknown, correct: boolean, fact: unknown = source): void {
  layer.judged.push({ fact, correct });
  const confidence = readConfidence(source);
  if (confidence === null) layer.withoutConfidence++;
  else layer.samples.push({ confidence, correct });
}

export function mergeLayer(into: CalibrationLayer, from: CalibrationLayer): void {
  into.samples.push(...from.samples);
  into.withoutConfidence += from.withoutConfidence;
  into.judged.push(...from.judged);
}

const binOf = (c: number) => Math.min(BIN_COUNT - 1, Math.floor(c * BIN_COUNT));

export function summarise(layer: CalibrationLayer): CalibrationSummary {
  const groups: CalibrationSample[][] = Array.from({ length: BIN_COUNT }, () => []);
  for (const s of layer.samples) groups[binOf(s.confidence)].push(s);
  const n = layer.samples.length;
  const bins = groups.map((g, i): CalibrationBin => {
    const right = g.filter((s) => s.correct).length;
    return {
      from: i / BIN_COUNT,
      to: (i + 1) / BIN_COUNT,
      count: g.length,
      meanConfidence: g.length ? g.reduce((sum, s) => sum + s.confidence, 0) / g.length : null,
      accuracy: g.length ? right / g.length : null,
    };
  });
  const ece = n ? bins.reduce((sum, b) => (b.count ? sum + (b.count / n) * Math.abs(b.accuracy! - b.meanConfidence!) : sum), 0) : null;
  const high = layer.samples.filter((s) => s.confidence >= HIGH_CONFIDENCE);
  return {
    bins,
    ece,
    samples: n,
    withoutConfidence: layer.withoutConfidence,
    high: { correct: high.filter((s) => s.correct).length, total: high.length },
  };
}

const LABELS: Record<keyof CalibrationLayers, string> = { speaker: 'speakers', entityType: 'entity types', dateValue: 'date values' };
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

/** One block per layer: the bins as rows, then ECE; "no confidence yet" when the engine gives none. */
export function formatCalibration(title: string, layers: Record<keyof CalibrationLayers, CalibrationSummary>): string {
  const out = [`\n== calibration: ${title} ==  (bins of the engine's confidence; accuracy = share right)`];
  for (const key of Object.keys(LABELS) as Array<keyof CalibrationLayers>) {
    const s = layers[key];
    if (!s.samples) {
      out.push(`${LABELS[key]}: no confidence yet (${s.withoutConfidence} judged without one)`);
      continue;
    }
    out.push(`${LABELS[key]}: ${s.samples} with confidence${s.withoutConfidence ? `, ${s.withoutConfidence} without` : ''}`);
    out.push('  bin           n  mean conf.  accuracy');
    for (const b of s.bins) {
      const range = `[${b.from.toFixed(1)}, ${b.to.toFixed(1)}${b.to === 1 ? ']' : ')'}`;
      out.push(
        `  ${range.padEnd(10)}  ${String(b.count).padStart(4)}  ${pct(b.meanConfidence).padStart(10)}  ${pct(b.accuracy).padStart(8)}`,
      );
    }
    const high = s.high.total ? `${pct(s.high.correct / s.high.total)} (${s.high.correct}/${s.high.total})` : '—';
    out.push(`  ECE ${s.ece === null ? '—' : s.ece.toFixed(3)}; right when confidence >= ${HIGH_CONFIDENCE}: ${high}`);
  }
  return out.join('\n') + '\n';
}
