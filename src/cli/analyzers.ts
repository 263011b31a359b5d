// Where the CLI's analyses run: inline on the main thread (one job), or on a pool of worker
// threads (--jobs N) that each analyse one article at a time with their own paragraph caches.
// Both report progress for a long article; a worker that crashes fails only its own article and
// is replaced for the next one.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../analysis/types';
import type { AnalyzeRequest, WorkerReply } from '../analysis/worker';
import { defaultWorkerPath, loadEngine } from '../editor/analysisRunner';
import { analysisJson, type JsonShape } from '../export/json';
import { defaultJobs } from './batchArgs';
import { WORKER_ROLE } from '../analysis/workerRole';

/** Paragraphs analysed so far of the article's total. */
export type ProgressListener = (done: number, total: number) => void;

export interface Analyzer {
  analyze(text: string, options: AnalyzeOptions, onProgress?: ProgressListener): Promise<Analysis>;
  /** The analysis as JSON text (see analysisJson): a worker renders it, so the main thread only writes it. */
  analyzeJson(text: string, options: AnalyzeOptions, shape: JsonShape, onProgress?: ProgressListener): Promise<string>;
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

  async analyzeJson(text: string, options: AnalyzeOptions, shape: JsonShape, onProgress?: ProgressListener): Promise<string> {
    return analysisJson(await this.analyze(text, options, onProgress), shape);
  }

  async close(): Promise<void> {}
}

/** A request not yet answered, and what to do with the answer. */
interface Task {
  request: AnalyzeRequest;
  resolve(result: Analysis | string): void;
  reject(e: Error): void;
  onProgress?: ProgressListener;
}

/**
 * Requests each worker holds at once: the one it runs and the next, so it starts that one without
 * waiting for the main thread to hear of the result and answer (that round trip left a worker idle
 * for a slice of every article when the machine was busy).
 */
export const WORKER_QUEUE_DEPTH = 2;

/** N worker threads running the engine's worker script (dist/worker.js). */
export class WorkerPool implements Analyzer {
  /** Each worker's requests, oldest (the one it runs) first. */
  private readonly workers = new Map<Worker, Task[]>();
  /** Requests no worker holds yet. */
  private readonly queue: Task[] = [];
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

  /** Starts every worker now, so their engines load while the main thread reads the first files. */
  start(): this {
    while (this.workers.size < this.size) this.spawn();
    return this;
  }

  analyze(text: string, options: AnalyzeOptions, onProgress?: ProgressListener): Promise<Analysis> {
    return this.submit(text, options, undefined, onProgress) as Promise<Analysis>;
  }

  analyzeJson(text: string, options: AnalyzeOptions, shape: JsonShape, onProgress?: ProgressListener): Promise<string> {
    return this.submit(text, options, shape, onProgress) as Promise<string>;
  }

  async close(): Promise<void> {
    const workers = [...this.workers.keys()];
    this.workers.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private submit(
    text: string,
    options: AnalyzeOptions,
    json: JsonShape | undefined,
    onProgress?: ProgressListener,
  ): Promise<Analysis | string> {
    const id = this.nextId++;
    const request: AnalyzeRequest = { type: 'analyze', id, key: `cli-${id}`, text, options, json, progress: onProgress !== undefined };
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject, onProgress });
      this.dispatch();
    });
  }

  /** Hands queued requests to the least busy workers, starting workers up to the pool's size. */
  private dispatch(): void {
    while (this.queue.length) {
      const worker = this.leastBusy();
      if (!worker) return;
      const task = this.queue.shift()!;
      this.workers.get(worker)!.push(task);
      worker.postMessage(task.request);
    }
  }

  private leastBusy(): Worker | undefined {
    let best: Worker | undefined;
    let fewest = WORKER_QUEUE_DEPTH;
    for (const [worker, tasks] of this.workers) {
      if (tasks.length === 0) return worker;
      if (tasks.length < fewest) [best, fewest] = [worker, tasks.length];
    }
    return this.workers.size < this.size ? this.spawn() : best;
  }

  private spawn(): Worker {
    const worker = new Worker(this.workerPath, { workerData: { role: WORKER_ROLE } });
    this.workers.set(worker, []);
    worker.on('message', (reply: WorkerReply) => this.receive(worker, reply));
    const died = (e: Error) => {
      const tasks = this.workers.get(worker);
      if (!tasks) return;
      this.workers.delete(worker);
      // The oldest request was the one running; the worker had not started the others.
      tasks.shift()?.reject(e);
      this.queue.unshift(...tasks);
      this.dispatch();
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`the analysis worker stopped (exit code ${code})`)));
    return worker;
  }

  private receive(worker: Worker, reply: WorkerReply): void {
    const tasks = this.workers.get(worker);
    const at = tasks?.findIndex((t) => 'id' in reply && t.request.id === reply.id) ?? -1;
    if (!tasks || at < 0) return;
    const task = tasks[at];
    if (reply.type === 'progress') {
      task.onProgress?.(reply.done, reply.total);
      return;
    }
    tasks.splice(at, 1);
    if (reply.type === 'result') task.resolve(reply.analysis);
    else if (reply.type === 'json') task.resolve(reply.json);
    else task.reject(new Error(reply.type === 'error' ? reply.message.split('\n')[0] : 'analysis was cancelled'));
    this.dispatch();
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
  return (size > 1 && WorkerPool.create(size)?.start()) || new InlineAnalyzer();
}
