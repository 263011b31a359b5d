// Hovers in the real editor, through VS Code's own hover command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeDate, quoteOpening } from '../../src/editor/describe';
import { entityAt, mentionsOf, quotesBy } from '../../src/editor/lookup';
import { closeAll, hoverText, newsLens, openArticle, plain } from './editorHelpers';

describe('hovers', () => {
  afterEach(closeAll);

  it('on "Putin" names Vladimir Putin and the quote he is credited with', async () => {
    const { editor, analysis } = await openArticle();
    const text = editor.document.getText();
    const offset = text.indexOf('Putin told') + 2;
    const hover = plain(await hoverText(editor.document, offset));
    assert.match(hover, /Vladimir Putin/, `hover: ${hover}`);
    assert.match(hover, /person/);
    assert.match(hover, /We will be glad to see our friend/, 'the quote attributed to Putin');
    // It matches the store: the entity under the mouse and its mention count.
    const hit = entityAt(analysis, offset, false);
    assert.ok(hit);
    assert.match(hover, new RegExp(`${mentionsOf(hit.entity).length} mentions?`));
  });

  it('on any name: canonical name, type, role, mention count, quotes and command links, as the store has them', async () => {
    const { editor, analysis } = await openArticle();
    assert.ok(analysis.entities.length > 0);
    for (const entity of analysis.entities.slice(0, 6)) {
      const mention = entity.mentions[0];
      const hover = await hoverText(editor.document, mention.start);
      const text = plain(hover);
      assert.ok(text.includes(entity.name), `hover on ${mention.text} should name ${entity.name}: ${text}`);
      assert.ok(text.includes(entity.type));
      if (entity.role) assert.ok(text.includes(entity.role));
      const n = mentionsOf(entity).length;
      assert.ok(text.includes(`${n} mention${n === 1 ? '' : 's'}`), `mention count ${n}: ${text}`);
      for (const q of quotesBy(analysis, entity).slice(0, 3))
        assert.ok(text.includes(quoteOpening(q.text, 20).replace(/…$/, '')), 'quote opening');
      assert.ok(hover.includes('command:newsLens.showMentions?'), 'a Show all mentions link');
      assert.ok(hover.includes('command:newsLens.revealInTree?'), 'a Reveal in Facts link');
    }
  });

  it('on a quote: who said it, or "speaker unknown", and the cue', async () => {
    const { editor, analysis } = await openArticle();
    assert.ok(analysis.quotes.length > 0, 'the seed has quotes');
    for (const q of analysis.quotes) {
      // The opening quotation mark is never part of a name.
      const text = plain(await hoverText(editor.document, q.start));
      assert.match(text, /Quote/);
      if (q.speaker) {
        const name = analysis.entities.find((e) => e.id === q.speaker!.entityId)?.name ?? q.speaker.text;
        assert.ok(text.includes(`said by ${name}`), text);
      } else {
        assert.ok(text.includes('speaker unknown'), text);
      }
      assert.ok(text.includes(q.cue ? `Cue: ${q.cue}` : 'Cue: none found'), text);
    }
  });

  it('on a date: the value in words and ISO, and how it relates to the document date', async () => {
    const { editor, analysis } = await openArticle();
    assert.ok(analysis.dates.length > 0);
    for (const d of analysis.dates) {
      const text = plain(await hoverText(editor.document, d.start));
      const expected = describeDate(d.value, d.type, analysis.documentDate);
      assert.ok(text.includes(expected.words), `${d.text}: ${text}`);
      if (expected.iso) assert.ok(text.includes(expected.iso), `${d.text}: ISO ${expected.iso}`);
      if (expected.relation) assert.ok(text.includes(expected.relation), `${d.text}: ${expected.relation}`);
    }
  });

  it('"On Tuesday" in the seed (dated 2023-12-28) reads Tuesday 26 December 2023, 2 days before publication', async () => {
    const { editor } = await openArticle();
    const offset = editor.document.getText().indexOf('Tuesday');
    const text = plain(await hoverText(editor.document, offset));
    assert.match(text, /Tuesday 26 December 2023/);
    assert.match(text, /2023-12-26/);
    assert.match(text, /2 days before publication/);
  });

  it('shows nothing on plain words', async () => {
    const { editor, analysis } = await openArticle();
    const text = editor.document.getText();
    const offset = text.indexOf('invitation');
    assert.ok(!analysis.entities.some((e) => e.mentions.some((m) => m.start <= offset && offset < m.end)));
    assert.equal(await hoverText(editor.document, offset), '');
  });

  it('a failing command is logged, and the features keep working', async () => {
    const api = await newsLens();
    const { editor } = await openArticle();
    // A URI nothing can open: the command's error is caught and logged, not thrown at the caller.
    await vscode.commands.executeCommand('newsLens.revealRange', 'nolens:/nowhere/missing.txt', 0, 1);
    const offset = editor.document.getText().indexOf('Putin');
    assert.notEqual(await hoverText(editor.document, offset), '');
    assert.ok(api.log.name === 'News Lens');
  });
});
