// Correcting the engine where the user is: code actions (lightbulb, Ctrl+.) on a name, a quote, a
// date or a selection, and the same actions as commands for the palette, the Facts tree's context
// menu and keybindings. Each command also takes arguments (uri, start, end, ...) for tests.
import * as vscode from 'vscode';
import type { Analysis, EntityType } from '../analysis';
import { ADD_KINDS, type AddKind } from '../annotations/types';
import type { AnalysisStore } from './analysisStore';
import type { Annotator, AnnotationRequest } from './annotate';
import { analysisFor } from './awaitAnalysis';
import { dateValueProblem, factsAt, isExactFact, occurrences, provenanceOf, speakerChoices, type FactsAt } from './annotationChoices';
import { describeDate, mentionPreview, quoteOpening } from './describe';
import { mentionsOf } from './lookup';
import { guard, guarded } from './log';
import { COMMANDS, type CommandName } from './commands';
import { registerCommand } from './commandRegistry';
import type { FactNode } from './factsTree';

export const ANNOTATE_KIND = vscode.CodeActionKind.QuickFix.append('newsLens');
const TYPES: EntityType[] = ['person', 'organization', 'place'];

type Scope = 'all' | 'this';
type Offsets = { start: number; end: number };

/** Where a command acts: the article, the range given or selected, its analysis and the facts there. */
interface Place {
  document: vscode.TextDocument;
  /** A Facts tree entity node: the command is about the whole entity, every name it goes by. */
  wholeEntity?: boolean;
  start: number;
  end: number;
  analysis: Analysis;
  facts: FactsAt;
}

export function registerAnnotationActions(
  store: AnalysisStore,
  annotator: Annotator,
  selector: vscode.DocumentSelector,
  treeDocument: () => vscode.TextDocument | undefined,
): vscode.Disposable {
  const place = (arg: unknown, start?: number, end?: number) => placeFor(store, treeDocument(), arg, start, end);
  const record = async (p: Place, request: AnnotationRequest) => (await annotator.annotate(p.document, request)).id;
  const command = (name: CommandName, fn: (p: Place, ...rest: never[]) => Promise<string | undefined>) =>
    registerCommand(
      COMMANDS[name],
      guard('annotations', async (arg?: unknown, start?: number, end?: number, ...rest: never[]) => {
        const p = await place(arg, start, end);
        return p ? fn(p, ...rest) : undefined;
      }),
    );
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(
      selector,
      {
        provideCodeActions: (document, range, context, token) =>
          guarded('annotations', undefined, async () => {
            // The lightbulb asks on every cursor move while typing: only the current analysis, never
            // an analysis on the spot; Ctrl+. (invoked) waits for the pending one.
            const analysis =
              context.triggerKind === vscode.CodeActionTriggerKind.Invoke ? await analysisFor(store, document, token) : store.get(document);
            return analysis && !token.isCancellationRequested
              ? codeActions(document, analysis, document.offsetAt(range.start), document.offsetAt(range.end))
              : undefined;
          }),
      },
      { providedCodeActionKinds: [ANNOTATE_KIND] },
    ),
    command('acceptFact', (p) => accept(p, record)),
    command('notAName', (p, scope?: Scope) =>
      withEntity(p, async (span, entity) => {
        if (p.wholeEntity) return rejectEntity(p, annotator, entity);
        const chosen = scope ?? (await pickScope(p, span, 'Not a name'));
        return chosen && record(p, { action: 'reject', target: span, scope: chosen });
      }),
    ),
    command('changeType', (p, type?: EntityType) =>
      withEntity(p, async (span, entity) => {
        const chosen = type ?? (await pickType(entity.type));
        return chosen && record(p, { action: 'retype', target: span, type: chosen, scope: 'all' });
      }),
    ),
    command('sameAs', (p, into?: Offsets) =>
      withEntity(p, async (span, entity) => {
        const chosen = into ?? (await pickEntity(p, entity.id));
        return chosen && record(p, { action: 'merge', target: span, into: chosen });
      }),
    ),
    command('splitFrom', (p) => withEntity(p, (span) => record(p, { action: 'split', target: span }))),
    command('renameEntity', (p, name?: string) =>
      withEntity(p, async (span, entity) => {
        const chosen = name ?? (await askName(entity.name));
        return chosen && record(p, { action: 'rename', target: span, name: chosen });
      }),
    ),
    command('setSpeaker', (p, speaker?: Offsets | null) =>
      withQuote(p, async (quote) => {
        const chosen = speaker !== undefined ? speaker : await pickSpeaker(p, quote);
        return chosen !== undefined ? record(p, { action: 'speaker', target: quote, speaker: chosen }) : undefined;
      }),
    ),
    command('notAQuote', (p) => withQuote(p, (quote) => record(p, { action: 'reject', target: quote, scope: 'this' }))),
    command('notADate', (p) => withDate(p, (date) => record(p, { action: 'reject', target: date, scope: 'this' }))),
    command('correctDateValue', (p, value?: string) =>
      withDate(p, async (date) => {
        const chosen = value ?? (await askDateValue(p, date));
        if (chosen === undefined) return undefined;
        const problem = dateValueProblem(chosen);
        if (problem) throw new Error(`News Lens: ${problem}`);
        return record(p, { action: 'value', target: date, value: chosen.trim() });
      }),
    ),
    command('markSelectionAs', (p, kind?: AddKind, scope?: Scope, value?: string) => markSelection(p, record, kind, scope, value)),
  );
}

/** The code actions at a cursor or selection. */
export function codeActions(document: vscode.TextDocument, analysis: Analysis, start: number, end: number): vscode.CodeAction[] {
  const facts = factsAt(analysis, start, end);
  const uri = document.uri.toString();
  const actions: vscode.CodeAction[] = [];
  const add = (title: string, command: CommandName, target: Offsets, ...rest: unknown[]) => {
    const action = new vscode.CodeAction(title, ANNOTATE_KIND);
    action.command = { title, command: COMMANDS[command], arguments: [uri, target.start, target.end, ...rest] };
    actions.push(action);
  };
  if (facts.entity) {
    const { entity, span } = facts.entity;
    if (provenanceOf(span) === 'suggested' && provenanceOf(entity) === 'suggested')
      add(`Accept “${span.text}” as ${article(entity.type)}`, 'acceptFact', span);
    add(`Not a name: “${span.text}”`, 'notAName', span);
    for (const type of TYPES.filter((t) => t !== entity.type)) add(`Change type to ${type}`, 'changeType', span, type);
    add(`Same as…`, 'sameAs', span);
    if (entity.aliases.length > 1 && span.text !== entity.name) add(`Split “${span.text}” from “${entity.name}”`, 'splitFrom', span);
    add(`Rename “${entity.name}”…`, 'renameEntity', span);
  }
  if (facts.quote) {
    add('Set speaker…', 'setSpeaker', facts.quote);
    if (provenanceOf(facts.quote) === 'suggested') add('Accept quote and speaker', 'acceptFact', facts.quote);
    add('Not a quote', 'notAQuote', facts.quote);
  }
  if (facts.date) {
    add(`Correct date value…`, 'correctDateValue', facts.date);
    if (provenanceOf(facts.date) === 'suggested') add(`Accept date “${facts.date.text}”`, 'acceptFact', facts.date);
    add('Not a date', 'notADate', facts.date);
  }
  const selected = document.getText().slice(start, end);
  if (end > start && selected.trim() === selected && !isExactFact(facts, start, end)) {
    for (const kind of ADD_KINDS) add(`Mark selection as ${kind}`, 'markSelectionAs', { start, end }, kind);
  }
  return actions;
}

const article = (type: string) => (type === 'organization' ? 'an organization' : `a ${type}`);

async function placeFor(
  store: AnalysisStore,
  treeDocument: vscode.TextDocument | undefined,
  arg: unknown,
  start?: number,
  end?: number,
): Promise<Place | undefined> {
  let document: vscode.TextDocument | undefined;
  let range: Offsets | undefined;
  let wholeEntity = false;
  if (arg && typeof arg === 'object' && 'kind' in arg) {
    const node = arg as FactNode;
    document = treeDocument;
    range = node.span;
    wholeEntity = node.kind === 'entity';
  } else if (typeof arg === 'string' || arg instanceof vscode.Uri) {
    document = await vscode.workspace.openTextDocument(typeof arg === 'string' ? vscode.Uri.parse(arg) : arg);
    if (start !== undefined) range = { start, end: end ?? start };
  } else {
    document = vscode.window.activeTextEditor?.document;
  }
  if (!document) return undefined;
  if (!range) {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    if (!editor) return undefined;
    range = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
  }
  const analysis = await analysisFor(store, document);
  if (!analysis) {
    void vscode.window.showInformationMessage('News Lens: this document is not analysed, so there is nothing to annotate.');
    return undefined;
  }
  return { document, wholeEntity, ...range, analysis, facts: factsAt(analysis, range.start, range.end) };
}

function nothingThere(what: string): undefined {
  void vscode.window.showInformationMessage(`News Lens: put the cursor on ${what} first.`);
  return undefined;
}

function withEntity(
  p: Place,
  fn: (span: Offsets & { text: string }, entity: NonNullable<FactsAt['entity']>['entity']) => Promise<string | undefined>,
): Promise<string | undefined> {
  return p.facts.entity ? fn(p.facts.entity.span, p.facts.entity.entity) : Promise.resolve(nothingThere('a name'));
}

function withQuote(p: Place, fn: (quote: NonNullable<FactsAt['quote']>) => Promise<string | undefined>): Promise<string | undefined> {
  return p.facts.quote ? fn(p.facts.quote) : Promise.resolve(nothingThere('a quote'));
}

function withDate(p: Place, fn: (date: NonNullable<FactsAt['date']>) => Promise<string | undefined>): Promise<string | undefined> {
  return p.facts.date ? fn(p.facts.date) : Promise.resolve(nothingThere('a date'));
}

/** Not a name, from the tree's entity node: every name the entity goes by, everywhere (one write). */
async function rejectEntity(p: Place, annotator: Annotator, entity: NonNullable<FactsAt['entity']>['entity']): Promise<string | undefined> {
  const firstOfEach = new Map<string, Offsets>();
  for (const m of mentionsOf(entity)) if (!firstOfEach.has(m.text)) firstOfEach.set(m.text, { start: m.start, end: m.end });
  const results = await annotator.annotateAll(
    p.document,
    [...firstOfEach.values()].map((target) => ({ action: 'reject', target, scope: 'all' })),
  );
  return results[results.length - 1]?.id;
}

/** Accepts the innermost fact there: a name's mention, else a date, else a quote. */
function accept(p: Place, record: (p: Place, r: AnnotationRequest) => Promise<string>): Promise<string | undefined> {
  const target = p.facts.entity?.span ?? p.facts.date ?? p.facts.quote;
  if (!target) return Promise.resolve(nothingThere('a name, a quote or a date'));
  return record(p, { action: 'accept', target: { start: target.start, end: target.end } });
}

async function markSelection(
  p: Place,
  record: (p: Place, r: AnnotationRequest) => Promise<string>,
  kind?: AddKind,
  scope?: Scope,
  value?: string,
): Promise<string | undefined> {
  if (p.end <= p.start) return nothingThere('a selection (select the words to mark)');
  const chosen = kind ?? (await pickKind());
  if (!chosen) return undefined;
  const target = { start: p.start, end: p.end };
  if (chosen === 'quote') return record(p, { action: 'add', target, kind: 'quote', scope: 'this' });
  if (chosen === 'date') {
    const v = value ?? (await askDateValue(p, { text: p.document.getText().slice(p.start, p.end), value: null }, true));
    if (v === undefined) return undefined;
    if (v.trim() && dateValueProblem(v)) throw new Error(`News Lens: ${dateValueProblem(v)}`);
    return record(p, { action: 'add', target, kind: 'date', scope: 'this', ...(v.trim() ? { value: v.trim() } : {}) });
  }
  const s = scope ?? (await pickScope(p, { ...target, text: p.document.getText().slice(p.start, p.end) }, `Mark as ${chosen}`));
  return s && record(p, { action: 'add', target, kind: chosen, scope: s });
}

/** Every occurrence (the default) or only this one, asked only when the text occurs more than once. */
async function pickScope(p: Place, span: Offsets & { text: string }, title: string): Promise<Scope | undefined> {
  const count = occurrences(p.document.getText(), span.text);
  if (count <= 1) return 'all';
  const items: (vscode.QuickPickItem & { scope: Scope })[] = [
    { label: `Every occurrence of “${span.text}”`, description: `${count} in this article`, scope: 'all' },
    { label: 'Only this one', description: `line ${p.document.positionAt(span.start).line + 1}`, scope: 'this' },
  ];
  return (await vscode.window.showQuickPick(items, { title: `${title}: “${span.text}”` }))?.scope;
}

async function pickType(current: EntityType): Promise<EntityType | undefined> {
  const items = TYPES.filter((t) => t !== current).map((t) => ({ label: t, type: t }));
  return (await vscode.window.showQuickPick(items, { title: 'Change type to' }))?.type;
}

async function pickKind(): Promise<AddKind | undefined> {
  const items = ADD_KINDS.map((k) => ({ label: k, addKind: k }));
  return (await vscode.window.showQuickPick(items, { title: 'Mark selection as' }))?.addKind;
}

/** The article's other entities, same type first, then by how often they are named. */
async function pickEntity(p: Place, exceptId: string): Promise<Offsets | undefined> {
  const self = p.analysis.entities.find((e) => e.id === exceptId);
  const others = p.analysis.entities
    .filter((e) => e.id !== exceptId)
    .map((e) => ({ e, mentions: mentionsOf(e) }))
    .filter((x) => x.mentions.length > 0)
    .sort(
      (a, b) =>
        Number(b.e.type === self?.type) - Number(a.e.type === self?.type) ||
        b.mentions.length - a.mentions.length ||
        a.e.name.localeCompare(b.e.name),
    );
  if (others.length === 0) return nothingThere('a name, in an article that names at least two');
  const items = others.map(({ e, mentions }) => ({ label: e.name, description: `${e.type} · ${mentions.length}×`, into: mentions[0] }));
  const chosen = await vscode.window.showQuickPick(items, { title: `“${self?.name ?? ''}” is the same as…`, matchOnDescription: true });
  return chosen && { start: chosen.into.start, end: chosen.into.end };
}

/** People and organizations, likeliest first, and "Nobody". Resolves null for nobody, undefined when dismissed. */
async function pickSpeaker(p: Place, quote: NonNullable<FactsAt['quote']>): Promise<Offsets | null | undefined> {
  const text = p.document.getText();
  const items: (vscode.QuickPickItem & { speaker: Offsets | null })[] = speakerChoices(p.analysis, text, quote).map((c) => ({
    label: c.entity.name,
    description: [c.entity.type, c.current ? 'current speaker' : undefined].filter(Boolean).join(' · '),
    detail: mentionPreview(text, c.mention.start, c.mention.end),
    speaker: { start: c.mention.start, end: c.mention.end },
  }));
  items.push({ label: 'Nobody', description: 'no one is named as saying this', speaker: null });
  const chosen = await vscode.window.showQuickPick(items, { title: `Who said “${quoteOpening(quote.text, 50)}”?`, matchOnDetail: true });
  return chosen ? chosen.speaker : undefined;
}

async function askName(current: string): Promise<string | undefined> {
  const name = await vscode.window.showInputBox({
    title: 'Rename',
    prompt: 'The full name to show for this person, organization or place',
    value: current,
    validateInput: (v) => (v.trim() === '' ? 'Type a name.' : undefined),
  });
  return name?.trim() || undefined;
}

async function askDateValue(p: Place, date: { text: string; value: string | null }, optional = false): Promise<string | undefined> {
  const documentDate = p.analysis.documentDate;
  return vscode.window.showInputBox({
    title: `Date value of “${date.text}”`,
    prompt: `The calendar date it refers to, e.g. 2024-03-04, 2024-03, 2024, 2024-W10, 2024-03-04T10:45 or P5D (a duration)${optional ? '; leave empty if you do not know' : ''}.`,
    value: date.value ?? '',
    validateInput: (v) => {
      if (optional && v.trim() === '') return undefined;
      const problem = dateValueProblem(v);
      if (problem) return problem;
      const d = describeDate(v.trim(), 'date', documentDate);
      return { message: [d.words, d.relation].filter(Boolean).join(' · '), severity: vscode.InputBoxValidationSeverity.Info };
    },
  });
}
