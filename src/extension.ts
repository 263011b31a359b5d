// activate(): wires one analysis store to the features; nothing else.
import * as vscode from 'vscode';
import { AnalysisStore } from './editor/analysisStore';
import { Decorations, registerHighlightCommands } from './editor/decorations';
import { registerHover } from './editor/hover';
import { FactsTree } from './editor/factsTree';
import { registerNavigation } from './editor/navigation';
import { StatusBar } from './editor/statusBar';
import { disposeLog, log } from './editor/log';
import { registerExportCommands } from './editor/exportCommands';
import { CheckDiagnostics } from './editor/diagnostics';
import { registerCheckActions } from './editor/checkActions';

/** Returned by activate(): the test API (integration tests read real feature state through it). */
export interface NewsLensApi {
  store: AnalysisStore;
  decorations: Decorations;
  facts: FactsTree;
  statusBar: StatusBar;
  diagnostics: CheckDiagnostics;
  log: vscode.LogOutputChannel;
  /** How long evaluating the bundle and running activate() took (ms), as measured in this host. */
  timings: { moduleMs: number | null; activateMs: number };
}

// Every text document; the store decides which ones are articles (language, scheme and
// exclude settings change live, so providers cannot be limited to a selector fixed at activation).
const selector: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-vfs' }, { scheme: 'vscode-remote' }];

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const activateStart = performance.now();
  const store = new AnalysisStore();
  const decorations = new Decorations(store);
  const facts = new FactsTree(store);
  const statusBar = new StatusBar(store);
  const diagnostics = new CheckDiagnostics(store, vscode.Uri.joinPath(context.extensionUri, 'README.md'));
  context.subscriptions.push(
    store,
    decorations,
    registerHighlightCommands(decorations),
    registerHover(store, selector),
    registerNavigation(store, selector),
    facts,
    statusBar,
    vscode.commands.registerCommand('newsLens.refresh', () => store.refreshAll()),
    registerExportCommands(store),
    diagnostics,
    registerCheckActions(diagnostics, selector),
    { dispose: disposeLog },
  );
  // Set by the bundle's first line (esbuild.mjs banner): evaluating the bundle, then activate().
  const loadStart = (globalThis as { __newsLensLoadStart?: number }).__newsLensLoadStart;
  const timings = { moduleMs: loadStart === undefined ? null : activateStart - loadStart, activateMs: performance.now() - activateStart };
  log().info(`activated: bundle evaluated in ${timings.moduleMs?.toFixed(1) ?? '?'} ms, activate() took ${timings.activateMs.toFixed(1)} ms`);
  return { store, decorations, facts, statusBar, diagnostics, log: log(), timings };
}

export function deactivate(): void {}
