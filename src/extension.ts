// activate(): wires one analysis store, its engine runner and one settings listener to the features; nothing else.
import * as vscode from 'vscode';
import { COMMANDS } from './editor/commands';
import { registerCommand } from './editor/commandRegistry';
import { AnalysisStore } from './editor/analysisStore';
import { AnalysisRunner } from './editor/analysisRunner';
import { Decorations, registerHighlightCommands } from './editor/decorations';
import { registerHover } from './editor/hover';
import { FactsTree } from './editor/factsTree';
import { registerNavigation } from './editor/navigation';
import { StatusBar } from './editor/statusBar';
import { disposeLog, log } from './editor/log';
import { registerExportCommands } from './editor/exportCommands';
import { registerWelcomeCommands } from './editor/welcome';
import { SidecarStore } from './editor/sidecarStore';
import { Annotator, registerAnnotationCommands } from './editor/annotate';
import { registerAnnotationActions } from './editor/annotationActions';
import { Review } from './editor/review';
import { CheckDiagnostics } from './editor/diagnostics';
import { registerCheckActions } from './editor/checkActions';
import { listenToSettings } from './editor/settingsListener';

/** Returned by activate(): the test API (integration tests read real feature state through it). */
export interface NewsLensApi {
  store: AnalysisStore;
  /** The engine runner (tests read when each step of a document's analysis happened). */
  runner: AnalysisRunner;
  decorations: Decorations;
  facts: FactsTree;
  statusBar: StatusBar;
  sidecars: SidecarStore;
  review: Review;
  diagnostics: CheckDiagnostics;
  log: vscode.LogOutputChannel;
  /** How long evaluating the bundle and running activate() took (ms), as measured in this host. */
  timings: { moduleMs: number | null; activateMs: number };
}

// Every text document; the store decides which ones are articles (language, scheme and
// exclude settings change live, so providers cannot be limited to a selector fixed at activation).
const selector: vscode.DocumentSelector = [
  { scheme: 'file' },
  { scheme: 'untitled' },
  { scheme: 'vscode-vfs' },
  { scheme: 'vscode-remote' },
];

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const activateStart = performance.now();
  // Created before the store: it shifts annotation targets before the store sees an edit.
  const sidecars = new SidecarStore();
  // The one runner: the store and the folder export run the engine through it (in the worker).
  const runner = new AnalysisRunner();
  const store = new AnalysisStore(sidecars, runner);
  const decorations = new Decorations(store);
  const facts = new FactsTree(store, sidecars);
  const statusBar = new StatusBar(store);
  const annotator = new Annotator(sidecars);
  const review = new Review(store, annotator);
  const treeDocument = () => facts.document;
  const diagnostics = new CheckDiagnostics(store, vscode.Uri.joinPath(context.extensionUri, 'README.md'));
  context.subscriptions.push(
    sidecars,
    store,
    runner,
    decorations,
    registerHighlightCommands(decorations),
    registerHover(store, selector),
    registerNavigation(store, selector),
    facts,
    statusBar,
    registerCommand(COMMANDS.refresh, () => store.refreshAll()),
    registerExportCommands(store, runner),
    registerWelcomeCommands(context.extensionUri),
    registerAnnotationCommands(annotator, treeDocument),
    registerAnnotationActions(store, annotator, selector, treeDocument),
    review,
    diagnostics,
    registerCheckActions(diagnostics, selector),
    // The store first: the features that follow see the re-analysis it has started.
    listenToSettings([store, decorations, facts, diagnostics]),
    { dispose: disposeLog },
  );
  // Set by the bundle's first line (esbuild.mjs banner): evaluating the bundle, then activate().
  const loadStart = (globalThis as { __newsLensLoadStart?: number }).__newsLensLoadStart;
  const timings = { moduleMs: loadStart === undefined ? null : activateStart - loadStart, activateMs: performance.now() - activateStart };
  log().info(
    `activated: bundle evaluated in ${timings.moduleMs?.toFixed(1) ?? '?'} ms, activate() took ${timings.activateMs.toFixed(1)} ms`,
  );
  return { store, runner, decorations, facts, statusBar, sidecars, review, diagnostics, log: log(), timings };
}

export function deactivate(): void {}
