// Review mode: walk the facts the user has not reviewed yet (least confident first when the engine
// gives a confidence, else in document order), each selected with its actions at hand (the
// lightbulb, the hover's links, the keybindings); "12 of 40 reviewed" in the status bar;
// Accept All Remaining for the rest.
import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { registerCommand } from './commandRegistry';
import type { AnalysisStore } from './analysisStore';
import type { Annotator } from './annotate';
import { nextToReview, reviewItems, type ReviewItem } from './annotationChoices';
import { analysisFor } from './awaitAnalysis';
import { guard } from './log';

export class Review implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newsLens.review', vscode.StatusBarAlignment.Right, 99);
  /** Articles the user started reviewing in this window: their status bar shows even before a sidecar exists. */
  private readonly reviewing = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: AnalysisStore,
    private readonly annotator: Annotator,
  ) {
    this.item.name = 'News Lens Review';
    this.item.command = COMMANDS.reviewNext;
    const update = guard('review', () => this.update());
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(update),
      store.onDidChangeStatus((uri) => uri.toString() === vscode.window.activeTextEditor?.document.uri.toString() && update()),
      registerCommand(
        COMMANDS.reviewNext,
        guard('review', (uri?: string) => this.step(uri, 1)),
      ),
      registerCommand(
        COMMANDS.reviewPrevious,
        guard('review', (uri?: string) => this.step(uri, -1)),
      ),
      registerCommand(
        COMMANDS.acceptAllRemaining,
        guard('review', (uri?: string) => this.acceptAll(uri)),
      ),
    );
    update();
  }

  /** Reviewed and total facts of the active article, as the status bar shows them. */
  counts(document: vscode.TextDocument): { reviewed: number; total: number } | undefined {
    const analysis = this.store.get(document);
    if (!analysis) return undefined;
    const items = reviewItems(analysis);
    return { reviewed: items.filter((i) => i.reviewed).length, total: items.length };
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const analysis = document && this.store.get(document);
    if (!document || !analysis || (!analysis.annotations && !this.reviewing.has(document.uri.toString()))) {
      if (!document || this.store.status(document).state !== 'pending') this.item.hide();
      return;
    }
    const { reviewed, total } = this.counts(document)!;
    this.item.text = `$(checklist) ${reviewed} of ${total} reviewed`;
    const orphaned = analysis.annotations?.orphaned.length ?? 0;
    this.item.tooltip = new vscode.MarkdownString(
      `**News Lens review** — ${reviewed} of ${total} facts reviewed` +
        (analysis.annotations ? ` · ${analysis.annotations.applied} of your annotations applied` : '') +
        (orphaned ? ` · ${orphaned} orphaned (see the Facts view)` : '') +
        '\n\nClick to go to the next fact to review.',
    );
    this.item.backgroundColor = orphaned ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  /** Selects the next (or previous) unreviewed fact; returns it (undefined when all are reviewed). */
  private async step(uri: string | undefined, direction: 1 | -1): Promise<ReviewItem | undefined> {
    const editor = await editorFor(uri);
    if (!editor) return undefined;
    const analysis = await analysisFor(this.store, editor.document);
    if (!analysis) return undefined;
    this.reviewing.add(editor.document.uri.toString());
    this.update();
    const document = editor.document;
    const at = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
    const next = nextToReview(reviewItems(analysis), at, direction);
    if (!next) {
      void vscode.window.showInformationMessage('News Lens: every fact in this article is reviewed.');
      return undefined;
    }
    const range = new vscode.Range(document.positionAt(next.start), document.positionAt(next.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    // Its actions at hand: the hover has Accept and the corrections as links (the lightbulb shows too).
    if (vscode.window.activeTextEditor === editor) void vscode.commands.executeCommand('editor.action.showHover');
    return next;
  }

  /** Accepts every fact not reviewed yet (one write). */
  private async acceptAll(uri?: string): Promise<number> {
    const editor = await editorFor(uri);
    const document = editor?.document;
    const analysis = document && (await analysisFor(this.store, document));
    if (!document || !analysis) return 0;
    const open = reviewItems(analysis).filter((i) => !i.reviewed);
    if (open.length === 0) {
      void vscode.window.showInformationMessage('News Lens: every fact in this article is already reviewed.');
      return 0;
    }
    this.reviewing.add(document.uri.toString());
    await this.annotator.annotateAll(
      document,
      open.map((i) => ({ action: 'accept', target: { start: i.start, end: i.end } })),
    );
    return open.length;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

async function editorFor(uri: string | undefined): Promise<vscode.TextEditor | undefined> {
  if (!uri) return vscode.window.activeTextEditor;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  return vscode.window.showTextDocument(document, {
    preview: false,
    viewColumn: vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn,
  });
}
