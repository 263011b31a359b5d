// Inputs that once made the engine loop forever. A synchronous endless loop cannot be stopped by
// mocha's timeout, so each input is analysed in a worker thread that is terminated after a
// generous bound (far above any real cost: this checks termination, not speed).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

const BOUND_MS = Number(process.env.NEWS_LENS_TERMINATION_BOUND_MS) || 60_000;
const ENGINE = path.resolve(__dirname, '../../src/analysis/index.js');

function analyzeInWorker(text: string): Promise<{ entities: unknown[]; quotes: unknown[] }> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     parentPort.postMessage(require(workerData.engine).analyze(workerData.text));`,
    { eval: true, workerData: { engine: ENGINE, text } },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`analysis did not finish within ${BOUND_MS / 1000} s (endless loop?)`));
    }, BOUND_MS);
    worker.once('message', (result) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

describe('the engine always terminates', function () {
  this.timeout(BOUND_MS + 10_000);

  // attribution/phrases.ts personSubject: a person subject followed by a BE form and another modifier
  // ("was also") advanced its index only inside a short-circuited `||=` and looped forever.
  it('a person subject followed by "was also" before a quote', async () => {
    const text = 'Maria Lopez was also at the meeting. "We will see."';
    const result = await analyzeInWorker(text);
    assert.ok(result.entities.length > 0);
    assert.equal(result.quotes.length, 1);
  });
});
