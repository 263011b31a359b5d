// Settings take effect live (no reload), and skipped files are reported.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, newsLens, openArticle, waitFor, withSetting } from './editorHelpers';

describe('settings', () => {
  afterEach(closeAll);

  it('newsLens.enable off clears highlights, tree and status bar; on brings them back', async () => {
    const api = await newsLens();
    const { editor } = await openArticle();
    await waitFor('decorations', () => api.decorations.rangesFor(editor, 'person').length > 0);
    await withSetting('enable', false, async () => {
      await waitFor(
        'no decorations',
        () => api.decorations.rangesFor(editor, 'person').length === 0 && api.decorations.rangesFor(editor, 'date').length === 0,
      );
      assert.equal(api.store.status(editor.document).state, 'off');
      assert.equal(api.store.ensure(editor.document), undefined);
      await waitFor('an empty tree', () => api.facts.getChildren().length === 0);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        editor.document.uri,
        editor.document.positionAt(editor.document.getText().indexOf('Putin')),
      );
      assert.equal(hovers.length, 0, 'no hover while disabled');
    });
    await waitFor('decorations again', () => api.decorations.rangesFor(editor, 'person').length > 0);
    await waitFor('the tree again', () => api.facts.getChildren().length > 0);
  });

  it('newsLens.languages decides which documents are articles', async () => {
    const api = await newsLens();
    const { editor } = await openArticle();
    await withSetting('languages', ['markdown'], async () => {
      await waitFor('plaintext turned off', () => api.store.status(editor.document).state === 'off');
      await waitFor('no decorations', () => api.decorations.rangesFor(editor, 'person').length === 0);
    });
    await waitFor('plaintext back on', () => api.store.status(editor.document).state === 'ready');
  });

  it('newsLens.exclude skips matching files and the status bar says so', async () => {
    const api = await newsLens();
    const { editor } = await openArticle();
    await withSetting('exclude', ['**/seeds/000_*.txt'], async () => {
      const status = await waitFor('the seed skipped', () => {
        const s = api.store.status(editor.document);
        return s.state === 'skipped' && s;
      });
      assert.equal(status.state === 'skipped' && status.reason, 'excluded');
      await waitFor('no decorations', () => api.decorations.rangesFor(editor, 'person').length === 0);
      await waitFor('the status bar notice', () => /skipped/.test(api.statusBar.item.text));
      assert.match(String(api.statusBar.item.tooltip), /exclude/);
    });
    // A glob relative to the workspace folder works too.
    await withSetting('exclude', ['seeds/**'], async () => {
      await waitFor('the seed skipped by a relative glob', () => api.store.status(editor.document).state === 'skipped');
    });
    await waitFor('analysed again', () => api.store.status(editor.document).state === 'ready');
  });

  it('newsLens.maxFileSizeKB skips larger files with a status bar notice instead of analysing them', async () => {
    const api = await newsLens();
    const { editor } = await openArticle();
    const kb = new TextEncoder().encode(editor.document.getText()).length / 1024;
    assert.ok(kb > 1, 'the seed is over 1 KB');
    await withSetting('maxFileSizeKB', 1, async () => {
      const status = await waitFor('the seed skipped as too large', () => {
        const s = api.store.status(editor.document);
        return s.state === 'skipped' && s;
      });
      assert.equal(status.state === 'skipped' && status.reason, 'tooLarge');
      assert.equal(api.store.get(editor.document), undefined);
      await waitFor(
        'the status bar notice',
        () => /skipped/.test(api.statusBar.item.text) && /maxFileSizeKB/.test(String(api.statusBar.item.tooltip)),
      );
    });
    await waitFor('analysed again', () => api.store.status(editor.document).state === 'ready');
  });

  it('binary (NUL bytes) and empty documents are skipped', async () => {
    const api = await newsLens();
    for (const [content, reason] of [
      ['Putin\u0000\u0001 met Modi.', 'binary'],
      ['   \n\n', 'empty'],
    ] as const) {
      const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
      await vscode.window.showTextDocument(document);
      api.store.ensure(document);
      const status = await waitFor(`a ${reason} skip`, () => {
        const s = api.store.status(document);
        return s.state === 'skipped' && s;
      });
      assert.equal(status.state === 'skipped' && status.reason, reason);
      await waitFor('the status bar notice', () => /skipped/.test(api.statusBar.item.text));
    }
  });

  it('newsLens.documentDate overrides the article date and re-resolves dates live', async () => {
    const api = await newsLens();
    const { editor, analysis } = await openArticle();
    assert.notEqual(analysis.documentDate, '2020-06-15');
    await withSetting('documentDate', '2020-06-15', async () => {
      const updated = await waitFor('the override', () => {
        const a = api.store.get(editor.document);
        return a?.documentDate === '2020-06-15' && a;
      });
      assert.equal(updated.documentDate, '2020-06-15');
      await waitFor('the tree header to show it', () =>
        api.facts.getChildren(api.facts.getChildren()[0]).some((n) => n.description === '2020-06-15'),
      );
    });
    await waitFor('the article date again', () => api.store.get(editor.document)?.documentDate === analysis.documentDate);
  });

  it('the status bar shows the counts of the active article', async () => {
    const api = await newsLens();
    const { analysis } = await openArticle();
    const count = (t: string) => analysis.entities.filter((e) => e.type === t).length;
    await waitFor('the counts', () => api.statusBar.item.text.includes(`$(person) ${count('person')}`));
    const text = api.statusBar.item.text;
    assert.ok(text.includes(`$(quote) ${analysis.quotes.length}`), text);
    assert.ok(text.includes(`$(calendar) ${analysis.dates.length}`), text);
    assert.equal((api.statusBar.item.command as string | undefined) ?? '', 'newsLens.facts.focus');
  });
});
