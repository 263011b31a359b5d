// What `npm run package` puts in the .vsix: only run-time files (as listed by vsce itself, offline).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Files vsce would package, with the project's .vscodeignore (the bundles carry their dependencies). */
function vsceList(): string[] {
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const out = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .sort();
}

describe('packaging (.vsix contents)', function () {
  this.timeout(120_000);
  let files: string[];

  before(function () {
    if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: build first (node esbuild.mjs)');
    files = vsceList();
  });

  it('holds the bundles, manifest, licence and icons', () => {
    for (const required of ['package.json', 'LICENSE', 'dist/extension.js', 'dist/worker.js', manifest.icon]) {
      assert.ok(files.includes(required), `${required} should be packaged; packaged: ${files.join(', ')}`);
    }
    for (const optional of ['README.md', 'CHANGELOG.md']) {
      if (existsSync(join(ROOT, optional))) assert.ok(files.includes(optional), `${optional} should be packaged`);
    }
    // Every icon the manifest names (view containers, views) must ship.
    const icons = JSON.stringify(manifest.contributes ?? {}).match(/media\/[\w.-]+\.(?:svg|png)/g) ?? [];
    for (const icon of new Set(icons)) assert.ok(files.includes(icon), `${icon} (named in package.json) should be packaged`);
  });

  it('packages every image the README shows, so they appear on the installed extension page', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length >= 3, `the README shows screenshots; found ${images.join(', ')}`);
    for (const image of images) {
      assert.doesNotMatch(image, /^[a-z]+:/i, `${image}: no URL (there is no public repository); link the packaged file`);
      assert.ok(files.includes(image), `${image} (shown in README.md) should be packaged`);
    }
  });

  it('ships the sample article that Try a Sample Article opens', () => {
    assert.ok(files.includes('media/sample-article.txt'));
  });

  it('leaves the CLI bundle out: the extension never runs it', () => {
    assert.ok(!files.some((f) => /^dist\/cli\.js/.test(f)), `dist/cli.js should not be packaged; packaged: ${files.join(', ')}`);
  });

  it('names no repository, bugs or homepage URL (there is no public repository)', () => {
    for (const field of ['repository', 'bugs', 'homepage']) assert.equal(manifest[field], undefined, `${field} should be left out`);
    assert.match(manifest.publisher, /^[a-z0-9][a-z0-9-]*$/, 'a valid Marketplace publisher id');
  });

  it('leaves sources, tests, corpora, build trees and dev files out', () => {
    const allowed =
      /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|dist\/(extension|worker)\.js|media\/[^/]+\.(png|svg)|media\/screenshots\/[^/]+\.png|media\/sample-article\.txt|schemas\/[^/]+\.json)$/;
    const extra = files.filter((f) => !allowed.test(f));
    assert.deepEqual(extra, [], `unexpected files in the .vsix: ${extra.join(', ')}`);
  });

  it('the marketplace icon is a 128x128 PNG', () => {
    const png = readFileSync(join(ROOT, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(png.readUInt32BE(16), 128, 'width');
    assert.equal(png.readUInt32BE(20), 128, 'height');
  });
});

/** Every file in dist/ with its size, modification time and content hash. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const st = statSync(join(dir, name));
    out[name] = `${st.size} ${st.mtimeMs} ${createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex')}`;
  }
  return out;
}

describe('npm run package (the .vsix itself)', function () {
  this.timeout(240_000);
  let tmp: string;
  let vsix: string;
  let entries: string[];
  let distBefore: Record<string, string>;

  before(function () {
    if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: build first (node esbuild.mjs)');
    distBefore = snapshot(join(ROOT, 'dist'));
    tmp = mkdtempSync(join(tmpdir(), 'news-lens-vsix-'));
    vsix = join(tmp, 'news-lens.vsix');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--out', vsix], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    entries = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('leaves dist/ as it found it (the dev bundles and their source maps)', () => {
    assert.deepEqual(snapshot(join(ROOT, 'dist')), distBefore);
    assert.ok(!existsSync(join(ROOT, '.tmp', 'package')), 'the staging folder is removed');
  });

  it('holds the minified extension and worker, the screenshots and the sample, and no CLI or source maps', () => {
    for (const f of [
      'extension/package.json',
      'extension/readme.md',
      'extension/dist/extension.js',
      'extension/dist/worker.js',
      'extension/media/sample-article.txt',
      'extension/media/screenshots/facts-tree-dark.png',
    ]) {
      assert.ok(
        entries.some((e) => e.toLowerCase() === f),
        `${f} should be in the .vsix; it holds ${entries.join(', ')}`,
      );
    }
    assert.deepEqual(
      entries.filter((e) => /cli\.js|\.map$|node_modules|\/src\/|\/test\//.test(e)),
      [],
    );
    const extension = execFileSync('unzip', ['-p', vsix, 'extension/dist/extension.js'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.ok(!extension.includes('sourceMappingURL'), 'minified production build');
    console.log(`      .vsix: ${(statSync(vsix).size / 1024).toFixed(0)} KB, ${entries.length} entries`);
  });
});
