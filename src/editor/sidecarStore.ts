// The user's annotations of each open article, kept in memory and in the sidecar beside it
// (`story.txt.newslens.json`, DESIGN.md "The user's annotations"). Read through vscode.workspace.fs
// (any file scheme); written atomically on each annotation of a saved article and on the article's
// save (an untitled article keeps them in memory until it is saved). Targets follow the edits the
// editor reports. A sidecar changed on disk (git checkout, another window) is read again and merged
// by annotation id. A sidecar that does not parse is never written; one that cannot be read or
// written is reported, and the annotations stay in memory.
import * as vscode from 'vscode';
// Not from '../annotations' (index): applying pulls in the engine's date pass, which the extension
// host loads only when an article has a sidecar (analysisStore.ts).
import { emptySidecar, mergeSidecars, parseSidecar, serializeSidecar, sidecarPathFor } from '../annotations/sidecar';
import { shiftSidecar } from '../annotations/shift';
import type { Annotation, Sidecar } from '../annotations/types';
import { describeFsError, writeFileAtomic } from '../export/atomicWrite';
import { logError } from './log';

export type SidecarProblem =
  /** The file on disk does not parse or validate: it is never written, and shown without it. */
  | { kind: 'invalid'; message: string }
  /** The file cannot be read (a folder, no permission). */
  | { kind: 'unreadable'; message: string }
  /** The last write failed (read-only file or folder, disk full). */
  | { kind: 'unwritable'; message: string };

export interface SaveResult {
  saved: boolean;
  /** Why not, in words for the user; absent for an untitled article (saved with the article). */
  reason?: string;
}

interface Record {
  article: vscode.Uri;
  /** undefined for an untitled article. */
  sidecarUri: vscode.Uri | undefined;
  /** In memory, with offsets in the document's current text; undefined: no sidecar. */
  sidecar: Sidecar | undefined;
  /** The text last read from or written to the file; undefined when there is no file. */
  diskText: string | undefined;
  problem?: SidecarProblem;
  /** Annotations changed here and not yet written, and ids removed here (kept out of merges). */
  unsaved: boolean;
  removed: Set<string>;
  /** Ids recorded in this window, by the step that made them (Accept All Remaining is one), newest last. */
  history: string[][];
  /** Untitled articles with annotations: the text, to find the file it is saved as (a closed document's text is gone). */
  untitledText?: string;
  loading?: Promise<void>;
  loaded: boolean;
  watcher?: vscode.Disposable;
  /** Writes and reads of one file run one after another. */
  queue: Promise<unknown>;
}

/** Sidecars of untitled articles that were just closed: adopted by the file they were saved as. */
const ADOPT_WINDOW_MS = 10_000;

export class SidecarStore implements vscode.Disposable {
  private readonly records = new Map<string, Record>();
  private readonly closedUntitled: { text: string; record: Record; closed: number }[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires with the article's URI when its annotations change (recorded, removed, read from disk). */
  readonly onDidChange = this.changed.event;
  /** Every problem the user was told about, in order (the test API reads it). */
  readonly reported: SidecarProblem[] = [];
  /** Messages shown once per file and problem (the last one per article). */
  private readonly shownProblems = new Map<string, string>();

  constructor(private readonly notify: (problem: SidecarProblem, sidecar: vscode.Uri | undefined) => void = showProblem) {
    // Registered before the analysis store's listeners (extension.ts creates this first), so
    // targets are shifted before anything re-applies them to the new text.
    this.subscriptions.push(
      this.changed,
      vscode.workspace.onDidChangeTextDocument((e) => this.shift(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.onSaved(d)),
      vscode.workspace.onDidOpenTextDocument((d) => this.adoptInto(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
    );
  }

  /** The article's annotations in memory (undefined: none, or not read yet). */
  sidecarFor(document: vscode.TextDocument): Sidecar | undefined {
    return this.records.get(document.uri.toString())?.sidecar;
  }

  loaded(document: vscode.TextDocument): boolean {
    return this.records.get(document.uri.toString())?.loaded ?? false;
  }

  problem(document: vscode.TextDocument): SidecarProblem | undefined {
    return this.records.get(document.uri.toString())?.problem;
  }

  /** The sidecar's URI (undefined for an untitled article). */
  sidecarUri(document: vscode.TextDocument): vscode.Uri | undefined {
    return sidecarUriFor(document.uri);
  }

  /** Reads the sidecar once per open article; later calls return the same promise. */
  load(document: vscode.TextDocument): Promise<void> {
    const record = this.recordFor(document.uri);
    // Never rejects: an article whose sidecar cannot be read is still analysed (readInto reports why).
    record.loading ??= this.readInto(record)
      .catch((e: unknown) => logError('annotations', e))
      .then(() => {
        record.loaded = true;
        this.watch(record);
      });
    return record.loading;
  }

  /**
   * Records annotations (ids and created already set) and writes the sidecar when the article is
   * saved. The change event fires before this returns: the write is what the promise waits for.
   */
  record(document: vscode.TextDocument, annotations: Annotation[]): Promise<SaveResult> {
    const record = this.recordFor(document.uri);
    record.sidecar = { ...(record.sidecar ?? emptySidecar()), annotations: [...(record.sidecar?.annotations ?? []), ...annotations] };
    record.history.push(annotations.map((a) => a.id));
    return this.changeAndSave(document, record);
  }

  /** Replaces the annotations with these ids (Attach to Selection gives an orphan a new target). */
  async replace(document: vscode.TextDocument, annotation: Annotation): Promise<SaveResult> {
    await this.load(document);
    const record = this.recordFor(document.uri);
    const list = record.sidecar?.annotations ?? [];
    if (!list.some((a) => a.id === annotation.id)) return { saved: false, reason: `there is no annotation ${annotation.id}` };
    record.sidecar = { ...record.sidecar!, annotations: list.map((a) => (a.id === annotation.id ? annotation : a)) };
    return this.changeAndSave(document, record);
  }

  async remove(document: vscode.TextDocument, ids: string[]): Promise<SaveResult> {
    await this.load(document);
    const record = this.recordFor(document.uri);
    const list = record.sidecar?.annotations ?? [];
    const missing = ids.filter((id) => !list.some((a) => a.id === id));
    if (missing.length) return { saved: false, reason: `there is no annotation ${missing.join(', ')}` };
    record.sidecar = { ...record.sidecar!, annotations: list.filter((a) => !ids.includes(a.id)) };
    ids.forEach((id) => record.removed.add(id));
    record.history = record.history.map((step) => step.filter((h) => !ids.includes(h))).filter((step) => step.length > 0);
    return this.changeAndSave(document, record);
  }

  /** The newest step recorded in this window that is still there (its annotations), else the last annotation in the file. */
  lastStep(document: vscode.TextDocument): Annotation[] {
    const record = this.records.get(document.uri.toString());
    const list = record?.sidecar?.annotations ?? [];
    for (let i = (record?.history.length ?? 0) - 1; i >= 0; i--) {
      const found = list.filter((a) => record!.history[i].includes(a.id));
      if (found.length) return found;
    }
    return list.slice(-1);
  }

  /** Sets (or with null clears) the article's publication date in the sidecar. */
  async setDocumentDate(document: vscode.TextDocument, date: string | null): Promise<SaveResult> {
    await this.load(document);
    const record = this.recordFor(document.uri);
    const sidecar = { ...(record.sidecar ?? emptySidecar()) };
    if (date) sidecar.documentDate = date;
    else delete sidecar.documentDate;
    record.sidecar = sidecar;
    return this.changeAndSave(document, record);
  }

  private async changeAndSave(document: vscode.TextDocument, record: Record): Promise<SaveResult> {
    record.unsaved = true;
    if (document.isUntitled) record.untitledText = document.getText();
    this.changed.fire(document.uri);
    if (document.isUntitled || !record.sidecarUri) return { saved: false };
    return this.enqueue(record, () => this.save(record));
  }

  private enqueue<T>(record: Record, job: () => Promise<T>): Promise<T> {
    const next = record.queue.then(job, job);
    record.queue = next.catch(() => undefined);
    return next;
  }

  /** Writes memory to disk, merged with what another window or program wrote since we last looked. */
  private async save(record: Record): Promise<SaveResult> {
    const uri = record.sidecarUri!;
    const disk = await readText(uri);
    if (disk.kind === 'error')
      return this.notSaved(record, { kind: 'unreadable', message: `${label(uri)} cannot be read: ${disk.message}` });
    if (disk.kind === 'text' && disk.text !== record.diskText) {
      const parsed = parseSidecar(disk.text);
      if (!parsed.ok)
        return this.notSaved(record, { kind: 'invalid', message: `${label(uri)} is not a valid News Lens sidecar: ${parsed.error}` });
      record.sidecar = this.merged(record, parsed.sidecar);
    }
    if (!record.sidecar) return { saved: true };
    const text = serializeSidecar(record.sidecar);
    try {
      await writeText(uri, text);
    } catch (e) {
      return this.notSaved(record, { kind: 'unwritable', message: `${label(uri)} could not be written: ${describeFsError(e)}` });
    }
    record.diskText = text;
    record.unsaved = false;
    record.problem = undefined;
    this.shownProblems.delete(record.article.toString());
    return { saved: true };
  }

  /** The caller tells the user (the annotate command, or onSaved); the problem is kept for the tree. */
  private notSaved(record: Record, problem: SidecarProblem): SaveResult {
    record.problem = problem;
    return { saved: false, reason: problem.message };
  }

  /** Memory merged with the disk by annotation id, without what was removed here. */
  private merged(record: Record, disk: Sidecar): Sidecar {
    const base = record.sidecar ?? emptySidecar();
    const merged = mergeSidecars(base, disk);
    return { ...merged, annotations: merged.annotations.filter((a) => !record.removed.has(a.id)) };
  }

  /** Reads the file into the record (first load, or an outside change). */
  private async readInto(record: Record): Promise<void> {
    if (!record.sidecarUri) return;
    const disk = await readText(record.sidecarUri);
    if (disk.kind === 'missing') {
      if (record.diskText !== undefined && !record.unsaved) record.sidecar = undefined;
      record.diskText = undefined;
      if (record.problem?.kind !== 'unwritable') this.setProblem(record, undefined);
      return;
    }
    if (disk.kind === 'error') {
      this.setProblem(record, { kind: 'unreadable', message: `${label(record.sidecarUri)} cannot be read: ${disk.message}` });
      return;
    }
    if (disk.text === record.diskText) return;
    const parsed = parseSidecar(disk.text);
    if (!parsed.ok) {
      // Shown without it: only what was annotated here and not yet saved stays.
      if (!record.unsaved) record.sidecar = undefined;
      this.setProblem(record, {
        kind: 'invalid',
        message: `${label(record.sidecarUri)} is not a valid News Lens sidecar: ${parsed.error}`,
      });
      return;
    }
    record.sidecar = record.unsaved ? this.merged(record, parsed.sidecar) : parsed.sidecar;
    record.diskText = disk.text;
    this.setProblem(record, undefined);
  }

  private watch(record: Record): void {
    const uri = record.sidecarUri;
    if (!uri || record.watcher) return;
    const folder = vscode.Uri.joinPath(uri, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, basename(uri)));
    let timer: NodeJS.Timeout | undefined;
    const reread = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void this.enqueue(record, async () => {
          const before = record.sidecar;
          await this.readInto(record);
          if (record.sidecar !== before) this.changed.fire(record.article);
          // Annotations made while the file was broken or missing are written once it is readable again.
          if (record.unsaved && !record.problem && record.sidecar) await this.save(record);
        }).catch((e: unknown) => logError('annotations', e));
      }, 50);
    };
    record.watcher = vscode.Disposable.from(
      watcher,
      watcher.onDidChange(reread),
      watcher.onDidCreate(reread),
      watcher.onDidDelete(reread),
      {
        dispose: () => clearTimeout(timer),
      },
    );
  }

  private setProblem(record: Record, problem: SidecarProblem | undefined): void {
    record.problem = problem;
    const key = record.article.toString();
    if (!problem) {
      this.shownProblems.delete(key);
      return;
    }
    // One message per problem: a malformed file is reported once, not on every keystroke or save.
    if (this.shownProblems.get(key) === problem.message) return;
    this.shownProblems.set(key, problem.message);
    this.reported.push(problem);
    this.notify(problem, record.sidecarUri);
  }

  private shift(e: vscode.TextDocumentChangeEvent): void {
    const record = this.records.get(e.document.uri.toString());
    if (!record?.sidecar || e.contentChanges.length === 0 || record.sidecar.annotations.length === 0) return;
    const changes = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    record.sidecar = shiftSidecar(record.sidecar, changes);
    if (e.document.isUntitled) record.untitledText = e.document.getText();
  }

  private onSaved(document: vscode.TextDocument): void {
    const record = this.records.get(document.uri.toString());
    if (!record?.sidecar || !record.sidecarUri) return;
    // The saved text is what the offsets are now measured against: write them if they moved.
    if (!record.unsaved && serializeSidecar(record.sidecar) === record.diskText) return;
    void this.enqueue(record, () => this.save(record)).then(
      (result) => result.saved || this.setProblem(record, record.problem),
      (e: unknown) => logError('annotations', e),
    );
  }

  /** An untitled article saved to a file: its annotations go with it (and are written). */
  private adoptInto(document: vscode.TextDocument): void {
    if (document.isUntitled) return;
    const now = Date.now();
    const index = this.closedUntitled.findIndex((c) => now - c.closed < ADOPT_WINDOW_MS && savedAs(c.record.article, c.text, document));
    if (index < 0) return;
    const [{ record: old }] = this.closedUntitled.splice(index, 1);
    void this.adopt(document, old);
  }

  private async adopt(document: vscode.TextDocument, old: Record): Promise<void> {
    await this.load(document);
    const record = this.recordFor(document.uri);
    record.sidecar = record.sidecar ? mergeSidecars(old.sidecar!, record.sidecar) : old.sidecar;
    record.history.push(...old.history);
    const result = await this.changeAndSave(document, record);
    if (!result.saved && result.reason) logError('annotations', result.reason);
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const record = this.records.get(key);
    if (!record) return;
    this.records.delete(key);
    record.watcher?.dispose();
    this.shownProblems.delete(key);
    if (document.isUntitled && record.sidecar?.annotations.length) {
      const text = record.untitledText ?? document.getText();
      // Save As may open the file before closing the untitled document: adopt into it now if it is open.
      const target = vscode.workspace.textDocuments.find(
        (d) => !d.isUntitled && !d.isClosed && savedAs(record.article, text, d) && !this.records.get(d.uri.toString())?.sidecar,
      );
      if (target) void this.adopt(target, record);
      else this.closedUntitled.push({ text, record, closed: Date.now() });
      this.closedUntitled.splice(0, Math.max(0, this.closedUntitled.length - 5));
    }
  }

  private recordFor(article: vscode.Uri): Record {
    const key = article.toString();
    let record = this.records.get(key);
    if (!record) {
      record = {
        article,
        sidecarUri: sidecarUriFor(article),
        sidecar: undefined,
        diskText: undefined,
        unsaved: false,
        removed: new Set(),
        history: [],
        loaded: false,
        queue: Promise.resolve(),
      };
      this.records.set(key, record);
    }
    return record;
  }

  dispose(): void {
    this.records.forEach((r) => r.watcher?.dispose());
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** Whether the file document is what the untitled article was saved as (its path, or its text). */
function savedAs(untitled: vscode.Uri, text: string, document: vscode.TextDocument): boolean {
  return (untitled.path.includes('/') && untitled.path === document.uri.path) || document.getText() === text;
}

/** `story.txt` -> `story.txt.newslens.json` beside it; none for untitled documents. */
export function sidecarUriFor(article: vscode.Uri): vscode.Uri | undefined {
  if (article.scheme === 'untitled') return undefined;
  return article.with({ path: sidecarPathFor(article.path) });
}

/** The sidecar of an article that is not open (folder export): undefined when it has none. */
export async function readSidecarOf(article: vscode.Uri): Promise<{ sidecar?: Sidecar; problem?: string }> {
  const uri = sidecarUriFor(article);
  const disk = uri ? await readText(uri) : { kind: 'missing' as const };
  if (disk.kind === 'missing') return {};
  if (disk.kind === 'error') return { problem: `${label(uri!)} cannot be read: ${disk.message}` };
  const parsed = parseSidecar(disk.text);
  return parsed.ok ? { sidecar: parsed.sidecar } : { problem: `${label(uri!)} is not a valid News Lens sidecar: ${parsed.error}` };
}

type ReadResult = { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'error'; message: string };

async function readText(uri: vscode.Uri): Promise<ReadResult> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { kind: 'error', message: 'it is a folder, not a file' };
    return { kind: 'text', text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '') };
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return { kind: 'missing' };
    return { kind: 'error', message: fsMessage(e) };
  }
}

async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  // Local files: temp file and rename (never half-written). Other schemes: their provider's write.
  if (uri.scheme === 'file') await writeFileAtomic(uri.fsPath, text, { overwrite: true });
  else await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

function fsMessage(e: unknown): string {
  if (e instanceof vscode.FileSystemError) {
    if (e.code === 'NoPermissions') return 'permission denied';
    if (e.code === 'FileIsADirectory') return 'it is a folder, not a file';
  }
  return describeFsError(e);
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function label(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri) : basename(uri);
}

export function showProblem(problem: SidecarProblem, sidecar: vscode.Uri | undefined): void {
  const open = 'Open Sidecar';
  const text =
    problem.kind === 'invalid'
      ? `News Lens: ${problem.message}. The article is shown without your annotations, and the file is left as it is until you fix it.`
      : problem.kind === 'unreadable'
        ? `News Lens: ${problem.message}. The article is shown without your annotations; new ones are kept in this window but not saved.`
        : `News Lens: ${problem.message}. Your annotations are kept in this window but were not saved.`;
  const shown = problem.kind === 'invalid' ? vscode.window.showErrorMessage(text, open) : vscode.window.showWarningMessage(text, open);
  void shown.then((choice) => {
    if (choice === open && sidecar)
      void vscode.window.showTextDocument(sidecar).then(undefined, (e: unknown) => logError('annotations', e));
  });
}
