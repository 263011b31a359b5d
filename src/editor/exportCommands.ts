// Export commands: Export Facts…, Export Facts for All Open Articles…, Export Facts for Folder…,
// Copy Facts as Markdown. Open documents are exported from the analysis store (so unsaved and
// untitled documents export what the editor shows); files of a folder that are not open are read
// here and analysed through the store's runner (the worker), with the settings the editor applies.
//
// Every command takes an optional argument object (see ExportArgs) so tests and other extensions
// can run it without dialogs; it resolves to an ExportResult.
import * as vscode from 'vscode';
import * as os from 'node:os';
// applyAnnotations loads the engine on first use, not at activation (compromise and chrono take ~150 ms to load).
import { loadApplyAnnotations, type AnalysisRunner } from './analysisRunner';
import { listArticles, notAnalysedLanguage, whyNotAnalysed } from './folderArticles';
import { readSidecarOf } from './sidecarStore';
import {
  BRAT_ANNOTATION_CONF,
  ExportWriteError,
  FORMAT_INFO,
  batchFileName,
  decodeArticle,
  exportFileName,
  render,
  toMarkdown,
  writeFileAtomic,
  type ExportFormat,
  type ExportInput,
  type RenderOptions,
} from '../export';
import type { AnalysisStore } from './analysisStore';
import { analysisFor } from './awaitAnalysis';
import type { Analysis } from '../analysis/types';
import { readSettings } from './settings';
import { withoutTrace } from '../analysis/trace';
import { COMMANDS } from './commands';
import { registerCommand } from './commandRegistry';

/** A format, or CSV prepared for spreadsheet programs (UTF-8 BOM, formula-like cells guarded). */
export type ExportChoice = ExportFormat | 'csv-excel';

export interface ExportArgs {
  /** The document to export (default: the active editor's). */
  uri?: vscode.Uri | string;
  /** Several documents (All Open Articles; default: every open editor tab). */
  uris?: Array<vscode.Uri | string>;
  /** The folder to export (Folder…; default: ask). */
  folder?: vscode.Uri | string;
  format?: ExportChoice;
  /** Where to write (default: ask with a save dialog). A path or a URI. */
  target?: vscode.Uri | string;
  /** true: replace an existing target; false: never replace; unset: ask (modal). */
  overwrite?: boolean;
  /** No notification when done (tests, scripted use). */
  quiet?: boolean;
}

export interface ExportResult {
  written: boolean;
  /** The files written (URIs as strings). */
  files: string[];
  /** Documents exported. */
  count: number;
  /** Inputs left out, with why. */
  skipped: Array<{ file: string; reason: string }>;
  /** Why nothing was written. */
  reason?: 'cancelled' | 'exists' | 'noDocument' | 'notAnalysed' | 'error';
  message?: string;
}

const CHOICES: Record<ExportChoice, { label: string; detail: string; format: ExportFormat; options?: RenderOptions }> = {
  json: { label: 'JSON', detail: FORMAT_INFO.json.description, format: 'json' },
  csv: { label: 'CSV', detail: 'one row per mention, quote and date (plain UTF-8)', format: 'csv' },
  'csv-excel': {
    label: 'CSV for Excel / spreadsheets',
    detail: "with a UTF-8 byte order mark so accents show right; cells starting with = + - @ get a leading '",
    format: 'csv',
    options: { csv: { bom: true, guardFormulas: true } },
  },
  md: { label: 'Markdown', detail: FORMAT_INFO.md.description, format: 'md' },
  brat: { label: 'brat standoff (.ann)', detail: 'annotations beside a .txt copy of the article, offsets in code points', format: 'brat' },
  spans: { label: 'Spans JSONL (Prodigy / doccano)', detail: 'the text with labelled spans, offsets in code points', format: 'spans' },
  jsonl: { label: 'JSON Lines', detail: FORMAT_INFO.jsonl.description, format: 'jsonl' },
};
const SINGLE: ExportChoice[] = ['json', 'csv', 'csv-excel', 'md', 'brat', 'spans', 'jsonl'];
const BATCH: ExportChoice[] = ['jsonl', 'csv', 'csv-excel', 'json', 'spans', 'md'];

/** `runner`: the store's, so the folder export runs the engine where the editor does (the worker). */
export function registerExportCommands(store: AnalysisStore, runner: AnalysisRunner): vscode.Disposable {
  return vscode.Disposable.from(
    registerCommand(COMMANDS.exportFacts, (args?: ExportArgs) => guard(() => exportFacts(store, args))),
    registerCommand(COMMANDS.exportFactsAllOpen, (args?: ExportArgs) => guard(() => exportAllOpen(store, args))),
    registerCommand(COMMANDS.exportFactsFolder, (args?: ExportArgs) => guard(() => exportFolder(store, runner, args))),
    registerCommand(COMMANDS.copyFactsAsMarkdown, (args?: ExportArgs) => copyAsMarkdown(store, args)),
  );
}

/** Menus pass a Uri (explorer, editor title) where scripts pass ExportArgs. */
function normalizeArgs(args: unknown, key: 'uri' | 'folder'): ExportArgs {
  if (args instanceof vscode.Uri) return { [key]: args };
  return (args && typeof args === 'object' ? args : {}) as ExportArgs;
}

async function guard(run: () => Promise<ExportResult>): Promise<ExportResult> {
  try {
    return await run();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(`News Lens export failed: ${message}`);
    return { written: false, files: [], count: 0, skipped: [], reason: 'error', message };
  }
}

type Failure = { reason: NonNullable<ExportResult['reason']>; message?: string };

const nothing = (reason: ExportResult['reason'], message?: string): ExportResult => ({
  written: false,
  files: [],
  count: 0,
  skipped: [],
  reason,
  message,
});

async function exportFacts(store: AnalysisStore, rawArgs?: ExportArgs): Promise<ExportResult> {
  const args = normalizeArgs(rawArgs, 'uri');
  const document = await documentFor(args.uri);
  if (!document) {
    void vscode.window.showWarningMessage('News Lens: open an article to export its facts.');
    return nothing('noDocument');
  }
  const input = await inputFor(store, document);
  if ('reason' in input) {
    void vscode.window.showWarningMessage(`News Lens: cannot export ${label(document.uri)}: ${input.reason}.`);
    return nothing('notAnalysed', input.reason);
  }
  const choice = args.format ?? (await pickFormat(SINGLE, 'Export the facts of this article as…'));
  if (!choice) return nothing('cancelled');
  const { format, options } = choiceInfo(choice);
  const target =
    args.target !== undefined
      ? toUri(args.target)
      : await askTarget(defaultTarget(document.uri, exportFileName(stemOf(document.uri), format)), format);
  if (!target) return nothing('cancelled');

  if (format === 'brat') return exportBrat(input, document, target, args);
  const written = await writeWithConsent(target, render(format, [input], options), args.overwrite);
  if (written !== true) return nothing(written.reason, written.message);
  done(args, target, `Exported the facts of ${label(document.uri)} to ${label(target)}.`);
  return { written: true, files: [target.toString()], count: 1, skipped: [] };
}

/** brat reads the .txt beside the .ann from disk, so that .txt must hold exactly the analysed text. */
async function exportBrat(input: ExportInput, document: vscode.TextDocument, ann: vscode.Uri, args: ExportArgs): Promise<ExportResult> {
  const txt = ann.with({ path: ann.path.replace(/(\.ann)?$/i, '.txt') });
  const annTarget = txt.with({ path: txt.path.replace(/\.txt$/, '.ann') });
  const bytes = new TextEncoder().encode(input.text);
  const onDisk = await readBytes(txt);
  const same = onDisk !== undefined && Buffer.compare(Buffer.from(onDisk), Buffer.from(bytes)) === 0;
  const files: string[] = [];
  if (!same) {
    if (txt.toString() === document.uri.toString()) {
      // Never rewrite the article itself from an export.
      const why = document.isDirty ? 'save the article first' : 'the file on disk differs from the analysed text (a byte order mark?)';
      void vscode.window.showWarningMessage(`News Lens: brat reads ${label(txt)} from disk: ${why}.`);
      return nothing('notAnalysed', why);
    }
    const written = await writeWithConsent(txt, bytes, args.overwrite);
    if (written !== true) return nothing(written.reason, written.message);
    files.push(txt.toString());
  }
  const written = await writeWithConsent(annTarget, render('brat', [input]), args.overwrite);
  if (written !== true) return { ...nothing(written.reason, written.message), files };
  files.push(annTarget.toString());
  const conf = vscode.Uri.joinPath(annTarget, '..', 'annotation.conf');
  if ((await readBytes(conf)) === undefined) {
    // brat needs a configuration in the collection folder; never replace one the user has edited.
    if ((await writeWithConsent(conf, BRAT_ANNOTATION_CONF, false, true)) === true) files.push(conf.toString());
  }
  done(args, annTarget, `Exported brat annotations of ${label(document.uri)} to ${label(annTarget)}.`);
  return { written: true, files, count: 1, skipped: [] };
}

async function exportAllOpen(store: AnalysisStore, args: ExportArgs = {}): Promise<ExportResult> {
  const uris = args.uris?.map(toUri) ?? openTabUris();
  const inputs: ExportInput[] = [];
  const skipped: ExportResult['skipped'] = [];
  for (const uri of uris) {
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch (e) {
      skipped.push({ file: label(uri), reason: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const input = await inputFor(store, document);
    if ('reason' in input) skipped.push({ file: label(uri), reason: input.reason });
    else inputs.push(input);
  }
  if (!inputs.length) {
    void vscode.window.showWarningMessage('News Lens: no open articles to export.');
    return { ...nothing('noDocument'), skipped };
  }
  return writeBatch(inputs, skipped, args, `${inputs.length} open article${inputs.length === 1 ? '' : 's'}`);
}

async function exportFolder(store: AnalysisStore, runner: AnalysisRunner, rawArgs?: ExportArgs): Promise<ExportResult> {
  const args = normalizeArgs(rawArgs, 'folder');
  const folder = args.folder !== undefined ? toUri(args.folder) : await pickFolder();
  if (!folder) return nothing('cancelled');
  const choice = args.format ?? (await pickFormat(BATCH, 'Export the facts of every article in the folder into one file as…'));
  if (!choice) return nothing('cancelled');
  const { format } = choiceInfo(choice);
  const target =
    args.target !== undefined ? toUri(args.target) : await askTarget(vscode.Uri.joinPath(folder, batchFileName(format)), format);
  if (!target) return nothing('cancelled');

  const skipped: ExportResult['skipped'] = [];
  const inputs = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `News Lens: exporting ${label(folder)}`, cancellable: true },
    (progress, token) => folderInputs(store, runner, folder, { progress, token, skipped }),
  );
  if (!inputs) {
    void vscode.window.showInformationMessage('News Lens: folder export cancelled; nothing was written.');
    return { ...nothing('cancelled'), skipped };
  }
  if (!inputs.length) {
    void vscode.window.showWarningMessage(`News Lens: no articles (.txt, .md) found in ${label(folder)}.`);
    return { ...nothing('noDocument'), skipped };
  }
  return writeBatch(
    inputs,
    skipped,
    { ...args, format: choice, target: target },
    `${inputs.length} article${inputs.length === 1 ? '' : 's'} in ${label(folder)}`,
  );
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: 'Export Facts',
    title: 'Export the facts of every article in a folder',
  });
  return picked?.[0];
}

interface FolderRun {
  progress: vscode.Progress<{ message?: string; increment?: number }>;
  token: vscode.CancellationToken;
  skipped: ExportResult['skipped'];
}

/** Every article of the folder the editor would analyse: open ones from the store, the others read here. Undefined: cancelled. */
async function folderInputs(
  store: AnalysisStore,
  runner: AnalysisRunner,
  folder: vscode.Uri,
  { progress, token, skipped }: FolderRun,
): Promise<ExportInput[] | undefined> {
  progress.report({ message: 'finding articles…' });
  const problems: Array<{ location: vscode.Uri; why: string }> = [];
  const files = await listArticles(folder, token, problems);
  skipped.push(...problems.map((p) => ({ file: label(p.location), reason: p.why })));
  const out: ExportInput[] = [];
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  for (const [i, uri] of files.entries()) {
    if (token.isCancellationRequested) return undefined;
    progress.report({ message: `${i + 1}/${files.length} ${label(uri)}`, increment: 100 / files.length });
    const document = open.get(uri.toString());
    // Open: what the editor shows, from the store (may be unsaved).
    const input = document ? await inputFor(store, document) : await inputFromDisk(runner, uri);
    if ('reason' in input) skipped.push({ file: label(uri), reason: input.reason });
    else out.push(input);
  }
  return token.isCancellationRequested ? undefined : out;
}

/** A file that is not open: read, checked as the editor would check it, and analysed in the runner. */
async function inputFromDisk(runner: AnalysisRunner, uri: vscode.Uri): Promise<ExportInput | { reason: string }> {
  const notAnalysed = whyNotAnalysed(uri);
  if (notAnalysed) return { reason: notAnalysed };
  const settings = readSettings(uri);
  const bytes = await readBytes(uri);
  if (bytes === undefined) return { reason: 'could not be read' };
  if (settings.maxFileSizeKB > 0 && bytes.byteLength / 1024 > settings.maxFileSizeKB) {
    return { reason: `larger than newsLens.maxFileSizeKB (${settings.maxFileSizeKB} KB)` };
  }
  const decoded = decodeArticle(bytes);
  if ('error' in decoded) return { reason: decoded.error };
  const analysis = await annotatedFromDisk(runner, uri, decoded.text, settings.documentDate);
  return analysis ? { text: decoded.text, analysis } : { reason: 'the analysis was stopped (the window is closing)' };
}

/** An article that is not open, with its sidecar applied as the editor would (a broken one is reported, not applied). */
async function annotatedFromDisk(
  runner: AnalysisRunner,
  uri: vscode.Uri,
  text: string,
  settingDate: string | null,
): Promise<Analysis | undefined> {
  const { sidecar, problem } = await readSidecarOf(uri);
  if (problem) void vscode.window.showWarningMessage(`News Lens: exported ${label(uri)} without your annotations: ${problem}.`);
  // Its own key: a run for the open document of the same file must not cancel this one, nor this one it.
  const options = { file: fileField(uri), documentDate: sidecar?.documentDate ?? settingDate };
  const analysis = await runner.run(`export:${uri.toString()}`, text, options);
  return analysis && sidecar ? loadApplyAnnotations()(analysis, text, sidecar) : analysis;
}

async function writeBatch(inputs: ExportInput[], skipped: ExportResult['skipped'], args: ExportArgs, what: string): Promise<ExportResult> {
  const choice = args.format ?? (await pickFormat(BATCH, `Export the facts of ${what} into one file as…`));
  if (!choice) return { ...nothing('cancelled'), skipped };
  const { format, options } = choiceInfo(choice);
  if (format === 'brat') return { ...nothing('error', 'brat holds one document per file: export articles one at a time'), skipped };
  const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
  const target = args.target !== undefined ? toUri(args.target) : await askTarget(vscode.Uri.joinPath(base, batchFileName(format)), format);
  if (!target) return { ...nothing('cancelled'), skipped };
  const written = await writeWithConsent(target, render(format, inputs, options), args.overwrite);
  if (written !== true) return { ...nothing(written.reason, written.message), skipped };
  const note = skipped.length
    ? ` (${skipped.length} skipped: ${skipped
        .slice(0, 3)
        .map((s) => `${s.file}: ${s.reason}`)
        .join('; ')}${skipped.length > 3 ? '; …' : ''})`
    : '';
  done(args, target, `Exported the facts of ${what} to ${label(target)}${note}.`);
  return { written: true, files: [target.toString()], count: inputs.length, skipped };
}

async function copyAsMarkdown(store: AnalysisStore, rawArgs?: ExportArgs): Promise<string | undefined> {
  const args = normalizeArgs(rawArgs, 'uri');
  const document = await documentFor(args.uri);
  if (!document) {
    void vscode.window.showWarningMessage('News Lens: open an article to copy its facts.');
    return undefined;
  }
  const input = await inputFor(store, document);
  if ('reason' in input) {
    void vscode.window.showWarningMessage(`News Lens: cannot copy the facts of ${label(document.uri)}: ${input.reason}.`);
    return undefined;
  }
  const markdown = toMarkdown(input.analysis, { text: input.text });
  await vscode.env.clipboard.writeText(markdown);
  if (!args.quiet) void vscode.window.setStatusBarMessage(`News Lens: copied the facts of ${label(document.uri)} as Markdown`, 4000);
  return markdown;
}

// ---- helpers ----

async function documentFor(uri: vscode.Uri | string | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri !== undefined) return vscode.workspace.openTextDocument(toUri(uri));
  return vscode.window.activeTextEditor?.document;
}

/**
 * The store's analysis of the document's current text, waiting for one under way (a file the
 * Explorer's Export Facts… has just opened is being analysed in the worker).
 */
async function inputFor(store: AnalysisStore, document: vscode.TextDocument): Promise<ExportInput | { reason: string }> {
  const analysis = await analysisFor(store, document);
  // The store keeps the trace for the hovers; an export is what the CLI writes without --explain.
  if (analysis) return { analysis: withoutTrace(analysis), text: document.getText() };
  const status = store.status(document);
  if (status.state === 'skipped') return { reason: status.message };
  return { reason: notAnalysedLanguage(document.languageId) };
}

function openTabUris(): vscode.Uri[] {
  const seen = new Set<string>();
  const uris: vscode.Uri[] = [];
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      if (!(tab.input instanceof vscode.TabInputText)) continue;
      const key = tab.input.uri.toString();
      if (!seen.has(key)) {
        seen.add(key);
        uris.push(tab.input.uri);
      }
    }
  }
  return uris;
}

function choiceInfo(choice: ExportChoice): { format: ExportFormat; options?: RenderOptions } {
  const info = CHOICES[choice];
  if (!info) throw new Error(`unknown export format '${choice}'`);
  return info;
}

async function pickFormat(choices: ExportChoice[], title: string): Promise<ExportChoice | undefined> {
  const picked = await vscode.window.showQuickPick(
    choices.map((id) => ({ id, label: CHOICES[id].label, detail: CHOICES[id].detail })),
    { title, placeHolder: 'Choose a format' },
  );
  return picked?.id;
}

async function askTarget(defaultUri: vscode.Uri, format: ExportFormat): Promise<vscode.Uri | undefined> {
  const ext = format === 'brat' ? 'ann' : FORMAT_INFO[format].extension.split('.').pop()!;
  return vscode.window.showSaveDialog({
    defaultUri,
    filters: { [FORMAT_INFO[format].label]: [ext] },
    saveLabel: 'Export',
    title: `Export facts as ${FORMAT_INFO[format].label}`,
  });
}

/** `<article>.facts.<ext>` beside a saved article; in the first workspace folder (or home) for untitled ones. */
function defaultTarget(article: vscode.Uri, name: string): vscode.Uri {
  if (article.scheme !== 'untitled') return vscode.Uri.joinPath(article, '..', name);
  const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
  return vscode.Uri.joinPath(base, name);
}

function stemOf(uri: vscode.Uri): string {
  const base = uri.path.split('/').pop() || 'article';
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).replace(/[\\/:*?"<>|]/g, '_');
}

/**
 * Writes unless the target exists and the user (or `overwrite: false`) says no.
 * Files are written atomically (temp file + rename); other file systems through workspace.fs.
 */
async function writeWithConsent(
  target: vscode.Uri,
  data: string | Uint8Array,
  overwrite: boolean | undefined,
  silent = false,
): Promise<true | Failure> {
  let replace = overwrite === true;
  if (!replace && (await exists(target))) {
    if (overwrite === false) {
      if (!silent) void vscode.window.showWarningMessage(`News Lens: ${label(target)} already exists; not replaced.`);
      return { reason: 'exists', message: `${label(target)} already exists` };
    }
    const answer = await vscode.window.showWarningMessage(
      `${label(target)} already exists. Replace it?`,
      { modal: true, detail: 'The file will be replaced with the new export.' },
      'Replace',
    );
    if (answer !== 'Replace') return { reason: 'cancelled' };
    replace = true;
  }
  try {
    if (target.scheme === 'file') {
      await writeFileAtomic(target.fsPath, data, { overwrite: replace });
    } else {
      await vscode.workspace.fs.writeFile(target, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    }
    return true;
  } catch (e) {
    const message =
      e instanceof ExportWriteError ? e.message : `could not write ${label(target)}: ${e instanceof Error ? e.message : String(e)}`;
    if (!silent) void vscode.window.showErrorMessage(`News Lens: ${message}`);
    return { reason: e instanceof ExportWriteError && e.code === 'EEXIST' ? 'exists' : 'error', message };
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function readBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}

/** The notification with Open / Reveal; not awaited, so the command resolves at once. */
function done(args: ExportArgs, target: vscode.Uri, message: string): void {
  if (args.quiet) return;
  void vscode.window.showInformationMessage(message, 'Open', 'Reveal').then(async (action) => {
    if (action === 'Open') await vscode.commands.executeCommand('vscode.open', target);
    else if (action === 'Reveal') {
      const inWorkspace = vscode.workspace.getWorkspaceFolder(target) !== undefined;
      await vscode.commands.executeCommand(inWorkspace ? 'revealInExplorer' : 'revealFileInOS', target);
    }
  });
}

function toUri(u: vscode.Uri | string): vscode.Uri {
  if (u instanceof vscode.Uri) return u;
  return /^[a-z][a-z0-9+.-]+:/i.test(u) && !/^[a-z]:[\\/]/i.test(u) ? vscode.Uri.parse(u) : vscode.Uri.file(u);
}

/** The Analysis.file of a file read from disk: the same form the store uses for open documents. */
function fileField(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri) : uri.toString();
}

function label(uri: vscode.Uri): string {
  return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri);
}
