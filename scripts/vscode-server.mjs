// The offline VS Code harness: installs the VS Code server shipped in the npm package `code-server`
// into .vscode-test/ on first use, starts it on a free loopback port in its own process group, and
// drives Debian's Chromium with playwright-core. Used by `npm start`, the integration runner and e2e.
// Everything it starts is stopped on exit, Ctrl+C, SIGTERM and uncaught errors.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { get as httpGet } from 'node:http';
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync, copyFileSync, cpSync, openSync, closeSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arch } from 'node:os';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// code-server 4.100.3 ships VS Code 1.100.3 and runs on node 20 (newer ones need node 22/24).
export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE_DIR = resolve(process.env.NEWS_LENS_VSCODE_TEST_DIR || join(ROOT, '.vscode-test'));
const INSTALL_DIR = join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`);
const MARKER = join(INSTALL_DIR, '.installed');
const SERVER_MAIN = join(INSTALL_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
// The ripgrep version @vscode/ripgrep (inside code-server 4.100.3) would download; we hand it Debian's rg.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const log = (...args) => console.log('[vscode-server]', ...args);

// ---------------------------------------------------------------------------------------------
// Cleanup: every started process registers a stop function; they all run once on any way out.

const cleanups = new Set();
let exiting = false;

/** Registers `fn` (async allowed) to run on exit; `syncFn` must be synchronous (used on process 'exit'). */
export function onCleanup(fn, syncFn) {
  const entry = { fn, syncFn, done: false };
  cleanups.add(entry);
  return () => cleanups.delete(entry);
}

export async function cleanupAll() {
  const entries = [...cleanups].reverse();
  cleanups.clear();
  for (const e of entries) {
    if (e.done) continue;
    e.done = true;
    try {
      await e.fn();
    } catch (err) {
      console.error('[cleanup]', err?.message ?? err);
    }
  }
}

function cleanupSync() {
  for (const e of cleanups) {
    if (e.done || !e.syncFn) continue;
    e.done = true;
    try {
      e.syncFn();
    } catch {
      /* the process is already gone */
    }
  }
  cleanups.clear();
}

let handlersInstalled = false;
/**
 * Installs signal/exception handlers that stop everything started through this module.
 * Inside mocha pass { exceptions: false }: mocha reports uncaught errors against the running test.
 */
export function installExitHandlers({ exceptions = true } = {}) {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const bail = (code, message) => {
    if (exiting) return;
    exiting = true;
    if (message) console.error(message);
    const timer = setTimeout(() => {
      cleanupSync();
      process.exit(code);
    }, 8000);
    timer.unref();
    cleanupAll().finally(() => process.exit(code));
  };
  process.on('SIGINT', () => bail(130, '\nInterrupted: stopping the processes it started…'));
  process.on('SIGTERM', () => bail(143, 'Terminated: stopping the processes it started…'));
  process.on('SIGHUP', () => bail(129));
  if (exceptions) {
    process.on('uncaughtException', (err) => bail(1, `Uncaught error: ${err?.stack ?? err}`));
    process.on('unhandledRejection', (err) => bail(1, `Unhandled rejection: ${err?.stack ?? err}`));
  }
  process.on('exit', cleanupSync);
}

// ---------------------------------------------------------------------------------------------
// Install

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

/** What the install needs from the system, with the Debian package that provides it. */
function missingPrerequisites() {
  const missing = [];
  if (!which('rg')) missing.push('ripgrep (rg)');
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !which('krb5-config')) missing.push('libkrb5-dev (gssapi headers)');
  for (const tool of ['python3', 'make', 'g++']) if (!which(tool)) missing.push(tool);
  return missing;
}

export function serverInstalled() {
  return existsSync(MARKER) && existsSync(SERVER_MAIN);
}

/** Private HOME / XDG / TMPDIR so neither npm's install nor the server writes into the user's home. */
function privateEnv() {
  const home = join(CACHE_DIR, 'home');
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    TMPDIR: join(CACHE_DIR, 'tmp'),
  };
  for (const dir of [env.XDG_CONFIG_HOME, env.XDG_DATA_HOME, env.XDG_CACHE_HOME, env.XDG_STATE_HOME, env.TMPDIR]) {
    mkdirSync(dir, { recursive: true });
  }
  return env;
}

function acquireLock(lockPath) {
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lockPath, 'utf8')) || 0;
      if (!pid || !isAlive(pid)) {
        rmSync(lockPath, { force: true }); // a crashed install left it
        continue;
      }
      if (attempt === 0) log(`another install (pid ${pid}) is running; waiting for it…`);
      spawnSync('sleep', ['2']);
    }
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/**
 * Installs code-server@CODE_SERVER_VERSION into .vscode-test/ unless a previous install finished
 * (marker file). Safe to retry: an unfinished install is wiped and redone.
 */
export function ensureServer() {
  if (serverInstalled()) return SERVER_MAIN;
  mkdirSync(CACHE_DIR, { recursive: true });
  const release = acquireLock(join(CACHE_DIR, 'install.lock'));
  try {
    if (serverInstalled()) return SERVER_MAIN; // finished by the process we waited for
    const missing = missingPrerequisites();
    if (missing.length) {
      throw new Error(
        `Cannot install the offline VS Code server: missing ${missing.join(', ')}.\n` +
          `Install them once (as root): apt-get install -y chromium libkrb5-dev ripgrep python3 make g++\n` +
          `or run: bash .ci/run --setup-only`,
      );
    }
    const started = Date.now();
    log(
      `installing code-server@${CODE_SERVER_VERSION} (VS Code server, ~300 MB) into ${relativeToRoot(INSTALL_DIR)} — first use only, about a minute…`,
    );
    rmSync(INSTALL_DIR, { recursive: true, force: true });
    mkdirSync(INSTALL_DIR, { recursive: true });
    writeFileSync(join(INSTALL_DIR, 'package.json'), JSON.stringify({ name: 'news-lens-vscode-server', private: true }, null, 2));
    const env = privateEnv();
    seedRipgrepCache(env.TMPDIR);
    // Keep the user's npm settings (registry, CA) and download cache although HOME is private.
    const userconfig = npmConfig('userconfig');
    const cache = npmConfig('cache');
    Object.assign(env, {
      npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root otherwise
      npm_config_yes: 'true', // its postinstall runs `npx node-gyp`
      npm_config_nodedir: existsSync('/usr/include/node/node.h') ? '/usr' : (process.env.npm_config_nodedir ?? ''),
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      npm_config_progress: 'false',
    });
    if (userconfig && existsSync(userconfig)) env.npm_config_userconfig = userconfig;
    if (cache) env.npm_config_cache = cache;
    if (!env.npm_config_nodedir) delete env.npm_config_nodedir;
    // Variables npm sets for the outer `npm run` must not leak into the nested install.
    for (const key of Object.keys(env)) {
      if (/^npm_(package|lifecycle)_/.test(key) || key === 'npm_config_prefix' || key === 'INIT_CWD') delete env[key];
    }
    const npmLog = join(INSTALL_DIR, 'npm-install.log');
    const out = openSync(npmLog, 'w');
    const result = spawnSync('npm', ['install', '--no-save', '--loglevel=http', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: INSTALL_DIR,
      env,
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    if (result.status !== 0 || !existsSync(SERVER_MAIN)) {
      const tail = readFileSync(npmLog, 'utf8').split('\n').slice(-40).join('\n');
      throw new Error(
        `Installing code-server@${CODE_SERVER_VERSION} failed (exit ${result.status}). Last lines of ${relativeToRoot(npmLog)}:\n${tail}\nRe-running retries from scratch.`,
      );
    }
    writeFileSync(
      MARKER,
      JSON.stringify({ version: CODE_SERVER_VERSION, installedAt: new Date().toISOString(), seconds: (Date.now() - started) / 1000 }),
    );
    log(`installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return SERVER_MAIN;
  } finally {
    release();
  }
}

function npmConfig(key) {
  try {
    return execFileSync('npm', ['config', 'get', key], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** @vscode/ripgrep's postinstall downloads rg unless this tarball is already in its cache folder. */
function seedRipgrepCache(tmpdir) {
  if (arch() !== 'x64') return; // the tarball name below is the x64 one; elsewhere let it try its own way
  const dir = join(tmpdir, RIPGREP_CACHE);
  const tarball = join(dir, RIPGREP_TARBALL);
  if (existsSync(tarball)) return;
  const staging = join(tmpdir, 'rg-staging');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(which('rg'), join(staging, 'rg'));
  execFileSync('tar', ['-czf', tarball, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
}

export function relativeToRoot(p) {
  return p.startsWith(ROOT + '/') ? p.slice(ROOT.length + 1) : p;
}

// ---------------------------------------------------------------------------------------------
// Ports, URLs, workspace

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * The workbench URL that opens `folder` with the extension under development loaded and, when
 * `extensionTestsPath` is given, runs that mocha suite index inside the extension host.
 */
export function workbenchUrl({ port, folder, extensionDevelopmentPath = ROOT, extensionTestsPath }) {
  const authority = `127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${authority}${extensionDevelopmentPath}`],
    ['skipWelcome', 'true'],
  ];
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${authority}${extensionTestsPath}`]);
  const query = new URLSearchParams();
  if (folder) query.set('folder', resolve(folder));
  query.set('payload', JSON.stringify(payload));
  return `http://${authority}/?${query.toString()}`;
}

/**
 * A fresh workspace for tests: a copy of seeds/ under .vscode-test/, so a test that saves a
 * document can never change the repository's seeds. Relative paths stay `seeds/<name>`.
 */
export function prepareTestWorkspace(name = 'workspace') {
  const ws = join(CACHE_DIR, name);
  rmSync(ws, { recursive: true, force: true });
  mkdirSync(ws, { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(ws, 'seeds'), { recursive: true });
  return ws;
}

// ---------------------------------------------------------------------------------------------
// Server

const DEFAULT_SETTINGS = {
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
};

/** Writes the user settings the server's web client reads (D/user/User/settings.json). */
export function writeUserSettings(dataDir, settings = {}) {
  const dir = join(dataDir, 'user', 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
}

/**
 * Starts the VS Code server on 127.0.0.1:port in its own process group; resolves when it answers.
 * Returns { port, dataDir, logFile, url(opts), stop() }.
 */
export async function startServer(options = {}) {
  // A port picked free can be taken by another process before the server binds it: pick again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServerOnce({ ...options, port: options.port ?? (await freePort()) });
    } catch (err) {
      if (options.port || attempt >= 3 || !/EADDRINUSE/.test(String(err?.message))) throw err;
    }
  }
}

async function startServerOnce({ port, name = 'server', settings = {}, quiet = true, workspaceTrust = false }) {
  installExitHandlers();
  const serverMain = ensureServer();
  const dataDir = join(CACHE_DIR, 'runs', `${name}-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  // workspaceTrust: Workspace Trust on, the test folder never trusted, no prompt: Restricted Mode.
  const trust = workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {};
  writeUserSettings(dataDir, { ...trust, ...settings });
  const logFile = join(dataDir, 'server.log');
  const out = openSync(logFile, 'w');
  const args = [
    serverMain,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--disable-telemetry',
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--server-data-dir',
    join(dataDir, 'server'),
    '--user-data-dir',
    join(dataDir, 'user'),
    '--extensions-dir',
    join(dataDir, 'ext'),
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: privateEnv(),
    detached: true, // own process group: helpers (extension host, file watcher, pty host) go with it
    stdio: ['ignore', quiet ? out : 'inherit', quiet ? out : 'inherit'],
  });
  closeSync(out);
  const pgid = child.pid;
  let exited = false;
  let exitCode = null;
  child.on('exit', (code, signal) => {
    exited = true;
    exitCode = code ?? signal;
  });

  const killGroup = (signal) => {
    try {
      process.kill(-pgid, signal);
    } catch {
      /* already gone */
    }
  };
  const stop = async () => {
    killGroup('SIGTERM');
    for (let i = 0; i < 30 && groupAlive(pgid); i++) await sleep(100);
    if (groupAlive(pgid)) killGroup('SIGKILL');
    if (!process.env.NEWS_LENS_KEEP_RUN_DIR) rmSync(dataDir, { recursive: true, force: true });
  };
  const unregister = onCleanup(stop, () => killGroup('SIGKILL'));

  // Ready when our server says it listens on the port and answers HTTP there. It does not exit when
  // the port is taken (it logs EADDRINUSE and lives on), and another server could answer instead.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const serverLog = quiet ? readFileSync(logFile, 'utf8') : `listening on ${port}`; // not quiet: log goes to the terminal
    if (/EADDRINUSE/.test(serverLog)) {
      await stop();
      unregister();
      throw new Error(`Port ${port} is already in use (EADDRINUSE).\n${tail(logFile)}`);
    }
    if (serverLog.includes(`listening on ${port}`) && (await answers(port))) break;
    if (exited) {
      unregister();
      throw new Error(`VS Code server exited (${exitCode}) before it answered on port ${port}.\n${tail(logFile)}`);
    }
    if (Date.now() > deadline) {
      await stop();
      unregister();
      throw new Error(`VS Code server did not answer on port ${port} within 60 s.\n${tail(logFile)}`);
    }
    await sleep(150);
  }
  return {
    port,
    pid: pgid,
    dataDir,
    logFile,
    url: (opts) => workbenchUrl({ port, ...opts }),
    stop: async () => {
      unregister();
      await stop();
    },
  };
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

function answers(port) {
  return new Promise((done) => {
    const req = httpGet({ host: '127.0.0.1', port, path: '/version', timeout: 1000 }, (res) => {
      res.resume();
      done(res.statusCode !== undefined && res.statusCode < 500);
    });
    req.on('error', () => done(false));
    req.on('timeout', () => {
      req.destroy();
      done(false);
    });
  });
}

export function tail(file, lines = 30) {
  try {
    return `--- last lines of ${relativeToRoot(file)} ---\n` + readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Browser

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(
    Boolean,
  );
  const found = candidates.find((p) => existsSync(p) && statSync(p).isFile());
  if (!found) {
    throw new Error(
      'No Chromium found (looked for /usr/bin/chromium). Install it once: apt-get install -y chromium (or bash .ci/run --setup-only), or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/** Launches headless Chromium (fresh profile) via playwright-core; closed by the cleanup handlers. */
export async function launchBrowser({ headless = true } = {}) {
  installExitHandlers();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless,
    args: CHROMIUM_ARGS,
    handleSIGINT: false, // our handlers close it, after the tests' own cleanup
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const unregister = onCleanup(() => browser.close().catch(() => {}));
  const close = async () => {
    unregister();
    await browser.close().catch(() => {});
  };
  return { browser, close };
}
