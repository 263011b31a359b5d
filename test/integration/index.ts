// Suite index run inside a real VS Code extension host, by both runners:
// runOffline.mjs (VS Code server + Chromium, used by `npm test` and CI) and runElectron.mjs
// (@vscode/test-electron, desktop). It loads every out/test/integration/**/*.test.js, so new
// integration test files need no registration here.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format } from 'node:util';

function testFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...testFiles(path));
    else if (name.endsWith('.test.js') && hasSource(path)) found.push(path);
  }
  return found;
}

// out/ is never cleaned by the build: skip compiled tests whose .ts source was deleted or renamed.
const SOURCE_DIR = join(__dirname, '..', '..', '..', 'test', 'integration');
function hasSource(compiled: string): boolean {
  return existsSync(join(SOURCE_DIR, relative(__dirname, compiled).replace(/\.js$/, '.ts')));
}

export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- mocha is loaded where the extension host runs the suite
  const mod = require('mocha');
  const Mocha: typeof import('mocha') = mod.default ?? mod; // mocha 12 is an ES module compiled to CJS
  // The extension host forwards console arguments to the runner without printf substitution
  // (and ignores assignments to console.log): give mocha's reporters pre-formatted lines.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const consoleLog = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  const restore = () => {
    base.consoleLog = consoleLog;
  };
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: !process.env.NO_COLOR,
    // Generous: the first analysis of a document in a cold extension host can take a few seconds on 2 cores.
    timeout: Number(process.env.NEWS_LENS_TEST_TIMEOUT_MS) || 30_000,
    grep: process.env.NEWS_LENS_TEST_GREP || undefined,
  });
  const files = testFiles(__dirname);
  for (const file of files) mocha.addFile(file);
  return new Promise<void>((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error(`no integration tests found under ${__dirname}`));
      return;
    }
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  }).finally(restore);
}
