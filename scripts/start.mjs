// `npm start`: builds, then opens seeds/ in a real VS Code with the extension under development loaded.
//  - a desktop VS Code (`code` on PATH): code --extensionDevelopmentPath=<repo> seeds/
//  - otherwise the offline VS Code server: prints the URL to open in a browser.
// Rebuilds on change (esbuild watch; reload the window to pick changes up). Runs until Ctrl+C,
// then stops every process it started.
//   npm start                  desktop if available, else server
//   npm start -- --server      always the VS Code server   (or NEWS_LENS_START=server)
//   npm start -- --port 8080   fixed port for the server   (default: a free one)
//   npm start -- --no-watch    build once, no watcher
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, startServer, ensureServer, installExitHandlers, onCleanup, cleanupAll, relativeToRoot, tail } from './vscode-server.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SEEDS = join(ROOT, 'seeds');
const forceServer = flag('--server') || process.env.NEWS_LENS_START === 'server';
const watch = !flag('--no-watch');
const port = option('--port') ? Number(option('--port')) : undefined;

installExitHandlers();

/** Starts a long-running child in its own process group and stops the group on exit. */
function startChild(command, argv, label) {
  const child = spawn(command, argv, { cwd: ROOT, stdio: 'inherit', detached: true });
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* gone */
    }
  };
  onCleanup(
    async () => {
      kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      kill('SIGKILL');
    },
    () => kill('SIGKILL'),
  );
  child.on('error', (err) => console.error(`[start] ${label} failed to start: ${err.message}`));
  return child;
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

console.log('[start] building (node esbuild.mjs)…');
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('[start] build failed; fix the errors above and run npm start again.');
  process.exit(build.status ?? 1);
}

const code = forceServer ? '' : which('code');
if (code) {
  console.log(`[start] opening seeds/ in desktop VS Code (${code}) with the extension under development…`);
  if (watch) startChild(process.execPath, ['esbuild.mjs', '--watch'], 'esbuild watch');
  // --wait keeps the CLI alive while the window is open, so Ctrl+C here (or closing the window) ends both.
  const editor = startChild(code, ['--new-window', '--wait', `--extensionDevelopmentPath=${ROOT}`, SEEDS], 'code');
  editor.on('exit', async (status) => {
    console.log('[start] VS Code window closed.');
    await cleanupAll();
    process.exit(status ?? 0);
  });
} else {
  if (!forceServer) console.log('[start] no desktop VS Code (`code`) on PATH: using the offline VS Code server.');
  let server;
  try {
    ensureServer();
    server = await startServer({ name: 'start', port, quiet: true });
  } catch (err) {
    console.error(`[start] ${err?.message ?? err}`);
    await cleanupAll();
    process.exit(1);
  }
  if (watch) startChild(process.execPath, ['esbuild.mjs', '--watch'], 'esbuild watch');
  const url = server.url({ folder: SEEDS });
  console.log(`
News Lens is running in VS Code ${'(server pid ' + server.pid + ', log ' + relativeToRoot(server.logFile) + ')'}.
Open this URL in a browser on this machine:

  ${url}

The extension is loaded from this repository (development mode) and seeds/ is the open folder.
${watch ? 'Sources are rebuilt on save; run "Developer: Reload Window" to load the new build.\n' : ''}Press Ctrl+C to stop the server${watch ? ' and the watcher' : ''}.
`);
  // Stay alive until a signal arrives (the exit handlers stop everything), or the server dies.
  const timer = setInterval(() => {
    try {
      process.kill(server.pid, 0);
    } catch {
      console.error(`[start] the VS Code server stopped unexpectedly.\n${tail(server.logFile)}`);
      clearInterval(timer);
      cleanupAll().finally(() => process.exit(1));
    }
  }, 2000);
  onCleanup(() => clearInterval(timer)); // runs first: stopping the server on Ctrl+C is not a crash
}
