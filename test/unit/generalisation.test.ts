import * as assert from 'node:assert/strict';
import { confidenceFor, generalise, IDENTITY_MAP } from '../../src/analysis/confidence';
import { GENERALISATION_MAP } from '../../src/analysis/data/confidence';
import { chooseMapPrior, crossFit, DocSample, fitGeneralisation, HeldOutSample, logLoss } from '../eval/generalisation';
import { choosePriors, DocDecision, heldOutBy, heldOutPrefixes, heldOutSamples, splitCheck, tableSource } from '../eval/learnConfidence';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) => Math.log(p / (1 - p));

/** A small deterministic generator (mulberry32), so the synthetic data is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples whose real accuracy is σ(slope·logit(p) + offset) of their stated confidence p. */
function distorted(n: number, slope: number, offset: number, seed = 1): HeldOutSample[] {
  const next = random(seed);
  return Array.from({ length: n }, () => {
    const confidence = 0.05 + 0.94 * next();
    return { confidence, evidence: [], correct: next() < sigmoid(slope * logit(confidence) + offset) };
  });
}

describe('generalisation map (src/analysis/confidence.ts generalise)', () => {
  it('is the identity when unfitted', () => {
    for (const p of [0.02, 0.3, 0.5, 0.77, 0.99]) assert.ok(Math.abs(generalise(IDENTITY_MAP, p) - p) < 1e-12, String(p));
    const table = { mean: 0.8, rules: { strong: 0.97 }, evidence: { pronoun: 0.5 } };
    assert.equal(confidenceFor(table, 'strong', ['pronoun'], IDENTITY_MAP), 0.49);
    assert.equal(confidenceFor(table, 'strong', ['pronoun']), 0.49);
  });

  it('is monotone in the dev confidence and stays in [0, 1] for any slope >= 0 and offset', () => {
    for (const slope of [0, 0.05, 0.5, 1, 3]) {
      for (const offset of [-3, -0.4, 0, 2]) {
        const map = { slope, offset, evidence: { pronoun: -1 }, fittedOn: 'made up' };
        let last = -Infinity;
        for (let p = 0; p <= 1; p += 0.01) {
          const q = generalise(map, p, ['pronoun']);
          assert.ok(q >= 0 && q <= 1 && q >= last - 1e-12, `${slope} ${offset} ${p}`);
          last = q;
        }
      }
    }
  });

  it('confidenceFor applies the map after the table, rounded into [0.02, 0.99]', () => {
    const table = { mean: 0.9, rules: {}, evidence: {} };
    const map = { slope: 0.5, offset: -0.2, evidence: {}, fittedOn: 'made up' };
    assert.equal(confidenceFor(table, 'x', [], map), Math.round(sigmoid(0.5 * logit(0.9) - 0.2) * 100) / 100);
    assert.equal(confidenceFor(table, 'x', [], { ...map, offset: -50 }), 0.02);
  });

  it('the stored map has a non-negative slope', () => {
    for (const m of Object.values(GENERALISATION_MAP)) assert.ok(m.slope >= 0 && Number.isFinite(m.offset));
  });
});

describe('fitting the generalisation map (made-up held-out decisions)', () => {
  it('recovers a known distortion from plenty of decisions', () => {
    const map = fitGeneralisation(distorted(6000, 0.5, -0.4), 'synthetic', { map: 1, evidence: Infinity });
    assert.ok(Math.abs(map.slope - 0.5) < 0.1, `slope ${map.slope}`);
    assert.ok(Math.abs(map.offset + 0.4) < 0.15, `offset ${map.offset}`);
    assert.deepEqual(map.evidence, {});
  });

  it('stays the identity without decisions and near it with a handful', () => {
    assert.deepEqual(fitGeneralisation([], 'nothing'), { slope: 1, offset: 0, evidence: {}, fittedOn: 'nothing' });
    const few = distorted(6, 0.2, -2, 7);
    const distance = (m: { slope: number; offset: number }) => Math.hypot(m.slope - 1, m.offset);
    const loose = fitGeneralisation(few, 'few', { map: 0.5, evidence: Infinity });
    const firm = fitGeneralisation(few, 'few', { map: 50, evidence: Infinity });
    assert.ok(distance(firm) < 0.1 && distance(firm) < distance(loose), JSON.stringify({ loose, firm }));
    const many = fitGeneralisation(distorted(3000, 0.2, -2, 7), 'many');
    assert.ok(Math.abs(fitGeneralisation(few, 'few').offset) < Math.abs(many.offset));
  });

  it('fits an offset per evidence only when asked to', () => {
    const samples: HeldOutSample[] = [
      ...Array.from({ length: 200 }, (_, i) => ({ confidence: 0.9, evidence: [], correct: i % 10 !== 0 })),
      ...Array.from({ length: 200 }, (_, i) => ({ confidence: 0.9, evidence: ['unlinked'], correct: i % 2 === 0 })),
    ];
    assert.deepEqual(fitGeneralisation(samples, 'x').evidence, {});
    const withEvidence = fitGeneralisation(samples, 'x', { map: 1, evidence: 1 });
    assert.ok(withEvidence.evidence.unlinked < -1, JSON.stringify(withEvidence));
    assert.ok(Math.abs(generalise(withEvidence, 0.9, ['unlinked']) - 0.5) < 0.05);
  });
});

describe('choosing how firmly the map holds to the identity (made-up decisions)', () => {
  const inGroup = (prefix: string) => (doc: string) => doc.startsWith(prefix);
  const groups = [inGroup('a'), inGroup('b')];
  const withDocs = (samples: HeldOutSample[]): DocSample[] => samples.map((s, i) => ({ ...s, doc: i % 2 ? 'b' : 'a' }));

  it('keeps the identity when the dev confidence already holds on the held-out groups', () => {
    assert.equal(chooseMapPrior(withDocs(distorted(600, 1, 0, 3)), groups).map, Infinity);
  });

  it('fits a map when both groups show the same distortion', () => {
    const prior = chooseMapPrior(withDocs(distorted(600, 0.4, -0.8, 5)), groups).map;
    assert.ok(Number.isFinite(prior), String(prior));
  });

  it('adds evidence offsets only when the evidence tells right from wrong in both groups', () => {
    const next = random(11);
    const samples: DocSample[] = Array.from({ length: 800 }, (_, i) => {
      const unlinked = i % 4 === 0;
      return {
        doc: i < 400 ? 'a' : 'b',
        confidence: 0.9,
        evidence: unlinked ? ['unlinked'] : [],
        correct: next() < (unlinked ? 0.4 : 0.9),
      };
    });
    assert.ok(Number.isFinite(chooseMapPrior(samples, groups).evidence));
    const noise = samples.map((s) => ({ ...s, correct: next() < 0.9 }));
    assert.equal(chooseMapPrior(noise, groups).evidence, Infinity);
  });

  it('cross-fits: a group is scored by a map fitted without it', () => {
    const samples: DocSample[] = [
      ...Array.from({ length: 50 }, () => ({ doc: 'a', confidence: 0.9, evidence: [], correct: true })),
      ...Array.from({ length: 50 }, () => ({ doc: 'b', confidence: 0.9, evidence: [], correct: false })),
    ];
    const [a, b] = crossFit(samples, groups, { map: 0.01, evidence: Infinity });
    // a (all right) is scored by b's map (all wrong) and the other way round.
    assert.ok(a.every((s) => s.mapped < 0.2) && b.every((s) => s.mapped > 0.8), `${a[0].mapped} ${b[0].mapped}`);
    assert.ok(logLoss(a) > logLoss([{ mapped: 0.9, correct: true }]));
  });
});

describe('learnConfidence --fit-generalisation (made-up decisions)', () => {
  const inDoc = (doc: string, correct: boolean): DocDecision => ({ doc, rule: 'r', evidence: [], correct });
  const many = (doc: string, n: number, right: number) => Array.from({ length: n }, (_, i) => inDoc(doc, i < right));

  it('reads the prefixes and tells held-out documents by their id', () => {
    assert.deepEqual(heldOutPrefixes(['--fit-generalisation', 'a-,b-']), ['a-', 'b-']);
    assert.equal(heldOutPrefixes(['--dry-run']), null);
    assert.throws(() => heldOutPrefixes(['--fit-generalisation']));
    const isHeldOut = heldOutBy(['a-', 'b-']);
    assert.ok(isHeldOut('own/a-story') && isHeldOut('own/b-x') && !isHeldOut('own/auction') && !isHeldOut('gum/xa-1'));
  });

  it('scores held-out decisions with a table learned without them', () => {
    const decisions = { speaker: [...many('own/old', 100, 99), ...many('own/a-new', 20, 10)], entityType: [], dateValue: [] };
    const { table, samples } = heldOutSamples(decisions, heldOutBy(['a-']));
    assert.ok(table.speaker.rules.r > 0.95, JSON.stringify(table.speaker));
    assert.equal(samples.speaker.length, 20);
    assert.ok(samples.speaker.every((s) => s.confidence === table.speaker.rules.r && s.doc === 'own/a-new'));
  });

  it('the split check scores each prefix group through a map fitted on the other', () => {
    const decisions = {
      speaker: [...many('own/old', 200, 198), ...many('own/a-1', 60, 45), ...many('own/b-1', 60, 45)],
      entityType: [],
      dateValue: [],
    };
    const { samples } = heldOutSamples(decisions, heldOutBy(['a-', 'b-']));
    const priors = choosePriors(samples, ['a-', 'b-']);
    assert.ok(Number.isFinite(priors.speaker.map), 'a real gap is worth a map');
    const split = splitCheck(samples, ['a-', 'b-'], priors);
    assert.deepEqual(
      split.map((g) => [g.prefix, g.before.speaker.samples.length, g.after.speaker.samples.length]),
      [
        ['a-', 60, 60],
        ['b-', 60, 60],
      ],
    );
    // Both groups are 75 % right; a map fitted on the other brings 0.98 well down toward it.
    for (const g of split) {
      assert.ok(g.before.speaker.samples.every((s) => s.confidence > 0.95));
      assert.ok(
        g.after.speaker.samples.every((s) => s.confidence < 0.9),
        JSON.stringify(g.after.speaker.samples[0]),
      );
    }
  });

  it('writes the map next to the table; a plain relearn keeps the stored one', () => {
    const table = { speaker: { mean: 0.9, rules: { r: 0.9 }, evidence: {} }, entityType: { mean: 0.9, rules: {}, evidence: {} } };
    const maps = { ...GENERALISATION_MAP, speaker: { slope: 0.25, offset: -0.5, evidence: {}, fittedOn: 'made-up documents' } };
    const fitted = tableSource({ ...table, dateValue: table.entityType }, maps);
    assert.match(fitted, /export const GENERALISATION_MAP[^]*slope: 0\.25,\s*offset: -0\.5,[^]*fittedOn: 'made-up documents'/);
    const kept = tableSource({ ...table, dateValue: table.entityType });
    assert.ok(kept.includes(`slope: ${GENERALISATION_MAP.speaker.slope},`), kept.slice(-600));
    assert.match(
      tableSource({ ...table, dateValue: table.entityType }, maps, ['c-']),
      /MAP_HELD_OUT: readonly string\[\] = \[\s*'c-'\s*\]/,
    );
  });
});
