// The one owner of every document's Analysis, keyed by URI and version. Features read from here;
// none of them runs the engine itself.
//
// Public API (keep it small): get(doc), ensure(doc), status(doc), onDidChange(uri),
// onDidChangeStatus(uri), refreshAll().
import * as vscode from 'vscode';
import { analyze } from '../analysis';
import type { Analysis } from '../analysis';
import { ANALYSIS_SETTINGS, readSettings, type NewsLensSettings } from './settings';
import { logError } from './log';

export type SkipReason = 'tooLarge' | 'excluded' | 'binary' | 'empty';

export type DocumentStatus =
  /** Not an article for News Lens: disabled, other language or scheme. */
  | { state: 'off' }
  /** Edited or opened; analysis is scheduled or running. `large`: the last known text was large. */
  | { state: 'pending'; large: boolean }
  | { state: 'ready'; analysis: Analysis }
  | { state: 'skipped'; reason: SkipReason; message: string };

/** Documents at least this long (UTF-16 units) are "large": the status bar says when they are being analysed. */
export const LARGE_DOCUMENT_CHARS = 200_000;

const SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote']);

interface Entry {
  version: number;
  /** Bumped by refreshAll(): results of an older generation are stale even if the version matches. */
  generation: number;
  chars: number;
  analysis?: Analysis;
  skipped?: { reason: SkipReason; message: string };
}

export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly pending = new Set<string>();
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly statusChanged = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires once per document whenever its analysis changes, is skipped or is removed. */
  readonly onDidChange = this.changed.event;
  /** Fires when a document's status() changes (pending, ready, skipped, off). */
  readonly onDidChangeStatus = this.statusChanged.event;

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document, readSettings().debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.ensure(e.document))),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (ANALYSIS_SETTINGS.some((s) => e.affectsConfiguration(s))) this.refreshAll();
      }),
    );
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
  }

  /** The analysis for the document's current version, or undefined while it is pending, skipped or not applicable. */
  get(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.current(document);
    return entry?.analysis;
  }

  /** Analyses now (if needed) and returns the analysis for the document's current version. */
  ensure(document: vscode.TextDocument): Analysis | undefined {
    if (!isArticle(document)) return undefined;
    const entry = this.current(document);
    if (entry) return entry.analysis;
    return this.run(document);
  }

  status(document: vscode.TextDocument): DocumentStatus {
    if (!isArticle(document)) return { state: 'off' };
    const entry = this.current(document);
    if (!entry) {
      const last = this.entries.get(document.uri.toString());
      return { state: 'pending', large: (last?.chars ?? 0) >= LARGE_DOCUMENT_CHARS };
    }
    if (entry.skipped) return { state: 'skipped', ...entry.skipped };
    return { state: 'ready', analysis: entry.analysis! };
  }

  /** Re-analyses every open document (after a settings change or on the Refresh command). */
  refreshAll(): void {
    this.generation++;
    for (const document of vscode.workspace.textDocuments) {
      const key = document.uri.toString();
      if (isArticle(document)) {
        this.schedule(document, 0);
      } else if (this.entries.delete(key)) {
        this.changed.fire(document.uri);
        this.statusChanged.fire(document.uri);
      }
    }
  }

  private current(document: vscode.TextDocument): Entry | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version && entry.generation === this.generation ? entry : undefined;
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isArticle(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed && !this.current(document)) this.run(document);
      }, delay),
    );
    if (!this.pending.has(key)) {
      this.pending.add(key);
      this.statusChanged.fire(document.uri);
    }
  }

  private run(document: vscode.TextDocument): Analysis | undefined {
    const key = document.uri.toString();
    const settings = readSettings();
    const text = document.getText();
    const entry: Entry = { version: document.version, generation: this.generation, chars: text.length };
    const skipped = skipReason(document, text, settings);
    if (skipped) {
      entry.skipped = skipped;
    } else {
      try {
        entry.analysis = analyze(text, {
          file: document.uri.scheme === 'file' ? vscode.workspace.asRelativePath(document.uri) : document.uri.toString(),
          documentDate: settings.documentDate,
        });
      } catch (e) {
        // An engine failure on one document must not take the features down: log it, show nothing.
        logError('analysis', e);
        entry.analysis = { file: null, documentDate: null, entities: [], quotes: [], dates: [] };
      }
    }
    this.entries.set(key, entry);
    this.pending.delete(key);
    this.changed.fire(document.uri);
    this.statusChanged.fire(document.uri);
    return entry.analysis;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.pending.delete(key);
    if (this.entries.delete(key)) {
      this.changed.fire(uri);
      this.statusChanged.fire(uri);
    }
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
    this.statusChanged.dispose();
  }
}

/** Whether News Lens applies to the document at all (enabled, language, scheme). Exclusions are a "skip", not "off". */
export function isArticle(document: vscode.TextDocument): boolean {
  const settings = readSettings();
  return settings.enabled && settings.languages.includes(document.languageId) && SCHEMES.has(document.uri.scheme);
}

function skipReason(document: vscode.TextDocument, text: string, settings: NewsLensSettings): { reason: SkipReason; message: string } | undefined {
  if (isExcluded(document, settings.exclude)) return { reason: 'excluded', message: 'excluded by the newsLens.exclude setting' };
  const kb = Buffer.byteLength(text, 'utf8') / 1024;
  if (settings.maxFileSizeKB > 0 && kb > settings.maxFileSizeKB) {
    return { reason: 'tooLarge', message: `${Math.round(kb)} KB is larger than newsLens.maxFileSizeKB (${settings.maxFileSizeKB} KB)` };
  }
  if (text.includes('\u0000')) return { reason: 'binary', message: 'looks binary (contains NUL bytes)' };
  if (text.trim() === '') return { reason: 'empty', message: 'the document is empty' };
  return undefined;
}

function isExcluded(document: vscode.TextDocument, globs: string[]): boolean {
  if (globs.length === 0) return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return globs.some(
    (glob) =>
      // Absolute-path globs such as **/drafts/**, and globs relative to the document's workspace folder.
      vscode.languages.match({ pattern: glob }, document) > 0 ||
      (folder !== undefined && vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0),
  );
}
