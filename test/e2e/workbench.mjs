// Shared fixture for the e2e checks: a real VS Code (server + web workbench) with the extension
// under development loaded, opened on a fresh copy of seeds/, driven by headless Chromium.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, startServer, launchBrowser, prepareTestWorkspace, installExitHandlers } from '../../scripts/vscode-server.mjs';

export const RESULTS_DIR = join(ROOT, 'test-results');
export const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Waits for `probe` (async, returns a truthy value) or fails with a message saying what was awaited. */
export async function waitUntil(what, probe, { timeout = 30_000, interval = 200 } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout / 1000} s waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** `files`: extra workspace files (path relative to the workspace -> text), written before the workbench opens. */
export async function openWorkbench({ theme = 'Default Light Modern', settings = {}, files = {} } = {}) {
  installExitHandlers({ exceptions: false }); // mocha reports uncaught errors itself
  mkdirSync(RESULTS_DIR, { recursive: true });
  const server = await startServer({
    name: 'e2e',
    settings: { 'workbench.colorTheme': theme, 'editor.hover.delay': 200, 'window.commandCenter': false, ...settings },
  });
  const workspace = prepareTestWorkspace('workspace-e2e');
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, relative)), { recursive: true });
    writeFileSync(join(workspace, relative), text);
  }
  const { browser, close: closeBrowser } = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(server.url({ folder: workspace }), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The explorer lists the workspace once the remote connection and the file service are up.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'seeds' }).first().waitFor({ timeout: 60_000 });

  return {
    server,
    page,
    workspace,
    pageErrors,
    screenshot(name) {
      const path = join(RESULTS_DIR, `${name}.png`);
      return page.screenshot({ path }).then(() => path);
    },
    async close() {
      await closeBrowser();
      await server.stop();
    },
  };
}

/** Opens a workspace file with Quick Open (Ctrl+P), waiting until its editor shows `expectText`. */
export async function quickOpen(page, fileName, expectText) {
  const input = page.locator('.quick-input-widget input');
  await page
    .locator('.monaco-workbench')
    .click({ position: { x: 700, y: 5 } })
    .catch(() => {});
  await page.keyboard.press('Control+P');
  try {
    await input.waitFor({ state: 'visible', timeout: 5000 });
  } catch {
    // Some browsers keep Ctrl+P for printing: the command palette without its '>' is Quick Open too.
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('');
  }
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: fileName }).first().waitFor({ timeout: 20_000 });
  await page.locator('.editor-instance .monaco-editor .view-line', { hasText: expectText }).first().waitFor({ timeout: 20_000 });
}

/** The quick-input row whose label is exactly `label` (not one that merely contains it). */
export function quickPickRow(page, label) {
  const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  return page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: exact }) })
    .first();
}

/** Runs a command from the command palette by its title (as shown, with category). */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  const row = quickPickRow(page, title);
  await row.waitFor({ timeout: 10_000 });
  await row.click();
}

/**
 * Switches the colour theme with the theme picker (Preferences: Color Theme), as a person would.
 * `theme` is the picker's label, e.g. 'Dark Modern' (the setting value is 'Default Dark Modern').
 */
export async function setColorTheme(page, theme) {
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 10_000 });
  await input.fill(theme);
  const row = quickPickRow(page, theme);
  await row.waitFor({ timeout: 10_000 });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * The on-screen box of the first occurrence of `word` in the open text editor (a DOM Range over the
 * rendered text), or null while it is not rendered.
 */
export function wordBox(page, word) {
  return page.evaluate((w) => {
    const lines = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!lines) return null;
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const r = range.getBoundingClientRect();
      if (r.width > 0) return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, word);
}

/** Background decorations (extension-created TextEditorDecorationType) with their boxes and colours. */
export function backgroundDecorations(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.editor-instance .monaco-editor .view-overlays .cdr[class*="TextEditorDecorationType"]')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        className: el.className,
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
        background: getComputedStyle(el).backgroundColor,
      };
    }),
  );
}

export function overlaps(a, b) {
  const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return x > 1 && y > 1;
}

export const transparent = (color) => /^rgba\(.*,\s*0\)$/.test(color) || color === 'transparent';

/**
 * One workbench for the enclosing describe(): opened before its tests (then `ready` runs, e.g. to
 * open an article), closed after them; a failed test leaves `failed-<prefix>-<title>.png`.
 * `onOpen` receives the workbench so the suite can keep `wb` and `page` in its own variables.
 */
export function useWorkbench(prefix, options, onOpen) {
  let wb;
  before(async function () {
    this.timeout(180_000);
    wb = await openWorkbench(options);
    await onOpen(wb);
  });
  after(async function () {
    if (wb) await wb.close();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) {
      const title = this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await wb.screenshot(`failed-${prefix}-${title}`).catch(() => null);
    }
  });
}
