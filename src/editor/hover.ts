// Explains the name, quote or date under the mouse.
import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';

export function registerHover(store: AnalysisStore, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position) {
      const analysis = store.ensure(document);
      if (!analysis) return undefined;
      const offset = document.offsetAt(position);
      for (const entity of analysis.entities) {
        const mention = entity.mentions.find((m) => m.start <= offset && offset < m.end);
        if (!mention) continue;
        const md = new vscode.MarkdownString();
        md.appendMarkdown(`**${escape(entity.name)}** — ${entity.type}`);
        if (entity.role) md.appendMarkdown(`, ${escape(entity.role)}`);
        md.appendMarkdown(`\n\n${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}`);
        const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
        return new vscode.Hover(md, range);
      }
      return undefined;
    },
  });
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
