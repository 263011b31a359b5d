// Recording the user's annotations: the internal command `newsLens.annotate(uri, annotation)` (the
// code actions, the review mode and the editorial checks' "Ignore here" go through it), Undo Last
// Annotation, removing one, attaching an orphan to the selection, Set Article Date… and Open Sidecar.
import * as vscode from 'vscode';
import { makeTarget } from '../annotations/anchor';
import { emptySidecar, newAnnotationId } from '../annotations/sidecar';
import { ANNOTATION_ACTIONS, type Annotation } from '../annotations/types';
import type { SidecarStore, SaveResult } from './sidecarStore';
import { articleDateProblem } from './annotationChoices';
import { guard } from './log';
import { COMMANDS } from './commands';
import { registerCommand } from './commandRegistry';
import type { FactNode } from './factsTree';

const ACTIONS = new Set<string>(ANNOTATION_ACTIONS);

type Offsets = { start: number; end: number };

/** What a caller gives: target offsets in the document's current text; the rest of the action's fields. */
export interface AnnotationRequest {
  action: string;
  target: Offsets;
  into?: Offsets;
  speaker?: Offsets | null;
  [field: string]: unknown;
}

export interface AnnotateResult extends SaveResult {
  id: string;
}

export class Annotator {
  constructor(readonly sidecars: SidecarStore) {}

  /** Records one annotation on the document; tells the user when it could not be saved. */
  async annotate(document: vscode.TextDocument, request: AnnotationRequest): Promise<AnnotateResult> {
    const [result] = await this.annotateAll(document, [request]);
    return result;
  }

  /** Records several annotations with one write (Accept All Remaining). */
  async annotateAll(document: vscode.TextDocument, requests: AnnotationRequest[]): Promise<AnnotateResult[]> {
    const text = document.getText();
    for (const request of requests) {
      const problem = requestProblem(request, text.length);
      if (problem) throw new Error(`News Lens: cannot annotate: ${problem}`);
    }
    await this.sidecars.load(document);
    const working = { ...(this.sidecars.sidecarFor(document) ?? emptySidecar()) };
    const created = new Date().toISOString();
    const annotations = requests.map((request) => {
      const annotation = build(text, request, newAnnotationId(working), created);
      working.annotations = [...working.annotations, annotation];
      return annotation;
    });
    const saved = await this.sidecars.record(document, annotations);
    tellIfNotSaved(saved, this.sidecars.sidecarUri(document));
    return annotations.map((a) => ({ ...saved, id: a.id }));
  }

  async remove(document: vscode.TextDocument, ids: string[]): Promise<SaveResult> {
    const saved = await this.sidecars.remove(document, ids);
    tellIfNotSaved(saved, this.sidecars.sidecarUri(document));
    return saved;
  }
}

function build(text: string, request: AnnotationRequest, id: string, created: string): Annotation {
  const { target, into, speaker, ...fields } = request;
  return {
    ...fields,
    id,
    target: makeTarget(text, target.start, target.end),
    ...(into ? { into: makeTarget(text, into.start, into.end) } : {}),
    ...(speaker !== undefined ? { speaker: speaker && makeTarget(text, speaker.start, speaker.end) } : {}),
    created,
  } as Annotation;
}

function requestProblem(request: AnnotationRequest, length: number): string | undefined {
  if (!request || typeof request !== 'object') return 'no annotation given';
  if (!ACTIONS.has(request.action)) return `unknown action "${String(request.action)}"`;
  for (const [name, span] of [
    ['target', request.target],
    ['into', request.into],
    ['speaker', request.speaker],
  ] as const) {
    if (span === undefined || (name === 'speaker' && span === null)) {
      if (name === 'target') return 'no target given';
      continue;
    }
    if (
      !span ||
      !Number.isInteger(span.start) ||
      !Number.isInteger(span.end) ||
      span.start < 0 ||
      span.end > length ||
      span.start >= span.end
    ) {
      return `the ${name} ${JSON.stringify(span)} is not a range of the document (0–${length})`;
    }
  }
  return undefined;
}

function tellIfNotSaved(result: SaveResult, sidecar: vscode.Uri | undefined): void {
  if (result.saved || !result.reason) return;
  const open = 'Open Sidecar';
  void vscode.window
    .showWarningMessage(
      `News Lens: your annotation is kept in this window but was not saved: ${result.reason}.`,
      ...(sidecar ? [open] : []),
    )
    .then((choice) => (choice === open && sidecar ? vscode.window.showTextDocument(sidecar) : undefined));
}

/** The article a command is about: a URI argument, a tree node's article, or the active editor's. */
export async function articleFor(arg: unknown, treeDocument?: vscode.TextDocument): Promise<vscode.TextDocument | undefined> {
  if (typeof arg === 'string') return vscode.workspace.openTextDocument(vscode.Uri.parse(arg));
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  if (arg && typeof arg === 'object' && 'kind' in arg && treeDocument) return treeDocument;
  return vscode.window.activeTextEditor?.document;
}

export function registerAnnotationCommands(annotator: Annotator, treeDocument: () => vscode.TextDocument | undefined): vscode.Disposable {
  const sidecars = annotator.sidecars;
  return vscode.Disposable.from(
    registerCommand(COMMANDS.annotate, async (uri: string, request: AnnotationRequest) => {
      const document = await articleFor(uri);
      if (!document) throw new Error('News Lens: cannot annotate: no such document');
      return annotator.annotate(document, request);
    }),
    registerCommand(
      COMMANDS.undoAnnotation,
      guard('annotations', async (uri?: string) => {
        const document = await articleFor(uri);
        const last = document ? sidecars.lastStep(document) : [];
        if (!document || last.length === 0) {
          void vscode.window.showInformationMessage('News Lens: there is no annotation to undo in this article.');
          return undefined;
        }
        const ids = last.map((a) => a.id);
        await annotator.remove(document, ids);
        void vscode.window.setStatusBarMessage(
          `News Lens: removed ${ids.length === 1 ? `your annotation ${ids[0]}` : `your last ${ids.length} annotations`}`,
          4000,
        );
        return ids.join(',');
      }),
    ),
    // Remove (one of "Your annotations") and Delete (an orphan) do the same.
    ...[COMMANDS.removeAnnotation, COMMANDS.deleteOrphan].map((name) =>
      registerCommand(
        name,
        guard('annotations', async (arg?: FactNode | string, id?: string) => {
          const document = await articleFor(arg, treeDocument());
          const annotationId = typeof arg === 'object' ? arg?.annotationId : id;
          if (document && annotationId) await annotator.remove(document, [annotationId]);
        }),
      ),
    ),
    registerCommand(
      COMMANDS.attachToSelection,
      guard('annotations', (arg?: FactNode | string, id?: string, start?: number, end?: number) =>
        attach(annotator, treeDocument(), arg, id, start, end),
      ),
    ),
    registerCommand(
      COMMANDS.setArticleDate,
      guard('annotations', (uri?: string | FactNode, date?: string | null) => setArticleDate(annotator, uri, date, treeDocument())),
    ),
    registerCommand(
      COMMANDS.openSidecar,
      guard('annotations', async (uri?: string) => {
        const document = await articleFor(uri, treeDocument());
        const sidecar = document && sidecars.sidecarUri(document);
        if (sidecar) await vscode.window.showTextDocument(sidecar);
      }),
    ),
  );
}

/** Gives an orphaned annotation the selection (or [start, end)) as its new target. */
async function attach(
  annotator: Annotator,
  treeDocument: vscode.TextDocument | undefined,
  arg: FactNode | string | undefined,
  id?: string,
  start?: number,
  end?: number,
): Promise<void> {
  const document = typeof arg === 'string' ? await articleFor(arg) : (treeDocument ?? vscode.window.activeTextEditor?.document);
  const annotationId = typeof arg === 'object' ? arg?.annotationId : id;
  if (!document || !annotationId) return;
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const range =
    start !== undefined && end !== undefined
      ? { start, end }
      : editor && { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
  if (!range || range.start >= range.end) {
    void vscode.window.showInformationMessage(
      'News Lens: select the text the annotation belongs to in the article, then choose Attach to Selection again.',
    );
    return;
  }
  const old = annotator.sidecars.sidecarFor(document)?.annotations.find((a) => a.id === annotationId);
  if (!old) return;
  const saved = await annotator.sidecars.replace(document, { ...old, target: makeTarget(document.getText(), range.start, range.end) });
  if (!saved.saved && saved.reason)
    void vscode.window.showWarningMessage(`News Lens: the annotation is kept in this window but was not saved: ${saved.reason}.`);
}

async function setArticleDate(
  annotator: Annotator,
  uri?: string | FactNode,
  date?: string | null,
  treeDocument?: vscode.TextDocument,
): Promise<void> {
  const document = await articleFor(uri, treeDocument);
  if (!document) return;
  let value: string | null | undefined = date;
  if (value === undefined) {
    const current = annotator.sidecars.sidecarFor(document)?.documentDate ?? '';
    const typed = await vscode.window.showInputBox({
      title: 'Set Article Date',
      prompt:
        'The publication date of this article, used to work out “on Tuesday” or “next year”. Saved with your annotations; leave empty to use the date found in the text.',
      placeHolder: 'YYYY-MM-DD',
      value: current,
      validateInput: (v) => (v.trim() === '' ? undefined : articleDateProblem(v)),
    });
    if (typed === undefined) return;
    value = typed.trim() || null;
  }
  if (value !== null && articleDateProblem(value)) throw new Error(`News Lens: ${articleDateProblem(value)}`);
  const saved = await annotator.sidecars.setDocumentDate(document, value);
  if (!saved.saved && saved.reason)
    void vscode.window.showWarningMessage(`News Lens: the article date is kept in this window but was not saved: ${saved.reason}.`);
}
