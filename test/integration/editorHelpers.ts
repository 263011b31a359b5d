// Shared helpers for the editor feature suites (decorations, hover, tree, navigation, settings).
// Not a test file: index.ts loads only *.test.js.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import type { Analysis } from '../../src/analysis';

export const EXTENSION_ID = 'news-lens.news-lens';
export const SEED = 'seeds/000_114cf2c0402081cf.txt';

export async function newsLens(): Promise<NewsLensApi> {
  const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} should be loaded`);
  return extension.isActive ? extension.exports : await extension.activate();
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (a copy of seeds/) should be open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Polls until `probe` returns a value (not undefined/false) or the time is up. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | null, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false && value !== null) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens a workspace file in an editor and waits for its analysis. */
export async function openArticle(
  relative = SEED,
  column = vscode.ViewColumn.One,
): Promise<{ editor: vscode.TextEditor; analysis: Analysis }> {
  const api = await newsLens();
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
  const analysis = await waitFor(`an analysis of ${relative}`, () => api.store.get(document) ?? api.store.ensure(document));
  return { editor, analysis };
}

/** An untitled plaintext copy of a workspace file, for tests that edit (the file on disk stays untouched). */
export async function openCopy(relative = SEED): Promise<{ editor: vscode.TextEditor; analysis: Analysis }> {
  const api = await newsLens();
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(relative)));
  const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const analysis = await waitFor('an analysis of the copy', () => api.store.get(document) ?? api.store.ensure(document));
  return { editor, analysis };
}

/** Closes every editor, discarding unsaved untitled documents. */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  for (let i = 0; i < 10 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a newsLens.* setting globally for the duration of fn, then restores the previous value. */
export async function withSetting<T>(key: string, value: unknown, fn: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('newsLens');
  const previous = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await fn();
  } finally {
    await vscode.workspace.getConfiguration('newsLens').update(key, previous, vscode.ConfigurationTarget.Global);
  }
}

export const offsets = (document: vscode.TextDocument, ranges: readonly vscode.Range[]) =>
  ranges.map((r) => `${document.offsetAt(r.start)}-${document.offsetAt(r.end)}`);

export const spanKeys = (spans: readonly { start: number; end: number }[]) =>
  [...spans].sort((a, b) => a.start - b.start || a.end - b.end).map((s) => `${s.start}-${s.end}`);

/** The text of every hover (all providers) at an offset. */
export async function hoverText(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    document.positionAt(offset),
  );
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Drops emphasis markers and undoes Markdown escaping so assertions can look for plain text. */
export const plain = (markdown: string) => markdown.replace(/(?<!\\)\*+/g, '').replace(/\\([\\`*_{}[\]()#+\-.!|<>~$])/g, '$1');
