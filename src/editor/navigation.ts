// Language features for names: references, document highlights, outline symbols, and commands
// to jump between the mentions of the entity under the cursor.
import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { registerCommand } from './commandRegistry';
import type { Analysis, EntityType } from '../analysis';
import type { AnalysisStore } from './analysisStore';
import { compareCalendar, describeDate, quoteOpening } from './describe';
import { adjacentMention, entityAt, mentionsOf } from './lookup';
import { guard, guarded } from './log';
import { analysisFor } from './awaitAnalysis';
import type { FactNode } from './factsTree';

const toRange = (document: vscode.TextDocument, s: { start: number; end: number }) =>
  new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));

export function registerNavigation(store: AnalysisStore, selector: vscode.DocumentSelector): vscode.Disposable {
  const mentionsAt = async (document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) => {
    const analysis = await analysisFor(store, document, token);
    if (!analysis) return undefined;
    const hit = entityAt(analysis, document.offsetAt(position));
    return hit && { ...hit, mentions: mentionsOf(hit.entity) };
  };

  return vscode.Disposable.from(
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences(document, position, _context, token) {
        return guarded('references', undefined, async () =>
          (await mentionsAt(document, position, token))?.mentions.map((m) => new vscode.Location(document.uri, toRange(document, m))),
        );
      },
    }),
    vscode.languages.registerDocumentHighlightProvider(selector, {
      provideDocumentHighlights(document, position, token) {
        return guarded('document highlights', undefined, async () =>
          (await mentionsAt(document, position, token))?.mentions.map(
            (m) => new vscode.DocumentHighlight(toRange(document, m), vscode.DocumentHighlightKind.Text),
          ),
        );
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(
      selector,
      {
        provideDocumentSymbols(document, token) {
          return guarded('document symbols', undefined, async () => {
            const analysis = await analysisFor(store, document, token);
            return analysis ? documentSymbols(document, analysis) : undefined;
          });
        },
      },
      { label: 'News Lens' },
    ),
    // registerCommand, not registerTextEditorCommand: the latter does not wait for an async handler.
    registerCommand(
      COMMANDS.nextMention,
      guard('navigation', () => jump(store, vscode.window.activeTextEditor, 1)),
    ),
    registerCommand(
      COMMANDS.previousMention,
      guard('navigation', () => jump(store, vscode.window.activeTextEditor, -1)),
    ),
    registerCommand(
      COMMANDS.showMentions,
      guard('navigation', (arg?: FactNode | string, offset?: number) => showMentions(store, arg, offset)),
    ),
  );
}

async function jump(store: AnalysisStore, editor: vscode.TextEditor | undefined, direction: 1 | -1): Promise<void> {
  if (!editor) return;
  const document = editor.document;
  const analysis = await analysisFor(store, document);
  const offset = document.offsetAt(editor.selection.active);
  const hit = analysis && entityAt(analysis, offset);
  if (!analysis || !hit) {
    void vscode.window.setStatusBarMessage('News Lens: no name under the cursor', 3000);
    return;
  }
  const mentions = mentionsOf(hit.entity);
  // From a name or from a pronoun that names a speaker (not itself a mention): the mention after or before it.
  const next = adjacentMention(mentions, hit.span.start, direction);
  if (!next) return;
  const range = toRange(document, next);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  void vscode.window.setStatusBarMessage(
    `News Lens: ${hit.entity.name}, mention ${mentions.indexOf(next) + 1} of ${mentions.length}`,
    3000,
  );
}

/** Peeks every mention of an entity: from the tree (a node), a hover link (uri, offset) or the cursor. */
async function showMentions(store: AnalysisStore, arg?: FactNode | string, offset?: number): Promise<void> {
  let document: vscode.TextDocument | undefined;
  let at: number | undefined;
  if (typeof arg === 'string') {
    document =
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg) ??
      (await vscode.workspace.openTextDocument(vscode.Uri.parse(arg)));
    at = offset;
  } else if (arg && typeof arg === 'object' && arg.span) {
    document = vscode.window.activeTextEditor?.document;
    // The tree shows the active article; its nodes carry offsets into it.
    at = arg.span.start;
  } else {
    const editor = vscode.window.activeTextEditor;
    document = editor?.document;
    at = editor ? editor.document.offsetAt(editor.selection.active) : undefined;
  }
  if (!document || at === undefined) return;
  const analysis = await analysisFor(store, document);
  const hit = analysis && entityAt(analysis, at);
  if (!analysis || !hit) {
    void vscode.window.setStatusBarMessage('News Lens: no name under the cursor', 3000);
    return;
  }
  const locations = mentionsOf(hit.entity).map((m) => new vscode.Location(document!.uri, toRange(document!, m)));
  await vscode.commands.executeCommand('editor.action.showReferences', document.uri, toRange(document, hit.span).start, locations);
}

const GROUP_SYMBOLS: { type: EntityType; name: string; kind: vscode.SymbolKind }[] = [
  { type: 'person', name: 'People', kind: vscode.SymbolKind.Object },
  { type: 'organization', name: 'Organizations', kind: vscode.SymbolKind.Class },
  { type: 'place', name: 'Places', kind: vscode.SymbolKind.Module },
];

/** Outline and breadcrumbs: groups (namespaces) of entities (at their first mention), quotes and dates. */
export function documentSymbols(document: vscode.TextDocument, analysis: Analysis): vscode.DocumentSymbol[] {
  const groups: vscode.DocumentSymbol[] = [];
  const group = (name: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[]) => {
    if (children.length === 0) return;
    // A group spans its children so the outline can nest them; its own selection is its first child.
    const range = children.reduce((r, c) => r.union(c.range), children[0].range);
    const symbol = new vscode.DocumentSymbol(name, `${children.length}`, kind, range, children[0].selectionRange);
    symbol.children = children;
    groups.push(symbol);
  };
  for (const g of GROUP_SYMBOLS) {
    const children = analysis.entities
      .filter((e) => e.type === g.type && e.mentions.length > 0)
      .map((e) => {
        const first = toRange(document, e.mentions[0]);
        return new vscode.DocumentSymbol(e.name, [e.role, `${mentionsOf(e).length}×`].filter(Boolean).join(' · '), g.kind, first, first);
      });
    group(g.name, vscode.SymbolKind.Namespace, children);
  }
  group(
    'Quotes',
    vscode.SymbolKind.Namespace,
    analysis.quotes.map((q) => {
      const speaker = q.speaker ? (analysis.entities.find((e) => e.id === q.speaker!.entityId)?.name ?? q.speaker.text) : 'Speaker unknown';
      const range = toRange(document, q);
      return new vscode.DocumentSymbol(`${speaker} — ${quoteOpening(q.text, 40)}`, q.cue ?? '', vscode.SymbolKind.String, range, range);
    }),
  );
  group(
    'Dates',
    vscode.SymbolKind.Namespace,
    [...analysis.dates]
      .sort((a, b) => compareCalendar(a.value, b.value) || a.start - b.start)
      .map((d) => {
        const range = toRange(document, d);
        return new vscode.DocumentSymbol(
          d.text,
          describeDate(d.value, d.type, analysis.documentDate).words,
          vscode.SymbolKind.Event,
          range,
          range,
        );
      }),
  );
  return groups;
}
