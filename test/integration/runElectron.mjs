// Desktop integration runner (contributors with internet and a display): downloads a VS Code build
// with @vscode/test-electron (cached in .vscode-test/) and runs the same suite index as the offline
// runner. Offline machines and CI use runOffline.mjs instead.
//   npm run test:electron          (VSCODE_TEST_VERSION=stable|insiders|1.100.3 to pick a build)
// On a headless Linux box, wrap it in xvfb-run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT, prepareTestWorkspace } from '../../scripts/vscode-server.mjs';

const suite = join(ROOT, 'out', 'test', 'integration', 'index.js');
if (!existsSync(suite)) {
  console.error('Missing out/test/integration/index.js: build first (npm run build).');
  process.exit(2);
}

try {
  const workspace = prepareTestWorkspace('workspace-electron');
  const code = await runTests({
    version: process.env.VSCODE_TEST_VERSION || 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suite,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  process.exit(code);
} catch (err) {
  console.error(`[test:electron] FAILED: ${err?.message ?? err}`);
  console.error('It needs internet access (it downloads VS Code) and a display (use xvfb-run on a headless Linux box).');
  console.error('Offline, use npm run test:integration.');
  process.exit(1);
}
