// The "Facts" tree: the active article's header, people, organizations, places, quotes and dates.
// Node ids are stable across edits (by type and name, not by engine ids), so the user's
// expansion state survives re-analysis.
import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { registerCommand } from './commandRegistry';
import type { Analysis, Entity, EntityType } from '../analysis';
import type { AnalysisStore, DocumentStatus } from './analysisStore';
import { articleSources, compareCalendar, describeDate, isUncertain, mentionPreview, oneLine, quoteOpening } from './describe';
import { dateAt, entityAt, entityKey, mentionsOf, quoteAt } from './lookup';
import { guard, guarded, logError } from './log';
import { readSettings } from './settings';
import { lineIndex } from '../export/text';
import type { Sidecar } from '../annotations/types';
import { PROVENANCE_WORDS, describeAnnotation, provenanceOf, type Provenance } from './annotationChoices';

/** The user's annotations of an article, for the "Your annotations" and "Orphaned" groups. */
export interface SidecarSource {
  sidecarFor(document: vscode.TextDocument): Sidecar | undefined;
  problem(document: vscode.TextDocument): { message: string } | undefined;
}

export interface FactNode {
  id: string;
  kind: 'header' | 'info' | 'articleDate' | 'group' | 'entity' | 'mention' | 'quote' | 'date' | 'annotation' | 'orphan';
  label: string;
  /** Parts of the label to highlight (a mention inside its preview line). */
  highlights?: [number, number][];
  description?: string;
  tooltip?: string | vscode.MarkdownString;
  icon?: string;
  /** Offsets in the document that selecting the node reveals. */
  span?: { start: number; end: number };
  /** For entity nodes (and their mentions): the stable entity key and its name. */
  entityKey?: string;
  entityName?: string;
  /** For annotation and orphan nodes: the annotation's id in the sidecar. */
  annotationId?: string;
  expanded?: boolean;
  parent?: FactNode;
  children: FactNode[];
}

const GROUPS: { type: EntityType; label: string; icon: string }[] = [
  { type: 'person', label: 'People', icon: 'person' },
  { type: 'organization', label: 'Organizations', icon: 'organization' },
  { type: 'place', label: 'Places', icon: 'location' },
];

export class FactsTree implements vscode.TreeDataProvider<FactNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FactNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly treeView: vscode.TreeView<FactNode>;
  /** The article the tree shows. */
  document: vscode.TextDocument | undefined;
  private roots: FactNode[] = [];
  private shownAnalysis: Analysis | undefined;
  private lastRevealed: string | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: AnalysisStore,
    private readonly sidecars?: SidecarSource,
  ) {
    this.treeView = vscode.window.createTreeView('newsLens.facts', { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.treeView,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(guard('facts tree', (e: vscode.TextEditor | undefined) => this.follow(e))),
      store.onDidChange(guard('facts tree', (uri: vscode.Uri) => this.document?.uri.toString() === uri.toString() && this.update())),
      store.onDidChangeStatus(
        guard('facts tree', (uri: vscode.Uri) => this.document?.uri.toString() === uri.toString() && this.updateStatus()),
      ),
      vscode.workspace.onDidCloseTextDocument(
        guard('facts tree', (d: vscode.TextDocument) => d === this.document && this.follow(vscode.window.activeTextEditor)),
      ),
      vscode.window.onDidChangeTextEditorSelection(
        guard('facts tree', (e: vscode.TextEditorSelectionChangeEvent) => this.revealAtCursor(e)),
      ),
      registerCommand(COMMANDS.revealRange, guard('facts tree', revealRange)),
      registerCommand(
        COMMANDS.copyName,
        guard('facts tree', (node?: FactNode) => this.copyName(node)),
      ),
      registerCommand(
        COMMANDS.revealInTree,
        guard('facts tree', (uri?: string, key?: string) => this.revealEntity(uri, key)),
      ),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  getTreeItem(node: FactNode): vscode.TreeItem {
    return guarded('facts tree', new vscode.TreeItem(node.label), () => {
      const state =
        node.children.length === 0
          ? vscode.TreeItemCollapsibleState.None
          : node.expanded
            ? vscode.TreeItemCollapsibleState.Expanded
            : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(node.highlights ? { label: node.label, highlights: node.highlights } : node.label, state);
      item.id = node.id;
      item.description = node.description;
      item.tooltip = node.tooltip;
      item.contextValue = node.kind;
      if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon);
      if (node.span && this.document) {
        item.command = {
          command: COMMANDS.revealRange,
          title: 'Reveal in Editor',
          arguments: [this.document.uri, node.span.start, node.span.end],
        };
      }
      return item;
    });
  }

  getChildren(node?: FactNode): FactNode[] {
    return node ? node.children : this.roots;
  }

  getParent(node: FactNode): FactNode | undefined {
    return node.parent;
  }

  /** The node for an entity (by stable key) in the current tree. */
  entityNode(key: string): FactNode | undefined {
    for (const group of this.roots) for (const node of group.children) if (node.kind === 'entity' && node.entityKey === key) return node;
    return undefined;
  }

  /** The deepest node whose span covers the offset: a mention, a quote or a date. */
  nodeAt(offset: number): FactNode | undefined {
    const analysis = this.shownAnalysis;
    if (!analysis) return undefined;
    const hit = entityAt(analysis, offset);
    if (hit) {
      const entity = this.entityNode(entityKey(hit.entity));
      return entity?.children.find((m) => m.span?.start === hit.span.start) ?? entity;
    }
    const quote = quoteAt(analysis, offset) ?? (offset > 0 ? quoteAt(analysis, offset - 1) : undefined);
    if (quote) return this.roots.find((g) => g.id === 'group:quote')?.children.find((n) => n.span?.start === quote.start);
    const date = dateAt(analysis, offset) ?? (offset > 0 ? dateAt(analysis, offset - 1) : undefined);
    if (date) return this.roots.find((g) => g.id === 'group:date')?.children.find((n) => n.span?.start === date.start);
    return undefined;
  }

  readonly feature = 'facts tree';

  /** Any newsLens setting may change what the tree shows (highlight kinds, languages, exclusions). */
  settingsChanged(): void {
    this.follow(vscode.window.activeTextEditor);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (editor && (editor.document.uri.scheme === 'output' || editor.document.uri.scheme === 'debug')) return;
    const document = editor?.document;
    if (document !== this.document) this.lastRevealed = undefined;
    this.document = document;
    if (document) this.store.ensure(document);
    this.update();
  }

  private update(): void {
    const status: DocumentStatus = this.document ? this.store.status(this.document) : { state: 'off' };
    // While a new version is pending, keep showing the last analysis (no flicker on typing).
    if (status.state === 'pending' && this.shownAnalysis && this.roots.length) return this.updateStatus();
    const analysis = status.state === 'ready' ? status.analysis : undefined;
    if (analysis !== this.shownAnalysis || !analysis) {
      this.shownAnalysis = analysis;
      this.roots = analysis && this.document ? buildTree(analysis, this.document.getText(), this.sidecars?.sidecarFor(this.document)) : [];
      this.changed.fire(undefined);
    }
    this.updateStatus();
  }

  private updateStatus(): void {
    const status: DocumentStatus = this.document ? this.store.status(this.document) : { state: 'off' };
    const problem = this.document && this.sidecars?.problem(this.document);
    this.treeView.message =
      status.state === 'skipped' ? `Not analysed: ${status.message}.` : problem ? `Your annotations: ${problem.message}.` : undefined;
    this.treeView.description = this.document && status.state !== 'off' ? basename(this.document.uri) : undefined;
    void vscode.commands.executeCommand('setContext', 'newsLens.articleState', this.document ? status.state : 'none');
  }

  private revealAtCursor(e: vscode.TextEditorSelectionChangeEvent): void {
    if (e.textEditor.document !== this.document || !this.treeView.visible || !readSettings(e.textEditor.document.uri).revealInTreeOnCursor)
      return;
    const node = this.nodeAt(e.textEditor.document.offsetAt(e.selections[0].active));
    if (!node || node.id === this.lastRevealed) return;
    this.lastRevealed = node.id;
    this.treeView
      .reveal(node, { select: true, focus: false, expand: false })
      .then(undefined, (err: unknown) => logError('facts tree', err));
  }

  private async revealEntity(uri?: string, key?: string): Promise<void> {
    if (!key) return;
    if (uri && this.document?.uri.toString() !== uri) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      if (document) this.follow(await vscode.window.showTextDocument(document, { preserveFocus: true }));
    }
    const node = this.entityNode(key);
    if (!node) return;
    // Select first, then focus: focusing a view can restore its previous selection over a
    // selection made in the same step.
    await this.treeView.reveal(node, { select: true, focus: false, expand: true });
    await this.treeView.reveal(node, { select: true, focus: true, expand: true });
  }

  private async copyName(node?: FactNode): Promise<void> {
    const name = node?.entityName;
    if (name) await vscode.env.clipboard.writeText(name);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

async function revealRange(uri: vscode.Uri | string, start: number, end: number): Promise<void> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const document = await vscode.workspace.openTextDocument(target);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Builds the whole tree for one analysis: a pure function of the analysis, the text and the user's annotations. */
export function buildTree(analysis: Analysis, text: string, sidecar?: Sidecar): FactNode[] {
  const node = nodeMaker();
  const header = articleHeader(node, analysis, text);
  const roots = [header, ...entityGroups(node, analysis, text), quoteGroup(node, analysis), dateGroup(node, analysis)];
  if (sidecar) addAnnotationGroups(roots, node, analysis, sidecar);
  return roots;
}

/** Adds a node under its parent (a root without one); ids are made unique within the tree. */
type AddNode = (parent: FactNode | undefined, fields: Omit<FactNode, 'children' | 'parent'>) => FactNode;

function nodeMaker(): AddNode {
  const ids = new Set<string>();
  const unique = (id: string) => {
    let candidate = id;
    for (let n = 2; ids.has(candidate); n++) candidate = `${id}#${n}`;
    ids.add(candidate);
    return candidate;
  };
  return (parent, fields) => {
    const n: FactNode = { ...fields, id: unique(fields.id), parent, children: [] };
    parent?.children.push(n);
    return n;
  };
}

/** The article header: document date and sources. */
function articleHeader(node: AddNode, analysis: Analysis, text: string): FactNode {
  const sources = articleSources(analysis, text);
  const date = analysis.documentDate ? describeDate(analysis.documentDate, 'date', null) : undefined;
  const header = node(undefined, {
    id: 'header',
    kind: 'header',
    label: 'Article',
    description: [analysis.documentDate ?? 'no date', ...sources.map((s) => s.name)].join(' · '),
    icon: 'file-text',
    expanded: true,
  });
  node(header, {
    id: 'header:date',
    kind: 'articleDate',
    label: date ? date.words : 'No date found',
    description: analysis.documentDate ?? 'Set Article Date… to resolve relative dates',
    tooltip: 'Document date, used to resolve relative dates such as "on Tuesday" or "next year" (right-click: Set Article Date…)',
    icon: 'calendar',
  });
  for (const source of sources) {
    node(header, {
      id: `header:source:${entityKey(source)}`,
      kind: 'info',
      label: source.name,
      description: 'source',
      tooltip: 'Credited as a source of the article (news agency, "according to", or quoted)',
      icon: 'megaphone',
      span: source.mentions[0],
    });
  }
  return header;
}

/** People, organizations, places: each entity with its mentions, the most mentioned first. */
function entityGroups(node: AddNode, analysis: Analysis, text: string): FactNode[] {
  const lineOf = lineIndex(text);
  return GROUPS.map((g) => {
    const entities = analysis.entities
      .filter((e) => e.type === g.type)
      .map((e) => ({ e, mentions: mentionsOf(e) }))
      .sort((a, b) => b.mentions.length - a.mentions.length || a.e.name.localeCompare(b.e.name));
    const group = node(undefined, {
      id: `group:${g.type}`,
      kind: 'group',
      label: g.label,
      description: String(entities.length),
      icon: g.icon,
      expanded: true,
    });
    for (const { e, mentions } of entities) {
      const key = entityKey(e);
      const entity = node(group, {
        id: `entity:${key}`,
        kind: 'entity',
        label: e.name,
        description: [uncertainNote(e), e.role, `${mentions.length}×`, provenanceNote(e)].filter(Boolean).join(' · '),
        tooltip: entityTooltip(e, mentions.length),
        icon: provenanceIcon(e),
        entityKey: key,
        entityName: e.name,
        span: mentions[0],
      });
      mentions.forEach((m, i) => {
        const preview = mentionPreview(text, m.start, m.end);
        const at = preview.indexOf(m.text);
        node(entity, {
          id: `entity:${key}/${i}`,
          kind: 'mention',
          label: preview,
          highlights: at >= 0 ? [[at, at + m.text.length]] : undefined,
          description: `line ${lineOf(m.start).line}`,
          span: m,
          entityKey: key,
          entityName: e.name,
        });
      });
    }
    return group;
  });
}

function quoteGroup(node: AddNode, analysis: Analysis): FactNode {
  const quotes = node(undefined, {
    id: 'group:quote',
    kind: 'group',
    label: 'Quotes',
    description: String(analysis.quotes.length),
    icon: 'quote',
    expanded: true,
  });
  for (const q of analysis.quotes) {
    const speaker = q.speaker ? (analysis.entities.find((e) => e.id === q.speaker!.entityId)?.name ?? q.speaker.text) : 'Speaker unknown';
    node(quotes, {
      id: `quote:${speaker}:${quoteOpening(q.text, 30)}`,
      kind: 'quote',
      label: `${speaker} — ${quoteOpening(q.text, 60)}`,
      description: [q.speaker && uncertainNote(q.speaker), q.cue, provenanceNote(q)].filter(Boolean).join(' · ') || undefined,
      tooltip: `${speaker}${q.cue ? ` (${q.cue})` : ''}: ${oneLine(q.text, 300)} (${PROVENANCE_WORDS[provenanceOf(q)]})`,
      icon: provenanceIcon(q),
      span: q,
    });
  }
  return quotes;
}

function dateGroup(node: AddNode, analysis: Analysis): FactNode {
  const datesGroup = node(undefined, {
    id: 'group:date',
    kind: 'group',
    label: 'Dates',
    description: String(analysis.dates.length),
    icon: 'calendar',
    expanded: true,
  });
  const dates = [...analysis.dates].sort((a, b) => compareCalendar(a.value, b.value) || a.start - b.start);
  for (const d of dates) {
    const desc = describeDate(d.value, d.type, analysis.documentDate);
    node(datesGroup, {
      // Not by value: a changed document date re-resolves values, the node stays the same.
      id: `date:${d.text}`,
      kind: 'date',
      label: d.text,
      description: [uncertainNote(d), desc.words, desc.iso, provenanceNote(d)].filter(Boolean).join(' · '),
      tooltip: [desc.words, desc.iso, desc.relation, PROVENANCE_WORDS[provenanceOf(d)]].filter(Boolean).join(' · '),
      span: d,
      icon: provenanceIcon(d),
    });
  }
  return datesGroup;
}

/** "Your annotations" (each removable) and "Orphaned" (the text each was on; attach or delete). */
function addAnnotationGroups(roots: FactNode[], node: AddNode, analysis: Analysis, sidecar: Sidecar): void {
  const orphaned = new Map((analysis.annotations?.orphaned ?? []).map((o) => [o.id, o.reason]));
  const placed = sidecar.annotations.filter((a) => !orphaned.has(a.id));
  const mine = node(undefined, {
    id: 'group:annotations',
    kind: 'group',
    label: 'Your annotations',
    description: String(placed.length),
    icon: 'edit',
    expanded: false,
  });
  roots.push(mine);
  for (const a of placed) {
    const { label, description } = describeAnnotation(a);
    node(mine, {
      id: `annotation:${a.id}`,
      kind: 'annotation',
      label,
      description,
      tooltip: `${label} (${a.action}, ${String(a.created ?? '')})`,
      span: { start: a.target.start, end: a.target.end },
      annotationId: a.id,
    });
  }
  if (orphaned.size === 0) return;
  const lost = node(undefined, {
    id: 'group:orphaned',
    kind: 'group',
    label: 'Orphaned',
    description: String(orphaned.size),
    icon: 'warning',
    expanded: true,
  });
  roots.push(lost);
  for (const a of sidecar.annotations.filter((x) => orphaned.has(x.id))) {
    const { label } = describeAnnotation(a);
    node(lost, {
      id: `orphan:${a.id}`,
      kind: 'orphan',
      label: `“${oneLine(a.target.exact, 60)}”`,
      description: `${a.id} · ${orphaned.get(a.id)}`,
      tooltip: `${label}. Its text is no longer in the article (${orphaned.get(a.id)}). Select where it belongs and choose Attach to Selection, or Delete it.`,
      icon: 'debug-disconnect',
      annotationId: a.id,
    });
  }
}

function provenanceNote(fact: object): string | undefined {
  const p = provenanceOf(fact);
  return p === 'suggested' ? undefined : PROVENANCE_WORDS[p];
}

const PROVENANCE_ICONS: Record<Provenance, string | undefined> = { user: 'account', reviewed: 'pass', suggested: undefined };

function provenanceIcon(fact: object): string | undefined {
  return PROVENANCE_ICONS[provenanceOf(fact)];
}

function entityTooltip(e: Entity, mentions: number): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendText(`${e.name} (${e.type}${e.role ? `, ${e.role}` : ''})\n`);
  if (e.aliases.length > 1) md.appendText(`Also: ${e.aliases.filter((a) => a !== e.name).join(', ')}\n`);
  md.appendText(`${mentions} mention${mentions === 1 ? '' : 's'}`);
  return md;
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** "? uncertain" at the front of the description of a fact the engine is unsure of. */
function uncertainNote(fact: { confidence?: number }): string | undefined {
  return isUncertain(fact) ? '? uncertain' : undefined;
}
