// No network access anywhere (issue 7): the shipped bundles neither import nor call any networking
// API — checked on the module graph esbuild resolves, on the text of the development bundles in
// dist/ and on a minified production build — and the CLI works with networking unavailable.
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { ACTIVE_MARKER, ATTEMPT_MARKER, BLOCKED_GLOBALS, BLOCKED_MODULES } from '../fixtures/networkNames';

const ROOT = resolve(__dirname, '..', '..', '..');
const PRELOAD = join(ROOT, 'out', 'test', 'fixtures', 'noNetworkPreload.js');
const CLI = join(ROOT, 'dist', 'cli.js');
const ENTRIES = { extension: 'src/extension.ts', cli: 'src/cli.ts', worker: 'src/analysis/worker.ts' };

const MODULE_NAMES = BLOCKED_MODULES.join('|');
/**
 * Calls and imports, not text: a URL in a licence comment or a string such as "https://..." is
 * fine; `require("https")`, `import("node:net")`, `fetch(url)` and `new WebSocket(` are not.
 */
const NETWORK_CODE: Array<[string, RegExp]> = [
  ['require of a network module', new RegExp(String.raw`\brequire\s*\(\s*["'\`](?:node:)?(?:${MODULE_NAMES})(?:/[^"'\`]*)?["'\`]\s*\)`)],
  ['import of a network module', new RegExp(String.raw`\b(?:import\s*\(|from)\s*["'\`](?:node:)?(?:${MODULE_NAMES})(?:/[^"'\`]*)?["'\`]`)],
  ['fetch() call', /(?:^|[^\w$.])fetch\s*\(/],
  ['global fetch reference', /\b(?:globalThis|window|self|global)\s*\.\s*fetch\b/],
  ['web networking API', /\b(?:XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\b/],
  ['raw socket binding', /\b(?:process\s*\.\s*binding|_linkedBinding)\s*\(\s*["'`](?:tcp_wrap|udp_wrap|pipe_wrap|cares_wrap|tls_wrap)/],
];

function networkFindings(code: string): string[] {
  const found: string[] = [];
  for (const [what, re] of NETWORK_CODE) {
    const m = re.exec(code);
    if (m) found.push(`${what}: …${code.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' ')}…`);
  }
  return found;
}

function run(command: string, args: string[], cwd = ROOT): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
}

describe('no network access', () => {
  describe('the detector itself', () => {
    it('flags imports and calls, in readable and minified form', () => {
      for (const code of [
        'const h = require("https");',
        "var n=require('node:net')",
        'const d = require(`dns/promises`)',
        'import { request } from "node:http";',
        'await import("undici")',
        'const r = await fetch(url);',
        'x=1,fetch("https://example.com")',
        'globalThis.fetch',
        'new WebSocket("wss://example.com")',
        'new XMLHttpRequest()',
        'require("child_process").exec("curl x")',
        "process.binding('tcp_wrap')",
      ]) {
        assert.notDeepEqual(networkFindings(code), [], `should flag: ${code}`);
      }
    });

    it('does not flag URLs in comments or strings, nor other identifiers', () => {
      for (const code of [
        '// see https://www.regextester.com/106421',
        '/*! http://example.com licence */',
        'const url = "https://github.com/spencermountain/compromise";',
        'const prefetch = refetch(1); obj.fetch(2); this.fetchAll()',
        'const httpish = require("./http-helpers");',
        'require("node:fs"); require("path"); require("node:worker_threads")',
        'words = ["fetch", "net", "https"]',
      ]) {
        assert.deepEqual(networkFindings(code), [], `should not flag: ${code}`);
      }
    });
  });

  describe('module graph (esbuild metafile of each bundle entry)', () => {
    /** Every external import in the bundle's module graph, and those of network modules. */
    async function graphImports(entry: esbuild.BuildOptions): Promise<{ inputs: string[]; externals: string[]; network: string[] }> {
      const result = await esbuild.build({
        ...entry,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        external: ['vscode'],
        write: false,
        metafile: true,
        logLevel: 'silent',
        outdir: join(tmpdir(), 'news-lens-metafile'),
        absWorkingDir: ROOT,
      });
      const externals = new Set<string>();
      const network: string[] = [];
      for (const [file, input] of Object.entries(result.metafile.inputs)) {
        for (const imp of input.imports) {
          if (!imp.external) continue;
          externals.add(imp.path);
          if (BLOCKED_MODULES.includes(imp.path.replace(/^node:/, '').split('/')[0])) network.push(`${file} imports ${imp.path}`);
        }
      }
      return { inputs: Object.keys(result.metafile.inputs), externals: [...externals].sort(), network };
    }

    it('the check flags a module that imports a network module', async () => {
      const { network } = await graphImports({
        stdin: { contents: "import { get } from 'node:https'; get('x');", resolveDir: ROOT, loader: 'ts' },
      });
      assert.equal(network.length, 1);
    });

    for (const [name, entry] of Object.entries(ENTRIES)) {
      it(`${name}: no input imports a network module`, async () => {
        const { inputs, externals, network } = await graphImports({ entryPoints: [join(ROOT, entry)] });
        if (name !== 'extension') {
          // The engine libraries are really in the graph, so the check covers them too.
          assert.ok(
            inputs.some((f) => f.includes('node_modules/compromise/')),
            'compromise should be bundled',
          );
          assert.ok(
            inputs.some((f) => f.includes('node_modules/chrono-node/')),
            'chrono-node should be bundled',
          );
        }
        assert.deepEqual(network, [], `network imports found; external imports were: ${externals.join(', ')}`);
      });
    }
  });

  describe('bundle text', () => {
    const bundles = ['extension.js', 'cli.js', 'worker.js'].map((f) => join(ROOT, 'dist', f));

    it('dist/extension.js and dist/cli.js exist (built by node esbuild.mjs)', () => {
      for (const f of bundles.slice(0, 2)) assert.ok(existsSync(f), `${f} should exist: run node esbuild.mjs first`);
    });

    for (const file of bundles) {
      const name = `dist/${file.split(/[\\/]/).pop()}`;
      it(`${name} contains no networking import or call`, function () {
        if (!existsSync(file)) this.skip(); // dist/worker.js only exists once the worker entry is built
        assert.deepEqual(networkFindings(readFileSync(file, 'utf8')), []);
      });
    }

    it('the minified production build contains no networking import or call', function () {
      this.timeout(180_000);
      const outdir = mkdtempSync(join(tmpdir(), 'news-lens-prod-'));
      try {
        const build = run(process.execPath, ['esbuild.mjs', '--production', `--outdir=${outdir}`]);
        assert.equal(build.status, 0, `production build failed:\n${build.stderr}`);
        const files = readdirSync(outdir).filter((f) => f.endsWith('.js'));
        assert.ok(files.includes('extension.js') && files.includes('cli.js'), `production bundles: ${files.join(', ')}`);
        for (const f of files) {
          const code = readFileSync(join(outdir, f), 'utf8');
          assert.ok(!code.includes('\n//# sourceMappingURL'), `${f} should be the production (minified) build`);
          assert.deepEqual(networkFindings(code), [], `in production ${f}`);
        }
      } finally {
        rmSync(outdir, { recursive: true, force: true });
      }
    });
  });

  describe('the CLI with networking unavailable', () => {
    const articleCount = readdirSync(join(ROOT, 'seeds')).filter((f) => /\.(txt|md)$/.test(f)).length;

    function assertAnalysedSeeds(stdout: string): unknown[] {
      const analyses = JSON.parse(stdout) as Array<{ file: string; entities: unknown[]; quotes: unknown[]; dates: unknown[] }>;
      assert.equal(analyses.length, articleCount, 'one analysis per seed article');
      for (const a of analyses) {
        assert.match(a.file, /^seeds\//);
        assert.ok(Array.isArray(a.entities) && Array.isArray(a.quotes) && Array.isArray(a.dates));
      }
      assert.ok(
        analyses.some((a) => a.entities.length > 0),
        'the seeds name people, organizations or places',
      );
      return analyses;
    }

    it('the preload really blocks networking (require, fetch) and reports each attempt', function () {
      assert.ok(existsSync(PRELOAD), `${PRELOAD} should exist: run node esbuild.mjs first`);
      for (const script of [
        "require('node:https')",
        "require('dns').lookup('localhost', () => {})",
        "fetch('http://127.0.0.1:9/')",
        "require('child_process')",
      ]) {
        const r = run(process.execPath, ['-r', PRELOAD, '-e', script]);
        assert.notEqual(r.status, 0, `${script} should fail under the preload`);
        assert.match(r.stderr, new RegExp(ATTEMPT_MARKER), `${script} should be reported`);
      }
      assert.ok(BLOCKED_GLOBALS.includes('fetch'));
    });

    it('node -r <no-network preload> dist/cli.js analyze seeds/ exits 0 with every article analysed', function () {
      this.timeout(120_000);
      const r = run(process.execPath, ['-r', PRELOAD, CLI, 'analyze', 'seeds/']);
      assert.match(r.stderr, new RegExp(`${ACTIVE_MARKER} main`), 'the preload should have run');
      assert.doesNotMatch(r.stderr, new RegExp(ATTEMPT_MARKER), 'no networking attempt');
      assert.equal(r.status, 0, r.stderr);
      assertAnalysedSeeds(r.stdout);
    });

    it('the analysis worker (dist/worker.js) runs under the preload without a networking attempt', function () {
      this.timeout(120_000);
      const worker = join(ROOT, 'dist', 'worker.js');
      if (!existsSync(worker)) this.skip();
      const runner = join(ROOT, 'out', 'src', 'editor', 'analysisRunner.js');
      const script = `
        const { AnalysisRunner } = require(${JSON.stringify(runner)});
        const text = require('fs').readFileSync('seeds/000_114cf2c0402081cf.txt', 'utf8');
        const r = new AnalysisRunner({ workerPath: ${JSON.stringify(worker)}, workerThresholdChars: 0 });
        r.run('k', text, { file: 'seed', documentDate: null }).then((a) => {
          console.log(JSON.stringify({ worker: r.workerRunning, entities: a ? a.entities.length : -1 }));
          r.dispose();
        }, (e) => { console.error(e); process.exit(3); });`;
      const r = run(process.execPath, ['-r', PRELOAD, '-e', script]);
      assert.doesNotMatch(r.stderr, new RegExp(ATTEMPT_MARKER), 'no networking attempt');
      assert.equal(r.status, 0, r.stderr);
      // Worker threads inherit --require: the marker proves the guard ran inside the worker too.
      assert.match(r.stderr, new RegExp(`${ACTIVE_MARKER} worker`), 'the preload should have run in the worker thread');
      const result = JSON.parse(r.stdout.trim().split('\n').pop()!) as { worker: boolean; entities: number };
      assert.equal(result.worker, true, 'the analysis should have run in the worker');
      assert.ok(result.entities > 0);
    });

    it('in a network namespace with no interfaces (unshare -n), the CLI gives the same output', function () {
      this.timeout(120_000);
      const probe = spawnSync('unshare', ['-n', 'true'], { encoding: 'utf8' });
      if (probe.error || probe.status !== 0) {
        // unshare needs root (or user namespaces); the preload test above still covers this machine.
        this.skip();
      }
      const isolated = run('unshare', ['-n', process.execPath, CLI, 'analyze', 'seeds/']);
      assert.equal(isolated.status, 0, isolated.stderr);
      // Proof the namespace really has no network: name resolution fails inside it.
      const dns = run('unshare', [
        '-n',
        process.execPath,
        '-e',
        "require('dns').lookup('example.com', (e) => { console.log(e ? e.code : 'resolved'); })",
      ]);
      assert.notEqual(dns.stdout.trim(), 'resolved', 'unshare -n should cut the network off');
      const normal = run(process.execPath, [CLI, 'analyze', 'seeds/']);
      assert.equal(normal.status, 0, normal.stderr);
      assertAnalysedSeeds(isolated.stdout);
      assert.equal(isolated.stdout, normal.stdout, 'networking makes no difference to the output');
    });
  });
});
