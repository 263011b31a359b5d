// Where the CLI's analyses run: inline on the main thread (one job), or on a pool of worker
// threads (--jobs N) that each analyse one article at a time with their own paragraph caches.
// Both report progress for a long article; a worker that crashes fails only its own article and
// is replaced for the next one.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../analysis/types';
import type { WorkerReply, WorkerRequest } from '../analysis/worker';
import { defaultWorkerPath, loadEngine } from '../editor/analysisRunner';
import { defaultJobs } from './batchArgs';
import { WORKER_ROLE } from '../analysis/workerRole';

/** Paragraphs analysed so far of the article's total. */
export type ProgressListener = (done: number, total: number) => void;

export interface Analyzer {
  analyze(text: string, options: AnalyzeOptions, onProgress?: ProgressListener): Promise<Analysis>;
  close(): Promise<void>;
}

/** The engine, loaded on first inline use: with worker threads only the workers load it. */
function engine(): typeof import('../analysis') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../analysis') as typeof import('../analysis');
}

/** Articles at least this long are analysed in slices inline, so the progress bar can move. */
const SLICED_INLINE_CHARS = 200_000;

export class InlineAnalyzer implements Analyzer {
  async analyze(text: string, options: AnalyzeOptions, onProgress?: ProgressListener): Promise<Analysis> {
    if (!onProgress || text.length < SLICED_INLINE_CHARS) return engine().analyze(text, options);
    const analysis = await loadEngine().analyzeInSlices(text, options, { onProgress, sliceMs: 100 });
    if (!analysis) throw new Error('analysis was cancelled');
    return analysis;
  }

  async close(): Promise<void> {}
}

interface Running {
  resolve(a: Analysis): void;
  reject(e: Error): void;
  onProgress?: ProgressListener;
}

/** N worker threads running the engine's worker script (dist/worker.js). */
export class WorkerPool implements Analyzer {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly running = new Map<Worker, Running>();
  private readonly waiting: Array<(w: Worker) => void> = [];
  private nextId = 1;

  constructor(
    private readonly size: number,
    private readonly workerPath: string,
  ) {}

  /** A pool of `size` workers, or undefined when the worker script is not there (then run inline). */
  static create(size: number): WorkerPool | undefined {
    const p = defaultWorkerPath();
    return p && existsSync(p) ? new WorkerPool(size, p) : undefined;
  }

  async analyze(text: string, options: AnalyzeOptions, onProgress?: ProgressListener): Promise<Analysis> {
    const worker = await this.acquire();
    return new Promise<Analysis>((resolve, reject) => {
      this.running.set(worker, { resolve, reject, onProgress });
      const id = this.nextId++;
      const request: WorkerRequest = { type: 'analyze', id, key: `cli-${id}`, text, options };
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    const workers = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private acquire(): Promise<Worker> {
    const free = this.idle.pop();
    if (free) return Promise.resolve(free);
    if (this.all.size < this.size) return Promise.resolve(this.spawn());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: Worker): void {
    if (!this.all.has(worker)) return;
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  private spawn(): Worker {
    const worker = new Worker(this.workerPath, { workerData: { role: WORKER_ROLE } });
    this.all.add(worker);
    worker.on('message', (reply: WorkerReply) => {
      const job = this.running.get(worker);
      if (!job) return;
      if (reply.type === 'progress') {
        job.onProgress?.(reply.done, reply.total);
        return;
      }
      this.running.delete(worker);
      if (reply.type === 'result') job.resolve(reply.analysis);
      else job.reject(new Error(reply.type === 'error' ? reply.message.split('\n')[0] : 'analysis was cancelled'));
      this.release(worker);
    });
    const died = (e: Error) => {
      if (!this.all.delete(worker)) return;
      this.running.get(worker)?.reject(e);
      this.running.delete(worker);
      // Someone waiting for a worker gets a fresh one.
      const next = this.waiting.shift();
      if (next) next(this.spawn());
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`the analysis worker stopped (exit code ${code})`)));
    return worker;
  }
}

/**
 * Without --jobs, a batch this small (in bytes) is analysed inline: starting a worker (it loads
 * the engine) costs more than the work it would take over.
 */
export const AUTO_POOL_MIN_BYTES = 256 * 1024;

/**
 * Inline for one job or a single article, else a pool of workers: `jobs` of them when --jobs was
 * given, else the machine's cores when the batch is large enough (or of unknown size, as stdin).
 */
export function createAnalyzer(jobs: number | null, articles: number, totalBytes = Infinity): Analyzer {
  const wanted = jobs ?? (totalBytes >= AUTO_POOL_MIN_BYTES ? defaultJobs() : 1);
  const size = Math.min(wanted, articles);
  return (size > 1 && WorkerPool.create(size)) || new InlineAnalyzer();
}
