// Worker-thread entry (bundled to dist/worker.js): analyses large documents off the extension
// host's thread. It keeps its own paragraph cache, so re-analysing an edited document only parses
// the paragraphs that changed. A newer request for the same document cancels the older one
// between slices.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeInSlices } from './asyncAnalyze';
import type { Analysis, AnalyzeOptions } from './types';

// The same bundle is the engine for the extension host's inline fallback (require, no worker):
// the extension bundle itself then carries no engine and a window without articles loads none.
export { analyzeInSlices } from './asyncAnalyze';
export { analyze } from './analyze';
export { applyAnnotations } from '../annotations/apply';
export { runChecks } from '../checks';

import { WORKER_ROLE } from './workerRole';
export { WORKER_ROLE } from './workerRole';

export type WorkerRequest =
  { type: 'analyze'; id: number; key: string; text: string; options: AnalyzeOptions } | { type: 'cancel'; id: number };

export type WorkerReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; analysis: Analysis; ms: number }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

interface Job {
  id: number;
  key: string;
  text: string;
  options: AnalyzeOptions;
  cancelled: boolean;
}

const port = (workerData as { role?: string } | null)?.role === WORKER_ROLE ? parentPort : null;
if (port) {
  const queue: Job[] = [];
  let running: Job | undefined;
  const post = (reply: WorkerReply) => port.postMessage(reply);

  const pump = async () => {
    if (running) return;
    while ((running = queue.shift())) {
      const job = running;
      if (job.cancelled) {
        post({ type: 'cancelled', id: job.id });
        continue;
      }
      const t0 = performance.now();
      try {
        const analysis = await analyzeInSlices(job.text, job.options, {
          isCancelled: () => job.cancelled,
          onProgress: (done, total) => post({ type: 'progress', id: job.id, done, total }),
        });
        if (analysis && !job.cancelled) post({ type: 'result', id: job.id, analysis, ms: performance.now() - t0 });
        else post({ type: 'cancelled', id: job.id });
      } catch (e) {
        post({ type: 'error', id: job.id, message: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
      }
    }
    running = undefined;
  };

  port.on('message', (msg: WorkerRequest) => {
    if (msg.type === 'cancel') {
      for (const job of [running, ...queue]) if (job && job.id === msg.id) job.cancelled = true;
      return;
    }
    // Only the newest version of a document is worth finishing.
    for (const job of [running, ...queue]) if (job && job.key === msg.key) job.cancelled = true;
    queue.push({ id: msg.id, key: msg.key, text: msg.text, options: msg.options, cancelled: false });
    void pump();
  });
}
