// Export commands in a real VS Code: targets are chosen programmatically (the commands take an
// argument object instead of dialogs) and the files are read back and compared with the store.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/analysis';
import type { ExportArgs, ExportResult } from '../../src/editor/exportCommands';
import { parseBrat, toMarkdown } from '../../src/export';
import { SEED, closeAll, newsLens, openArticle, waitFor, workspaceUri } from './editorHelpers';
import { csvObjects } from '../unit/exportSupport';

const run = (command: string, args: ExportArgs) => vscode.commands.executeCommand<ExportResult>(command, { quiet: true, ...args });

describe('export commands', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'news-lens-export-'));
  });
  afterEach(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await closeAll();
  });

  it('are registered', async () => {
    await newsLens();
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['newsLens.exportFacts', 'newsLens.exportFactsAllOpen', 'newsLens.exportFactsFolder', 'newsLens.copyFactsAsMarkdown']) {
      assert.ok(commands.includes(c), `${c} is registered`);
    }
  });

  it('Export Facts writes the JSON and CSV of the active article, equal to the store', async () => {
    const { editor } = await openArticle(SEED);
    const { store } = await newsLens();
    const analysis = store.ensure(editor.document)!;
    const json = path.join(tmp, 'seed.facts.json');
    const result = await run('newsLens.exportFacts', { format: 'json', target: json });
    assert.equal(result.written, true, result.message);
    assert.deepEqual(result.files, [vscode.Uri.file(json).toString()]);
    // The store keeps the decision trace for the hovers; an export is what `news-lens analyze` writes without --explain.
    assert.ok(
      analysis.quotes.some((q) => q.why),
      'the store keeps why',
    );
    assert.deepEqual(JSON.parse(readFileSync(json, 'utf8')), traceless(analysis));

    const csv = path.join(tmp, 'seed.facts.csv');
    assert.equal((await run('newsLens.exportFacts', { format: 'csv-excel', target: csv })).written, true);
    const bytes = readFileSync(csv);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the spreadsheet variant starts with a BOM');
    const rows = csvObjects(bytes.toString('utf8').slice(1));
    const count = analysis.entities.reduce((n, e) => n + e.mentions.length, 0) + analysis.quotes.length + analysis.dates.length;
    assert.equal(rows.length, count);
    const text = editor.document.getText();
    for (const r of rows) {
      const start = editor.document.positionAt(Number(r.start));
      assert.equal(Number(r.line), start.line + 1, 'line numbers match the editor');
      assert.equal(Number(r.column), start.character + 1);
      assert.equal(r.text.replace(/^'(?=[=+\-@])/, ''), text.slice(Number(r.start), Number(r.end)));
    }
  });

  it('never replaces an existing file unless allowed', async () => {
    await openArticle(SEED);
    const target = path.join(tmp, 'taken.facts.json');
    writeFileSync(target, 'keep me');
    const refused = await run('newsLens.exportFacts', { format: 'json', target, overwrite: false });
    assert.equal(refused.written, false);
    assert.equal(refused.reason, 'exists');
    assert.equal(readFileSync(target, 'utf8'), 'keep me');
    const replaced = await run('newsLens.exportFacts', { format: 'json', target, overwrite: true });
    assert.equal(replaced.written, true);
    assert.equal((JSON.parse(readFileSync(target, 'utf8')) as Analysis).entities.length > 0, true);
  });

  it('a failed write reports the path and leaves nothing behind', async () => {
    await openArticle(SEED);
    writeFileSync(path.join(tmp, 'file'), 'x');
    const target = path.join(tmp, 'file', 'out.facts.json'); // the parent is a file
    const result = await run('newsLens.exportFacts', { format: 'json', target });
    assert.equal(result.written, false);
    assert.equal(result.reason, 'error');
    assert.ok(result.message?.includes(target), result.message);
    assert.equal(readFileSync(path.join(tmp, 'file'), 'utf8'), 'x');
  });

  it('exports an untitled document with unsaved edits: what the editor shows', async () => {
    const { store } = await newsLens();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'The council met on Monday.\n' });
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    await waitFor('an analysis of the untitled document', () => store.ensure(document));
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), '\n"We will build it," said Angela Merkel in Berlin.\n'));
    // Export at once, before the debounced re-analysis: the command must use the current text.
    const target = path.join(tmp, 'untitled.facts.md');
    const result = await run('newsLens.exportFacts', { uri: document.uri, format: 'md', target });
    assert.equal(result.written, true, result.message);
    const analysis = store.ensure(document)!;
    assert.ok(
      analysis.entities.some((e) => e.name.includes('Merkel')),
      'the store analysed the edited text',
    );
    assert.equal(readFileSync(target, 'utf8'), toMarkdown(analysis, { text: document.getText() }));
    const json = path.join(tmp, 'untitled.facts.json');
    await run('newsLens.exportFacts', { uri: document.uri, format: 'json', target: json });
    const exported = JSON.parse(readFileSync(json, 'utf8')) as Analysis;
    assert.equal(exported.file, document.uri.toString());
    for (const q of exported.quotes) assert.equal(document.getText().slice(q.start, q.end), q.text);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('brat: writes the .ann beside a .txt copy and annotation.conf', async () => {
    const { editor } = await openArticle(SEED);
    const { store } = await newsLens();
    const ann = path.join(tmp, 'story.ann');
    const result = await run('newsLens.exportFacts', { format: 'brat', target: ann });
    assert.equal(result.written, true, result.message);
    const txt = readFileSync(path.join(tmp, 'story.txt'), 'utf8');
    assert.equal(txt, editor.document.getText());
    assert.ok(existsSync(path.join(tmp, 'annotation.conf')));
    const parsed = parseBrat(readFileSync(ann, 'utf8'));
    const analysis = store.ensure(editor.document)!;
    assert.equal(parsed.spans.filter((s) => s.label === 'Quote').length, analysis.quotes.length);
    for (const s of parsed.spans) assert.equal(s.fragments.map(([a, b]) => [...txt].slice(a, b).join('')).join(' '), s.text);
  });

  it('Export Facts for All Open Articles writes one JSONL line per article', async () => {
    const { store } = await newsLens();
    const first = await openArticle(SEED);
    const untitled = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'Emmanuel Macron spoke in Paris on Friday.\n',
    });
    await vscode.window.showTextDocument(untitled, { preview: false });
    const target = path.join(tmp, 'open.jsonl');
    const result = await run('newsLens.exportFactsAllOpen', { uris: [first.editor.document.uri, untitled.uri], format: 'jsonl', target });
    assert.equal(result.written, true, result.message);
    assert.equal(result.count, 2);
    const lines = readFileSync(target, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Analysis);
    assert.deepEqual(lines, [traceless(store.ensure(first.editor.document)), traceless(store.ensure(untitled))]);
    // Without uris: the open editor tabs.
    const fromTabs = await run('newsLens.exportFactsAllOpen', { format: 'jsonl', target: path.join(tmp, 'tabs.jsonl') });
    assert.equal(fromTabs.count, 2, JSON.stringify(fromTabs));
    await vscode.window.showTextDocument(untitled);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Export Facts for Folder writes every article of the folder into one CSV', async () => {
    const folder = workspaceUri('seeds');
    const entries = await vscode.workspace.fs.readDirectory(folder);
    const articles = entries
      .filter(([n, t]) => t === vscode.FileType.File && /\.(txt|md)$/.test(n) && !/\.facts\./.test(n))
      .map(([n]) => n)
      .sort();
    assert.ok(articles.length >= 2);
    const target = path.join(tmp, 'folder.csv');
    const result = await run('newsLens.exportFactsFolder', { folder, format: 'csv', target });
    assert.equal(result.written, true, result.message);
    assert.equal(result.count, articles.length);
    const rows = csvObjects(readFileSync(target, 'utf8'));
    const files = [...new Set(rows.map((r) => r.file))];
    assert.deepEqual(files.map((f) => f.split('/').pop()).sort(), articles, 'every seed has facts, so every seed has rows');
    // Each file's rows are its analysis: compare one with the store's analysis of the same file, opened.
    const opened = await openArticle(SEED);
    const { store } = await newsLens();
    const analysis = store.ensure(opened.editor.document)!;
    const mine = rows.filter((r) => r.file === analysis.file);
    assert.equal(
      mine.length,
      analysis.entities.reduce((n, e) => n + e.mentions.length, 0) + analysis.quotes.length + analysis.dates.length,
    );
  });

  it('*.facts.json files are validated against the shipped schema (contributes.jsonValidation)', async function () {
    if (!vscode.extensions.getExtension('vscode.json-language-features')) this.skip(); // the built-in JSON support is off
    const good = workspaceUri('schema-check.facts.json');
    const bad = workspaceUri('schema-check-bad.facts.json');
    const { editor } = await openArticle(SEED);
    try {
      assert.equal(
        (await run('newsLens.exportFacts', { uri: editor.document.uri, format: 'json', target: good, overwrite: true })).written,
        true,
      );
      const broken = JSON.parse(readFileSync(good.fsPath, 'utf8'));
      broken.entities[0].type = 'animal';
      delete broken.dates;
      writeFileSync(bad.fsPath, JSON.stringify(broken, null, 2));
      for (const uri of [good, bad]) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
      const problems = await waitFor(
        'schema diagnostics on the broken file',
        () => {
          const d = vscode.languages.getDiagnostics(bad);
          return d.length >= 2 ? d : undefined;
        },
        30_000,
      );
      const messages = problems.map((d) => d.message).join('\n');
      assert.match(messages, /dates/, messages);
      assert.match(messages, /animal|person/, messages);
      assert.deepEqual(
        vscode.languages.getDiagnostics(good).map((d) => d.message),
        [],
        'the real export has no problems',
      );
    } finally {
      await closeAll();
      for (const uri of [good, bad]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('Copy Facts as Markdown puts the fact sheet on the clipboard', async () => {
    const { editor } = await openArticle(SEED);
    const { store } = await newsLens();
    const markdown = await vscode.commands.executeCommand<string>('newsLens.copyFactsAsMarkdown', { quiet: true });
    assert.equal(markdown, toMarkdown(store.ensure(editor.document)!, { text: editor.document.getText() }));
    assert.equal(await vscode.env.clipboard.readText(), markdown);
  });
});

/** The analysis as exported: without the decision trace (`why`), as the CLI writes it without --explain. */
function traceless(analysis: Analysis | undefined): unknown {
  return JSON.parse(JSON.stringify(analysis, (key, value: unknown) => (key === 'why' ? undefined : value)));
}
