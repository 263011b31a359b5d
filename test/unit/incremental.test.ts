// Incremental analysis and the off-thread runner: an edit re-parses only what it touched, and every
// route (warm cache, slices, worker, superseded runs) gives exactly the result of a cold analyze().
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, analysisCounters, clearAnalysisCaches } from '../../src/analysis/analyze';
import { analyzeInSlices } from '../../src/analysis/asyncAnalyze';
import { buildDocument } from '../../src/analysis/document';
import { AnalysisRunner } from '../../src/editor/analysisRunner';
import { generateDocument, repoRoot } from '../bench/corpus';

const seed = readFileSync(join(repoRoot(), 'seeds', '000_114cf2c0402081cf.txt'), 'utf8');

function cold(text: string, options = {}) {
  clearAnalysisCaches();
  return analyze(text, options);
}

/** Replaces one letter in the middle of paragraph `index` (counted from the document model). */
function editParagraph(text: string, index: number): string {
  const p = buildDocument(text).paragraphs[index];
  const at = p.start + Math.floor(p.text.length / 2);
  return text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1);
}

describe('incremental analysis', () => {
  it('re-parses only the edited paragraph and matches a cold analysis of the new text', () => {
    const text = generateDocument(1500, 7);
    clearAnalysisCaches();
    analyze(text);
    const paragraphs = buildDocument(text).paragraphs.length;
    assert.ok(paragraphs > 5);
    const edited = editParagraph(text, Math.floor(paragraphs / 2));
    const before = analysisCounters.paragraphsParsed;
    const warm = analyze(edited);
    assert.equal(analysisCounters.paragraphsParsed - before, 1);
    assert.deepEqual(warm, cold(edited));
  });

  it('an inserted paragraph shifts later offsets correctly', () => {
    clearAnalysisCaches();
    analyze(seed);
    const cut = seed.indexOf('\n\n', 200);
    assert.ok(cut > 0);
    const edited = `${seed.slice(0, cut)}\n\nPresident Emmanuel Macron said on Monday: "We will act."${seed.slice(cut)}`;
    const before = analysisCounters.paragraphsParsed;
    const warm = analyze(edited);
    assert.equal(analysisCounters.paragraphsParsed - before, 1);
    assert.deepEqual(warm, cold(edited));
  });

  it('a large document (more paragraphs than the default cache) is still served from the cache', () => {
    // 5,200 short paragraphs: more than the cache's initial capacity of 5,000.
    const text = Array.from({ length: 5200 }, (_, i) => `Item ${i} was filed.`).join('\n\n');
    const paragraphs = buildDocument(text).paragraphs.length;
    assert.equal(paragraphs, 5200);
    clearAnalysisCaches();
    analyze(text);
    const before = analysisCounters.paragraphsParsed;
    analyze(text);
    assert.equal(analysisCounters.paragraphsParsed - before, 0, `${paragraphs} paragraphs`);
  });

  it('sliced analysis equals analyze(), reports progress, and stops when cancelled', async () => {
    const text = generateDocument(2000, 9);
    const progress: Array<[number, number]> = [];
    clearAnalysisCaches();
    const sliced = await analyzeInSlices(text, { file: 'x.txt' }, { sliceMs: 1, onProgress: (d, t) => progress.push([d, t]) });
    assert.deepEqual(sliced, cold(text, { file: 'x.txt' }));
    assert.ok(progress.length >= 2, 'several slices');
    const total = buildDocument(text).paragraphs.length;
    assert.deepEqual(progress[progress.length - 1], [total, total]);
    for (let i = 1; i < progress.length; i++) assert.ok(progress[i][0] >= progress[i - 1][0]);
    clearAnalysisCaches();
    let checks = 0;
    const stopped = await analyzeInSlices(text, {}, { sliceMs: 0, isCancelled: () => ++checks > 2 });
    assert.equal(stopped, undefined);
  });
});

describe('analysis runner', function () {
  this.timeout(60_000);
  let runner: AnalysisRunner | undefined;
  afterEach(() => runner?.dispose());

  for (const where of ['worker', 'inline'] as const) {
    it(`${where}: gives the same analysis as analyze(), with progress`, async () => {
      runner = new AnalysisRunner({ workerThresholdChars: where === 'worker' ? 0 : Infinity });
      const text = generateDocument(1200, 11);
      const seen: string[] = [];
      const result = await runner.run('doc', text, { documentDate: '2024-02-13', file: 'a.txt' }, (p) => seen.push(p.where));
      assert.deepEqual(result, cold(text, { documentDate: '2024-02-13', file: 'a.txt' }));
      assert.ok(seen.length > 0 && seen.every((w) => w === where), seen.join(','));
      assert.equal(runner.workerRunning, where === 'worker');
    });

    it(`${where}: a newer version supersedes an older one, which resolves to undefined`, async () => {
      runner = new AnalysisRunner({ workerThresholdChars: where === 'worker' ? 0 : Infinity, sliceMs: 1 });
      const v1 = generateDocument(2500, 12);
      const v2 = editParagraph(v1, 3);
      clearAnalysisCaches();
      const first = runner.run('doc', v1, {});
      const second = runner.run('doc', v2, {});
      const other = runner.run('other', seed, {});
      assert.equal(await first, undefined);
      const got = await second;
      const otherGot = await other;
      // Compared with fresh runs on the same runner (same thread, same loaded code).
      clearAnalysisCaches();
      assert.deepEqual(got, await runner.run('fresh', v2, {}));
      assert.deepEqual(otherGot, await runner.run('fresh', seed, {}));
      assert.ok(got && got.entities.length > 0);
    });
  }

  it('cancel() and dispose() drop pending runs', async () => {
    runner = new AnalysisRunner({ workerThresholdChars: 0 });
    const text = generateDocument(800, 13);
    const a = runner.run('a', text, {});
    runner.cancel('a');
    assert.equal(await a, undefined);
    const b = runner.run('b', text, {});
    runner.dispose();
    assert.equal(await b, undefined);
    assert.equal(await runner.run('c', text, {}), undefined);
  });

  it('stops a worker stuck in the engine: its runs fail with a message and the thread is gone', async () => {
    // A worker script that never answers, as a worker caught in an endless loop would.
    const dir = mkdtempSync(join(tmpdir(), 'news-lens-stall-'));
    const stuck = join(dir, 'stuck-worker.js');
    writeFileSync(stuck, `require('node:worker_threads').parentPort.on('message', () => { for (;;) {} });`);
    try {
      runner = new AnalysisRunner({ workerThresholdChars: 0, workerPath: stuck, workerStallMs: 300 });
      await assert.rejects(runner.run('doc', seed, {}), /analysis worker sent nothing for .* and was stopped/);
      assert.equal(runner.workerRunning, false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('falls back to inline analysis when the worker script is missing', async () => {
    runner = new AnalysisRunner({ workerThresholdChars: 0, workerPath: join(repoRoot(), 'no-such-worker.js') });
    assert.deepEqual(await runner.run('doc', seed, {}), cold(seed));
    assert.equal(runner.workerRunning, false);
  });
});
