// The one owner of every document's Analysis, keyed by URI and version. Features read from here.
import * as vscode from 'vscode';
import { analyze } from '../analysis';
import type { Analysis } from '../analysis';
import { readSettings } from './settings';

export interface StoredAnalysis {
  uri: vscode.Uri;
  version: number;
  analysis: Analysis;
}

export class AnalysisStore implements vscode.Disposable {
  private readonly results = new Map<string, StoredAnalysis>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires once per document whenever its analysis changes or is removed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, readSettings().debounceMs)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.ensure(e.document))),
    );
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
  }

  /** The analysis for the document's current version, or undefined while it is pending or not applicable. */
  get(document: vscode.TextDocument): Analysis | undefined {
    const stored = this.results.get(document.uri.toString());
    return stored && stored.version === document.version ? stored.analysis : undefined;
  }

  /** Analyses now (if needed) and returns the analysis for the document's current version. */
  ensure(document: vscode.TextDocument): Analysis | undefined {
    if (!isEnabledFor(document)) return undefined;
    const current = this.get(document);
    if (current) return current;
    return this.run(document);
  }

  refreshAll(): void {
    this.results.clear();
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isEnabledFor(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) this.run(document);
      }, delay),
    );
  }

  private run(document: vscode.TextDocument): Analysis {
    const settings = readSettings();
    const analysis = analyze(document.getText(), {
      file: document.uri.scheme === 'file' ? vscode.workspace.asRelativePath(document.uri) : document.uri.toString(),
      documentDate: settings.documentDate,
    });
    this.results.set(document.uri.toString(), { uri: document.uri, version: document.version, analysis });
    this.changed.fire(document.uri);
    return analysis;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (this.results.delete(key)) this.changed.fire(uri);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}

export function isEnabledFor(document: vscode.TextDocument): boolean {
  const settings = readSettings();
  return settings.enabled && settings.languages.includes(document.languageId) && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}
