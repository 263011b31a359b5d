// `npm test`: lint (ESLint and Prettier's check; needs no build, so it runs first), then type-check and
// build, then every test layer — unit (mocha in Node), integration (mocha inside a real VS Code
// extension host, then its trust suite in Restricted Mode) and e2e (the VS Code UI in Chromium). A
// failing layer does not hide the others: all run, a summary follows, and the exit code is non-zero
// if anything failed.
//   npm test                        all layers
//   npm test -- unit e2e            only these layers (after the build)
//   npm test -- lint                lint only (no build)
import { spawn, spawnSync } from 'node:child_process';
import { ROOT } from './vscode-server.mjs';

const LAYERS = {
  // Prints its findings per ESLint rule and the files Prettier would change, then mocha-style counts.
  lint: [process.execPath, ['scripts/lint.mjs']],
  unit: ['npx', ['mocha']],
  integration: [process.execPath, ['test/integration/runOffline.mjs']],
  // The trust suite again, with Workspace Trust on and the folder untrusted (Restricted Mode).
  restricted: [process.execPath, ['test/integration/runRestricted.mjs']],
  e2e: ['npx', ['mocha', '--config', 'test/e2e/.mocharc.json']],
};
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const name of wanted) {
  if (!LAYERS[name]) {
    console.error(`Unknown test layer "${name}"; layers: ${Object.keys(LAYERS).join(', ')}`);
    process.exit(2);
  }
}
const layers = wanted.length ? wanted : Object.keys(LAYERS);
const env = { ...process.env };
if (process.stdout.isTTY && !env.NO_COLOR) env.FORCE_COLOR = '1'; // children write to a pipe

const started = Date.now();

// Every layer but lint runs on the build; a failed build stops everything (the lint results are shown first).
let built = false;
function build() {
  console.log('\n== build: tsc --noEmit && node esbuild.mjs');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\nBuild failed: no tests were run${results.length ? ' after lint' : ''}.`);
    process.exit(result.status || 1);
  }
  built = true;
}

// The spec reporter's closing counts, read as the output streams by.
const COUNTS = /^\s*(\d+) (passing|failing|pending)\b/;
// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

function runLayer(name) {
  const [command, args] = LAYERS[name];
  const t0 = Date.now();
  const counts = { passing: 0, failing: 0, pending: 0 };
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let partial = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop();
      for (const line of lines) {
        const m = COUNTS.exec(stripAnsi(line));
        if (m) counts[m[2]] += Number(m[1]);
      }
    });
    child.stderr.pipe(process.stderr);
    child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), counts, seconds: (Date.now() - t0) / 1000 }));
  });
}

// Ctrl+C reaches the running layer directly (same terminal process group) and it stops what it
// started; here we only stop scheduling further layers.
let interrupted = false;
process.on('SIGINT', () => {
  interrupted = true;
});
process.on('SIGTERM', () => {
  interrupted = true;
});

const results = [];
for (const name of layers) {
  if (interrupted) break;
  if (name !== 'lint' && !built) build();
  console.log(`\n== ${name}`);
  results.push(await runLayer(name));
}
if (interrupted) {
  console.error('\nInterrupted.');
  process.exit(130);
}

console.log('\n== summary');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const r of results) {
  const ok = r.code === 0;
  // A layer that failed without reporting a failing test (crash, timeout) still counts as one failure.
  const layerFailed = ok ? r.counts.failing : Math.max(1, r.counts.failing);
  passed += r.counts.passing;
  failed += layerFailed;
  skipped += r.counts.pending;
  console.log(
    `${ok ? 'ok    ' : 'FAILED'} ${r.name.padEnd(12)} ${String(r.counts.passing).padStart(4)} passing  ${String(r.counts.failing).padStart(3)} failing  ${String(r.counts.pending).padStart(3)} pending  ${r.seconds.toFixed(1).padStart(6)} s${ok ? '' : `  (exit ${r.code})`}`,
  );
}
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
