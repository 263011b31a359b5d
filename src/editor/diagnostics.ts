// The editorial checks in the Problems panel. Fed from the analysis store's change event (the
// same event the decorations draw from, so both update together). The checks run in the worker on
// the store's Analysis, never a second analysis, and come with it (after a severity or annotation
// change they are asked for again): this feature only turns their data into vscode.Diagnostic.
// Severities come from the newsLens.checks.<code> settings (per resource, applied live).
// Each diagnostic's code links to the README section on its check.
import * as vscode from 'vscode';
import { CHECK_CODES, readmeHeading, type CheckCode, type CheckDiagnostic, type Severity } from '../checks/types';
import type { AnalysisStore } from './analysisStore';
import { guard, logError } from './log';
import { checkSeverities } from './settings';

export { checkSeverities } from './settings';

export const DIAGNOSTIC_SOURCE = 'News Lens';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

interface Checked {
  document: vscode.TextDocument;
  version: number;
  checks: CheckDiagnostic[];
}

/**
 * The open document with this URI. An untitled document closed and a new one opened under the same
 * name can both be listed for a moment: the one shown in an editor is the live one.
 */
function openDocument(key: string): vscode.TextDocument | undefined {
  const open = vscode.workspace.textDocuments.filter((d) => d.uri.toString() === key && !d.isClosed);
  return open.find((d) => vscode.window.visibleTextEditors.some((e) => e.document === d)) ?? open.pop();
}

export class CheckDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('newsLens');
  private readonly checked = new Map<string, Checked>();
  /** README line of each check's section, for the code link (`README.md#L42` opens at the line). */
  private readonly sectionLines = new Map<CheckCode, number>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** The newest checks request per document: an older answer is dropped. */
  private readonly asked = new Map<string, number>();
  private asks = 0;
  /** Fires after a document's diagnostics were set (tests wait on it). */
  readonly onDidUpdate = this.changed.event;

  constructor(
    private readonly store: AnalysisStore,
    private readonly readme: vscode.Uri,
  ) {
    this.subscriptions.push(
      this.collection,
      this.changed,
      store.onDidChange(guard('diagnostics', (uri: vscode.Uri) => this.update(uri))),
      vscode.workspace.onDidCloseTextDocument((d) => openDocument(d.uri.toString()) || this.forget(d.uri)),
    );
    this.updateAll();
    void this.readSectionLines().then(
      () => this.updateAll(),
      () => undefined,
    );
  }

  readonly feature = 'diagnostics';

  settingsChanged(change: vscode.ConfigurationChangeEvent): void {
    if (change.affectsConfiguration('newsLens.checks')) this.updateAll();
  }

  /** The checks shown for the document's current version (what quick fixes act on). */
  checksFor(document: vscode.TextDocument): CheckDiagnostic[] | undefined {
    const entry = this.checked.get(document.uri.toString());
    return entry && entry.document === document && entry.version === document.version ? entry.checks : undefined;
  }

  private updateAll(): void {
    vscode.workspace.textDocuments.forEach((d) => this.update(d.uri));
  }

  private update(uri: vscode.Uri): void {
    const key = uri.toString();
    const document = openDocument(key);
    if (!document) return this.forget(uri);
    const status = this.store.status(document);
    // While a new version is analysed the old diagnostics stay: VS Code moves them with the edits.
    if (status.state === 'pending') return;
    if (status.state !== 'ready') return this.forget(uri);
    const ask = ++this.asks;
    this.asked.set(key, ask);
    const checks = this.store.checks(document, { severities: checkSeverities(uri) });
    if (!checks || Array.isArray(checks)) return this.show(document, checks ?? []);
    const version = document.version;
    const analysis = status.analysis;
    const stillAsked = () =>
      this.asked.get(key) === ask && !document.isClosed && document.version === version && this.store.get(document) === analysis;
    checks.then(
      (list) => list && stillAsked() && this.show(document, list),
      (e: unknown) => logError('diagnostics', e),
    );
  }

  private show(document: vscode.TextDocument, checks: CheckDiagnostic[]): void {
    const uri = document.uri;
    this.checked.set(uri.toString(), { document, version: document.version, checks });
    this.collection.set(
      uri,
      checks.map((c) => this.toDiagnostic(document, c)),
    );
    this.changed.fire(uri);
  }

  private forget(uri: vscode.Uri): void {
    this.asked.delete(uri.toString());
    if (!this.checked.delete(uri.toString()) && !this.collection.has(uri)) return;
    this.collection.delete(uri);
    this.changed.fire(uri);
  }

  private toDiagnostic(document: vscode.TextDocument, c: CheckDiagnostic): vscode.Diagnostic {
    const range = new vscode.Range(document.positionAt(c.start), document.positionAt(c.end));
    const d = new vscode.Diagnostic(range, c.message, SEVERITY[c.severity]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: c.code, target: this.sectionUri(c.code) };
    if (c.related.length) {
      d.relatedInformation = c.related.map(
        (r) =>
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(document.uri, new vscode.Range(document.positionAt(r.start), document.positionAt(r.end))),
            r.message,
          ),
      );
    }
    return d;
  }

  /** The README, opened at the check's section when its line is known. */
  sectionUri(code: CheckCode): vscode.Uri {
    const line = this.sectionLines.get(code);
    return line === undefined ? this.readme : this.readme.with({ fragment: `L${line}` });
  }

  private async readSectionLines(): Promise<void> {
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.readme)).split(/\r?\n/);
    for (const code of CHECK_CODES) {
      const at = lines.indexOf(readmeHeading(code));
      if (at >= 0) this.sectionLines.set(code, at + 1);
    }
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}
