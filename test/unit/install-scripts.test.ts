// npm 11 blocks dependency install scripts unless package.json's allowScripts covers them, and
// warns about the ones it skipped. Every installed package with an install script must have a
// recorded decision (CONTRIBUTING.md says why each is denied), so `npm ci` stays quiet and a new
// dependency with a script is a decision, not a warning nobody reads.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];

/** name -> version of every installed package (nested node_modules too) that has an install script. */
function packagesWithInstallScripts(dir: string, found = new Map<string, string>()): Map<string, string> {
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const paths = name.startsWith('@') ? readdirSync(join(dir, name)).map((n) => join(dir, name, n)) : [join(dir, name)];
    for (const path of paths) {
      const manifestPath = join(path, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
        name: string;
        version: string;
        scripts?: Record<string, string>;
      };
      if (INSTALL_SCRIPTS.some((s) => manifest.scripts?.[s])) found.set(manifest.name, manifest.version);
      packagesWithInstallScripts(join(path, 'node_modules'), found);
    }
  }
  return found;
}

describe('install scripts (npm 11 allowScripts)', () => {
  it('every dependency with an install script has a recorded decision in package.json', () => {
    const allow =
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> }).allowScripts ?? {};
    const withScripts = packagesWithInstallScripts(join(ROOT, 'node_modules'));
    assert.ok(withScripts.has('esbuild'), 'esbuild has a postinstall (the check looks at the right tree)');
    const undecided = [...withScripts]
      .filter(([name, version]) => !(name in allow) && !(`${name}@${version}` in allow))
      .map(([n, v]) => `${n}@${v}`);
    assert.deepEqual(undecided, [], 'run `npm install-scripts ls`, decide, and say why in CONTRIBUTING.md');
  });
});
