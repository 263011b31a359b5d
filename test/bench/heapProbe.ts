// Child process of the benchmark: analyses one generated document once, cold, so the parent can
// read the peak V8 heap from --trace-gc and the peak RSS. Usage: node --trace-gc heapProbe.js WORDS SEED
import { analyze } from '../../src/analysis/analyze';
import { generateDocument } from './corpus';

const words = Number(process.argv[2]);
const seed = Number(process.argv[3]);
const text = words > 0 ? generateDocument(words, seed) : '';
const before = process.memoryUsage().heapUsed;
const t0 = performance.now();
const analysis = analyze(text);
const ms = performance.now() - t0;
const after = process.memoryUsage().heapUsed;
// One line of JSON on stdout, after the GC trace lines.
console.log(
  'HEAP_PROBE ' +
    JSON.stringify({
      words,
      ms,
      heapBeforeMB: before / 2 ** 20,
      heapAfterMB: after / 2 ** 20,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      entities: analysis.entities.length,
    }),
);
