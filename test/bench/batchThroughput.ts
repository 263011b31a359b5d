// The CLI on a folder of distinct articles (--format jsonl, whole process): --jobs 1 against
// --jobs 2, and this machine's ceiling for the same batch: the CLI as two independent processes
// (--jobs 1), each on half the articles, at once. Two processes pay what two threads pay (two
// engine loads, two JIT warm-ups, two heaps) and share nothing, so --jobs 2 cannot beat them; the
// three are run back to back, several times, and the medians compared.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from './articles';

export interface BatchFigures {
  articles: number;
  words: number;
  repetitions: number;
  jobs1Ms: number;
  jobs2Ms: number;
  /** jobs1Ms / jobs2Ms. */
  speedup: number;
  /** Two `--jobs 1` processes on half the folder each, at once: the wall time until both end. */
  twoProcessesMs: number;
  /** jobs1Ms / twoProcessesMs: the most --jobs 2 could give on this machine. */
  ceiling: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function batchThroughput(
  root: string,
  articles: Article[],
  wordCount: (s: string) => number,
  repetitions = 3,
): Promise<BatchFigures> {
  const dir = join(root, '.tmp', 'bench-articles');
  rmSync(dir, { recursive: true, force: true });
  // All the articles in dir/all; every other one in dir/even and dir/odd (same names, same order).
  for (const sub of ['all', 'even', 'odd']) mkdirSync(join(dir, sub), { recursive: true });
  articles.forEach((a, i) => {
    const name = `${String(i).padStart(4, '0')}.txt`;
    writeFileSync(join(dir, 'all', name), a.text);
    writeFileSync(join(dir, i % 2 ? 'odd' : 'even', name), a.text);
  });
  const cli = (jobs: number, folder: string) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [join(root, 'dist', 'cli.js'), 'analyze', '--format', 'jsonl', '--jobs', String(jobs), join(dir, folder)],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`CLI failed: ${err}`))));
    });
  const timed = async (run: () => Promise<unknown>) => {
    const t0 = performance.now();
    await run();
    return performance.now() - t0;
  };
  const one: number[] = [];
  const two: number[] = [];
  const halves: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    one.push(await timed(() => cli(1, 'all')));
    two.push(await timed(() => cli(2, 'all')));
    halves.push(await timed(() => Promise.all([cli(1, 'even'), cli(1, 'odd')])));
  }
  const [jobs1Ms, jobs2Ms, twoProcessesMs] = [median(one), median(two), median(halves)];
  return {
    articles: articles.length,
    words: articles.reduce((n, a) => n + wordCount(a.text), 0),
    repetitions,
    jobs1Ms,
    jobs2Ms,
    speedup: jobs1Ms / jobs2Ms,
    twoProcessesMs,
    ceiling: jobs1Ms / twoProcessesMs,
  };
}
