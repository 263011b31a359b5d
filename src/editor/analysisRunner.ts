// The one place that decides where the engine runs, for the analysis store and the folder export:
// in a worker thread (dist/worker.js, with its own paragraph cache) from the given size on (by
// default always), otherwise inline in slices that yield; analyzeNow() is the synchronous
// in-process run the store does for a small document it must answer for at once. A newer request
// for a document cancels the older one; a cancelled or superseded run resolves to undefined, so
// results for stale versions are dropped. The editorial checks run where the engine runs: the
// worker sends them with the analysis, and checks() asks it again (other severities or annotations).
// No `vscode` import: the store adapts it, and unit tests run it in plain Node.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../analysis/types';
import type { Sidecar } from '../annotations/types';
import type { CheckDiagnostic, RunChecksOptions } from '../checks/types';
import type { ChecksInput, ChecksRequest, WorkerReply, WorkerRequest, WorkerTimes } from '../analysis/worker';

export type { ChecksInput } from '../analysis/worker';
import { WORKER_ROLE } from '../analysis/workerRole';

export interface RunnerOptions {
  /** Path of the worker script; default: worker.js next to this bundle (dist/), or the transpiled engine's (out/). */
  workerPath?: string;
  /** Documents at least this long (UTF-16 units) go to the worker. 0: always; Infinity: never. */
  workerThresholdChars?: number;
  /** Slice length for inline analysis, in ms. */
  sliceMs?: number;
  /** The worker is stopped after this long without work (its caches go with it), in ms. */
  workerIdleMs?: number;
  /** A busy worker that sends nothing (no progress, no result) for this long is stopped and its runs fail, in ms. */
  workerStallMs?: number;
}

export interface RunProgress {
  done: number;
  total: number;
  /** Where the run happens. */
  where: 'inline' | 'worker';
}

/**
 * When the steps of a document's newest worker run happened (ms since the epoch, comparable across
 * threads): the request, the worker's start and engine load when this run had to wait for them,
 * the worker's own steps, and the result's arrival back here.
 */
export interface RunTimings {
  requested: number;
  workerStarted: number;
  engineLoaded?: number;
  /** How many runs for the document this one cancelled while they were still in flight (a new version, or a request repeated). */
  superseded: number;
  worker?: WorkerTimes;
  delivered?: number;
}

/** An editorial-checks request sent to the worker, waiting for its reply. */
interface PendingChecks {
  resolve(checks: CheckDiagnostic[] | null | undefined): void;
  reject(e: Error): void;
}

interface Pending {
  id: number;
  key: string;
  resolve(a: Analysis | undefined): void;
  reject(e: Error): void;
  onProgress?(p: RunProgress): void;
  checks?: ChecksInput;
}

/**
 * By default every document goes to the worker: the extension host then never loads the engine
 * nor blocks on a parse, and a message round trip costs about a millisecond.
 */
export const DEFAULT_WORKER_THRESHOLD_CHARS = 0;

export class AnalysisRunner {
  private readonly workerPath: string | undefined;
  private readonly threshold: number;
  private readonly sliceMs: number;
  private readonly idleMs: number;
  private worker: Worker | undefined;
  private workerBroken = false;
  private idleTimer: NodeJS.Timeout | undefined;
  private stallTimer: NodeJS.Timeout | undefined;
  private readonly stallMs: number;
  private nextId = 1;
  /** The newest run id per document key: any other run for that key is stale. */
  private readonly latest = new Map<string, number>();
  private readonly pending = new Map<number, Pending>();
  private readonly pendingChecks = new Map<number, PendingChecks>();
  /** The worker run each analysis came from: its checks are run on the worker's own copy. */
  private readonly origins = new WeakMap<Analysis, { key: string; id: number }>();
  /** The checks the worker sent with an analysis, and what they were run with. */
  private readonly checksWith = new WeakMap<Analysis, { checks: CheckDiagnostic[]; input: ChecksInput }>();
  private readonly timings = new Map<string, RunTimings>();
  private workerStartedAt = 0;
  private engineLoadedAt: number | undefined;
  private disposed = false;

  constructor(options: RunnerOptions = {}) {
    this.workerPath = options.workerPath ?? defaultWorkerPath();
    this.threshold = options.workerThresholdChars ?? DEFAULT_WORKER_THRESHOLD_CHARS;
    this.sliceMs = options.sliceMs ?? 20;
    this.idleMs = options.workerIdleMs ?? 5 * 60_000;
    this.stallMs = options.workerStallMs ?? 30_000;
  }

  /**
   * Analyses `text` as the newest version of document `key`. Resolves to the analysis, or to
   * undefined when a newer run for the same key (or cancel(key), or dispose()) superseded it.
   */
  run(
    key: string,
    text: string,
    options: AnalyzeOptions,
    onProgress?: (p: RunProgress) => void,
    checks?: ChecksInput,
  ): Promise<Analysis | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    const id = this.nextId++;
    const previous = this.latest.get(key);
    this.latest.set(key, id);
    if (previous !== undefined) this.cancelRun(previous);
    const useWorker = text.length >= this.threshold && !this.workerBroken && this.workerPath !== undefined;
    return useWorker ? this.runInWorker(id, key, text, options, onProgress, checks) : this.runInline(id, key, text, options, onProgress);
  }

  /** The checks the worker ran with `analysis` (run() with `checks`), and what they were run with. */
  checksOf(analysis: Analysis): { checks: CheckDiagnostic[]; input: ChecksInput } | undefined {
    return this.checksWith.get(analysis);
  }

  /**
   * Starts the worker (which loads the engine) ahead of the first request, e.g. as soon as an
   * article is visible, so that request does not wait for it. Nothing when documents go inline.
   */
  prestart(): void {
    if (!this.disposed && this.threshold !== Infinity && !this.workerBroken && this.workerPath !== undefined) {
      this.ensureWorker();
      if (this.pending.size === 0) this.armIdleTimer();
    }
  }

  /** The steps of the newest worker run for the document (for the timing log and tests). */
  timingsFor(key: string): RunTimings | undefined {
    return this.timings.get(key);
  }

  /**
   * The editorial checks of `analysis` (an engine result this runner returned for `key`, or any
   * other) with the sidecar's annotations applied, run in the worker: on its own copy of a result
   * it produced, else on the analysis and text sent along. Inline when there is no worker.
   */
  async checks(key: string, analysis: Analysis, text: string, sidecar: Sidecar | undefined, options: RunChecksOptions) {
    if (this.disposed) return undefined;
    const worker = this.workerPath !== undefined && !this.workerBroken ? this.ensureWorker() : undefined;
    if (!worker) return loadRunChecks()(sidecar ? annotatedHere(analysis, text, sidecar) : analysis, text, options);
    const origin = this.origins.get(analysis);
    const request = { type: 'checks', key, sidecar, options } as const;
    if (origin && origin.key === key) {
      const held = await this.askWorker(worker, { ...request, id: this.nextId++, runId: origin.id });
      if (held !== null) return held;
    }
    if (this.disposed || this.worker !== worker) return undefined;
    return (await this.askWorker(worker, { ...request, id: this.nextId++, analysis, text })) ?? undefined;
  }

  private askWorker(worker: Worker, request: ChecksRequest): Promise<CheckDiagnostic[] | null | undefined> {
    return new Promise((resolve, reject) => {
      this.pendingChecks.set(request.id, { resolve, reject });
      worker.postMessage(request satisfies WorkerRequest);
    });
  }

  /**
   * Analyses on this thread, synchronously (loads the engine into this thread on first use); with
   * `checks`, runs them here too (see checksOf), as this path already has the engine here.
   */
  analyzeNow(text: string, options: AnalyzeOptions, checks?: ChecksInput): Analysis {
    const analysis = loadAnalyze()(text, options);
    if (checks) {
      const shown = checks.sidecar ? annotatedHere(analysis, text, checks.sidecar) : analysis;
      this.checksWith.set(analysis, { checks: loadRunChecks()(shown, text, checks.options), input: checks });
    }
    return analysis;
  }

  /** Drops any run for the document (closed, or no longer an article). */
  cancel(key: string): void {
    const id = this.latest.get(key);
    this.latest.delete(key);
    if (id !== undefined) this.cancelRun(id);
    this.timings.delete(key);
    this.worker?.postMessage({ type: 'forget', key } satisfies WorkerRequest);
  }

  /** Whether a worker thread is currently running (for tests and diagnostics). */
  get workerRunning(): boolean {
    return this.worker !== undefined;
  }

  dispose(): void {
    this.disposed = true;
    for (const id of [...this.pending.keys()]) this.settle(id, undefined);
    this.settleChecks(undefined);
    this.latest.clear();
    this.stopWorker();
  }

  private isCurrent(key: string, id: number): boolean {
    return !this.disposed && this.latest.get(key) === id;
  }

  private async runInline(
    id: number,
    key: string,
    text: string,
    options: AnalyzeOptions,
    onProgress?: (p: RunProgress) => void,
  ): Promise<Analysis | undefined> {
    const analysis = await loadEngine().analyzeInSlices(text, options, {
      sliceMs: this.sliceMs,
      isCancelled: () => !this.isCurrent(key, id),
      onProgress: onProgress && ((done, total) => onProgress({ done, total, where: 'inline' })),
    });
    return this.isCurrent(key, id) ? analysis : undefined;
  }

  private runInWorker(
    id: number,
    key: string,
    text: string,
    options: AnalyzeOptions,
    onProgress?: (p: RunProgress) => void,
    checks?: ChecksInput,
  ): Promise<Analysis | undefined> {
    const worker = this.ensureWorker();
    if (!worker) return this.runInline(id, key, text, options, onProgress);
    clearTimeout(this.idleTimer);
    const requested = wallClock();
    const before = this.timings.get(key);
    const superseded = before && before.delivered === undefined ? before.superseded + 1 : 0;
    this.timings.set(key, { requested, superseded, workerStarted: this.workerStartedAt, engineLoaded: this.engineLoadedAt });
    return new Promise<Analysis | undefined>((resolve, reject) => {
      this.pending.set(id, { id, key, resolve, reject, onProgress, checks });
      this.armStallTimer();
      const request: WorkerRequest = {
        type: 'analyze',
        id,
        key,
        text,
        options: { file: options.file ?? null, documentDate: options.documentDate ?? null, explain: options.explain },
        checks,
      };
      worker.postMessage(request);
    });
  }

  private cancelRun(id: number): void {
    if (this.pending.has(id)) {
      this.worker?.postMessage({ type: 'cancel', id } satisfies WorkerRequest);
      this.settle(id, undefined);
    }
    // Inline runs notice through isCurrent() at their next slice.
  }

  private settle(id: number, analysis: Analysis | undefined, error?: Error): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (error) p.reject(error);
    else p.resolve(analysis !== undefined && this.isCurrent(p.key, id) ? analysis : undefined);
    if (this.pending.size === 0) {
      clearTimeout(this.stallTimer);
      this.armIdleTimer();
    }
  }

  /** A worker stuck in the engine (a bug that never returns) must not leave documents pending forever. */
  private armStallTimer(): void {
    clearTimeout(this.stallTimer);
    if (!this.worker || this.pending.size === 0) return;
    this.stallTimer = setTimeout(() => {
      const stalled = new Error(`analysis worker sent nothing for ${Math.round(this.stallMs / 1000)} s and was stopped`);
      this.stopWorker();
      for (const id of [...this.pending.keys()]) this.settle(id, undefined, stalled);
    }, this.stallMs);
    this.stallTimer.unref();
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (!this.workerPath || !existsSync(this.workerPath)) {
      this.workerBroken = true;
      return undefined;
    }
    let worker: Worker;
    try {
      worker = new Worker(this.workerPath, { workerData: { role: WORKER_ROLE, announceReady: true } });
    } catch {
      this.workerBroken = true;
      return undefined;
    }
    worker.unref(); // never keeps a process (tests, CLI) alive on its own
    worker.on('message', (reply: WorkerReply) => this.receive(reply));
    const fail = (e: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.engineLoadedAt = undefined;
      for (const id of [...this.pending.keys()]) this.settle(id, undefined, e);
      this.settleChecks(e);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker exited (code ${code})`)));
    this.worker = worker;
    this.workerStartedAt = wallClock();
    return worker;
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'ready') {
      this.engineLoadedAt = reply.loadedAt;
      for (const p of this.pending.values()) {
        const t = this.timings.get(p.key);
        if (t) t.engineLoaded = reply.loadedAt;
      }
      return;
    }
    const checks = this.pendingChecks.get(reply.id);
    if (checks) {
      this.pendingChecks.delete(reply.id);
      if (reply.type === 'checks') checks.resolve(reply.checks);
      else checks.reject(new Error(`analysis worker: ${reply.type === 'error' ? reply.message : reply.type}`));
      return;
    }
    this.armStallTimer();
    const p = this.pending.get(reply.id);
    if (!p) return;
    if (reply.type === 'progress') p.onProgress?.({ done: reply.done, total: reply.total, where: 'worker' });
    else if (reply.type === 'result') this.deliver(p, reply);
    else if (reply.type === 'cancelled') this.settle(reply.id, undefined);
    else if (reply.type === 'error') this.settle(reply.id, undefined, new Error(`analysis worker: ${reply.message}`));
  }

  private deliver(p: Pending, { analysis, checks, times }: { analysis: Analysis; checks?: CheckDiagnostic[]; times: WorkerTimes }): void {
    this.origins.set(analysis, { key: p.key, id: p.id });
    if (checks && p.checks) this.checksWith.set(analysis, { checks, input: p.checks });
    const t = this.timings.get(p.key);
    if (t) Object.assign(t, { worker: times, delivered: wallClock() });
    this.settle(p.id, analysis);
  }

  /** Ends every checks request in flight: with the error, or unanswered (undefined). */
  private settleChecks(error: Error | undefined): void {
    const waiting = [...this.pendingChecks.values()];
    this.pendingChecks.clear();
    for (const c of waiting) {
      if (error) c.reject(error);
      else c.resolve(undefined);
    }
  }

  private armIdleTimer(): void {
    clearTimeout(this.idleTimer);
    if (!this.worker) return;
    this.idleTimer = setTimeout(() => this.stopWorker(), this.idleMs);
    this.idleTimer.unref();
  }

  private stopWorker(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.stallTimer);
    const worker = this.worker;
    this.worker = undefined;
    this.engineLoadedAt = undefined;
    this.settleChecks(undefined);
    void worker?.terminate();
  }
}

/**
 * The engine, loaded on first inline use (the worker is unavailable or disabled). It comes from
 * the worker's module, which exports it: the extension bundle holds no engine (esbuild.mjs maps
 * this require to dist/worker.js), so compromise and chrono (~150 ms to load) cost a window
 * nothing until it analyses inline.
 */
function engine(): typeof import('../analysis/worker') {
  engineLoaded = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../analysis/worker') as typeof import('../analysis/worker');
}

export function loadEngine(): Pick<typeof import('../analysis/worker'), 'analyzeInSlices'> {
  return engine();
}

/** The synchronous analyze(), loaded on first use (see loadEngine). */
export function loadAnalyze(): typeof import('../analysis/analyze').analyze {
  return engine().analyze;
}

let engineLoaded = false;
/** Whether this thread has loaded the engine (engine() above is its only way in). */
export function isEngineLoaded(): boolean {
  return engineLoaded;
}

/** applyAnnotations(), from the engine's bundle (it re-runs the dates pass when the article date changes). */
export function loadApplyAnnotations(): typeof import('../analysis/worker').applyAnnotations {
  return engine().applyAnnotations;
}

/** runChecks(), from the engine's bundle (the checks read the document model the engine builds). */
export function loadRunChecks(): typeof import('../analysis/worker').runChecks {
  return engine().runChecks;
}

/** Milliseconds since the epoch, comparable with the worker's clock (see wallClock in the worker). */
function wallClock(): number {
  return performance.timeOrigin + performance.now();
}

/** As the store does (analysisStore.ts annotated()): the annotations applied, or the engine's result if they cannot be. */
function annotatedHere(analysis: Analysis, text: string, sidecar: Sidecar): Analysis {
  try {
    return loadApplyAnnotations()(analysis, text, sidecar);
  } catch {
    return analysis;
  }
}

/** dist/worker.js beside the bundled extension; out/src/analysis/worker.js in the transpiled test tree. */
export function defaultWorkerPath(): string | undefined {
  for (const candidate of [join(__dirname, 'worker.js'), join(__dirname, '..', 'analysis', 'worker.js')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
