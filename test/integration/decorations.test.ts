// Highlights in the real editor: what the decorations feature set, per kind, against the engine's spans.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DECORATION_KINDS, spansByKind } from '../../src/editor/decorations';
import { closeAll, newsLens, offsets, openArticle, openCopy, spanKeys, waitFor, withSetting } from './editorHelpers';

describe('decorations', () => {
  afterEach(closeAll);

  it('decorate the seed article with exactly the engine spans, per kind', async () => {
    const api = await newsLens();
    const { editor, analysis } = await openArticle();
    const expected = spansByKind(analysis);
    // The engine's own lists, independent of spansByKind, for the kinds it reports directly.
    const byType = (t: string) => spanKeys(analysis.entities.filter((e) => e.type === t).flatMap((e) => e.mentions));
    await waitFor('person decorations', () => api.decorations.rangesFor(editor, 'person').length > 0);
    assert.deepEqual(offsets(editor.document, api.decorations.rangesFor(editor, 'person')), byType('person'));
    assert.deepEqual(offsets(editor.document, api.decorations.rangesFor(editor, 'organization')), byType('organization'));
    assert.deepEqual(offsets(editor.document, api.decorations.rangesFor(editor, 'place')), byType('place'));
    assert.deepEqual(offsets(editor.document, api.decorations.rangesFor(editor, 'quote')), spanKeys(analysis.quotes));
    assert.deepEqual(offsets(editor.document, api.decorations.rangesFor(editor, 'date')), spanKeys(analysis.dates));
    assert.deepEqual(
      offsets(editor.document, api.decorations.rangesFor(editor, 'speaker')),
      spanKeys(analysis.quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))),
    );
    for (const kind of DECORATION_KINDS) assert.equal(api.decorations.rangesFor(editor, kind).length, expected.get(kind)!.length, kind);
    // The seed has people and dates for sure: the test is not vacuous.
    assert.ok(analysis.entities.some((e) => e.type === 'person') && analysis.dates.length > 0);
  });

  it('decorate both editors when one document is shown twice', async () => {
    const api = await newsLens();
    const { editor: left } = await openArticle(undefined, vscode.ViewColumn.One);
    const { editor: right } = await openArticle(undefined, vscode.ViewColumn.Two);
    assert.notEqual(left, right);
    assert.equal(left.document, right.document);
    for (const editor of [left, right]) {
      await waitFor('decorations in both editors', () => api.decorations.rangesFor(editor, 'person').length > 0);
    }
    for (const kind of DECORATION_KINDS) {
      assert.deepEqual(
        offsets(right.document, api.decorations.rangesFor(right, kind)),
        offsets(left.document, api.decorations.rangesFor(left, kind)),
        kind,
      );
    }
  });

  it('an edit that changes no span redraws nothing; decorations follow an edit that moves spans', async () => {
    const api = await newsLens();
    const { editor } = await openCopy();
    const document = editor.document;
    await waitFor('decorations', () => api.decorations.rangesFor(editor, 'person').length > 0);
    const before = new Map(DECORATION_KINDS.map((k) => [k, offsets(document, api.decorations.rangesFor(editor, k))]));

    // Typing at the very end (after every span): a new analysis arrives, no kind is set again.
    const skipped = api.decorations.skippedUpdates;
    const version = document.version;
    await editor.edit((b) => b.insert(document.positionAt(document.getText().length), '\n'));
    await waitFor('the re-analysis', () => document.version > version && api.store.get(document));
    await waitFor('the decorations pass', () => api.decorations.skippedUpdates >= skipped + DECORATION_KINDS.length);
    for (const kind of DECORATION_KINDS)
      assert.deepEqual(offsets(document, api.decorations.rangesFor(editor, kind)), before.get(kind), kind);

    // Typing at the start moves every span: the decorations end up on the new spans.
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Updated. '));
    const analysis = await waitFor('the re-analysis', () => api.store.get(document));
    const expected = spansByKind(analysis);
    await waitFor('moved decorations', () =>
      DECORATION_KINDS.every((k) => offsets(document, api.decorations.rangesFor(editor, k)).join() === spanKeys(expected.get(k)!).join()),
    );
    for (const m of analysis.entities.flatMap((e) => e.mentions)) assert.equal(document.getText().slice(m.start, m.end), m.text);
  });

  it('turning one kind off removes exactly those decorations, live; turning it on restores them', async () => {
    const api = await newsLens();
    const { editor, analysis } = await openArticle();
    await waitFor('decorations', () => api.decorations.rangesFor(editor, 'person').length > 0);
    const before = new Map(DECORATION_KINDS.map((k) => [k, offsets(editor.document, api.decorations.rangesFor(editor, k))]));
    await withSetting('highlight.person', false, async () => {
      await waitFor('person decorations to go', () => api.decorations.rangesFor(editor, 'person').length === 0);
      for (const kind of DECORATION_KINDS.filter((k) => k !== 'person')) {
        assert.deepEqual(offsets(editor.document, api.decorations.rangesFor(editor, kind)), before.get(kind), `${kind} stays`);
      }
      // Hovers still work on an unhighlighted name.
      assert.ok(api.store.get(editor.document));
    });
    await waitFor('person decorations to return', () => api.decorations.rangesFor(editor, 'person').length > 0);
    assert.deepEqual(
      offsets(editor.document, api.decorations.rangesFor(editor, 'person')),
      spanKeys(analysis.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions)),
    );
  });

  it('Toggle Highlights hides and shows every kind', async () => {
    const api = await newsLens();
    const { editor } = await openArticle();
    await waitFor('decorations', () => api.decorations.rangesFor(editor, 'person').length > 0);
    const before = new Map(DECORATION_KINDS.map((k) => [k, offsets(editor.document, api.decorations.rangesFor(editor, k))]));
    await vscode.commands.executeCommand('newsLens.toggleHighlights');
    try {
      assert.equal(api.decorations.highlightsVisible, false);
      for (const kind of DECORATION_KINDS) assert.deepEqual(api.decorations.rangesFor(editor, kind), [], kind);
    } finally {
      await vscode.commands.executeCommand('newsLens.toggleHighlights');
    }
    for (const kind of DECORATION_KINDS)
      assert.deepEqual(offsets(editor.document, api.decorations.rangesFor(editor, kind)), before.get(kind), kind);
  });
});
