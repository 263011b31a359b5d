// The Facts tree, through the data provider and tree view the extension really registered.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FactNode } from '../../src/editor/factsTree';
import { compareCalendar } from '../../src/editor/describe';
import { mentionsOf } from '../../src/editor/lookup';
import { closeAll, newsLens, openArticle, openCopy, waitFor } from './editorHelpers';

const allNodes = (facts: { getChildren(n?: FactNode): FactNode[] }, node?: FactNode): FactNode[] =>
  facts.getChildren(node).flatMap((n) => [n, ...allNodes(facts, n)]);

describe('facts tree', () => {
  afterEach(closeAll);

  it('lists the article header, then people, organizations, places, quotes and dates with counts', async () => {
    const { facts } = await newsLens();
    const { editor, analysis } = await openArticle();
    await waitFor('the tree to follow the seed', () => facts.document === editor.document && facts.getChildren().length > 0);
    const roots = facts.getChildren();
    assert.deepEqual(
      roots.map((n) => n.label),
      ['Article', 'People', 'Organizations', 'Places', 'Quotes', 'Dates'],
    );
    const header = roots[0];
    assert.ok(
      facts.getChildren(header).some((n) => n.description === analysis.documentDate),
      'the document date',
    );
    const groups = new Map(roots.map((n) => [n.label, n]));
    for (const [label, type] of [
      ['People', 'person'],
      ['Organizations', 'organization'],
      ['Places', 'place'],
    ] as const) {
      const entities = analysis.entities.filter((e) => e.type === type);
      const group = groups.get(label)!;
      assert.equal(group.description, String(entities.length), `${label} count`);
      const children = facts.getChildren(group);
      assert.deepEqual(new Set(children.map((c) => c.entityName)), new Set(entities.map((e) => e.name)));
      // Sorted by mentions, most first; each lists its mentions as children.
      const counts = children.map((c) => facts.getChildren(c).length);
      assert.deepEqual(
        counts,
        [...counts].sort((a, b) => b - a),
        `${label} sorted by mentions`,
      );
      for (const child of children) {
        const entity = entities.find((e) => e.name === child.entityName)!;
        assert.equal(facts.getChildren(child).length, mentionsOf(entity).length, `${entity.name} mentions`);
      }
    }
    assert.equal(facts.getChildren(groups.get('Quotes')).length, analysis.quotes.length);
    const dates = facts.getChildren(groups.get('Dates'));
    assert.equal(dates.length, analysis.dates.length);
    const values = dates.map((d) => analysis.dates.find((x) => x.start === d.span!.start)!.value);
    assert.deepEqual(values, [...values].sort(compareCalendar), 'dates in calendar order');
  });

  it('every item reveals and selects its exact range in the editor', async () => {
    const { facts } = await newsLens();
    const { editor } = await openArticle();
    await waitFor('the tree', () => facts.document === editor.document && facts.getChildren().length > 0);
    const text = editor.document.getText();
    const withSpan = allNodes(facts).filter((n) => n.span);
    assert.ok(withSpan.some((n) => n.kind === 'mention') && withSpan.some((n) => n.kind === 'date'));
    for (const node of withSpan.filter((n) => n.kind !== 'mention').concat(withSpan.filter((n) => n.kind === 'mention').slice(0, 5))) {
      const item = facts.getTreeItem(node);
      assert.ok(item.command, `${node.id} has a command`);
      assert.ok(item.id, 'stable id');
      await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
      const active = vscode.window.activeTextEditor!;
      assert.equal(active.document, editor.document);
      const sel = active.selection;
      assert.deepEqual(
        [active.document.offsetAt(sel.start), active.document.offsetAt(sel.end)],
        [node.span!.start, node.span!.end],
        `selection for ${node.id}`,
      );
      if (node.kind === 'mention') assert.equal(text.slice(node.span!.start, node.span!.end).length > 0, true);
    }
  });

  it('parents are known for every node (reveal needs them) and ids are unique', async () => {
    const { facts } = await newsLens();
    await openArticle();
    const nodes = allNodes(facts);
    assert.equal(new Set(nodes.map((n) => n.id)).size, nodes.length, 'unique ids');
    for (const node of nodes) {
      for (const child of facts.getChildren(node)) assert.equal(facts.getParent(child), node);
    }
  });

  it('keeps node ids across edits, so expansion state survives re-analysis', async () => {
    const api = await newsLens();
    const { editor } = await openCopy();
    await waitFor('the tree to follow the copy', () => api.facts.document === editor.document && api.facts.getChildren().length > 0);
    const groupIds = (nodes: FactNode[]) =>
      nodes
        .filter((n) => n.kind !== 'mention')
        .map((n) => n.id)
        .sort();
    const before = groupIds(allNodes(api.facts));
    const first = api.facts.getChildren();
    // Insert a sentence at the start of the second paragraph: every offset after it moves.
    const second = editor.document.getText().indexOf('\n\n') + 2;
    await editor.edit((b) => b.insert(editor.document.positionAt(second), 'so it goes on. '));
    await waitFor('a rebuilt tree', () => api.store.get(editor.document) && api.facts.getChildren() !== first);
    assert.deepEqual(groupIds(allNodes(api.facts)), before);
  });

  it('follows the active editor and is empty (welcome view) when no article is active', async () => {
    const { facts } = await newsLens();
    const { editor } = await openArticle();
    await waitFor('the tree', () => facts.document === editor.document && facts.getChildren().length > 0);
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{"not": "an article"}' });
    await vscode.window.showTextDocument(json);
    await waitFor('an empty tree for a non-article', () => facts.getChildren().length === 0);
    await vscode.window.showTextDocument(editor.document);
    await waitFor('the tree back on the article', () => facts.getChildren().length > 0);
    assert.equal(facts.document, editor.document);
  });

  it('moving the cursor onto a mention selects it in the visible tree', async () => {
    const { facts } = await newsLens();
    const { editor, analysis } = await openArticle();
    await vscode.commands.executeCommand('newsLens.facts.focus');
    await waitFor('the tree view to be visible', () => facts.treeView.visible);
    const editorNow = await vscode.window.showTextDocument(editor.document);
    const entity = [...analysis.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0];
    const mention = entity.mentions[entity.mentions.length - 1];
    const pos = editorNow.document.positionAt(mention.start + 1);
    editorNow.selection = new vscode.Selection(pos, pos);
    const selected = await waitFor('the tree selection', () => facts.treeView.selection[0]);
    assert.equal(selected.kind, 'mention');
    assert.equal(selected.span!.start, mention.start);
    assert.equal(selected.entityName, entity.name);
  });

  it('Reveal in Facts (the hover link) selects the entity node', async () => {
    const { facts } = await newsLens();
    const { editor, analysis } = await openArticle();
    const entity = analysis.entities[0];
    // The cursor on a plain word, so revealing at the cursor cannot compete with the command.
    const plainWord = editor.document.positionAt(editor.document.getText().indexOf('invitation'));
    editor.selection = new vscode.Selection(plainWord, plainWord);
    await new Promise((r) => setTimeout(r, 200));
    await vscode.commands.executeCommand('newsLens.revealInTree', editor.document.uri.toString(), `${entity.type}:${entity.name}`);
    const selected = await waitFor(
      'the entity selected in the tree',
      () => facts.treeView.selection[0]?.kind === 'entity' && facts.treeView.selection[0],
    );
    assert.equal(selected.entityName, entity.name);
  });

  it('Copy Name copies the entity name', async () => {
    const { facts } = await newsLens();
    await openArticle();
    const people = facts.getChildren().find((n) => n.id === 'group:person')!;
    const node = facts.getChildren(people)[0];
    await vscode.commands.executeCommand('newsLens.copyName', node);
    assert.equal(await vscode.env.clipboard.readText(), node.entityName);
  });
});
