// Builds the extension and CLI bundles (dist/) and the transpiled test tree (out/).
// Usage: node esbuild.mjs [--watch] [--production] [--outdir=DIR]
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// --outdir=DIR: bundles go there instead of dist/ (the benchmark measures a minified build in .tmp/).
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

/** Every .ts file under a folder, for the unbundled test build. */
function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

// Node has had Unicode property escapes (/\p{Lu}/u) since v10, but esbuild's table says node18
// lacks them and turns every such literal into `new RegExp(...)`, built again on each evaluation
// (in the engine's per-token helpers, a large share of an edit's time).
const supported = { 'regexp-unicode-property-escapes': true };

const bundles = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  supported,
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  legalComments: production ? 'none' : 'inline',
};

// The extension bundle carries no engine: its one lazy require of the engine (src/editor/analysisRunner.ts)
// loads dist/worker.js, which exports it, so activation never parses compromise or chrono.
const engineFromWorkerBundle = {
  name: 'engine-from-worker-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/analysis\/worker$/ }, () => ({ path: './worker.js', external: true }));
  },
};

const contexts = [
  await esbuild.context({
    ...bundles,
    entryPoints: { extension: 'src/extension.ts' },
    outdir,
    external: ['vscode'],
    plugins: [engineFromWorkerBundle],
    // When evaluation of the bundle starts: activate() logs how long loading and activating took.
    banner: { js: '"use strict";globalThis.__newsLensLoadStart = performance.now();' },
  }),
  // Large documents are analysed off the extension host's thread (src/editor/analysisRunner.ts).
  await esbuild.context({
    ...bundles,
    entryPoints: { worker: 'src/analysis/worker.ts' },
    outdir,
  }),
  await esbuild.context({
    ...bundles,
    entryPoints: { cli: 'src/cli.ts' },
    outdir,
    banner: { js: '#!/usr/bin/env node' },
  }),
];

if (!production) {
  // Tests and the eval/bench scripts run from a transpiled (not bundled) copy of src and test. The
  // copy starts empty: a file left from a moved module (names.js beside names/) would be loaded first.
  for (const tree of ['out/src', 'out/test']) rmSync(tree, { recursive: true, force: true });
  contexts.push(
    await esbuild.context({
      entryPoints: [...tsFiles('src'), ...tsFiles('test')],
      outdir: 'out',
      outbase: '.',
      bundle: false,
      platform: 'node',
      target: 'node18',
      supported,
      format: 'cjs',
      sourcemap: true,
      logLevel: 'warning',
    }),
  );
}

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] watching for changes…');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
