// activate(): wires one analysis store to the features; nothing else.
import * as vscode from 'vscode';
import { AnalysisStore } from './editor/analysisStore';
import { Decorations } from './editor/decorations';
import { registerHover } from './editor/hover';

export interface NewsLensApi {
  store: AnalysisStore;
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const selector: vscode.DocumentSelector = [
    { language: 'plaintext' },
    { language: 'markdown' },
  ];
  const store = new AnalysisStore();
  context.subscriptions.push(
    store,
    new Decorations(store),
    registerHover(store, selector),
    vscode.commands.registerCommand('newsLens.refresh', () => store.refreshAll()),
  );
  return { store };
}

export function deactivate(): void {}
