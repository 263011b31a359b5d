// The one owner of every document's Analysis, keyed by URI and version. Features read from here;
// none of them runs the engine itself.
//
// Public API (keep it small): get(doc), ensure(doc), status(doc), checks(doc, options),
// onDidChange(uri), onDidChangeStatus(uri), refreshAll().
//
// The worker starts (and loads the engine) as soon as an article is visible or about to be
// analysed, and sends the editorial checks with each analysis, so the host runs neither.
//
// Scheduled analyses (open, edits, refresh) go through the AnalysisRunner to a worker thread that
// keeps its own paragraph cache (inline slices that yield if the worker cannot start), so the
// extension host neither loads the engine (~150 ms) nor blocks on a parse; a result for a version
// that is no longer current is dropped. ensure() returns undefined while the current version is
// being analysed (providers wait for it through awaitAnalysis.ts); with nothing under way (the
// debounce window after an edit) it analyses a small document on the spot, and schedules a large one.
import * as vscode from 'vscode';
import type { Analysis } from '../analysis';
import type { Sidecar } from '../annotations/types';
import type { CheckDiagnostic, RunChecksOptions } from '../checks/types';
import { AnalysisRunner, isEngineLoaded, loadApplyAnnotations, type ChecksInput } from './analysisRunner';
import { ANALYSIS_SETTINGS, checkSeverities, readSettings, type NewsLensSettings } from './settings';
import { logError } from './log';

export type SkipReason = 'tooLarge' | 'excluded' | 'binary' | 'empty';

export type DocumentStatus =
  /** Not an article for News Lens: disabled, other language or scheme. */
  | { state: 'off' }
  /** Edited or opened; analysis is scheduled or running. `large`: the last known text was large. */
  | { state: 'pending'; large: boolean; progress?: number }
  | { state: 'ready'; analysis: Analysis }
  | { state: 'skipped'; reason: SkipReason; message: string };

/** Documents at least this long (UTF-16 units) are "large": the status bar says when they are being analysed. */
export const LARGE_DOCUMENT_CHARS = 200_000;

/** ensure() with no run under way analyses documents up to this size (about 8,000 words) on the spot. */
const SYNC_ENSURE_MAX_CHARS = 50_000;

const SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote']);

/** The user's annotations per article (sidecarStore.ts): the store applies them to every result. */
export interface AnnotationSource {
  sidecarFor(document: vscode.TextDocument): Sidecar | undefined;
  loaded(document: vscode.TextDocument): boolean;
  load(document: vscode.TextDocument): Promise<void>;
  readonly onDidChange: vscode.Event<vscode.Uri>;
}

/** A committed result: the analysis (or the reason for skipping) of one version of the document. */
interface Result {
  version: number;
  /** Bumped by refreshAll(): results of an older generation are stale even if the version matches. */
  generation: number;
  /** The sidecar's article date the engine was given (it wins over the setting); null: none. */
  sidecarDate: string | null;
  chars: number;
  /** The engine's result before the user's annotations were applied. */
  engine?: Analysis;
  analysis?: Analysis;
  skipped?: { reason: SkipReason; message: string };
}

/** An analysis under way (or waiting for the sidecar it needs): its version, generation and progress (0..1). */
interface Run {
  version: number;
  generation: number;
  /** The article date from the sidecar the engine was given; unset while the run waits for the sidecar. */
  sidecarDate?: string | null;
  chars: number;
  progress: number;
}

/** Everything the store knows of one open document. */
interface DocumentRecord {
  /** The last result committed (possibly for an older version). */
  result?: Result;
  run?: Run;
  /** The debounce after an edit: the run starts when it fires. */
  timer?: NodeJS.Timeout;
  /** A status event said "pending" since the last result was committed. */
  pendingAnnounced: boolean;
}

export class AnalysisStore implements vscode.Disposable {
  private readonly records = new Map<string, DocumentRecord>();
  private readonly runner: AnalysisRunner;
  private readonly ownsRunner: boolean;
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly statusChanged = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires once per document whenever its analysis changes, is skipped or is removed. */
  readonly onDidChange = this.changed.event;
  /** Fires when a document's status() changes (pending, ready, skipped, off). */
  readonly onDidChangeStatus = this.statusChanged.event;
  readonly feature = 'analysis';

  /** `runner`: shared with the folder export (activate() makes one); without it the store makes and disposes its own. */
  constructor(
    private readonly annotations?: AnnotationSource,
    runner?: AnalysisRunner,
  ) {
    this.runner = runner ?? new AnalysisRunner();
    this.ownsRunner = runner === undefined;
    this.subscriptions.push(
      ...(annotations ? [annotations.onDidChange((uri) => this.reapply(uri))] : []),
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document, readSettings(e.document.uri).debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        this.prestartFor(editors);
        editors.forEach((e) => this.current(e.document) || this.schedule(e.document, 0));
      }),
    );
    this.prestartFor(vscode.window.visibleTextEditors);
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
  }

  /** An article in view will be analysed: the worker starts loading the engine now. */
  private prestartFor(editors: readonly vscode.TextEditor[]): void {
    if (
      editors.some((e) => isArticle(e.document) && !isExcluded(e.document.uri, e.document.languageId, readSettings(e.document.uri).exclude))
    ) {
      this.runner.prestart();
    }
  }

  /** The settings listener (settingsListener.ts) calls this on every newsLens change. */
  settingsChanged(change: vscode.ConfigurationChangeEvent): void {
    if (ANALYSIS_SETTINGS.some((s) => change.affectsConfiguration(s))) this.refreshAll();
  }

  /** What analysing has cost this window so far: a window without articles starts no worker and loads no engine. */
  get engineState(): { workerRunning: boolean; engineLoadedInHost: boolean } {
    return { workerRunning: this.runner.workerRunning, engineLoadedInHost: isEngineLoaded() };
  }

  /** The analysis for the document's current version, or undefined while it is pending, skipped or not applicable. */
  get(document: vscode.TextDocument): Analysis | undefined {
    return this.current(document)?.analysis;
  }

  /** Whether a run for the document's current version, settings and article date is under way (or waits for the sidecar). */
  private inFlight(document: vscode.TextDocument): boolean {
    const run = this.records.get(document.uri.toString())?.run;
    if (!run || run.version !== document.version || run.generation !== this.generation) return false;
    return run.sidecarDate === undefined || run.sidecarDate === this.sidecarDate(document);
  }

  /** Analyses now (if needed) and returns the analysis for the document's current version. */
  ensure(document: vscode.TextDocument): Analysis | undefined {
    if (!isArticle(document)) return undefined;
    const result = this.current(document);
    if (result) return result.analysis;
    if (this.inFlight(document)) return undefined;
    const key = document.uri.toString();
    if (textLength(document) > SYNC_ENSURE_MAX_CHARS) {
      this.schedule(document, 0);
      return undefined;
    }
    this.runner.cancel(key); // this version is analysed right here
    return this.analyzeHere(document);
  }

  /**
   * The editorial checks of the document's current analysis (as shown, annotations applied): the
   * ones the worker sent with it when they were run with these options, else a promise of a run in
   * the worker (undefined when superseded). Undefined when the document has no analysis.
   */
  checks(document: vscode.TextDocument, options: RunChecksOptions): CheckDiagnostic[] | Promise<CheckDiagnostic[] | undefined> | undefined {
    const result = this.current(document);
    if (!result?.engine || !result.analysis) return undefined;
    const sidecar = this.annotations?.sidecarFor(document);
    const sent = this.runner.checksOf(result.engine);
    if (sent && sent.input.sidecar === sidecar && sameOptions(sent.input.options, options)) return sent.checks;
    return this.runner.checks(document.uri.toString(), result.engine, document.getText(), sidecar, options);
  }

  status(document: vscode.TextDocument): DocumentStatus {
    if (!isArticle(document)) return { state: 'off' };
    const result = this.current(document);
    if (!result) {
      const record = this.records.get(document.uri.toString());
      const run = record?.run;
      const large = Math.max(record?.result?.chars ?? 0, run?.chars ?? 0) >= LARGE_DOCUMENT_CHARS;
      return run && run.version === document.version ? { state: 'pending', large, progress: run.progress } : { state: 'pending', large };
    }
    if (result.skipped) return { state: 'skipped', ...result.skipped };
    return { state: 'ready', analysis: result.analysis! };
  }

  /** Re-analyses every open document (after a settings change or on the Refresh command). */
  refreshAll(): void {
    this.generation++;
    for (const document of vscode.workspace.textDocuments) {
      const record = this.records.get(document.uri.toString());
      if (isArticle(document)) {
        this.schedule(document, 0);
      } else if (record?.result) {
        record.result = undefined;
        this.changed.fire(document.uri);
        this.statusChanged.fire(document.uri);
      }
    }
  }

  private record(key: string): DocumentRecord {
    let record = this.records.get(key);
    if (!record) this.records.set(key, (record = { pendingAnnounced: false }));
    return record;
  }

  private current(document: vscode.TextDocument): Result | undefined {
    const result = this.records.get(document.uri.toString())?.result;
    const fresh = result && result.version === document.version && result.generation === this.generation;
    return fresh && result.sidecarDate === this.sidecarDate(document) ? result : undefined;
  }

  private sidecarDate(document: vscode.TextDocument): string | null {
    return this.annotations?.sidecarFor(document)?.documentDate ?? null;
  }

  /** The user's annotations changed: apply them again to the engine's result (no re-analysis), or re-analyse for a new article date. */
  private reapply(uri: vscode.Uri): void {
    const key = uri.toString();
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const result = this.records.get(key)?.result;
    if (!document || !result || !isArticle(document)) return;
    if (!this.current(document)) {
      // A new article date (or an edit since): analyse again, as after an edit.
      if (result.version === document.version && result.generation === this.generation) this.schedule(document, 0);
      return;
    }
    if (!result.engine) return;
    this.commit(uri, { ...result, analysis: this.annotated(document, result.engine, document.getText()) });
  }

  /** The engine's result with the article's sidecar applied (the one place where they meet). */
  private annotated(document: vscode.TextDocument, engine: Analysis, text: string): Analysis {
    const sidecar = this.annotations?.sidecarFor(document);
    if (!sidecar) return engine;
    try {
      return loadApplyAnnotations()(engine, text, sidecar);
    } catch (e) {
      logError('annotations', e);
      return engine;
    }
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isArticle(document)) return;
    const record = this.record(document.uri.toString());
    clearTimeout(record.timer);
    record.timer = undefined;
    // An editor shown while its document's first run is in flight (opening one does that) must not
    // start the same run again: the new one would cancel it and start over.
    const start = () => {
      record.timer = undefined;
      if (!document.isClosed && !this.current(document) && !this.inFlight(document)) this.start(document);
    };
    // Without a delay the run starts now, so ensure() from a listener of the status event below
    // sees it in flight instead of analysing the same version again on this thread.
    if (delay <= 0) start();
    else record.timer = setTimeout(start, delay);
    if (!record.pendingAnnounced) {
      record.pendingAnnounced = true;
      this.statusChanged.fire(document.uri);
    }
  }

  /** What the engine is given for the document's current text: its settings, text and article date. */
  private inputs(document: vscode.TextDocument) {
    const settings = readSettings(document.uri);
    const text = document.getText();
    const sidecarDate = this.sidecarDate(document);
    const result: Result = { version: document.version, generation: this.generation, chars: text.length, sidecarDate };
    return { settings, text, documentDate: sidecarDate ?? settings.documentDate, result };
  }

  /** What the checks that come with the document's analysis are run with (see checks()). */
  private checksInput(document: vscode.TextDocument): ChecksInput {
    return { options: { severities: checkSeverities(document.uri) }, sidecar: this.annotations?.sidecarFor(document) };
  }

  /** Analyses on this thread now (ensure() on a small document with no run in flight). */
  private analyzeHere(document: vscode.TextDocument): Analysis | undefined {
    const { settings, text, documentDate, result } = this.inputs(document);
    if (this.annotations && !this.annotations.loaded(document)) {
      void this.annotations.load(document).then(
        () => this.reapply(document.uri),
        (e: unknown) => logError('annotations', e),
      );
    }
    result.skipped = skipReason(document, text, settings);
    if (!result.skipped) {
      try {
        result.engine = this.runner.analyzeNow(text, analyzeOptions(document, documentDate), this.checksInput(document));
      } catch (e) {
        // An engine failure on one document must not take the features down: log it, show nothing.
        logError('analysis', e);
        result.engine = emptyAnalysis();
      }
      result.analysis = this.annotated(document, result.engine, text);
    }
    this.commit(document.uri, result);
    return result.analysis;
  }

  /** Starts an analysis of the document's current version through the runner (worker thread). */
  private start(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const record = this.record(key);
    // The sidecar is read first: its article date is an input of the engine. The worker starts meanwhile.
    if (this.annotations && !this.annotations.loaded(document)) {
      this.runner.prestart();
      const version = document.version;
      const waiting: Run = { version, generation: this.generation, chars: textLength(document), progress: 0 };
      record.run = waiting;
      void this.annotations.load(document).then(
        () => record.run === waiting && !document.isClosed && document.version === version && this.start(document),
        (e: unknown) => logError('annotations', e),
      );
      return;
    }
    const { settings, text, documentDate, result } = this.inputs(document);
    const skipped = skipReason(document, text, settings);
    if (skipped) {
      this.runner.cancel(key);
      record.run = undefined;
      this.commit(document.uri, { ...result, skipped });
      return;
    }
    const run: Run = {
      version: result.version,
      generation: result.generation,
      sidecarDate: result.sidecarDate,
      chars: text.length,
      progress: 0,
    };
    record.run = run;
    const fresh = () => record.run === run && !document.isClosed && document.version === run.version && this.generation === run.generation;
    const finish = (engine: Analysis) => {
      record.run = undefined;
      this.commit(document.uri, { ...result, engine, analysis: this.annotated(document, engine, text) });
    };
    const checks = this.checksInput(document);
    this.runner.run(key, text, analyzeOptions(document, documentDate), this.progressReporter(document, run), checks).then(
      // undefined: superseded by a newer version, which has its own run.
      (analysis) => analysis && fresh() && finish(analysis),
      (e) => {
        if (!fresh()) return;
        logError('analysis', e);
        finish(emptyAnalysis());
      },
    );
  }

  /** Records a run's progress; only large documents show it, a few updates a second. */
  private progressReporter(document: vscode.TextDocument, run: Run) {
    let lastReported = 0;
    return ({ done, total }: { done: number; total: number }) => {
      run.progress = total ? done / total : 1;
      const stillRunning = this.records.get(document.uri.toString())?.run === run;
      if (run.chars >= LARGE_DOCUMENT_CHARS && performance.now() - lastReported > 250 && stillRunning) {
        lastReported = performance.now();
        this.statusChanged.fire(document.uri);
      }
    };
  }

  private commit(uri: vscode.Uri, result: Result): void {
    const record = this.record(uri.toString());
    if (record.run && record.run.version === result.version && record.run.generation === result.generation) record.run = undefined;
    record.result = result;
    record.pendingAnnounced = false;
    this.changed.fire(uri);
    this.statusChanged.fire(uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const record = this.records.get(key);
    this.runner.cancel(key);
    if (!record) return;
    clearTimeout(record.timer);
    this.records.delete(key);
    if (record.result) {
      this.changed.fire(uri);
      this.statusChanged.fire(uri);
    }
  }

  dispose(): void {
    this.records.forEach((r) => clearTimeout(r.timer));
    if (this.ownsRunner) this.runner.dispose();
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
    this.statusChanged.dispose();
  }
}

/** Whether two check options give the same checks (severities are read in one order, see checkSeverities). */
function sameOptions(a: RunChecksOptions, b: RunChecksOptions): boolean {
  return JSON.stringify(a.severities ?? {}) === JSON.stringify(b.severities ?? {});
}

const emptyAnalysis = (): Analysis => ({ file: null, documentDate: null, entities: [], quotes: [], dates: [] });

/** The document's length without copying its text (getText() of a 5 MB document is not free). */
function textLength(document: vscode.TextDocument): number {
  return document.lineCount === 0 ? 0 : document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

function analyzeOptions(document: vscode.TextDocument, documentDate: string | null) {
  return {
    file: document.uri.scheme === 'file' ? vscode.workspace.asRelativePath(document.uri) : document.uri.toString(),
    documentDate,
    explain: true, // the hover says which rule found each speaker
  };
}

/** Whether News Lens applies to the document at all (enabled, language, scheme). Exclusions are a "skip", not "off". */
export function isArticle(document: vscode.TextDocument): boolean {
  return isArticleAt(document.uri, document.languageId);
}

/** isArticle() for a file by its URI and language (the folder export's files are not open). */
export function isArticleAt(uri: vscode.Uri, languageId: string): boolean {
  const settings = readSettings(uri);
  return settings.enabled && settings.languages.includes(languageId) && SCHEMES.has(uri.scheme);
}

function skipReason(
  document: vscode.TextDocument,
  text: string,
  settings: NewsLensSettings,
): { reason: SkipReason; message: string } | undefined {
  if (isExcluded(document.uri, document.languageId, settings.exclude)) return { reason: 'excluded', message: EXCLUDED_MESSAGE };
  const kb = Buffer.byteLength(text, 'utf8') / 1024;
  if (settings.maxFileSizeKB > 0 && kb > settings.maxFileSizeKB) {
    return { reason: 'tooLarge', message: `${Math.round(kb)} KB is larger than newsLens.maxFileSizeKB (${settings.maxFileSizeKB} KB)` };
  }
  if (text.includes('\u0000')) return { reason: 'binary', message: 'looks binary (contains NUL bytes)' };
  if (text.trim() === '') return { reason: 'empty', message: text === '' ? 'the document is empty' : 'the document holds only whitespace' };
  return undefined;
}

export const EXCLUDED_MESSAGE = 'excluded by the newsLens.exclude setting';

/** Whether a newsLens.exclude glob matches the file (open or not: the folder export asks too). */
export function isExcluded(uri: vscode.Uri, languageId: string, globs: string[]): boolean {
  if (globs.length === 0) return false;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  // languages.match() reads only the document's uri and languageId for a selector without notebooks.
  const file = { uri, languageId } as vscode.TextDocument;
  return globs.some(
    (glob) =>
      // Absolute-path globs such as **/drafts/**, and globs relative to the document's workspace folder.
      vscode.languages.match({ pattern: glob }, file) > 0 ||
      (folder !== undefined && vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, file) > 0),
  );
}
