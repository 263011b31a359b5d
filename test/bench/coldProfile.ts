// A cold analysis of one benchmark document next to compromise's parse of the same text, in one
// process, for `node --cpu-prof` (where the cold time goes) and for a quick ratio without the whole
// bench. Usage: node out/test/bench/coldProfile.js [article|10k|100k] [--no-nlp] [--profile=FILE.cpuprofile]
// (--profile: a CPU profile of the cold analyses alone, without loading the corpora and the warm-up).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import nlp from 'compromise';
import { analyze, clearAnalysisCaches } from '../../src/analysis/analyze';
import { benchDocuments } from './benchDocuments';
import { repoRoot } from './corpus';

const which = process.argv[2] ?? '100k';
const docs = benchDocuments(repoRoot());
const text = which === 'article' ? docs.article.text : which === '10k' ? docs.distinct10k.text : docs.distinct100k.text;

/** CPU and wall time of f, in ms. */
const cpu = (f: () => unknown): { cpu: number; wall: number } => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall };
};

// Warm-up on the seed article: JIT, compromise's lexicon, chrono.
for (let i = 0; i < 3; i++) {
  clearAnalysisCaches();
  analyze(docs.seed);
  nlp(docs.seed);
}
const profileFile = process.argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
const session = new Session();
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));

async function main(): Promise<void> {
  if (profileFile) {
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.start');
  }
  const runs = which === 'article' ? 5 : which === '10k' ? 3 : 1; // as the bench's cold runs (median)
  const ours: Array<{ cpu: number; wall: number }> = [];
  const parse: Array<{ cpu: number; wall: number }> = [];
  for (let i = 0; i < runs; i++) {
    clearAnalysisCaches();
    ours.push(cpu(() => analyze(text)));
    if (!process.argv.includes('--no-nlp')) parse.push(cpu(() => nlp(text)));
  }
  if (profileFile) {
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    writeFileSync(profileFile, JSON.stringify(profile));
  }
  const figures = (xs: Array<{ cpu: number; wall: number }>) => ({
    cpu: median(xs.map((x) => x.cpu)),
    wall: median(xs.map((x) => x.wall)),
  });
  const o = figures(ours);
  const line = `${which}: cold CPU ${o.cpu.toFixed(0)} ms (wall ${o.wall.toFixed(0)})`;
  if (!parse.length) return console.log(line);
  const p = figures(parse);
  console.log(
    `${line}, nlp(text) CPU ${p.cpu.toFixed(0)} ms (wall ${p.wall.toFixed(0)}), ratio CPU ${(o.cpu / p.cpu).toFixed(2)} (wall ${(o.wall / p.wall).toFixed(2)})`,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
void main();
