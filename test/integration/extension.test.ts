// Runs inside a real VS Code extension host (see index.ts): checks only a running extension can pass.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { COMMAND_IDS } from '../../src/editor/commands';

const EXTENSION_ID = 'news-lens.news-lens';
const SEED = '000_114cf2c0402081cf.txt';

/** The seed article in the open workspace (a copy of seeds/ in the runners, seeds/ itself from launch.json). */
async function seedUri(name: string): Promise<vscode.Uri> {
  assert.ok(vscode.workspace.workspaceFolders?.length, 'a workspace folder holding the seeds should be open');
  const [uri] = await vscode.workspace.findFiles(`**/${name}`, '**/node_modules/**', 1);
  assert.ok(uri, `${name} should be in the workspace`);
  return uri;
}

/** Polls until `probe` returns a value (not undefined/false) or the time is up. */
async function waitFor<T>(what: string, probe: () => T | undefined | false, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('News Lens in a real VS Code', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await vscode.workspace.openTextDocument(await seedUri(SEED));
    await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates when a seed article is opened', async () => {
    const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} should be loaded from the development path`);
    assert.equal(document.languageId, 'plaintext');
    await waitFor('the extension to activate', () => extension.isActive);
    assert.ok(extension.exports?.store, 'activate() should return the analysis store');
  });

  it('registers every command of the command table', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      COMMAND_IDS.filter((id) => !commands.has(id)),
      [],
    );
  });

  it('registers newsLens.refresh and executes it', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('newsLens.refresh'), 'newsLens.refresh should be registered');
    const { store } = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID)!.exports;
    const changed = new Promise<vscode.Uri>((resolve) => {
      const sub = store.onDidChange((uri) => {
        if (uri.toString() === document.uri.toString()) {
          sub.dispose();
          resolve(uri);
        }
      });
    });
    await vscode.commands.executeCommand('newsLens.refresh');
    // Refreshing re-analyses every open article, which the store announces.
    const uri = await Promise.race([
      changed,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no store change after newsLens.refresh')), 15_000)),
    ]);
    assert.equal(uri.toString(), document.uri.toString());
    assert.ok(store.get(document), 'the store should hold a fresh analysis after the refresh');
  });

  it("the store's analysis of the open seed names Putin, with exact offsets", async () => {
    const { store } = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID)!.exports;
    const analysis = await waitFor('an analysis of the seed', () => store.ensure(document));
    assert.match(analysis.file ?? '', /000_114cf2c0402081cf\.txt$/);
    const putin = analysis.entities.find((e) => e.name.includes('Putin') || e.aliases.some((a) => a.includes('Putin')));
    assert.ok(putin, `an entity for Putin should be found; got ${analysis.entities.map((e) => e.name).join(', ')}`);
    assert.equal(putin.type, 'person');
    // The offsets contract, checked against the exact text VS Code holds.
    const text = document.getText();
    for (const entity of analysis.entities) {
      for (const m of entity.mentions) assert.equal(text.slice(m.start, m.end), m.text, `mention of ${entity.name} at ${m.start}`);
    }
    for (const q of analysis.quotes) assert.equal(text.slice(q.start, q.end), q.text, `quote ${q.id}`);
    for (const d of analysis.dates) assert.equal(text.slice(d.start, d.end), d.text, `date ${d.id}`);
  });

  it('re-analyses an article after an edit', async () => {
    const { store } = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID)!.exports;
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'The weather was calm.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    const before = await waitFor('an analysis of the new document', () => store.ensure(doc));
    assert.ok(!before.entities.some((e) => e.name.includes('Merkel')));
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), '\nAngela Merkel visited Paris on Monday, Reuters reported.\n'));
    const after = await waitFor('an analysis of the edited version', () => {
      const a = store.get(doc);
      return a && a.entities.some((e) => e.name.includes('Merkel')) ? a : undefined;
    });
    const text = doc.getText();
    for (const e of after.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    // Discard the unsaved document so closing editors later never asks to save it.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
