// Offline integration runner (npm test, CI): runs the mocha suite index (out/test/integration/index.js)
// inside the extension host of a real VS Code server, whose web workbench is driven by headless
// Chromium. Exits with the suite's exit code; always stops the server and the browser.
//   node test/integration/runOffline.mjs   (after `node esbuild.mjs`)
//   env: NEWS_LENS_TEST_GREP=<pattern>, NEWS_LENS_RUN_TIMEOUT_MS (default 300000), NEWS_LENS_DEBUG=1
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT,
  startServer,
  launchBrowser,
  prepareTestWorkspace,
  installExitHandlers,
  cleanupAll,
  tail,
} from '../../scripts/vscode-server.mjs';

const SUITE = join(ROOT, 'out', 'test', 'integration', 'index.js');
const TIMEOUT_MS = Number(process.env.NEWS_LENS_RUN_TIMEOUT_MS) || 300_000;
const DEBUG = !!process.env.NEWS_LENS_DEBUG;

// The workbench's own startup chatter that is expected offline (no marketplace, no vsda, ...).
const NOISE = [
  /open-vsx\.org|ENOTFOUND|getaddrinfo/i,
  /vsda|\b404\b/,
  /\[(?:perf|lifecycle|driver)\]/i,
  /Extension host \(Remote\) is unresponsive|unresponsive/i,
  /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions|ChatSessionStore|\[Service Worker\])/,
];

function messageText(args) {
  if (Array.isArray(args)) return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  return typeof args === 'string' ? args : JSON.stringify(args);
}

async function main() {
  installExitHandlers();
  if (!existsSync(SUITE)) {
    console.error(`Missing ${SUITE.slice(ROOT.length + 1)}: build first (node esbuild.mjs, or npm run build).`);
    return 2;
  }
  // The extension host inherits the server's environment: plain output when not on a terminal.
  if (!process.stdout.isTTY && !process.env.FORCE_COLOR) process.env.NO_COLOR = '1';
  const started = Date.now();
  // NEWS_LENS_WORKSPACE_TRUST=1 (test/integration/runRestricted.mjs): the workspace opens in Restricted Mode.
  const server = await startServer({ name: 'integration', workspaceTrust: process.env.NEWS_LENS_WORKSPACE_TRUST === '1' });
  const workspace = prepareTestWorkspace('workspace-integration');
  console.log(`[integration] VS Code server on 127.0.0.1:${server.port} (${Date.now() - started} ms)`);

  const { browser } = await launchBrowser();
  const page = await browser.newPage();

  let settle;
  const finished = new Promise((resolve) => {
    settle = resolve;
  });
  const recent = []; // kept for the failure report
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = messageText(args);
    recent.push(`[${type}] ${text}`);
    if (recent.length > 60) recent.shift();
    if (!DEBUG && NOISE.some((re) => re.test(text))) return;
    if (!DEBUG && (type === 'trace' || type === 'debug')) return;
    if (DEBUG) {
      console.log(`[${type}] ${text}`);
      return;
    }
    console.log(text.replace(/^\[Extension Host\]\s?/, ''));
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle({ code: Number(code) }));
  page.on('pageerror', (err) => {
    recent.push(`[pageerror] ${err.message}`);
    if (DEBUG) console.error('[pageerror]', err.message);
  });
  if (DEBUG) page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`));

  const url = server.url({ folder: workspace, extensionTestsPath: SUITE });
  if (DEBUG) console.log(`[integration] ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

  const timer = setTimeout(() => settle({ timeout: true }), TIMEOUT_MS);
  const result = await finished;
  clearTimeout(timer);

  if (result.timeout) {
    console.error(`[integration] FAILED: the suite did not finish within ${TIMEOUT_MS / 1000} s.`);
    console.error(recent.slice(-30).join('\n'));
    console.error(tail(server.logFile));
    return 1;
  }
  console.log(`[integration] suite exited with code ${result.code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.code !== 0 && DEBUG) console.error(tail(server.logFile));
  return result.code;
}

let code;
try {
  code = await main();
} catch (err) {
  console.error(`[integration] FAILED: ${err?.stack ?? err}`);
  code = 1;
} finally {
  await cleanupAll();
}
process.exit(code);
