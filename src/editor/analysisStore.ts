// The one owner of every document's Analysis, keyed by URI and version. Features read from here;
// none of them runs the engine itself.
//
// Public API (keep it small): get(doc), ensure(doc), status(doc), onDidChange(uri),
// onDidChangeStatus(uri), refreshAll().
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
import { AnalysisRunner, isEngineLoaded, loadAnalyze, loadApplyAnnotations } from './analysisRunner';
import { ANALYSIS_SETTINGS, readSettings, type NewsLensSettings } from './settings';
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

interface Entry {
  version: number;
  /** The sidecar's article date the engine was given (it wins over the setting); null: none. */
  sidecarDate: string | null;
  /** The engine's result before the user's annotations were applied. */
  engine?: Analysis;
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
  /** The run under way per document: its version, generation and progress (0..1). */
  private readonly inFlight = new Map<string, { version: number; generation: number; chars: number; progress: number }>();
  private readonly runner = new AnalysisRunner();
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly statusChanged = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires once per document whenever its analysis changes, is skipped or is removed. */
  readonly onDidChange = this.changed.event;
  /** Fires when a document's status() changes (pending, ready, skipped, off). */
  readonly onDidChangeStatus = this.statusChanged.event;

  constructor(private readonly annotations?: AnnotationSource) {
    this.subscriptions.push(
      ...(annotations ? [annotations.onDidChange((uri) => this.reapply(uri))] : []),
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document, readSettings(e.document.uri).debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.current(e.document) || this.schedule(e.document, 0))),
    );
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
  }

  readonly feature = 'analysis';

  settingsChanged(change: vscode.ConfigurationChangeEvent): void {
    if (ANALYSIS_SETTINGS.some((s) => change.affectsConfiguration(s))) this.refreshAll();
  }

  /** What analysing has cost this window so far: a window without articles starts no worker and loads no engine. */
  get engineState(): { workerRunning: boolean; engineLoadedInHost: boolean } {
    return { workerRunning: this.runner.workerRunning, engineLoadedInHost: isEngineLoaded() };
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
    const key = document.uri.toString();
    const running = this.inFlight.get(key);
    if (running && running.version === document.version && running.generation === this.generation) return undefined;
    if (textLength(document) > SYNC_ENSURE_MAX_CHARS) {
      this.schedule(document, 0);
      return undefined;
    }
    this.runner.cancel(key); // this version is analysed right here
    return this.run(document);
  }

  status(document: vscode.TextDocument): DocumentStatus {
    if (!isArticle(document)) return { state: 'off' };
    const entry = this.current(document);
    if (!entry) {
      const last = this.entries.get(document.uri.toString());
      const running = this.inFlight.get(document.uri.toString());
      const large = Math.max(last?.chars ?? 0, running?.chars ?? 0) >= LARGE_DOCUMENT_CHARS;
      return running && running.version === document.version ? { state: 'pending', large, progress: running.progress } : { state: 'pending', large };
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
    return entry && entry.version === document.version && entry.generation === this.generation && entry.sidecarDate === this.sidecarDate(document) ? entry : undefined;
  }

  private sidecarDate(document: vscode.TextDocument): string | null {
    return this.annotations?.sidecarFor(document)?.documentDate ?? null;
  }

  /** The user's annotations changed: apply them again to the engine's result (no re-analysis), or re-analyse for a new article date. */
  private reapply(uri: vscode.Uri): void {
    const key = uri.toString();
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const entry = this.entries.get(key);
    if (!document || !entry || !isArticle(document)) return;
    if (!this.current(document)) {
      // A new article date (or an edit since): analyse again, as after an edit.
      if (entry.version === document.version && entry.generation === this.generation) this.schedule(document, 0);
      return;
    }
    if (!entry.engine) return;
    this.commit(uri, { ...entry, analysis: this.annotated(document, entry.engine, document.getText()) });
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
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const start = () => {
      this.timers.delete(key);
      if (!document.isClosed && !this.current(document)) this.start(document);
    };
    // Without a delay the run starts now, so ensure() from a listener of the status event below
    // sees it in flight instead of analysing the same version again on this thread.
    if (delay <= 0) start();
    else this.timers.set(key, setTimeout(start, delay));
    if (!this.pending.has(key)) {
      this.pending.add(key);
      this.statusChanged.fire(document.uri);
    }
  }

  /** Analyses on this thread now (ensure() on a small document with no run in flight). */
  private run(document: vscode.TextDocument): Analysis | undefined {
    const settings = readSettings(document.uri);
    const text = document.getText();
    const sidecarDate = this.sidecarDate(document);
    const documentDate = sidecarDate ?? settings.documentDate;
    const entry: Entry = { version: document.version, generation: this.generation, chars: text.length, sidecarDate };
    if (this.annotations && !this.annotations.loaded(document)) {
      void this.annotations.load(document).then(() => this.reapply(document.uri), (e: unknown) => logError('annotations', e));
    }
    const skipped = skipReason(document, text, settings);
    if (skipped) {
      entry.skipped = skipped;
    } else {
      try {
        entry.engine = loadAnalyze()(text, analyzeOptions(document, documentDate));
      } catch (e) {
        // An engine failure on one document must not take the features down: log it, show nothing.
        logError('analysis', e);
        entry.engine = emptyAnalysis();
      }
      entry.analysis = this.annotated(document, entry.engine, text);
    }
    this.commit(document.uri, entry);
    return entry.analysis;
  }

  /** Starts an analysis of the document's current version through the runner (worker thread). */
  private start(document: vscode.TextDocument): void {
    // The sidecar is read first: its article date is an input of the engine.
    if (this.annotations && !this.annotations.loaded(document)) {
      const version = document.version;
      const key = document.uri.toString();
      const waiting = { version, generation: this.generation, chars: textLength(document), progress: 0 };
      this.inFlight.set(key, waiting);
      void this.annotations.load(document).then(
        () => this.inFlight.get(key) === waiting && !document.isClosed && document.version === version && this.start(document),
        (e: unknown) => logError('annotations', e),
      );
      return;
    }
    const key = document.uri.toString();
    const settings = readSettings(document.uri);
    const text = document.getText();
    const sidecarDate = this.sidecarDate(document);
    const documentDate = sidecarDate ?? settings.documentDate;
    const entry: Entry = { version: document.version, generation: this.generation, chars: text.length, sidecarDate };
    const skipped = skipReason(document, text, settings);
    if (skipped) {
      this.runner.cancel(key);
      this.inFlight.delete(key);
      entry.skipped = skipped;
      this.commit(document.uri, entry);
      return;
    }
    const run = { version: entry.version, generation: entry.generation, chars: text.length, progress: 0 };
    this.inFlight.set(key, run);
    let lastReported = 0;
    const onProgress = ({ done, total }: { done: number; total: number }) => {
      run.progress = total ? done / total : 1;
      // Only large documents show progress; a few updates a second are plenty.
      if (text.length >= LARGE_DOCUMENT_CHARS && performance.now() - lastReported > 250 && this.inFlight.get(key) === run) {
        lastReported = performance.now();
        this.statusChanged.fire(document.uri);
      }
    };
    const fresh = () => this.inFlight.get(key) === run && !document.isClosed && document.version === run.version && this.generation === run.generation;
    this.runner.run(key, text, analyzeOptions(document, documentDate), onProgress).then(
      (analysis) => {
        // undefined: superseded by a newer version, which has its own run.
        if (!analysis || !fresh()) return;
        this.inFlight.delete(key);
        entry.engine = analysis;
        entry.analysis = this.annotated(document, analysis, text);
        this.commit(document.uri, entry);
      },
      (e) => {
        if (!fresh()) return;
        this.inFlight.delete(key);
        logError('analysis', e);
        entry.engine = emptyAnalysis();
        entry.analysis = this.annotated(document, entry.engine, text);
        this.commit(document.uri, entry);
      },
    );
  }

  private commit(uri: vscode.Uri, entry: Entry): void {
    const key = uri.toString();
    const running = this.inFlight.get(key);
    if (running && running.version === entry.version && running.generation === entry.generation) this.inFlight.delete(key);
    this.entries.set(key, entry);
    this.pending.delete(key);
    this.changed.fire(uri);
    this.statusChanged.fire(uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.pending.delete(key);
    this.inFlight.delete(key);
    this.runner.cancel(key);
    if (this.entries.delete(key)) {
      this.changed.fire(uri);
      this.statusChanged.fire(uri);
    }
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.runner.dispose();
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
    this.statusChanged.dispose();
  }
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
  const settings = readSettings(document.uri);
  return settings.enabled && settings.languages.includes(document.languageId) && SCHEMES.has(document.uri.scheme);
}

function skipReason(document: vscode.TextDocument, text: string, settings: NewsLensSettings): { reason: SkipReason; message: string } | undefined {
  if (isExcluded(document, settings.exclude)) return { reason: 'excluded', message: 'excluded by the newsLens.exclude setting' };
  const kb = Buffer.byteLength(text, 'utf8') / 1024;
  if (settings.maxFileSizeKB > 0 && kb > settings.maxFileSizeKB) {
    return { reason: 'tooLarge', message: `${Math.round(kb)} KB is larger than newsLens.maxFileSizeKB (${settings.maxFileSizeKB} KB)` };
  }
  if (text.includes('\u0000')) return { reason: 'binary', message: 'looks binary (contains NUL bytes)' };
  if (text.trim() === '') return { reason: 'empty', message: text === '' ? 'the document is empty' : 'the document holds only whitespace' };
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
