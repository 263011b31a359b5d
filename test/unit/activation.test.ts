// A window without an article pays nothing for the engine: dist/extension.js (what VS Code loads
// at startup) holds no engine module at all. Its one lazy require loads the engine from
// dist/worker.js, which exports it (esbuild.mjs). Checked on the sources each bundle's source map
// lists (the dev build that `npm test` makes); the integration suite checks the running host.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(__dirname, '..', '..', '..', 'dist');
// The engine: its NLP libraries and its pipeline entry points. (A small pure helper from
// src/analysis that pulls neither in costs nothing and may be bundled.)
const ENGINE =
  /(^|\/)(node_modules\/(compromise|chrono-node)\/|src\/analysis\/(analyze|asyncAnalyze|index|names|document|dates|quotes|attribution)\.ts$)/;

function bundledSources(bundle: string): string[] {
  const map = join(DIST, `${bundle}.map`);
  if (!existsSync(map)) throw new Error(`${map} is missing: build first (node esbuild.mjs)`);
  return (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
}

describe('activation cost (what the extension bundle holds)', () => {
  it('dist/extension.js holds no engine module (no compromise, no chrono, no analysis pipeline)', () => {
    const engine = bundledSources('extension.js').filter((s) => ENGINE.test(s));
    assert.deepEqual(engine, [], 'bundled into the extension (reach the engine through loadEngine in src/editor/analysisRunner.ts)');
  });

  it('its only way to the engine is the lazy require of dist/worker.js, which holds and exports it', () => {
    const code = readFileSync(join(DIST, 'extension.js'), 'utf8');
    assert.equal(code.match(/require\("\.\/worker\.js"\)/g)?.length, 1);
    const worker = bundledSources('worker.js');
    for (const module of [/src\/analysis\/analyze\.ts$/, /node_modules\/compromise\//, /node_modules\/chrono-node\//]) {
      assert.ok(
        worker.some((s) => module.test(s)),
        `dist/worker.js should hold ${module}`,
      );
    }
  });

  it('dist/worker.js, required outside a worker thread, is the engine and serves no requests', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require(join(DIST, 'worker.js')) as typeof import('../../src/analysis/worker');
    const analysis = engine.analyze('Angela Merkel spoke in Berlin on Monday.', { documentDate: '2024-03-06' });
    assert.deepEqual(analysis.entities.map((e) => e.name).sort(), ['Angela Merkel', 'Berlin']);
    assert.equal(typeof engine.analyzeInSlices, 'function');
  });
});
