// Random sidecars of every action over the seed articles: the result always keeps the Analysis
// contract (spans slice exactly, no overlaps within a kind, speakers name live entities), every
// annotation is either applied or reported, and the engine's result is never changed.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import { ADD_KINDS, applyAnnotations, makeTarget, type Annotation } from '../../src/annotations';
import { checkAnalysis } from './analysisContract';
import { readSeed, seedFiles } from './exportSupport';
import { int, mulberry32, pick, type Rng } from '../bench/prng';

const ACTIONS = ['add', 'reject', 'retype', 'merge', 'split', 'rename', 'speaker', 'value', 'accept', 'ignore'] as const;

/** A span of the text: a fact's, or a few random words. */
function randomRange(rng: Rng, text: string, facts: Array<{ start: number; end: number }>): { start: number; end: number } {
  if (facts.length && rng() < 0.7) return pick(rng, facts);
  const start = text.indexOf(' ', int(rng, 0, Math.max(0, text.length - 40))) + 1;
  let end = start;
  for (let w = int(rng, 1, 4); w > 0; w--) end = text.indexOf(' ', end + 1) < 0 ? text.length : text.indexOf(' ', end + 1);
  const trimmed = text.slice(start, end).replace(/[\s.,;:!?"]+$/, '');
  // Sometimes with the spaces around it, as a careless selection has them.
  return rng() < 0.1
    ? { start: Math.max(0, start - 1), end: Math.min(text.length, start + trimmed.length + 1) }
    : { start, end: start + Math.max(1, trimmed.length) };
}

function randomTarget(rng: Rng, text: string, facts: Array<{ start: number; end: number }>) {
  const r = randomRange(rng, text, facts);
  return makeTarget(text, r.start, r.end);
}

function randomAnnotation(rng: Rng, text: string, facts: Array<{ start: number; end: number }>, i: number): Annotation {
  const action = pick(rng, ACTIONS);
  const target = randomTarget(rng, text, facts);
  const a: Annotation = { id: `u${i}`, action, target };
  if (rng() < 0.4) a.scope = pick(rng, ['all', 'this'] as const);
  if (action === 'add') a.kind = pick(rng, ADD_KINDS);
  if (action === 'retype') a.type = pick(rng, ['person', 'organization', 'place'] as const);
  if (action === 'merge') a.into = randomTarget(rng, text, facts);
  if (action === 'rename') a.name = 'Someone Else';
  if (action === 'speaker') a.speaker = rng() < 0.2 ? null : randomTarget(rng, text, facts);
  if (action === 'value' || (action === 'add' && a.kind === 'date' && rng() < 0.5))
    a.value = pick(rng, ['2024', '2024-02-13', 'P5D', '2024-W07', 'PRESENT_REF']);
  if (action === 'ignore') a.code = 'name-variant';
  if (rng() < 0.05) a.target = { ...a.target, exact: `${a.target.exact}§gone` };
  return a;
}

describe('annotations: random sidecars keep the Analysis contract', () => {
  for (const file of seedFiles()) {
    it(file, () => {
      const text = readSeed(file);
      const engine = analyze(text, { file });
      const before = JSON.stringify(engine);
      const facts = [...engine.entities.flatMap((e) => e.mentions), ...engine.quotes, ...engine.dates];
      const rng = mulberry32(file.length * 7919);
      for (let round = 0; round < 60; round++) {
        const annotations = Array.from({ length: int(rng, 1, 30) }, (_, i) => randomAnnotation(rng, text, facts, i + 1));
        const out = applyAnnotations(engine, text, { version: 1, annotations });
        const context = `round ${round}: ${JSON.stringify(annotations.map((a) => [a.action, a.target.exact, a.scope]))}`;
        try {
          checkAnalysis(text, out);
        } catch (e) {
          throw new Error(`${context}\n${(e as Error).message}`, { cause: e });
        }
        assert.equal(out.annotations!.applied + out.annotations!.orphaned.length, annotations.length, context);
      }
      assert.equal(JSON.stringify(engine), before, 'the engine result is unchanged');
    });
  }
});
