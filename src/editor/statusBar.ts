// A status bar item with the active article's counts; says when analysis is running on a large
// document or a file was skipped. Clicking it focuses the facts tree.
import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { guard } from './log';

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: AnalysisStore) {
    this.item.name = 'News Lens';
    this.item.command = 'newsLens.facts.focus';
    const update = guard('status bar', () => this.update());
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(update),
      store.onDidChangeStatus((uri) => uri.toString() === vscode.window.activeTextEditor?.document.uri.toString() && update()),
    );
    update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const status = document ? this.store.status(document) : { state: 'off' as const };
    switch (status.state) {
      case 'off':
        this.item.hide();
        return;
      case 'pending':
        // Small documents are analysed in a blink: keep the last counts rather than flashing a spinner.
        if (!status.large) return;
        this.item.text = `$(sync~spin) News Lens: analysing…${status.progress !== undefined ? ` ${Math.floor(status.progress * 100)}%` : ''}`;
        this.item.tooltip = 'News Lens is analysing this large document';
        this.item.backgroundColor = undefined;
        break;
      case 'skipped':
        this.item.text = '$(eye-closed) News Lens: skipped';
        this.item.tooltip = `News Lens did not analyse this file: ${status.message}.`;
        this.item.backgroundColor = status.reason === 'tooLarge' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
        break;
      case 'ready': {
        const a = status.analysis;
        const count = (type: string) => a.entities.filter((e) => e.type === type).length;
        const [people, orgs, places] = [count('person'), count('organization'), count('place')];
        this.item.text = `$(person) ${people}  $(organization) ${orgs}  $(location) ${places}  $(quote) ${a.quotes.length}  $(calendar) ${a.dates.length}`;
        const md = new vscode.MarkdownString(
          `**News Lens** — ${plural(people, 'person', 'people')}, ${plural(orgs, 'organization')}, ${plural(places, 'place')}, ` +
            `${plural(a.quotes.length, 'quote')}, ${plural(a.dates.length, 'date')}` +
            `${a.documentDate ? ` · article date ${a.documentDate}` : ''}\n\nClick to show the facts.`,
        );
        this.item.tooltip = md;
        this.item.backgroundColor = undefined;
        break;
      }
    }
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
