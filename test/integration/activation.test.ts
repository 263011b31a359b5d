// Runs first (files load in name order): the window has a folder but no article yet. With
// onStartupFinished the extension is active, and it must not have paid for the engine: no worker
// thread, no engine loaded in the extension host, until an article opens. Then the welcome view's
// "Try a Sample Article" opens the sample shipped in the extension as an untitled article.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAll, newsLens, waitFor } from './editorHelpers';
import type { NewsLensApi } from '../../src/extension';

const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown']);

describe('activation without an article, then the sample article', () => {
  after(closeAll);

  it('is active after startup but has started no worker and loaded no engine', async function () {
    const open = vscode.workspace.textDocuments.filter((d) => ARTICLE_LANGUAGES.has(d.languageId) && d.uri.scheme !== 'output');
    if (open.length) throw new Error(`this check needs a window without articles; open: ${open.map((d) => d.uri.toString()).join(', ')}`);
    const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID)!;
    await waitFor('activation on startup finished', () => extension.isActive, 30_000);
    const { store, timings } = extension.exports;
    assert.deepEqual(store.engineState, { workerRunning: false, engineLoadedInHost: false });
    assert.ok(Number.isFinite(timings.activateMs), 'activate() reports its time');
    console.log(
      `      activate() took ${timings.activateMs.toFixed(1)} ms, bundle evaluation ${timings.moduleMs?.toFixed(1) ?? '?'} ms (reported, not asserted)`,
    );
  });

  it('Try a Sample Article opens the bundled sample as an untitled article, analysed in the worker', async () => {
    const api = await newsLens();
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.openSample');
    assert.equal(document.uri.scheme, 'untitled');
    assert.equal(document.languageId, 'plaintext');
    assert.equal(vscode.window.activeTextEditor?.document, document);
    assert.match(document.getText(), /Maria Okonkwo/);
    const analysis = await waitFor('the sample analysed', () => api.store.get(document));
    assert.ok(
      analysis.entities.some((e) => e.type === 'person' && e.name === 'Maria Okonkwo'),
      'finds the council leader',
    );
    assert.ok(
      analysis.quotes.some((q) => q.speaker?.text === 'Maria Okonkwo'),
      'attributes her quote',
    );
    assert.equal(analysis.documentDate, '2025-06-12');
    assert.equal(api.store.engineState.workerRunning, true, 'the article is analysed in the worker');
  });
});
