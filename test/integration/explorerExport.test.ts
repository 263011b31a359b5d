// The Explorer's Export Facts… runs on a file that is not open yet: the command opens it, waits
// for its analysis (in the worker) and exports what the engine finds. Export Facts for Folder…
// exports what the editor would analyse: newsLens.languages and newsLens.exclude apply.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/analysis';
import type { ExportResult } from '../../src/editor/exportCommands';
import { closeAll, newsLens, waitFor, withSetting, workspaceUri } from './editorHelpers';

const ARTICLE =
  'Council leader Maria Okonkwo said on Wednesday that the wall would be built. "We could not wait another winter," she said.\n';

describe('Export Facts from the Explorer', () => {
  let tmp: string;
  const article = workspaceUri('explorer-export-check.txt');
  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'news-lens-explorer-'));
    writeFileSync(article.fsPath, ARTICLE);
  });
  after(async () => {
    await closeAll();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(article.fsPath, { force: true });
  });

  it('exports an article that is not open, once it is analysed', async () => {
    await newsLens();
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === article.toString()), 'the article is not open yet');
    const target = path.join(tmp, 'explorer.facts.json');
    const result = await vscode.commands.executeCommand<ExportResult>('newsLens.exportFacts', {
      uri: article,
      format: 'json',
      target,
      quiet: true,
    });
    assert.equal(result.written, true, result.message);
    const exported = JSON.parse(readFileSync(target, 'utf8')) as Analysis;
    assert.ok(
      exported.entities.some((e) => e.name === 'Maria Okonkwo'),
      JSON.stringify(exported.entities.map((e) => e.name)),
    );
    assert.equal(exported.quotes.length, 1);
  });
});

describe('Export Facts for Folder from the Explorer', () => {
  let tmp: string;
  const folder = workspaceUri('explorer-folder-check');
  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'news-lens-explorer-folder-'));
    mkdirSync(path.join(folder.fsPath, 'drafts'), { recursive: true });
    mkdirSync(path.join(folder.fsPath, 'node_modules'), { recursive: true });
    writeFileSync(path.join(folder.fsPath, 'story.txt'), ARTICLE);
    writeFileSync(path.join(folder.fsPath, 'notes.md'), `# Notes\n\n${ARTICLE}`);
    writeFileSync(path.join(folder.fsPath, 'drafts', 'draft.txt'), ARTICLE);
    writeFileSync(path.join(folder.fsPath, 'node_modules', 'readme.txt'), ARTICLE);
  });
  after(async () => {
    await closeAll();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(folder.fsPath, { recursive: true, force: true });
  });

  const exportFolder = async (name: string): Promise<ExportResult> =>
    vscode.commands.executeCommand<ExportResult>('newsLens.exportFactsFolder', {
      folder,
      format: 'jsonl',
      target: path.join(tmp, name),
      quiet: true,
    });
  const exportedFiles = (name: string) =>
    readFileSync(path.join(tmp, name), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as Analysis).file?.split('/').pop());

  it('exports every article of the folder by default (never node_modules), analysed as the editor does', async () => {
    const { store } = await newsLens();
    const result = await exportFolder('all.jsonl');
    assert.equal(result.written, true, result.message);
    assert.deepEqual(exportedFiles('all.jsonl'), ['draft.txt', 'notes.md', 'story.txt']);
    assert.deepEqual(result.skipped, []);
    // The same analysis the store makes of the file once it is open (the trace aside).
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'story.txt'));
    const opened = await waitFor('the analysis of story.txt', () => store.get(document) ?? store.ensure(document));
    const line = readFileSync(path.join(tmp, 'all.jsonl'), 'utf8').trimEnd().split('\n')[2];
    assert.deepEqual(
      (JSON.parse(line) as Analysis).entities.map((e) => e.name),
      opened.entities.map((e) => e.name),
    );
  });

  it('leaves out files newsLens.exclude excludes, and says so', async () => {
    await closeAll();
    const result = await withSetting('exclude', ['**/drafts/**'], () => exportFolder('excluded.jsonl'));
    assert.equal(result.written, true, result.message);
    assert.deepEqual(exportedFiles('excluded.jsonl'), ['notes.md', 'story.txt']);
    assert.deepEqual(
      result.skipped.map((s) => [s.file.split('/').pop(), s.reason]),
      [['draft.txt', 'excluded by the newsLens.exclude setting']],
    );
  });

  it('leaves out files of languages not in newsLens.languages', async () => {
    await closeAll();
    const result = await withSetting('languages', ['plaintext'], () => exportFolder('plain.jsonl'));
    assert.equal(result.written, true, result.message);
    assert.deepEqual(exportedFiles('plain.jsonl'), ['draft.txt', 'story.txt']);
    assert.deepEqual(
      result.skipped.map((s) => s.file.split('/').pop()),
      ['notes.md'],
    );
    assert.match(result.skipped[0].reason, /does not analyse markdown documents/);
  });
});
