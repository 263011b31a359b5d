// Fits the generalisation map of one confidence layer (src/analysis/confidence.ts generalise()):
// from pairs (dev-learned confidence, right?) on documents held out from rule work, the map
// p' = σ(slope·logit(p) + offset [+ an offset per evidence]) by maximum likelihood, with a ridge
// penalty pulling it toward the identity (slope 1, offsets 0), so a few held-out decisions move it little.
import { generalise } from '../../src/analysis/confidence';
import type { GeneralisationMap } from '../../src/analysis/data/confidence';

export interface HeldOutSample {
  /** The confidence the dev-learned table gives (before any map). */
  confidence: number;
  evidence: readonly string[];
  correct: boolean;
}

export interface MapPriors {
  /** Ridge weight on (slope − 1)² and offset², in units of decisions' log-likelihood. */
  map: number;
  /** Ridge weight on each evidence offset²; Infinity fits none (the two-parameter map). */
  evidence: number;
}

/** Two parameters per layer, held near the identity: a handful of held-out decisions cannot swing it. */
export const MAP_PRIORS: MapPriors = { map: 2, evidence: Infinity };
/** Ridge weights tried per layer (chooseMapPrior); an evidence weight of Infinity fits no evidence offsets. */
export const MAP_PRIOR_GRID: readonly number[] = [1, 4, 16, 64];
export const EVIDENCE_PRIOR_GRID: readonly number[] = [Infinity, 1];
/** A slope below this would make the map (almost) flat: confidence would stop meaning anything. */
const MIN_SLOPE = 0.05;
/** Rounds of coordinate Newton steps; the problem is convex and settles long before. */
const FIT_ROUNDS = 200;

const logit = (p: number) => Math.log(p / (1 - p));
const clamp = (p: number) => Math.min(0.99, Math.max(0.02, p));

/** One coordinate of the fit: its value, the prior centre and weight, and its input per sample. */
interface Coordinate {
  value: number;
  centre: number;
  weight: number;
  input: (s: HeldOutSample, x: number) => number;
}

function coordinates(samples: readonly HeldOutSample[], priors: MapPriors): Map<string, Coordinate> {
  const coords = new Map<string, Coordinate>([
    ['slope', { value: 1, centre: 1, weight: priors.map, input: (_s, x) => x }],
    ['offset', { value: 0, centre: 0, weight: priors.map, input: () => 1 }],
  ]);
  if (Number.isFinite(priors.evidence)) {
    const names = [...new Set(samples.flatMap((s) => [...s.evidence]))].sort((a, b) => a.localeCompare(b));
    for (const e of names) {
      coords.set(`evidence:${e}`, { value: 0, centre: 0, weight: priors.evidence, input: (s) => (s.evidence.includes(e) ? 1 : 0) });
    }
  }
  return coords;
}

function mapOf(coords: Map<string, Coordinate>, fittedOn: string): GeneralisationMap {
  const evidence: Record<string, number> = {};
  for (const [key, c] of coords) if (key.startsWith('evidence:') && c.value !== 0) evidence[key.slice('evidence:'.length)] = c.value;
  return { slope: coords.get('slope')!.value, offset: coords.get('offset')!.value, evidence, fittedOn };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The map that best turns the samples' dev confidences into their observed accuracy (penalised toward identity). */
export function fitGeneralisation(samples: readonly HeldOutSample[], fittedOn: string, priors: MapPriors = MAP_PRIORS): GeneralisationMap {
  if (!Number.isFinite(priors.map)) return { slope: 1, offset: 0, evidence: {}, fittedOn };
  const coords = coordinates(samples, priors);
  const xs = samples.map((s) => logit(clamp(s.confidence)));
  for (let pass = 0; pass < FIT_ROUNDS; pass++) {
    for (const [key, c] of coords) {
      const map = mapOf(coords, fittedOn);
      let gradient = 2 * c.weight * (c.value - c.centre);
      let curvature = 2 * c.weight;
      samples.forEach((s, i) => {
        const p = generalise(map, s.confidence, s.evidence);
        const input = c.input(s, xs[i]);
        gradient += (p - (s.correct ? 1 : 0)) * input;
        curvature += p * (1 - p) * input * input;
      });
      if (curvature <= 0) continue;
      c.value -= gradient / curvature;
      if (key === 'slope') c.value = Math.max(MIN_SLOPE, c.value);
    }
  }
  const fitted = mapOf(coords, fittedOn);
  const evidence: Record<string, number> = {};
  for (const [e, w] of Object.entries(fitted.evidence)) if (round(w) !== 0) evidence[e] = round(w);
  return { slope: round(fitted.slope), offset: round(fitted.offset), evidence, fittedOn };
}

export type DocSample = HeldOutSample & { doc: string };

/** A sample's confidence through a map, as the engine gives it (two decimals in [0.02, 0.99]). */
export const mappedConfidence = (map: GeneralisationMap, s: HeldOutSample) =>
  Math.round(clamp(generalise(map, s.confidence, s.evidence)) * 100) / 100;

/** Each group's samples through a map fitted on the other groups only (with two: fit on a, test on b, and back). */
export function crossFit(samples: readonly DocSample[], groups: ReadonlyArray<(doc: string) => boolean>, priors: MapPriors) {
  return groups.map((inGroup) => {
    const map = fitGeneralisation(
      samples.filter((s) => !inGroup(s.doc)),
      'the other groups',
      priors,
    );
    return samples.filter((s) => inGroup(s.doc)).map((s) => ({ ...s, mapped: mappedConfidence(map, s) }));
  });
}

/** Mean negative log-likelihood of the outcomes under the mapped confidences (a proper score: lower is better). */
export function logLoss(scored: ReadonlyArray<{ mapped: number; correct: boolean }>): number {
  const sum = scored.reduce((acc, s) => acc - Math.log(s.correct ? s.mapped : 1 - s.mapped), 0);
  return scored.length ? sum / scored.length : 0;
}

/** Log-loss per decision a richer map must save on the split check to be chosen over a simpler one. */
export const MIN_LOG_LOSS_GAIN = 0.005;

/**
 * The ridge weights whose cross-fitted maps score the groups best, in three steps of growing
 * freedom: the identity, two parameters (each weight of MAP_PRIOR_GRID), then with evidence
 * offsets; a step is taken only when it saves at least MIN_LOG_LOSS_GAIN (a small gain is noise).
 */
export function chooseMapPrior(samples: readonly DocSample[], groups: ReadonlyArray<(doc: string) => boolean>): MapPriors {
  const lossOf = (priors: MapPriors) => logLoss(crossFit(samples, groups, priors).flat());
  const steps = EVIDENCE_PRIOR_GRID.map((evidence) => MAP_PRIOR_GRID.filter(Number.isFinite).map((map) => ({ map, evidence })));
  let best: MapPriors = { map: Infinity, evidence: Infinity };
  let bestLoss = lossOf(best);
  for (const step of steps) {
    const scored = step.map((priors) => ({ priors, loss: lossOf(priors) })).sort((x, y) => x.loss - y.loss);
    if (scored[0].loss < bestLoss - MIN_LOG_LOSS_GAIN) [best, bestLoss] = [scored[0].priors, scored[0].loss];
  }
  return best;
}
