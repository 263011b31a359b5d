// References, document highlights, outline symbols and mention navigation, through VS Code's commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { mentionsOf } from '../../src/editor/lookup';
import { closeAll, offsets, openArticle, spanKeys } from './editorHelpers';

describe('navigation', () => {
  afterEach(closeAll);

  it('Find All References on a name lists every mention of that entity', async () => {
    const { editor, analysis } = await openArticle();
    for (const entity of analysis.entities.slice(0, 5)) {
      const at = editor.document.positionAt(entity.mentions[0].start + 1);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at);
      assert.deepEqual(
        offsets(
          editor.document,
          locations.map((l) => l.range),
        ).sort(),
        spanKeys(mentionsOf(entity)).sort(),
        entity.name,
      );
      assert.ok(locations.every((l) => l.uri.toString() === editor.document.uri.toString()));
    }
  });

  it('the cursor on a name highlights its other mentions', async () => {
    const { editor, analysis } = await openArticle();
    const entity = [...analysis.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0];
    assert.ok(entity.mentions.length > 1);
    const at = editor.document.positionAt(entity.mentions[1].start);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights',
      editor.document.uri,
      at,
    );
    assert.deepEqual(
      offsets(
        editor.document,
        highlights.map((h) => h.range),
      ).sort(),
      spanKeys(mentionsOf(entity)).sort(),
    );
    // On a plain word News Lens adds nothing (VS Code's own textual highlighter may still mark the word).
    const plainWord = editor.document.positionAt(editor.document.getText().indexOf('invitation'));
    const other = await vscode.commands.executeCommand<vscode.DocumentHighlight[] | undefined>(
      'vscode.executeDocumentHighlights',
      editor.document.uri,
      plainWord,
    );
    const mentionKeys = new Set(spanKeys(analysis.entities.flatMap((e) => e.mentions)));
    assert.ok(
      offsets(
        editor.document,
        (other ?? []).map((h) => h.range),
      ).every((k) => !mentionKeys.has(k)),
    );
  });

  it('the outline lists entities by type, quotes and dates', async () => {
    const { editor, analysis } = await openArticle();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    const groups = new Map(symbols.map((s) => [s.name, s]));
    const expectGroup = (name: string, count: number) => {
      if (count === 0) return assert.ok(!groups.has(name), `no empty ${name} group`);
      assert.equal(groups.get(name)?.children.length, count, name);
    };
    expectGroup('People', analysis.entities.filter((e) => e.type === 'person').length);
    expectGroup('Organizations', analysis.entities.filter((e) => e.type === 'organization').length);
    expectGroup('Places', analysis.entities.filter((e) => e.type === 'place').length);
    expectGroup('Quotes', analysis.quotes.length);
    expectGroup('Dates', analysis.dates.length);
    const people = groups.get('People')!;
    assert.deepEqual(
      new Set(people.children.map((s) => s.name)),
      new Set(analysis.entities.filter((e) => e.type === 'person').map((e) => e.name)),
    );
    for (const s of people.children) {
      const entity = analysis.entities.find((e) => e.name === s.name)!;
      assert.deepEqual(offsets(editor.document, [s.selectionRange]), spanKeys([entity.mentions[0]]));
    }
  });

  it('next / previous mention move through the entity under the cursor, wrapping around', async () => {
    const { editor, analysis } = await openArticle();
    const entity = [...analysis.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0];
    const mentions = mentionsOf(entity);
    assert.ok(mentions.length >= 2);
    const at = (i: number) => spanKeys([mentions[(i + mentions.length) % mentions.length]])[0];
    const where = () => offsets(editor.document, [editor.selection])[0];
    const start = editor.document.positionAt(mentions[0].start);
    editor.selection = new vscode.Selection(start, start);
    await vscode.commands.executeCommand('newsLens.nextMention');
    assert.equal(where(), at(1));
    await vscode.commands.executeCommand('newsLens.previousMention');
    assert.equal(where(), at(0));
    await vscode.commands.executeCommand('newsLens.previousMention');
    assert.equal(where(), at(-1), 'wraps to the last mention');
  });

  it('contributes keybindings alt+] and alt+[ (macOS: ctrl+] and ctrl+[, which type no quote) that stay out of inline suggestions', () => {
    const pkg = vscode.extensions.getExtension('news-lens.news-lens')!.packageJSON;
    const keys = pkg.contributes.keybindings as { command: string; key: string; mac?: string; when: string }[];
    const next = keys.find((k) => k.command === 'newsLens.nextMention');
    const prev = keys.find((k) => k.command === 'newsLens.previousMention');
    assert.equal(next?.key, 'alt+]');
    assert.equal(prev?.key, 'alt+[');
    assert.equal(next?.mac, 'ctrl+]');
    assert.equal(prev?.mac, 'ctrl+[');
    for (const k of [next!, prev!]) assert.match(k.when, /!inlineSuggestionVisible/);
  });

  it('the palette offers navigation by the active article, not by editor focus (the palette takes the focus)', () => {
    const pkg = vscode.extensions.getExtension('news-lens.news-lens')!.packageJSON;
    const palette = pkg.contributes.menus.commandPalette as { command: string; when: string }[];
    for (const command of ['newsLens.nextMention', 'newsLens.previousMention', 'newsLens.showMentions']) {
      const entry = palette.find((e) => e.command === command);
      assert.equal(entry?.when, 'newsLens.articleState == ready', command);
    }
  });

  it('Show All Mentions opens the references peek for the name under the cursor', async () => {
    const { editor, analysis } = await openArticle();
    const entity = analysis.entities[0];
    const pos = editor.document.positionAt(entity.mentions[0].start);
    editor.selection = new vscode.Selection(pos, pos);
    // Runs editor.action.showReferences; resolving without error is what can be checked from the extension host.
    await vscode.commands.executeCommand('newsLens.showMentions');
    await vscode.commands.executeCommand('newsLens.showMentions', editor.document.uri.toString(), entity.mentions[0].start);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });
});
