// The Explorer's Export Facts… runs on a file that is not open yet: the command opens it, waits
// for its analysis (in the worker) and exports what the engine finds.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/analysis';
import type { ExportResult } from '../../src/editor/exportCommands';
import { closeAll, newsLens, workspaceUri } from './editorHelpers';

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
