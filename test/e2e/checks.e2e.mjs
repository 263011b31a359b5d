// The editorial checks as a person sees them: the Problems panel for a draft with mistakes, and
// the quick fix menu on a misspelled name. Screenshots: test-results/checks-*.png (git-ignored;
// the README copies are in media/screenshots/).
import * as assert from 'node:assert/strict';
import { useWorkbench, quickOpen, waitUntil, wordBox } from './workbench.mjs';

const DRAFT_NAME = 'council-draft.txt';
const DRAFT = `date 2024-03-06

Council approves river bridge after two-year delay

The city council approved the new river bridge on Monday, March 5, 2024, ending a two-year dispute over its cost.

Mayor Amaka Okonkwo said the vote was "a win for every family in the east of the city."

"We listened to the residents, and we changed the plan twice, Okonkwo told reporters after the meeting.

Construction starts in June. Okonkow said the first lanes should open within 18 months, and Councillor Tomasz Kowalski agreed.
`;

describe('News Lens editorial checks (e2e)', function () {
  this.timeout(120_000);
  /** @type {Awaited<ReturnType<typeof import('./workbench.mjs').openWorkbench>>} */
  let wb;
  let page;

  useWorkbench(
    'checks',
    {
      theme: 'Default Light Modern',
      settings: { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false },
      files: { [`seeds/${DRAFT_NAME}`]: DRAFT },
    },
    async (opened) => {
      wb = opened;
      page = wb.page;
      await quickOpen(page, DRAFT_NAME, 'Council approves');
    },
  );

  it("the Problems panel lists the draft's problems with their check codes", async () => {
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    const text = await waitUntil('three News Lens problems', async () => {
      if (!(await panel.count())) return null;
      const t = await panel.first().innerText();
      return /name-variant/.test(t) && /weekday-mismatch/.test(t) && /unclosed-quote/.test(t) ? t : null;
    });
    assert.match(text, /March 5, 2024 is a Tuesday, not a Monday/);
    assert.match(text, /'Okonkow' looks like a misspelling of 'Okonkwo'/);
    assert.match(text, /News Lens/);
    await wb.screenshot('checks-problems');
  });

  it('the quick fix menu offers the right spelling, and applying it clears the problem', async () => {
    const box = await waitUntil('the misspelled name on screen', () => wordBox(page, 'Okonkow'));
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    const fix = menu.locator('.monaco-list-row', { hasText: "Change to 'Okonkwo'" }).first();
    await fix.waitFor({ timeout: 20_000 });
    assert.match(await menu.first().innerText(), /Change or turn off the 'name-variant' check/);
    await wb.screenshot('checks-quick-fix');
    // The preferred fix is focused when the menu opens: Enter applies it, as a person would.
    assert.match((await menu.locator('.monaco-list-row.focused').first().getAttribute('aria-label')) ?? '', /Change to 'Okonkwo'/);
    await page.keyboard.press('Enter');
    await waitUntil('the misspelling gone from the editor', async () => !(await wordBox(page, 'Okonkow')));
    await waitUntil(
      'the name-variant problem gone',
      async () => !/name-variant/.test(await page.locator('.markers-panel').first().innerText()),
    );
  });
});
