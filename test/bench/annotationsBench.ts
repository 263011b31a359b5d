// Bench figure: applying 1,000 of the user's annotations (every action, names with scope "all")
// to the engine's Analysis of a 10,000-word document. A figure, never asserted (target < 50 ms).
import { analyze } from '../../src/analysis/analyze';
import type { Analysis } from '../../src/analysis/types';
import { applyAnnotations, makeTarget, type Annotation, type Sidecar } from '../../src/annotations';
import { generateDocument, wordCount } from './corpus';
import { int, mulberry32, pick } from './prng';

export interface AnnotationFigures {
  words: number;
  annotations: number;
  applied: number;
  orphaned: number;
  medianMs: number;
  medianCpuMs: number;
}

/** 1,000 annotations spread over the document's facts, a tenth of them on text that is gone. */
function sidecarFor(text: string, analysis: Analysis, count: number): Sidecar {
  const rng = mulberry32(14);
  const mentions = analysis.entities.flatMap((e) => e.mentions);
  const t = (s: { start: number; end: number }) => makeTarget(text, s.start, s.end);
  const annotations: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    const id = `u${i + 1}`;
    const m = pick(rng, mentions);
    const kind = i % 10;
    if (kind === 0) annotations.push({ id, action: 'accept', target: { ...t(m), exact: `${m.text} (gone)` } });
    else if (kind <= 3) annotations.push({ id, action: 'accept', target: t(m), scope: 'this' });
    else if (kind === 4)
      annotations.push({ id, action: 'retype', target: t(m), type: pick(rng, ['person', 'organization', 'place'] as const) });
    else if (kind === 5 && analysis.quotes.length) {
      annotations.push({ id, action: 'speaker', target: t(pick(rng, analysis.quotes)), speaker: t(m) });
    } else if (kind === 6 && analysis.dates.length) {
      annotations.push({ id, action: 'value', target: t(pick(rng, analysis.dates)), value: '2024-02-13' });
    } else if (kind === 7) annotations.push({ id, action: 'merge', target: t(m), into: t(pick(rng, mentions)) });
    else if (kind === 8) annotations.push({ id, action: 'ignore', target: t(m), code: 'name-variant' });
    else {
      const at = int(rng, 0, text.length - 20);
      const start = text.indexOf(' ', at) + 1;
      const end = text.indexOf(' ', start);
      if (start > 0 && end > start)
        annotations.push({ id, action: 'add', target: makeTarget(text, start, end), kind: 'organization', scope: 'this' });
      else annotations.push({ id, action: 'reject', target: t(m) });
    }
  }
  return { version: 1, annotations };
}

export function benchAnnotations(runs: number): AnnotationFigures {
  const text = generateDocument(10_000, 10_001);
  const analysis = analyze(text);
  const sidecar = sidecarFor(text, analysis, 1000);
  let result = applyAnnotations(analysis, text, sidecar); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = applyAnnotations(analysis, text, sidecar);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    words: wordCount(text),
    annotations: sidecar.annotations.length,
    applied: result.annotations!.applied,
    orphaned: result.annotations!.orphaned.length,
    medianMs: median(wall),
    medianCpuMs: median(cpu),
  };
}
