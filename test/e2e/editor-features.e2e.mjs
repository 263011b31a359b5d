// The editor features as a person sees them: a date hover, a name hover with its quote, the Facts
// tree, the status bar counts, and the decorated seed in light and dark themes. Screenshots go to
// test-results/editor-*.png (git-ignored).
import * as assert from 'node:assert/strict';
import { useWorkbench, quickOpen, setColorTheme, waitUntil, wordBox, backgroundDecorations } from './workbench.mjs';

const SEED = '000_114cf2c0402081cf.txt';

describe('News Lens editor features (e2e)', function () {
  this.timeout(120_000);
  /** @type {Awaited<ReturnType<typeof import('./workbench.mjs').openWorkbench>>} */
  let wb;
  let page;

  // Word wrap keeps the whole article on screen for the screenshots.
  const options = { theme: 'Default Light Modern', settings: { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false } };
  useWorkbench('editor', options, async (opened) => {
    wb = opened;
    page = wb.page;
    await quickOpen(page, SEED, 'Putin');
    await waitUntil('decorations', async () => (await backgroundDecorations(page)).length > 0);
  });

  /** Hovers the first on-screen occurrence of `word` until a hover containing `expect` shows. */
  async function hoverOn(word, expect) {
    const hover = page.locator('.monaco-hover:visible');
    return waitUntil(
      `a hover over "${word}" mentioning ${expect}`,
      async () => {
        const box = await wordBox(page, word);
        if (!box) return null;
        await page.mouse.move(box.x + box.width / 2 - 2, box.y + box.height / 2);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        if (!(await hover.count())) return null;
        const text = (await hover.first().innerText()).trim();
        return expect.test(text) ? text : null;
      },
      { timeout: 20_000, interval: 700 },
    );
  }

  async function noHover() {
    await page.mouse.move(700, 890);
    await page.keyboard.press('Escape');
    await waitUntil('the hover to close', async () => (await page.locator('.monaco-hover:visible').count()) === 0, { timeout: 5000 }).catch(
      () => {},
    );
  }

  it('a date hover gives the day in words, ISO, and its distance from publication', async () => {
    const text = await hoverOn('Tuesday', /December/);
    assert.match(text, /Tuesday 26 December 2023/);
    assert.match(text, /2023-12-26/);
    assert.match(text, /2 days before publication/);
    await wb.screenshot('editor-date-hover-light');
  });

  it('a name hover names the person, their role and quotes, with command links', async () => {
    await noHover();
    // The first "Putin" on screen (a text run of its own: decorations split the line's spans).
    const text = await hoverOn('Putin', /Vladimir Putin/);
    assert.match(text, /person/);
    assert.match(text, /We will be glad/);
    assert.match(text, /Show all mentions/);
    assert.match(text, /Reveal in Facts/);
    await wb.screenshot('editor-name-hover-light');
  });

  it('the status bar shows the counts', async () => {
    await noHover();
    const item = page.locator('.statusbar-item', { has: page.locator('.codicon-quote') }).first();
    await item.waitFor({ timeout: 10_000 });
    assert.match(await item.innerText(), /\d/);
  });

  it('the Facts tree lists people, quotes and dates, and the decorated article reads in light and dark', async () => {
    await noHover();
    await wb.screenshot('editor-decorated-light');
    const icon = page.locator('.activitybar .action-item a.action-label[aria-label^="News Lens"]').first();
    await icon.click();
    const sidebar = page.locator('.part.sidebar');
    for (const label of ['Article', 'People', 'Quotes', 'Dates']) {
      await sidebar.locator('.monaco-list-row', { hasText: label }).first().waitFor({ timeout: 20_000 });
    }
    // Open the most mentioned person to show mentions with their previews.
    const people = sidebar.locator('.monaco-list-row', { hasText: 'People' }).first();
    const firstPerson = people.locator('xpath=following-sibling::*[1]');
    if (await firstPerson.count()) await firstPerson.click().catch(() => {});
    await page.keyboard.press('ArrowRight').catch(() => {});
    await noHover();
    await wb.screenshot('editor-facts-tree-light');
    await setColorTheme(page, 'Dark Modern');
    await waitUntil('the dark theme', () => page.locator('.monaco-workbench.vs-dark').count(), { timeout: 20_000 });
    await noHover();
    await wb.screenshot('editor-facts-tree-dark');
    const text = await hoverOn('Tuesday', /December/);
    assert.match(text, /2 days before publication/);
    await wb.screenshot('editor-date-hover-dark');
  });
});
