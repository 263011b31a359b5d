// Highlights entities, quotes, speakers and dates in every visible editor, from the store.
// Only what changed is redrawn: a kind whose ranges equal what is already set on an editor is skipped.
import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { registerCommand } from './commandRegistry';
import type { Analysis } from '../analysis';
import type { AnalysisStore } from './analysisStore';
import { KINDS, readSettings, type Kind } from './settings';
import { guard } from './log';
import { provenanceOf, type Provenance } from './annotationChoices';
import { isUncertain } from './describe';

/**
 * Decorated kinds: the five analysed kinds, the speaker mention of each quote, and provenance
 * underlines (added by you: solid; reviewed: thin solid; suggested: dotted, once the article has a sidecar).
 */
export const PROVENANCE_KINDS = ['byUser', 'reviewed', 'suggested'] as const;
/** `uncertain`: facts the engine is unsure of (confidence below 0.6): a dotted warning underline and a "?". */
export const DECORATION_KINDS = [...KINDS, 'speaker', ...PROVENANCE_KINDS, 'uncertain'] as const;
export type DecorationKind = (typeof DECORATION_KINDS)[number];
const PROVENANCE_KIND: Record<Provenance, DecorationKind> = { user: 'byUser', reviewed: 'reviewed', suggested: 'suggested' };

interface Offsets {
  start: number;
  end: number;
}

export class Decorations implements vscode.Disposable {
  private readonly types = new Map<DecorationKind, vscode.TextEditorDecorationType>();
  /** What was last set on each editor, per kind: a signature to skip identical updates, and the ranges for the test API. */
  private readonly applied = new WeakMap<vscode.TextEditor, Map<DecorationKind, { signature: string; ranges: vscode.Range[] }>>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Session-wide switch for the "Toggle Highlights" command; the settings still decide per kind. */
  private visible = true;
  /** How many setDecorations calls were skipped because nothing changed (for tests of the no-flicker rule). */
  skippedUpdates = 0;
  private readonly toggled = new vscode.EventEmitter<boolean>();
  readonly onDidToggle = this.toggled.event;

  constructor(private readonly store: AnalysisStore) {
    for (const kind of DECORATION_KINDS) this.types.set(kind, createType(kind));
    this.subscriptions.push(
      this.toggled,
      store.onDidChange(guard('decorations', (uri: vscode.Uri) => this.applyTo(uri))),
      store.onDidChangeStatus(guard('decorations', (uri: vscode.Uri) => this.applyTo(uri))),
      vscode.window.onDidChangeVisibleTextEditors(
        guard('decorations', (editors: readonly vscode.TextEditor[]) => editors.forEach((e) => this.apply(e))),
      ),
    );
    this.applyAll();
  }

  readonly feature = 'decorations';

  settingsChanged(change: vscode.ConfigurationChangeEvent): void {
    if (change.affectsConfiguration('newsLens.highlight')) this.applyAll();
  }

  get highlightsVisible(): boolean {
    return this.visible;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.toggled.fire(visible);
    this.applyAll();
  }

  /** The ranges this feature last set on the editor for the kind (a record of real setDecorations calls). */
  rangesFor(editor: vscode.TextEditor, kind: DecorationKind): vscode.Range[] {
    return [...(this.applied.get(editor)?.get(kind)?.ranges ?? [])];
  }

  applyAll(): void {
    vscode.window.visibleTextEditors.forEach((e) => this.apply(e));
  }

  private applyTo(uri: vscode.Uri): void {
    const key = uri.toString();
    vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === key).forEach((e) => this.apply(e));
  }

  private apply(editor: vscode.TextEditor): void {
    const status = this.store.status(editor.document);
    // While a new version is being analysed, keep what is shown: the editor already moves
    // decorations with the edits, and clearing them now would flicker.
    if (status.state === 'pending') {
      // A newly shown editor has nothing yet: analyse now; the store's change event then draws it.
      if (!this.applied.has(editor)) this.store.ensure(editor.document);
      return;
    }
    this.set(editor, status.state === 'ready' && this.visible ? status.analysis : undefined);
  }

  private set(editor: vscode.TextEditor, analysis: Analysis | undefined): void {
    const settings = readSettings(editor.document.uri);
    const spans = analysis ? spansByKind(analysis, settings.highlight) : undefined;
    let record = this.applied.get(editor);
    if (!record) this.applied.set(editor, (record = new Map()));
    for (const kind of DECORATION_KINDS) {
      const setting: Kind | undefined =
        kind === 'speaker' ? 'quote' : (KINDS as readonly string[]).includes(kind) ? (kind as Kind) : undefined;
      const wanted = spans && (setting === undefined || settings.highlight[setting]) ? spans.get(kind)! : [];
      const signature = wanted.map((s) => `${s.start}-${s.end}`).join(',');
      const previous = record.get(kind);
      if (previous && previous.signature === signature) {
        this.skippedUpdates++;
        continue;
      }
      const document = editor.document;
      const ranges = wanted.map((s) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)));
      editor.setDecorations(this.types.get(kind)!, ranges);
      record.set(kind, { signature, ranges });
    }
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.types.forEach((t) => t.dispose());
  }
}

/** Offsets per decoration kind, sorted by start. Provenance underlines only for the kinds highlighted. */
export function spansByKind(analysis: Analysis, highlighted?: Record<Kind, boolean>): Map<DecorationKind, Offsets[]> {
  const map = new Map<DecorationKind, Offsets[]>(DECORATION_KINDS.map((k) => [k, []]));
  // Suggestions are marked only once the user annotates the article (a sidecar exists).
  const mark = (kind: Kind, fact: object, also?: object) => {
    if (highlighted && !highlighted[kind]) return;
    const p = provenanceOf(fact);
    const q = also ? provenanceOf(also) : p;
    const shown: Provenance = p === 'user' || q === 'user' ? 'user' : p === 'reviewed' || q === 'reviewed' ? 'reviewed' : 'suggested';
    if (shown !== 'suggested' || analysis.annotations) map.get(PROVENANCE_KIND[shown])!.push(fact as Offsets);
  };
  const uncertain = (kind: Kind, fact: { confidence?: number }, span: Offsets) => {
    if (isUncertain(fact) && (!highlighted || highlighted[kind])) map.get('uncertain')!.push(span);
  };
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      map.get(e.type)?.push(m);
      mark(e.type, m, e);
      uncertain(e.type, e, m);
    }
  }
  for (const q of analysis.quotes) {
    map.get('quote')!.push(q);
    mark('quote', q);
    if (q.speaker) {
      map.get('speaker')!.push(q.speaker);
      uncertain('quote', q.speaker, q.speaker);
    }
  }
  for (const d of analysis.dates) {
    map.get('date')!.push(d);
    mark('date', d);
    uncertain('date', d, d);
  }
  for (const list of map.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return map;
}

const UNDERLINES: Partial<Record<DecorationKind, { color: string; style: string; width: string }>> = {
  byUser: { color: 'newsLens.userBorder', style: 'solid', width: '2px' },
  reviewed: { color: 'newsLens.reviewedBorder', style: 'solid', width: '1px' },
  suggested: { color: 'newsLens.suggestedBorder', style: 'dotted', width: '1px' },
};

function createType(kind: DecorationKind): vscode.TextEditorDecorationType {
  const underline = UNDERLINES[kind];
  if (underline) {
    return vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor(underline.color),
      borderStyle: `none none ${underline.style} none`,
      borderWidth: `0 0 ${underline.width} 0`,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }
  if (kind === 'uncertain') {
    const warning = new vscode.ThemeColor('editorWarning.foreground');
    return vscode.window.createTextEditorDecorationType({
      borderColor: warning,
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 2px 0',
      after: { contentText: '?', color: warning },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }
  if (kind === 'speaker') {
    // A speaker is also a person highlight; the underline marks it as the one who said a quote.
    return vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor('newsLens.speakerBorder'),
      borderStyle: 'none none solid none',
      borderWidth: '0 0 2px 0',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`newsLens.${kind}Background`),
    overviewRulerColor: new vscode.ThemeColor(`newsLens.${kind}Ruler`),
    overviewRulerLane: kind === 'quote' || kind === 'date' ? vscode.OverviewRulerLane.Left : vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

/** Toggle / show / hide highlight commands (the facts tree's title bar shows the one that applies). */
export function registerHighlightCommands(decorations: Decorations): vscode.Disposable {
  const set = (visible: boolean) => {
    decorations.setVisible(visible);
    void vscode.commands.executeCommand('setContext', 'newsLens.highlightsVisible', visible);
  };
  void vscode.commands.executeCommand('setContext', 'newsLens.highlightsVisible', decorations.highlightsVisible);
  return vscode.Disposable.from(
    registerCommand(
      COMMANDS.toggleHighlights,
      guard('decorations', () => set(!decorations.highlightsVisible)),
    ),
    registerCommand(
      COMMANDS.showHighlights,
      guard('decorations', () => set(true)),
    ),
    registerCommand(
      COMMANDS.hideHighlights,
      guard('decorations', () => set(false)),
    ),
  );
}
