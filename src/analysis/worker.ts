// Worker-thread entry (bundled to dist/worker.js): analyses documents off the extension host's
// thread, then runs the editorial checks on its own copy of the result, so the host only turns
// their data into diagnostics. It keeps its own paragraph cache, so re-analysing an edited
// document only parses the paragraphs that changed. A newer request for the same document cancels
// the older one between slices.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeInSlices } from './asyncAnalyze';
import type { Analysis, AnalyzeOptions } from './types';
import { applyAnnotations } from '../annotations/apply';
import type { Sidecar } from '../annotations/types';
import { runChecks, type CheckDiagnostic, type RunChecksOptions } from '../checks';
import { analysisJson, type JsonShape } from '../export/json';

// The same bundle is the engine for the extension host's inline fallback (require, no worker):
// the extension bundle itself then carries no engine and a window without articles loads none.
export { analyzeInSlices } from './asyncAnalyze';
export { analyze } from './analyze';
export { applyAnnotations } from '../annotations/apply';
export { runChecks } from '../checks';

import { WORKER_ROLE } from './workerRole';
export { WORKER_ROLE } from './workerRole';

/** Milliseconds since the epoch, comparable across threads (each thread's performance.now() has its own origin). */
export const wallClock = (): number => performance.timeOrigin + performance.now();

/**
 * `checks`: the editorial checks of the result of analyze run `runId` of the document `key` (the
 * worker keeps each document's newest result), or of the `analysis` and `text` sent along; with
 * `sidecar`, of that result with the user's annotations applied (as the editor shows it).
 */
export interface ChecksRequest {
  type: 'checks';
  id: number;
  key: string;
  runId?: number;
  analysis?: Analysis;
  text?: string;
  sidecar?: Sidecar;
  options: RunChecksOptions;
}

/** What the checks that come with an analysis are run with: their severities, and the user's annotations. */
export interface ChecksInput {
  options: RunChecksOptions;
  sidecar?: Sidecar;
}

/**
 * `json`: reply with the analysis as JSON text (a 'json' reply), so the CLI's main thread only writes
 * it; `progress: false`: no 'progress' replies (nobody shows them).
 */
export type WorkerRequest = AnalyzeRequest | { type: 'cancel'; id: number } | { type: 'forget'; key: string } | ChecksRequest;

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  key: string;
  text: string;
  options: AnalyzeOptions;
  checks?: ChecksInput;
  json?: JsonShape;
  progress?: boolean;
}

/** When a run's steps happened in the worker (wallClock() ms), for the editor's timing log and tests. */
export interface WorkerTimes {
  received: number;
  started: number;
  analysed: number;
  checked: number;
  posted: number;
}

export type WorkerReply =
  | { type: 'ready'; loadedAt: number; loadMs: number }
  | { type: 'progress'; id: number; done: number; total: number }
  /** `checks`: the editorial checks of the result, when the request asked for them. */
  | { type: 'result'; id: number; analysis: Analysis; checks?: CheckDiagnostic[]; ms: number; times: WorkerTimes }
  /** The result of a request with `json`: the analysis as JSON text. */
  | { type: 'json'; id: number; json: string }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string }
  /** null: the worker no longer holds that run's result (send the analysis along). */
  | { type: 'checks'; id: number; checks: CheckDiagnostic[] | null };

type Job = Omit<AnalyzeRequest, 'type'> & { cancelled: boolean; received: number };

/** workerData of the analysis worker; `announceReady`: post a 'ready' reply once the engine is loaded (the editor logs when). */
interface WorkerData {
  role?: string;
  announceReady?: boolean;
}

const data = workerData as WorkerData | null;
const port = data?.role === WORKER_ROLE ? parentPort : null;
if (port) serve(port, data?.announceReady === true);

function serve(port: NonNullable<typeof parentPort>, announceReady: boolean): void {
  // The engine modules above are evaluated by now: this thread's clock started with the thread.
  if (announceReady) port.postMessage({ type: 'ready', loadedAt: wallClock(), loadMs: performance.now() } satisfies WorkerReply);
  const queue: Job[] = [];
  let running: Job | undefined;
  /** Each document's newest analysis and its text, for the checks the editor asks for next. */
  const results = new Map<string, { runId: number; analysis: Analysis; text: string }>();
  const post = (reply: WorkerReply) => port.postMessage(reply);

  const analyseOne = async (job: Job) => {
    const started = wallClock();
    const analysis = await analyzeInSlices(job.text, job.options, {
      isCancelled: () => job.cancelled,
      onProgress: job.progress === false ? undefined : (done, total) => post({ type: 'progress', id: job.id, done, total }),
    });
    if (!analysis || job.cancelled) return post({ type: 'cancelled', id: job.id });
    // A string crosses to the main thread as one copy; the object graph would be cloned field by field.
    if (job.json) return post({ type: 'json', id: job.id, json: analysisJson(analysis, job.json) });
    // Only the editor's runs (they ask for checks) are asked about again; the export's are not kept.
    if (job.checks) results.set(job.key, { runId: job.id, analysis, text: job.text });
    const analysed = wallClock();
    const source = { analysis, text: job.text };
    const checks = job.checks && runChecks(annotated(source, job.checks.sidecar), job.text, job.checks.options);
    const times = { received: job.received, started, analysed, checked: wallClock(), posted: wallClock() };
    post({ type: 'result', id: job.id, analysis, checks, ms: analysed - started, times });
  };

  const pump = async () => {
    if (running) return;
    while ((running = queue.shift())) {
      const job = running;
      if (job.cancelled) {
        post({ type: 'cancelled', id: job.id });
        continue;
      }
      try {
        await analyseOne(job);
      } catch (e) {
        post({ type: 'error', id: job.id, message: errorMessage(e) });
      }
    }
    running = undefined;
  };

  const check = (msg: ChecksRequest) => {
    const held = results.get(msg.key);
    const source =
      msg.analysis !== undefined && msg.text !== undefined
        ? { analysis: msg.analysis, text: msg.text }
        : held && held.runId === msg.runId
          ? held
          : undefined;
    if (!source) return post({ type: 'checks', id: msg.id, checks: null });
    try {
      post({ type: 'checks', id: msg.id, checks: runChecks(annotated(source, msg.sidecar), source.text, msg.options) });
    } catch (e) {
      post({ type: 'error', id: msg.id, message: errorMessage(e) });
    }
  };

  port.on('message', (msg: WorkerRequest) => {
    if (msg.type === 'checks') return check(msg);
    if (msg.type === 'forget') return void results.delete(msg.key);
    if (msg.type === 'cancel') {
      for (const job of [running, ...queue]) if (job && job.id === msg.id) job.cancelled = true;
      return;
    }
    // Only the newest version of a document is worth finishing.
    for (const job of [running, ...queue]) if (job && job.key === msg.key) job.cancelled = true;
    const { type: _analyze, ...request } = msg;
    queue.push({ ...request, cancelled: false, received: wallClock() });
    void pump();
  });
}

/** As the editor's store does: the annotations applied, or the engine's result if they cannot be. */
function annotated(source: { analysis: Analysis; text: string }, sidecar: Sidecar | undefined): Analysis {
  if (!sidecar) return source.analysis;
  try {
    return applyAnnotations(source.analysis, source.text, sidecar);
  } catch {
    return source.analysis;
  }
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
}
