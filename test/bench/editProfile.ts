// The one-character edit on its own: builds the 100,000-word distinct document (the benchmark's),
// analyses it cold, then makes N one-character edits at random places and prints the median CPU
// time per edit (and wall time) with each stage's share. For profiling: node --cpu-prof out/test/bench/editProfile.js
// Options: --edits=N (default 15), --seed=N, --insert (insert a character instead of replacing one),
//          --names (edit inside capitalised words, so that the aliases pass runs again),
//          --bench (the benchmark's edits: 7, from 45% into the text; its figure is the median without the first),
//          --check (compare the last warm result with a cold analysis of the same text),
//          --profile=FILE (a CPU profile of the edits only, without the cold run; open it in DevTools),
//          --warmup=N (N edits first, neither timed nor profiled: the benchmark's process is warm when it edits).
import { analyze, analysisCounters, clearAnalysisCaches } from '../../src/analysis/analyze';
import { sieveMemoCounters } from '../../src/analysis/attribution/reuse';
import { stageTotals, timeStagesWith } from '../../src/analysis/stageTimes';
import { benchDocuments } from './benchDocuments';
import { repoRoot } from './corpus';
import { int, mulberry32 } from './prng';
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const v = Number(argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3));
  return Number.isFinite(v) ? v : fallback;
};
const EDITS = option('edits', 15);
const WARMUP = option('warmup', 0);
const rng = mulberry32(option('seed', 12));
const insert = argv.includes('--insert');
const names = argv.includes('--names');
const benchPlaces = argv.includes('--bench');
const profileFile = argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

let benchLetters: number[] | undefined;

/** Where the warm-up edits go: their own random places, or with --bench letters before the benchmark's. */
const warmRng = mulberry32(option('seed', 12) + 1);

/**
 * One character changed (or inserted) at a random letter (with --names, the second letter of a
 * capitalised word; with --bench, the benchmark's letters: 45% into the text, then 1.5% further each time).
 */
function edited(text: string, i: number, warm = false): string {
  if (benchPlaces) {
    // Found once, as the benchmark does: a replacement moves no letter, and finding them per edit
    // made garbage that the collector then cleared during the timed analyses.
    const letters = (benchLetters ??= [...text.matchAll(/[a-z]/g)].map((m) => m.index!));
    const at = letters[Math.floor(letters.length * (warm ? 0.44 - (i % 40) * 0.01 : 0.45 + i * 0.015))];
    return text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1);
  }
  let at = int(warm ? warmRng : rng, 0, text.length - 1);
  const letter = names ? (i: number) => /[a-z]/.test(text[i]) && /[A-Z]/.test(text[i - 1] ?? '') : (i: number) => /[a-z]/.test(text[i]);
  while (!letter(at)) at = (at + 1) % text.length;
  const replacement = text[at] === 'x' ? 'y' : 'x';
  return text.slice(0, at) + replacement + text.slice(insert ? at : at + 1);
}

/** Runs f under the inspector's CPU profiler and writes the profile to `file`. */
async function profiled(file: string | undefined, f: () => void): Promise<void> {
  if (!file) return f();
  const session = new Session();
  session.connect();
  const post = (method: string) => new Promise<unknown>((done, fail) => session.post(method, (err, res) => (err ? fail(err) : done(res))));
  await post('Profiler.enable');
  await post('Profiler.start');
  f();
  const { profile } = (await post('Profiler.stop')) as { profile: unknown };
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
}

async function main(): Promise<void> {
  const text = benchDocuments(repoRoot()).distinct100k.text;
  clearAnalysisCaches();
  const c0 = cpuMs();
  analyze(text);
  console.log(`cold analysis of ${text.length} characters: CPU ${(cpuMs() - c0).toFixed(0)} ms`);
  const totals: number[] = [];
  const walls: number[] = [];
  const stages = new Map<string, number[]>();
  const parsed: number[] = [];
  let current = text;
  for (let i = 0; i < WARMUP; i++) analyze((current = edited(current, i, true)));
  await profiled(profileFile, () => {
    for (let i = 0; i < EDITS; i++) {
      current = edited(current, i);
      const before = analysisCounters.paragraphsParsed;
      timeStagesWith(cpuMs);
      const t0 = cpuMs();
      const w0 = performance.now();
      analyze(current);
      walls.push(performance.now() - w0);
      totals.push(cpuMs() - t0);
      if (process.env.EDIT_DEBUG) console.log([...stageTotals()].map(([n, m]) => `${n} ${m.toFixed(0)}`).join(', '), sieveMemoCounters);
      for (const [name, ms] of stageTotals()) stages.set(name, [...(stages.get(name) ?? []), ms]);
      timeStagesWith(null);
      parsed.push(analysisCounters.paragraphsParsed - before);
    }
  });
  const what = `${insert ? 'insertions' : 'replacements'}${names ? ' in capitalised words' : ''}`;
  console.log(`${EDITS} one-character ${what}: median CPU ${median(totals).toFixed(1)} ms per edit (wall ${median(walls).toFixed(1)} ms)`);
  console.log(`  per edit: ${totals.map((t) => t.toFixed(0)).join(' ')}; paragraphs parsed again: ${[...new Set(parsed)].join('/')}`);
  for (const [name, ms] of stages) console.log(`  ${name.padEnd(16)} ${median(ms).toFixed(1).padStart(7)} ms`);
  if (argv.includes('--check')) {
    const warm = JSON.stringify(analyze(current));
    clearAnalysisCaches();
    const cold = JSON.stringify(analyze(current));
    console.log(warm === cold ? 'warm result equals cold result' : 'WARM RESULT DIFFERS FROM COLD');
    if (warm !== cold) process.exitCode = 1;
  }
}

void main();
