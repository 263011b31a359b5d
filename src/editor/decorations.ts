// Highlights entities, quotes and dates in every visible editor, from the store.
import * as vscode from 'vscode';
import type { Analysis } from '../analysis';
import type { AnalysisStore } from './analysisStore';

const KINDS = ['person', 'organization', 'place', 'quote', 'date'] as const;
type Kind = (typeof KINDS)[number];

export class Decorations implements vscode.Disposable {
  private readonly types = new Map<Kind, vscode.TextEditorDecorationType>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: AnalysisStore) {
    for (const kind of KINDS) {
      const color = new vscode.ThemeColor(`newsLens.${kind}Background`);
      this.types.set(
        kind,
        vscode.window.createTextEditorDecorationType({
          backgroundColor: color,
          overviewRulerColor: color,
          overviewRulerLane: vscode.OverviewRulerLane.Right,
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    }
    this.subscriptions.push(
      store.onDidChange((uri) => vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri.toString()).forEach((e) => this.apply(e))),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.apply(e))),
    );
    vscode.window.visibleTextEditors.forEach((e) => this.apply(e));
  }

  private apply(editor: vscode.TextEditor): void {
    const analysis = this.store.ensure(editor.document);
    const ranges = analysis ? rangesByKind(editor.document, analysis) : new Map<Kind, vscode.Range[]>();
    for (const kind of KINDS) editor.setDecorations(this.types.get(kind)!, ranges.get(kind) ?? []);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.types.forEach((t) => t.dispose());
  }
}

export function rangesByKind(document: vscode.TextDocument, analysis: Analysis): Map<Kind, vscode.Range[]> {
  const map = new Map<Kind, vscode.Range[]>(KINDS.map((k) => [k, []]));
  const range = (s: { start: number; end: number }) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
  for (const e of analysis.entities) for (const m of e.mentions) map.get(e.type)!.push(range(m));
  for (const q of analysis.quotes) map.get('quote')!.push(range(q));
  for (const d of analysis.dates) map.get('date')!.push(range(d));
  return map;
}
