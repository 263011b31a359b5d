// Learns the engine's confidence table from the DEV set only (GUM news, MEANTIME, gold-own; never
// test/eval/fresh): runs the engine with explain, judges each fact as the eval does (speakers: the
// right speaker; entities: the right type of a mention found with its exact span; dates: the right
// value of a date found by overlap), and writes src/analysis/data/confidence.ts.
//   node esbuild.mjs && node out/test/eval/learnConfidence.js [--dry-run]
//   node out/test/eval/learnConfidence.js --cv [k] [--priors R,E]   (k-fold estimate by document; writes nothing)
//   node out/test/eval/learnConfidence.js --fit-generalisation a-,b- [--dry-run]
//     (documents whose id starts with a- or b- are held out: the table is learned on the rest of dev,
//     each layer's generalisation map is fitted on the held-out decisions, and both are written; a
//     plain relearn keeps the stored map and still learns the table without those documents, unless
//     --all-dev. Run it BEFORE the held-out documents' errors are used for rules.)
// Works for whatever rule ids and evidence names the passes record: each gets its precision or
// factor, smoothed when seen few times; ids never seen fall back to the mean in the engine.
import * as path from 'node:path';
import { analyze } from '../../src/analysis';
import {
  confidenceFor,
  dateEvidence,
  devConfidence,
  entityEvidence,
  IDENTITY_MAP,
  evidenceContext,
  ruleIdOf,
  speakerEvidence,
} from '../../src/analysis/confidence';
import { GENERALISATION_MAP, GeneralisationMap, LayerConfidence, MAP_HELD_OUT } from '../../src/analysis/data/confidence';
import type { DateMention, Entity, Quote } from '../../src/analysis/types';
import { writeFileAtomic } from '../../src/export/atomicWrite';
import { CalibrationLayer, emptyLayer, formatCalibration, summarise } from './calibration';
import type { GoldDoc } from './gold';
import { CorpusName, loadCorpus } from './corpora';
import { emptyTotals, scoreDoc } from './score';
import { chooseMapPrior, crossFit, DocSample, fitGeneralisation, MAP_PRIORS, MapPriors, mappedConfidence } from './generalisation';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const DEV: CorpusName[] = ['gum', 'meantime', 'own'];
/** Beta prior of a rule's precision: this many pseudo-decisions at the layer's mean (3 right of 3 is not 0.99). */
export const RULE_PRIOR = 5;
/** Pseudo-decisions pulling an evidence factor toward 1 (an evidence seen a few times barely moves). */
export const EVIDENCE_PRIOR = 5;
/** Rounds of the alternating fit (rule precisions, then each factor given the rest); it settles in a few. */
const FIT_ROUNDS = 25;

export interface JudgedDecision {
  rule: string;
  evidence: string[];
  correct: boolean;
}

export interface Priors {
  rule: number;
  evidence: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const sortedKeys = <T>(m: Map<string, T>) => [...m.keys()].sort((a, b) => a.localeCompare(b));

/** The product of a decision's evidence factors (but `skip`'s); times its rule's base, the model's estimate. */
function factorProduct(d: JudgedDecision, factors: Map<string, number>, skip?: string): number {
  let p = 1;
  for (const e of new Set(d.evidence)) if (e !== skip) p *= factors.get(e)!;
  return p;
}

/**
 * A layer's table from its judged decisions, fitted as precision = base(rule) x product of factors(evidence).
 * Alternately: each rule's base is its right decisions over what its factors predict (a Beta prior of
 * RULE_PRIOR decisions at the layer's mean); each factor is the right decisions with that evidence over
 * what the model predicts for them without it (EVIDENCE_PRIOR decisions at a ratio of 1), i.e. the
 * precision with the evidence over the precision of like decisions without it.
 */
export function learnLayer(decisions: JudgedDecision[], priors: Priors = { rule: RULE_PRIOR, evidence: EVIDENCE_PRIOR }): LayerConfidence {
  const n = decisions.length;
  const mean = n ? decisions.filter((d) => d.correct).length / n : 0.5;
  const byRule = new Map<string, JudgedDecision[]>();
  const byEvidence = new Map<string, JudgedDecision[]>();
  const push = (m: Map<string, JudgedDecision[]>, key: string, d: JudgedDecision) => (m.get(key) ?? m.set(key, []).get(key)!).push(d);
  for (const d of decisions) {
    push(byRule, d.rule, d);
    for (const e of new Set(d.evidence)) push(byEvidence, e, d);
  }
  const base = new Map([...byRule.keys()].map((r) => [r, mean]));
  const factors = new Map([...byEvidence.keys()].map((e) => [e, 1]));
  const rightOf = (ds: JudgedDecision[]) => ds.filter((d) => d.correct).length;
  for (let pass = 0; pass < FIT_ROUNDS; pass++) {
    for (const [rule, ds] of byRule) {
      const weight = ds.reduce((sum, d) => sum + factorProduct(d, factors), 0);
      base.set(rule, Math.min(1, (rightOf(ds) + priors.rule * mean) / (weight + priors.rule)));
    }
    for (const e of sortedKeys(byEvidence)) {
      const ds = byEvidence.get(e)!;
      const expected = ds.reduce((sum, d) => sum + base.get(d.rule)! * factorProduct(d, factors, e), 0);
      const avg = expected / ds.length;
      const against = expected + priors.evidence * avg;
      factors.set(e, against > 0 ? (rightOf(ds) + priors.evidence * avg) / against : 1);
    }
  }
  const rules: Record<string, number> = {};
  for (const r of sortedKeys(base)) if (r) rules[r] = round(base.get(r)!);
  const evidence: Record<string, number> = {};
  for (const e of sortedKeys(factors)) evidence[e] = round(factors.get(e)!);
  return { mean: round(mean), rules, evidence };
}

export type LayerMaps = Record<LayerName, GeneralisationMap>;

export function tableSource(
  table: Record<string, LayerConfidence>,
  maps: LayerMaps = GENERALISATION_MAP,
  heldOut: readonly string[] = MAP_HELD_OUT,
): string {
  const literal = (x: unknown) =>
    JSON.stringify(x, null, 2)
      .replace(/"([a-zA-Z]+)":/g, '$1:')
      .replace(/"/g, "'");
  return `// GENERATED by test/eval/learnConfidence.ts from the dev set; do not edit by hand.
// Regenerate: node esbuild.mjs && node out/test/eval/learnConfidence.js   (relearns the table on dev
// minus the documents the map was fitted on, MAP_HELD_OUT, and keeps GENERALISATION_MAP as it is)
// rules: precision of each rule id (smoothed toward the layer's mean); evidence: factors.
// GENERALISATION_MAP turns the table's dev estimate p into one for unseen text, σ(slope·logit(p) +
// offset + evidence offsets), fitted on dev documents held out from rule work (test/eval/README.md,
// "Confidence"): the rules are tuned on dev, so dev precisions are too high. Each session, BEFORE
// last session's fresh articles (now in dev) are used for rule work, refit it on them:
//   node out/test/eval/learnConfidence.js --fit-generalisation PREFIX,...   (their ids' prefixes)

export interface LayerConfidence {
  /** Share of the layer's judged facts that were right. */
  mean: number;
  /** Precision of each rule id. */
  rules: Record<string, number>;
  /** Factor for a decision with this evidence (src/analysis/confidence.ts). */
  evidence: Record<string, number>;
}

export interface GeneralisationMap {
  slope: number;
  offset: number;
  /** Added to the logit when this evidence applies (none unless fitted with evidence). */
  evidence: Record<string, number>;
  /** The held-out documents it was fitted on ('' for the identity). */
  fittedOn: string;
}

/** Id prefixes of the dev documents the map was fitted on; the table is learned without them (pairing as fitted). */
export const MAP_HELD_OUT: readonly string[] = ${literal(heldOut)};

export const CONFIDENCE_TABLE: { speaker: LayerConfidence; entityType: LayerConfidence; dateValue: LayerConfidence } = ${literal(table)};

export const GENERALISATION_MAP: { speaker: GeneralisationMap; entityType: GeneralisationMap; dateValue: GeneralisationMap } = ${literal(
    maps,
  )};
`;
}

/** A judged decision and the document it came from (folds of the cross-validation split by document). */
export interface DocDecision extends JudgedDecision {
  doc: string;
}

export type LayerName = 'speaker' | 'entityType' | 'dateValue';
export type DecisionsByLayer = Record<LayerName, DocDecision[]>;
const LAYERS: LayerName[] = ['speaker', 'entityType', 'dateValue'];

/** Runs the engine on every dev document and judges each fact as the eval does. */
export function collectDecisions(docs: GoldDoc[]): DecisionsByLayer {
  const out: DecisionsByLayer = { speaker: [], entityType: [], dateValue: [] };
  for (const doc of docs) {
    const analysis = analyze(doc.text, { documentDate: doc.documentDate, file: doc.id, explain: true });
    const totals = emptyTotals();
    scoreDoc(doc, analysis, totals);
    const c = totals.calibration;
    const ctx = evidenceContext(analysis, doc.text);
    const add = (layer: LayerName, why: Record<string, string> | undefined, evidence: string[], correct: boolean) =>
      out[layer].push({ doc: `${doc.corpus}/${doc.id}`, rule: ruleIdOf(why), evidence, correct });
    for (const { fact, correct } of c.speaker.judged) add('speaker', (fact as Quote).why, speakerEvidence(fact as Quote, ctx), correct);
    for (const { fact, correct } of c.entityType.judged)
      add('entityType', (fact as Entity).why, entityEvidence(fact as Entity, doc.text), correct);
    for (const { fact, correct } of c.dateValue.judged)
      add('dateValue', (fact as DateMention).why, dateEvidence(fact as DateMention), correct);
  }
  return out;
}

export function learnTable(decisions: DecisionsByLayer): Record<LayerName, LayerConfidence> {
  return {
    speaker: learnLayer(decisions.speaker),
    entityType: learnLayer(decisions.entityType),
    dateValue: learnLayer(decisions.dateValue),
  };
}

/**
 * Document-level k-fold cross-validation: documents are dealt round-robin (in id order) into k folds;
 * each fold's decisions are scored with a table learned on the other k-1 folds.
 */
export function crossValidate(decisions: DecisionsByLayer, k: number, priors?: Priors): Record<LayerName, CalibrationLayer> {
  const docs = [...new Set(LAYERS.flatMap((l) => decisions[l].map((d) => d.doc)))].sort();
  const foldOf = new Map(docs.map((d, i) => [d, i % k]));
  const out: Record<LayerName, CalibrationLayer> = { speaker: emptyLayer(), entityType: emptyLayer(), dateValue: emptyLayer() };
  for (let fold = 0; fold < k; fold++) {
    const train = (l: LayerName) => decisions[l].filter((d) => foldOf.get(d.doc) !== fold);
    for (const layer of LAYERS) {
      const table = learnLayer(train(layer), priors);
      for (const d of decisions[layer].filter((x) => foldOf.get(x.doc) === fold)) {
        out[layer].samples.push({ confidence: confidenceFor(table, d.rule, d.evidence), correct: d.correct });
      }
    }
  }
  return out;
}

/** Whether a document (`corpus/id`) is held out: its id starts with one of the prefixes. */
export const heldOutBy = (prefixes: readonly string[]) => (doc: string) =>
  prefixes.some((p) => doc.slice(doc.indexOf('/') + 1).startsWith(p));

export type SamplesByLayer = Record<LayerName, DocSample[]>;
export type PriorsByLayer = Record<LayerName, MapPriors>;

/** The table learned without the held-out documents, and each held-out decision with the (unmapped) confidence it gives. */
export function heldOutSamples(decisions: DecisionsByLayer, isHeldOut: (doc: string) => boolean) {
  const table = learnTable(filterDecisions(decisions, (d) => !isHeldOut(d)));
  const samples = {} as SamplesByLayer;
  for (const layer of LAYERS) {
    samples[layer] = decisions[layer]
      .filter((d) => isHeldOut(d.doc))
      .map((d) => ({ doc: d.doc, evidence: d.evidence, correct: d.correct, confidence: devConfidence(table[layer], d.rule, d.evidence) }));
  }
  return { table, samples };
}

function filterDecisions(decisions: DecisionsByLayer, keep: (doc: string) => boolean): DecisionsByLayer {
  return {
    speaker: decisions.speaker.filter((d) => keep(d.doc)),
    entityType: decisions.entityType.filter((d) => keep(d.doc)),
    dateValue: decisions.dateValue.filter((d) => keep(d.doc)),
  };
}

const eachLayer = <T>(f: (layer: LayerName) => T): Record<LayerName, T> => ({
  speaker: f('speaker'),
  entityType: f('entityType'),
  dateValue: f('dateValue'),
});

export function fitMaps(samples: SamplesByLayer, fittedOn: string, priors: PriorsByLayer): LayerMaps {
  return eachLayer((l) => fitGeneralisation(samples[l], fittedOn, priors[l]));
}

/** Per layer, the ridge weight the split check by prefix favours (one prefix: the default). */
export function choosePriors(samples: SamplesByLayer, prefixes: readonly string[]): PriorsByLayer {
  const groups = prefixes.map((p) => heldOutBy([p]));
  return eachLayer((l) => (prefixes.length > 1 ? chooseMapPrior(samples[l], groups) : MAP_PRIORS));
}

const toLayer = (scored: Array<{ confidence: number; correct: boolean }>): CalibrationLayer => ({
  samples: scored,
  withoutConfidence: 0,
  judged: [],
});

/** The samples as the engine would report them through `maps` (none: the table alone). */
export function calibrationOf(
  samples: SamplesByLayer,
  maps: LayerMaps = eachLayer(() => IDENTITY_MAP),
): Record<LayerName, CalibrationLayer> {
  return eachLayer((l) => toLayer(samples[l].map((s) => ({ confidence: mappedConfidence(maps[l], s), correct: s.correct }))));
}

/**
 * The honest check of a map: each prefix group's samples scored through maps fitted on the other
 * groups only (with two groups: fit on a-, test on b-, and the other way round), per group.
 */
export function splitCheck(samples: SamplesByLayer, prefixes: readonly string[], priors: PriorsByLayer) {
  const groups = prefixes.map((p) => heldOutBy([p]));
  const byLayer = eachLayer((l) => crossFit(samples[l], groups, priors[l]));
  return prefixes.map((prefix, i) => ({
    prefix,
    before: eachLayer((l) => toLayer(byLayer[l][i])),
    after: eachLayer((l) => toLayer(byLayer[l][i].map((s) => ({ confidence: s.mapped, correct: s.correct })))),
  }));
}

function cvFolds(argv: string[]): number | null {
  const i = argv.indexOf('--cv');
  if (i < 0) return null;
  const k = Number(argv[i + 1]);
  return Number.isInteger(k) && k >= 2 ? k : 5;
}

/** `--priors R,E` (for comparing priors by cross-validation): the rule and evidence pseudo-counts. */
function priorsArg(argv: string[]): Priors | undefined {
  const i = argv.indexOf('--priors');
  const [rule, evidence] = (argv[i + 1] ?? '').split(',').map(Number);
  return i >= 0 && rule >= 0 && evidence >= 0 ? { rule, evidence } : undefined;
}

/** `--fit-generalisation a-,b-`: the prefixes of the held-out documents' ids; null without the option. */
export function heldOutPrefixes(argv: string[]): string[] | null {
  const i = argv.indexOf('--fit-generalisation');
  if (i < 0) return null;
  const prefixes = (argv[i + 1] ?? '').split(',').filter(Boolean);
  if (!prefixes.length) throw new Error("--fit-generalisation needs the held-out documents' id prefixes, e.g. a-,b-");
  return prefixes;
}

/** `--map-priors M,E` (for comparing by the split check): ridge weights of the map and of evidence offsets ('none': no offsets). */
function mapPriorsArg(argv: string[]): MapPriors | null {
  const i = argv.indexOf('--map-priors');
  if (i < 0) return null;
  const [map, evidence] = (argv[i + 1] ?? '').split(',');
  return { map: Number(map), evidence: evidence === undefined || evidence === 'none' ? Infinity : Number(evidence) };
}

const summariseAll = (c: Record<LayerName, CalibrationLayer>) => eachLayer((l) => summarise(c[l]));

/** One line per layer: ECE and the share right at >= 0.8, before and after the map. */
function compareLine(label: string, before: Record<LayerName, CalibrationLayer>, after: Record<LayerName, CalibrationLayer>): string {
  const brief = (c: CalibrationLayer) => {
    const s = summarise(c);
    const high = s.high.total ? `${((100 * s.high.correct) / s.high.total).toFixed(1)}% (${s.high.correct}/${s.high.total})` : '—';
    return `ECE ${s.ece === null ? '—' : s.ece.toFixed(3)}, right at >= 0.8 ${high}`;
  };
  return [label, ...LAYERS.map((l) => `  ${l.padEnd(10)}  before: ${brief(before[l])};  after: ${brief(after[l])}`)].join('\n');
}

/** Held out by prefix: prints their calibration before, by the split check and after; returns what to write. */
function fitGeneralisationMode(decisions: DecisionsByLayer, prefixes: string[], forced: MapPriors | null) {
  const { table, samples } = heldOutSamples(decisions, heldOutBy(prefixes));
  const docs = new Set(LAYERS.flatMap((l) => samples[l].map((s) => s.doc))).size;
  const fittedOn = `the ${docs} dev documents ${prefixes.map((p) => `${p}*`).join(', ')}, held out from rule work when the map was fitted, and from the table`;
  const priors = forced ? eachLayer(() => forced) : choosePriors(samples, prefixes);
  const maps = fitMaps(samples, fittedOn, priors);
  const label = `held-out ${prefixes.join(', ')} (${docs} documents)`;
  console.log(formatCalibration(`${label}, table learned without them, no map`, summariseAll(calibrationOf(samples))));
  if (prefixes.length > 1) {
    console.log('== split check: each prefix through a map fitted on the others only ==');
    for (const { prefix, before, after } of splitCheck(samples, prefixes, priors)) console.log(compareLine(`${prefix}*`, before, after));
  }
  console.log(formatCalibration(`${label}, through the map fitted on all of them (in-sample)`, summariseAll(calibrationOf(samples, maps))));
  for (const l of LAYERS) {
    const { slope, offset, evidence } = maps[l];
    console.log(
      `map ${l}: ${JSON.stringify({ slope, offset, evidence })} (ridge ${priors[l].map}, evidence ${priors[l].evidence}${forced ? ', forced' : ', chosen by the split check'})`,
    );
  }
  return { table, maps };
}

/**
 * Learns from dev and writes the table, keeping the stored map (or refitting it: --fit-generalisation);
 * `--cv [k]` prints a k-fold estimate instead; `--dry-run` prints the file.
 */
async function main(): Promise<void> {
  const docs = DEV.flatMap((corpus) => {
    const loaded = loadCorpus(repoRoot, corpus);
    if (!loaded.length) throw new Error(`no documents for ${corpus} (set NEWS_LENS_CORPORA to the corpora folder)`);
    return loaded;
  });
  const decisions = collectDecisions(docs);
  const k = cvFolds(process.argv);
  if (k !== null) {
    const cv = crossValidate(decisions, k, priorsArg(process.argv));
    console.log(formatCalibration(`dev, ${k}-fold cross-validated by document (${docs.length} documents), no map`, summariseAll(cv)));
    return;
  }
  const prefixes = heldOutPrefixes(process.argv);
  // The map was fitted for a table learned without its documents: keep that pairing (--all-dev: learn on all).
  const excluded = prefixes ?? (process.argv.includes('--all-dev') ? [] : MAP_HELD_OUT);
  const isExcluded = heldOutBy(excluded);
  const { table, maps } = prefixes
    ? fitGeneralisationMode(decisions, prefixes, mapPriorsArg(process.argv))
    : { table: learnTable(filterDecisions(decisions, (d) => !isExcluded(d))), maps: GENERALISATION_MAP };
  const source = tableSource(table, maps, prefixes ?? MAP_HELD_OUT);
  if (process.argv.includes('--dry-run')) process.stdout.write(source);
  else {
    const target = path.join(repoRoot, 'src', 'analysis', 'data', 'confidence.ts');
    await writeFileAtomic(target, source, { overwrite: true });
    const n = (l: LayerName) => decisions[l].filter((d) => !isExcluded(d.doc)).length;
    const counts = `${n('speaker')} speakers, ${n('entityType')} entity types, ${n('dateValue')} date values`;
    const without = excluded.length ? ` without ${excluded.map((p) => `${p}*`).join(', ')}` : '';
    const kept = prefixes ? 'map refitted' : `map kept (${maps.speaker.fittedOn || 'identity'})`;
    console.log(`learned from ${counts} of dev${without}; ${kept}; wrote ${path.relative(process.cwd(), target)}`);
  }
}

if (require.main === module)
  main().catch((e) => {
    console.error(`learnConfidence: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
