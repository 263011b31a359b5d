// `npm run package`: builds the minified bundles in a staging folder and packages the .vsix from
// there, so dist/ (the dev bundles with source maps that tests, F5 and `npm start` use) is left
// exactly as it was. Offline: no repository, no dependencies (the bundles carry them).
//   node scripts/package.mjs [--out FILE.vsix]   (default: news-lens-<version>.vsix in the repo)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const manifest = (await import(join(ROOT, 'package.json'), { with: { type: 'json' } })).default;
const outArg = process.argv.indexOf('--out');
const vsix = resolve(outArg > 0 ? process.argv[outArg + 1] : join(ROOT, `${manifest.name}-${manifest.version}.vsix`));
const STAGE = join(ROOT, '.tmp', 'package');

function run(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

rmSync(STAGE, { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });
try {
  // What .vscodeignore lets into the .vsix, except dist/, which is built here minified.
  for (const entry of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'media', 'schemas']) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(STAGE, entry), { recursive: true });
  }
  run(process.execPath, ['esbuild.mjs', '--production', `--outdir=${join(STAGE, 'dist')}`], ROOT);
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  run(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix],
    STAGE,
  );
  console.log(`${relative(process.cwd(), vsix) || vsix}: ${(statSync(vsix).size / 1024).toFixed(0)} KB`);
} finally {
  rmSync(STAGE, { recursive: true, force: true });
}
