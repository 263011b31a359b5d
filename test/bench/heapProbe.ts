// Child process of the benchmark: analyses one benchmark document once, cold, so the parent can
// read the peak V8 heap from --trace-gc and the peak RSS. Usage: node --trace-gc heapProbe.js 0|10000|100000
import { analyze } from '../../src/analysis/analyze';
import { benchDocuments } from './benchDocuments';
import { repoRoot } from './corpus';

const words = Number(process.argv[2]);
const docs = words > 0 ? benchDocuments(repoRoot()) : null;
const text = !docs ? '' : words <= 10_000 ? docs.distinct10k.text : docs.distinct100k.text;
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
