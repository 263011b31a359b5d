// The CLI's worker pool (src/cli/analyzers.ts) against a stand-in worker script: each worker holds
// at most two requests (the one it runs and the next), results come back to their own requests, a
// crash fails only the article that was running, progress messages are asked for only when shown,
// and JSON rendered on a worker is the same text the main thread would render.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/analysis';
import { InlineAnalyzer, WORKER_QUEUE_DEPTH, WorkerPool } from '../../src/cli/analyzers';
import { batchWindow } from '../../src/cli/batchArgs';
import { analysisJson } from '../../src/export';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * A stand-in for dist/worker.js: answers each request after `ms` (from the text "ms:N"), one at a
 * time in arrival order as the real worker does; the text "crash" ends the thread with exit code 3.
 * Each answer says how many requests the worker held at that moment and whether progress was asked for.
 */
const STAND_IN = `
const { parentPort, threadId } = require('node:worker_threads');
const queue = [];
let busy = false;
const next = () => {
  if (busy || !queue.length) return;
  busy = true;
  const msg = queue[0];
  if (msg.text === 'crash') process.exit(3);
  const ms = Number((/^ms:(\\d+)/.exec(msg.text) || [0, 0])[1]);
  setTimeout(() => {
    const held = queue.length;
    queue.shift();
    busy = false;
    const analysis = { text: msg.text, held, progress: msg.progress, threadId };
    if (msg.json) parentPort.postMessage({ type: 'json', id: msg.id, json: JSON.stringify(analysis) });
    else parentPort.postMessage({ type: 'result', id: msg.id, analysis });
    next();
  }, ms);
};
parentPort.on('message', (msg) => { queue.push(msg); next(); });
`;

interface StandInAnswer {
  text: string;
  held: number;
  progress: boolean;
  threadId: number;
}

describe('CLI worker pool', function () {
  this.timeout(60_000);
  let dir: string;
  let script: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'news-lens-pool-'));
    script = path.join(dir, 'stand-in-worker.js');
    writeFileSync(script, STAND_IN);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each worker its next article before it finishes the current one, never more than two', async () => {
    const pool = new WorkerPool(2, script).start();
    try {
      const texts = Array.from({ length: 12 }, (_, i) => `ms:${i % 3 === 0 ? 40 : 5} #${i}`);
      const answers = (await Promise.all(texts.map((t) => pool.analyze(t, {})))) as unknown as StandInAnswer[];
      assert.deepEqual(
        answers.map((a) => a.text),
        texts,
        'each result answers its own request',
      );
      assert.ok(Math.max(...answers.map((a) => a.held)) <= WORKER_QUEUE_DEPTH, 'a worker never holds more than two');
      assert.ok(
        answers.some((a) => a.held === 2),
        'a worker had its next article queued while it ran one',
      );
      assert.equal(new Set(answers.map((a) => a.threadId)).size, 2, 'both workers took articles');
    } finally {
      await pool.close();
    }
  });

  it('a worker that crashes fails only the article it was running; the one queued behind it is analysed', async () => {
    const pool = new WorkerPool(1, script).start();
    try {
      const crashed = pool.analyze('crash', {});
      const queued = pool.analyze('ms:1 after the crash', {});
      await assert.rejects(crashed, /the analysis worker stopped \(exit code 3\)/);
      assert.equal(((await queued) as unknown as StandInAnswer).text, 'ms:1 after the crash');
    } finally {
      await pool.close();
    }
  });

  it('asks the worker for progress messages only when someone listens, and for JSON text when asked', async () => {
    const pool = new WorkerPool(1, script).start();
    try {
      const quiet = (await pool.analyze('ms:1', {})) as unknown as StandInAnswer;
      const listened = (await pool.analyze('ms:1', {}, () => undefined)) as unknown as StandInAnswer;
      assert.equal(quiet.progress, false);
      assert.equal(listened.progress, true);
      const json = await pool.analyzeJson('ms:1', {}, 'line');
      assert.equal(typeof json, 'string');
      assert.equal((JSON.parse(json) as StandInAnswer).text, 'ms:1');
    } finally {
      await pool.close();
    }
  });

  it('the real worker renders the same JSON text as the main thread, in every shape', async () => {
    const pool = WorkerPool.create(1)!.start();
    const text = 'Mayor Ann Lee said on Monday: "We will rebuild the bridge." The council met in Leeds.';
    const options = { file: 'a/story.txt', documentDate: '2024-02-13', explain: true };
    try {
      const inline = new InlineAnalyzer();
      for (const shape of ['line', 'pretty', { id: 'r7' }, { id: null }] as const) {
        const expected = analysisJson(analyze(text, options), shape);
        assert.equal(await pool.analyzeJson(text, options, shape), expected);
        assert.equal(await inline.analyzeJson(text, options, shape), expected);
      }
      assert.equal(analysisJson(analyze(text, options), { id: 3 }), JSON.stringify({ id: 3, ...analyze(text, options) }));
    } finally {
      await pool.close();
    }
  });

  it('keeps four articles per job in flight, so a long article does not leave the other workers idle', () => {
    assert.equal(batchWindow(2), 8);
    assert.ok(batchWindow(1) >= WORKER_QUEUE_DEPTH);
  });

  it('analyze --jobs 2 leaves the engine to the workers: the main thread never loads compromise', function () {
    const folder = path.join(dir, 'articles');
    spawnSync('mkdir', ['-p', folder]);
    writeFileSync(path.join(folder, 'a.txt'), 'Mayor Ann Lee said on Monday that the bridge would open.');
    writeFileSync(path.join(folder, 'b.txt'), 'The council met in Leeds on Tuesday, a spokesman said.');
    const probe = (jobs: string) => {
      const script = `
        const { runCli } = require(${JSON.stringify(path.join(ROOT, 'out', 'src', 'cliRunner.js'))});
        let out = '';
        runCli(['analyze', '--format', 'jsonl', '--jobs', '${jobs}', ${JSON.stringify(folder)}], { stdout: { write: (s) => (out += s) }, stderr: process.stderr })
          .then((code) => console.log(JSON.stringify({ code, lines: out.trimEnd().split('\\n').length,
            engine: Object.keys(require.cache).some((k) => k.includes('node_modules/compromise')) })));`;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as { code: number; lines: number; engine: boolean };
    };
    assert.deepEqual(probe('2'), { code: 0, lines: 2, engine: false });
    assert.deepEqual(probe('1'), { code: 0, lines: 2, engine: true }, 'inline, the main thread loads it');
  });
});
