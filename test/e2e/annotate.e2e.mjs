// Correcting the engine as a person does it: Ctrl+. on a name opens the lightbulb menu with the
// News Lens corrections; "Set speaker…" on a quote offers the likeliest speakers first and Nobody;
// the choice shows in the hover and is saved in the sidecar beside the article.
// Screenshots: test-results/annotate-*.png (the README's "Correct and annotate" section uses them).
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useWorkbench, quickOpen, waitUntil, wordBox, backgroundDecorations } from './workbench.mjs';

const SEED = '000_114cf2c0402081cf.txt';

describe('News Lens annotations (e2e)', function () {
  this.timeout(120_000);
  /** @type {Awaited<ReturnType<typeof import('./workbench.mjs').openWorkbench>>} */
  let wb;
  let page;

  useWorkbench(
    'annotate',
    {
      theme: 'Default Light Modern',
      settings: { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false, 'editor.lightbulb.enabled': 'on' },
    },
    async (opened) => {
      wb = opened;
      page = wb.page;
      await quickOpen(page, SEED, 'Putin');
      await waitUntil('decorations', async () => (await backgroundDecorations(page)).length > 0);
    },
  );

  /** Clicks into the first on-screen occurrence of `word` (the cursor lands inside it). */
  async function clickInto(word, offset = 1) {
    const box = await waitUntil(`"${word}" on screen`, () => wordBox(page, word));
    await page.mouse.click(box.x + Math.min(box.width - 1, offset * (box.width / word.length) + 1), box.y + box.height / 2);
  }

  /** The open code action menu's rows (text), once it lists `expect`. */
  async function codeActionMenu(expect) {
    return waitUntil(
      `the code action menu with "${expect}"`,
      async () => {
        const menu = page.locator('.action-widget');
        if (!(await menu.count())) return null;
        const rows = (await menu.first().innerText())
          .split('\n')
          .map((r) => r.trim())
          .filter(Boolean);
        return rows.some((r) => r.includes(expect)) ? rows : null;
      },
      { timeout: 20_000 },
    );
  }

  it('Ctrl+. on a name opens the lightbulb menu with the corrections', async () => {
    await clickInto('PTI');
    await page.waitForTimeout(400);
    await page.keyboard.press('Control+.');
    const rows = await codeActionMenu('Not a name: “PTI”');
    for (const title of ['Accept “PTI” as an organization', 'Change type to person', 'Change type to place', 'Same as…', 'Rename “PTI”…']) {
      assert.ok(
        rows.some((r) => r.includes(title)),
        `${title} in ${rows.join(' | ')}`,
      );
    }
    await wb.screenshot('annotate-lightbulb-name');
    await page.keyboard.press('Escape');
  });

  it('Set speaker… on a quote offers the likeliest speakers first and Nobody; the choice is shown and saved', async () => {
    await clickInto('glad');
    await page.waitForTimeout(400);
    await page.keyboard.press('Control+.');
    const menu = await codeActionMenu('Set speaker…');
    // The menu's first row has the focus; its header ("Quick Fix") is not a row.
    const actions = menu.filter((r) => r !== 'Quick Fix');
    for (let i = 0; i < actions.indexOf('Set speaker…'); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor({ timeout: 20_000 });
    const labels = (await rows.allInnerTexts()).map((t) => t.split('\n')[0].trim());
    assert.match(labels[0], /Vladimir Putin/, 'the current speaker first');
    await wb.screenshot('annotate-speaker-pick');
    const input = page.locator('.quick-input-widget input');
    await input.fill('Nobody');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Nobody' }).first().waitFor({ timeout: 10_000 });
    await input.fill('Lavrov');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Sergey Lavrov' }).first().click();
    const sidecar = join(wb.workspace, 'seeds', `${SEED}.newslens.json`);
    const saved = await waitUntil('the sidecar on disk', () => existsSync(sidecar) && JSON.parse(readFileSync(sidecar, 'utf8')));
    assert.equal(saved.annotations[0].action, 'speaker');
    assert.equal(saved.annotations[0].speaker.exact, 'Sergey Lavrov');
    const review = page.locator('.statusbar-item', { hasText: /of \d+ reviewed/ }).first();
    await review.waitFor({ timeout: 10_000 });
    // The quote's hover now names Lavrov, marked as yours.
    const hover = page.locator('.monaco-hover:visible');
    const text = await waitUntil(
      'a hover naming Lavrov',
      async () => {
        const box = await wordBox(page, 'glad');
        if (!box) return null;
        await page.mouse.move(box.x + 2, box.y + box.height / 2);
        await page.mouse.move(box.x + 4, box.y + box.height / 2);
        if (!(await hover.count())) return null;
        const t = await hover.first().innerText();
        return /said by Sergey Lavrov/.test(t) ? t : null;
      },
      { timeout: 20_000, interval: 700 },
    );
    assert.match(text, /added by you/);
    await wb.screenshot('annotate-quote-hover');
  });
});
