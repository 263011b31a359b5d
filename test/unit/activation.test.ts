// A window without an article pays nothing for the engine: the extension bundle reaches the engine
// (src/analysis, compromise, chrono-node) only through the lazy require() calls in
// src/editor/analysisRunner.ts, never through an import that runs at activation. Checked on the
// module graph esbuild builds for dist/extension.js (the integration suite checks the running host).
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '..', '..', '..');
const ENGINE = /^(src\/analysis\/|node_modules\/(compromise|chrono-node)\/)/;

type Inputs = esbuild.Metafile['inputs'];

/** Every module reached from `entry` by following only the given kinds of import. */
function reachable(inputs: Inputs, entry: string, kinds: ReadonlySet<string>): Set<string> {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    for (const edge of inputs[queue.shift()!]?.imports ?? []) {
      if (edge.external || !kinds.has(edge.kind) || seen.has(edge.path)) continue;
      seen.add(edge.path);
      queue.push(edge.path);
    }
  }
  return seen;
}

describe('activation cost (the extension bundle\'s module graph)', function () {
  this.timeout(60_000);
  let inputs: Inputs;

  before(async () => {
    const result = await esbuild.build({
      absWorkingDir: ROOT, entryPoints: ['src/extension.ts'], bundle: true, platform: 'node', format: 'cjs',
      external: ['vscode'], write: false, metafile: true, outdir: 'unused', logLevel: 'silent',
    });
    inputs = result.metafile.inputs;
  });

  it('loads no engine module at activation: only import statements run when the bundle loads', () => {
    const eager = [...reachable(inputs, 'src/extension.ts', new Set(['import-statement']))];
    const engine = eager.filter((p) => ENGINE.test(p));
    assert.deepEqual(engine, [], `imported at activation (make them lazy, see loadAnalyze in src/editor/analysisRunner.ts): ${engine.join(', ')}`);
  });

  it('still reaches the engine through the lazy require (the check above looks at the right graph)', () => {
    const all = reachable(inputs, 'src/extension.ts', new Set(['import-statement', 'require-call']));
    for (const module of ['src/analysis/analyze.ts', 'src/analysis/asyncAnalyze.ts']) assert.ok(all.has(module), `${module} should be in the bundle`);
    assert.ok([...all].some((p) => p.startsWith('node_modules/compromise/')), 'compromise should be in the bundle (inline fallback)');
  });
});
