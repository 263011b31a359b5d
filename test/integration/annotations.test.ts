// The user's annotations in the real editor: every code action changes the decorations, the hover,
// the Facts tree, the status bar and the sidecar on disk; annotations come back after reopening,
// follow edits, undo; a malformed sidecar is reported and left byte for byte; review mode.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis, Entity } from '../../src/analysis';
import type { Sidecar } from '../../src/annotations/types';
import type { FactNode } from '../../src/editor/factsTree';
import { reviewItems } from '../../src/editor/annotationChoices';
import { closeAll, hoverText, newsLens, offsets, plain, SEED, waitFor, withSetting, workspaceUri } from './editorHelpers';

let counter = 0;

/** A fresh copy of the seed article as a file of its own (its sidecar is its own too). */
async function freshArticle(
  text?: string,
): Promise<{ editor: vscode.TextEditor; analysis: Analysis; uri: vscode.Uri; sidecar: vscode.Uri }> {
  const content = text ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SEED)));
  const uri = workspaceUri(`annotations-test/article-${Date.now()}-${++counter}.txt`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return { ...(await open(uri)), uri, sidecar: uri.with({ path: `${uri.path}.newslens.json` }) };
}

async function open(uri: vscode.Uri): Promise<{ editor: vscode.TextEditor; analysis: Analysis }> {
  const api = await newsLens();
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const analysis = await waitFor('an analysis', () => api.store.get(document) ?? api.store.ensure(document));
  return { editor, analysis };
}

/** waitFor for probes that must await (reading a file, a hover). */
async function waitForAsync<T>(what: string, probe: () => Promise<T | undefined | false | null>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false && value !== null) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function onDisk(sidecar: vscode.Uri): Promise<Sidecar> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar))) as Sidecar;
}

async function current(editor: vscode.TextEditor): Promise<Analysis> {
  const api = await newsLens();
  return waitFor('the current analysis', () => api.store.get(editor.document));
}

const entityNamed = (analysis: Analysis, name: string): Entity | undefined => analysis.entities.find((e) => e.name === name);

async function group(label: string): Promise<FactNode[]> {
  const { facts } = await newsLens();
  const node = facts.getChildren().find((n) => n.label === label);
  return node ? facts.getChildren(node) : [];
}

async function decorated(
  editor: vscode.TextEditor,
  kind: Parameters<Awaited<ReturnType<typeof newsLens>>['decorations']['rangesFor']>[1],
): Promise<string[]> {
  const api = await newsLens();
  return offsets(editor.document, api.decorations.rangesFor(editor, kind));
}

describe('annotations in the editor', () => {
  afterEach(closeAll);

  it('Not a name: gone from the highlights, the hover, the tree and the counts; written to the sidecar', async () => {
    const api = await newsLens();
    const { editor, analysis, sidecar } = await freshArticle();
    const pti = entityNamed(analysis, 'PTI')!;
    assert.ok(pti, 'the seed names PTI');
    const mention = pti.mentions[0];
    const orgCount = analysis.entities.filter((e) => e.type === 'organization').length;
    assert.ok((await decorated(editor, 'organization')).includes(`${mention.start}-${mention.end}`));
    assert.ok(plain(await hoverText(editor.document, mention.start + 1)).includes('PTI · organization'));

    const uri = editor.document.uri.toString();
    // The decorations listen to the store's change event before this listener does: when it runs, they are drawn.
    let drawn: number | undefined;
    const listener = api.store.onDidChange((changed) => {
      if (changed.toString() === uri) drawn ??= performance.now();
    });
    const started = performance.now();
    await vscode.commands.executeCommand('newsLens.notAName', uri, mention.start, mention.end, 'all');
    const written = performance.now();
    listener.dispose();
    assert.ok(
      !(await decorated(editor, 'organization')).includes(`${mention.start}-${mention.end}`),
      'the highlight is gone when the command returns',
    );
    console.log(
      `      [bench] code action (Not a name) to updated decorations: ${(drawn! - started).toFixed(1)} ms; to the sidecar written: ${(written - started).toFixed(1)} ms`,
    );

    const after = await current(editor);
    assert.equal(entityNamed(after, 'PTI'), undefined, 'no PTI entity');
    assert.ok(!plain(await hoverText(editor.document, mention.start + 1)).includes('PTI · organization'), 'no PTI hover');
    assert.ok(!(await group('Organizations')).some((n) => n.entityName === 'PTI'), 'not in the tree');
    assert.match(api.statusBar.item.text, new RegExp(`\\$\\(organization\\) ${orgCount - 1}\\b`));
    assert.match(api.review.item.text, /\d+ of \d+ reviewed/);
    const mine = await group('Your annotations');
    assert.equal(mine.length, 1);
    assert.match(mine[0].label, /“PTI” rejected/);
    const disk = await onDisk(sidecar);
    assert.equal(disk.annotations.length, 1);
    assert.deepEqual(
      {
        action: disk.annotations[0].action,
        exact: disk.annotations[0].target.exact,
        scope: disk.annotations[0].scope,
        start: disk.annotations[0].target.start,
      },
      { action: 'reject', exact: 'PTI', scope: 'all', start: mention.start },
    );
    assert.equal(after.annotations?.applied, 1);
  });

  it('Change type: the highlight colour, the hover ("added by you"), the tree group and icon, the counts, the sidecar', async () => {
    const api = await newsLens();
    const { editor, analysis, sidecar } = await freshArticle();
    const kremlin = entityNamed(analysis, 'Kremlin')!;
    const m = kremlin.mentions[0];
    const key = `${m.start}-${m.end}`;
    const places = analysis.entities.filter((e) => e.type === 'place').length;
    await vscode.commands.executeCommand('newsLens.changeType', editor.document.uri.toString(), m.start, m.end, 'place');
    await waitForAsync('a place highlight', async () => (await decorated(editor, 'place')).includes(key));
    assert.ok(!(await decorated(editor, 'organization')).includes(key));
    assert.ok((await decorated(editor, 'byUser')).includes(key), 'solid underline: added by you');
    const hover = plain(await hoverText(editor.document, m.start + 1));
    assert.match(hover, /Kremlin · place/);
    assert.match(hover, /added by you/);
    const node = (await group('Places')).find((n) => n.entityName === 'Kremlin');
    assert.ok(node, 'listed under Places');
    assert.equal(node.icon, 'account');
    assert.match(node.description ?? '', /added by you/);
    assert.match(api.statusBar.item.text, new RegExp(`\\$\\(location\\) ${places + 1}\\b`));
    const [a] = (await onDisk(sidecar)).annotations;
    assert.deepEqual([a.action, a.type, a.target.exact], ['retype', 'place', 'Kremlin']);
  });

  it('Set speaker: the quote names the chosen person in the hover and tree; the speaker underline moves; Nobody clears it', async () => {
    const { editor, analysis, sidecar } = await freshArticle();
    const quote = analysis.quotes.find((q) => q.speaker?.text === 'Putin')!;
    const lavrov = entityNamed(analysis, 'Sergey Lavrov')!;
    const mention = lavrov.mentions[0];
    const uri = editor.document.uri.toString();
    await vscode.commands.executeCommand('newsLens.setSpeaker', uri, quote.start, quote.end, { start: mention.start, end: mention.end });
    await waitForAsync('the speaker underline on Lavrov', async () =>
      (await decorated(editor, 'speaker')).includes(`${mention.start}-${mention.end}`),
    );
    const hover = plain(await hoverText(editor.document, quote.start + 3));
    assert.match(hover, /said by Sergey Lavrov/);
    assert.ok(
      (await group('Quotes')).some((n) => n.label.startsWith('Sergey Lavrov —')),
      'the tree names Lavrov',
    );
    const [a] = (await onDisk(sidecar)).annotations;
    assert.equal(a.action, 'speaker');
    assert.equal((a.speaker as { exact: string }).exact, 'Sergey Lavrov');

    await vscode.commands.executeCommand('newsLens.setSpeaker', uri, quote.start, quote.end, null);
    await waitForAsync('no speaker', async () => (await current(editor)).quotes.find((q) => q.start === quote.start)?.speaker === null);
    assert.match(plain(await hoverText(editor.document, quote.start + 3)), /speaker unknown/);
    assert.equal((await onDisk(sidecar)).annotations[1].speaker, null);
  });

  it('Mark selection as organization, Correct date value, Accept: highlights, hover, tree, review count, sidecar', async () => {
    const api = await newsLens();
    const { editor, analysis, sidecar } = await freshArticle();
    const text = editor.document.getText();
    const uri = editor.document.uri.toString();
    const start = text.indexOf('Kudankulam nuclear power plant');
    const end = start + 'Kudankulam nuclear power plant'.length;
    await vscode.commands.executeCommand('newsLens.markSelectionAs', uri, start, end, 'organization', 'this');
    await waitForAsync('the new organization highlighted', async () =>
      (await decorated(editor, 'organization')).includes(`${start}-${end}`),
    );
    assert.match(plain(await hoverText(editor.document, start + 2)), /Kudankulam nuclear power plant · organization · .*added by you/);

    const date = analysis.dates.find((d) => d.text === 'Tuesday')!;
    await vscode.commands.executeCommand('newsLens.correctDateValue', uri, date.start, date.end, '2023-12-19');
    await waitForAsync(
      'the new value',
      async () => (await current(editor)).dates.find((d) => d.start === date.start)?.value === '2023-12-19',
    );
    assert.match(plain(await hoverText(editor.document, date.start + 1)), /2023-12-19/);
    assert.ok((await group('Dates')).some((n) => n.label === 'Tuesday' && /2023-12-19/.test(n.description ?? '')));

    const before = api.review.counts(editor.document)!;
    const india = entityNamed(analysis, 'India')!.mentions[0];
    await vscode.commands.executeCommand('newsLens.acceptFact', uri, india.start, india.end);
    await waitForAsync('India reviewed', async () => entityNamed(await current(editor), 'India')?.reviewed === true);
    assert.ok((await decorated(editor, 'reviewed')).includes(`${india.start}-${india.end}`), 'thin solid underline: reviewed');
    assert.ok((await decorated(editor, 'suggested')).length > 0, 'the rest dotted: suggested');
    assert.match(plain(await hoverText(editor.document, india.start + 1)), /India · place · .*reviewed/);
    assert.equal((await group('Places')).find((n) => n.entityName === 'India')?.icon, 'pass');
    const after = api.review.counts(editor.document)!;
    assert.equal(after.reviewed, before.reviewed + 1);
    assert.equal(api.review.item.text, `$(checklist) ${after.reviewed} of ${after.total} reviewed`);
    assert.deepEqual(
      (await onDisk(sidecar)).annotations.map((a) => a.action),
      ['add', 'value', 'accept'],
    );
  });

  it('Same as, Split from, Rename, Not a quote and Not a date: the tree, hover, highlights, counts and sidecar follow', async () => {
    const api = await newsLens();
    const { editor, analysis, sidecar } = await freshArticle();
    const uri = editor.document.uri.toString();
    const x = entityNamed(analysis, 'X')!;
    const twitter = x.mentions.find((m) => m.text === 'Twitter')!;
    await vscode.commands.executeCommand('newsLens.splitFrom', uri, twitter.start, twitter.end);
    await waitForAsync('Twitter on its own', async () => !!entityNamed(await current(editor), 'Twitter'));
    assert.ok(
      (await group('Organizations')).some((n) => n.entityName === 'Twitter'),
      'its own tree node',
    );
    assert.match(plain(await hoverText(editor.document, twitter.start + 1)), /Twitter · organization/);
    const sco = entityNamed(analysis, 'SCO')!.mentions[0];
    const brics = entityNamed(analysis, 'BRICS')!.mentions[0];
    await vscode.commands.executeCommand('newsLens.sameAs', uri, sco.start, sco.end, { start: brics.start, end: brics.end });
    await waitForAsync(
      'SCO merged into BRICS',
      async () => (await current(editor)).entities.find((e) => e.name === 'BRICS')?.mentions.length === 2,
    );
    assert.match(plain(await hoverText(editor.document, sco.start + 1)), /BRICS · organization/);
    assert.ok(!(await group('Organizations')).some((n) => n.entityName === 'SCO'));
    const modi = entityNamed(analysis, 'Narendra Modi')!.mentions[0];
    await vscode.commands.executeCommand('newsLens.renameEntity', uri, modi.start, modi.end, 'Narendra Damodardas Modi');
    await waitForAsync('the new name', async () => !!entityNamed(await current(editor), 'Narendra Damodardas Modi'));
    assert.ok((await group('People')).some((n) => n.label === 'Narendra Damodardas Modi'));
    assert.match(plain(await hoverText(editor.document, modi.start + 1)), /Narendra Damodardas Modi · person/);
    const quotes = (await current(editor)).quotes.length;
    const quote = analysis.quotes.find((q) => q.text === '"very important"')!;
    await vscode.commands.executeCommand('newsLens.notAQuote', uri, quote.start, quote.end);
    await waitForAsync('the quote gone', async () => !(await current(editor)).quotes.some((q) => q.start === quote.start));
    assert.ok(!(await decorated(editor, 'quote')).includes(`${quote.start}-${quote.end}`));
    assert.equal((await group('Quotes')).length, quotes - 1);
    assert.match(api.statusBar.item.text, new RegExp(`\\$\\(quote\\) ${quotes - 1}\\b`));
    const date = analysis.dates.find((d) => d.text === 'annual')!;
    await vscode.commands.executeCommand('newsLens.notADate', uri, date.start, date.end);
    await waitForAsync('the date gone', async () => !(await current(editor)).dates.some((d) => d.start === date.start));
    assert.ok(!(await decorated(editor, 'date')).includes(`${date.start}-${date.end}`));
    assert.deepEqual(
      (await onDisk(sidecar)).annotations.map((a) => a.action),
      ['split', 'merge', 'rename', 'reject', 'reject'],
    );
  });

  it('asks "every occurrence" (the default) or "only this one", and offers the current speaker first', async () => {
    const { editor, analysis, sidecar } = await freshArticle();
    const uri = editor.document.uri.toString();
    const lavrov = entityNamed(analysis, 'Sergey Lavrov')!.mentions.find((m) => m.text === 'Lavrov')!;
    const asked = vscode.commands.executeCommand<string>('newsLens.notAName', uri, lavrov.start, lavrov.end);
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await asked, 'u1');
    const quote = analysis.quotes.find((q) => q.speaker?.text === 'Putin')!;
    const picked = vscode.commands.executeCommand<string>('newsLens.setSpeaker', uri, quote.start, quote.end);
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await picked, 'u2');
    const [reject, speaker] = (await onDisk(sidecar)).annotations;
    assert.deepEqual([reject.action, reject.target.exact, reject.scope], ['reject', 'Lavrov', 'all']);
    assert.equal((speaker.speaker as { exact: string }).exact, 'Putin', 'the current speaker is the first choice');
  });

  it('offers the actions as code actions on a name, a quote, a date and a selection', async () => {
    const { editor, analysis } = await freshArticle();
    const titles = async (start: number, end = start) => {
      const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        editor.document.uri,
        range,
      );
      return actions.filter((a) => a.kind?.value.startsWith('quickfix.newsLens')).map((a) => a.title);
    };
    const putin = entityNamed(analysis, 'Vladimir Putin')!.mentions.find((m) => m.text === 'Putin')!;
    const onName = await titles(putin.start + 1);
    for (const t of [
      'Accept “Putin” as a person',
      'Not a name: “Putin”',
      'Change type to organization',
      'Change type to place',
      'Same as…',
      'Split “Putin” from “Vladimir Putin”',
      'Rename “Vladimir Putin”…',
    ]) {
      assert.ok(onName.includes(t), `${t} in ${onName.join(' | ')}`);
    }
    const quote = analysis.quotes[0];
    assert.deepEqual(
      (await titles(quote.start + 2)).filter((t) => /quote|speaker/i.test(t)),
      ['Set speaker…', 'Accept quote and speaker', 'Not a quote'],
    );
    const date = analysis.dates.find((d) => d.text === 'Tuesday')!;
    assert.deepEqual(await titles(date.start + 1), ['Correct date value…', 'Accept date “Tuesday”', 'Not a date']);
    const text = editor.document.getText();
    const words = text.indexOf('strategic partnership');
    assert.deepEqual(
      (await titles(words, words + 'strategic partnership'.length)).filter((t) => t.startsWith('Mark')),
      ['person', 'organization', 'place', 'quote', 'date'].map((k) => `Mark selection as ${k}`),
    );
    // Each code action runs its command with the article and the fact's range.
    const range = new vscode.Range(editor.document.positionAt(putin.start), editor.document.positionAt(putin.start));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      range,
    );
    const reject = actions.find((a) => a.title === 'Not a name: “Putin”')!;
    assert.deepEqual(reject.command?.arguments, [editor.document.uri.toString(), putin.start, putin.end]);
  });

  it('the annotations are there after the article is closed and opened again, and follow text typed above them', async () => {
    const api = await newsLens();
    const { analysis, uri, sidecar } = await freshArticle();
    const pti = entityNamed(analysis, 'PTI')!.mentions[0];
    await vscode.commands.executeCommand('newsLens.notAName', uri.toString(), pti.start, pti.end, 'all');
    await closeAll();
    const reopened = await open(uri);
    assert.equal(entityNamed(reopened.analysis, 'PTI'), undefined, 'still rejected after reopening');
    assert.equal(reopened.analysis.annotations?.applied, 1);

    // Typed above the annotation: the target moves with its text, in memory at once and on disk on save.
    const typed = 'UPDATED: ';
    const doc = reopened.editor.document;
    await reopened.editor.edit((b) => b.insert(doc.positionAt(0), typed));
    assert.equal(api.sidecars.sidecarFor(doc)!.annotations[0].target.start, pti.start + typed.length);
    const edited = await waitFor('the re-analysis', () => api.store.get(doc));
    assert.equal(entityNamed(edited, 'PTI'), undefined, 'still rejected after the edit');
    assert.equal(edited.annotations?.orphaned.length, 0);
    assert.ok(!(await decorated(reopened.editor, 'organization')).includes(`${pti.start + typed.length}-${pti.end + typed.length}`));
    await doc.save();
    await waitForAsync(
      'the shifted target on disk',
      async () => (await onDisk(sidecar)).annotations[0].target.start === pti.start + typed.length,
    );
  });

  it('Undo Last Annotation removes it from the analysis and the sidecar', async () => {
    const { editor, analysis, sidecar } = await freshArticle();
    const uri = editor.document.uri.toString();
    const g20 = entityNamed(analysis, 'G20')!.mentions[0];
    const gaza = entityNamed(analysis, 'Gaza')!.mentions[0];
    await vscode.commands.executeCommand('newsLens.notAName', uri, g20.start, g20.end, 'all');
    await vscode.commands.executeCommand('newsLens.notAName', uri, gaza.start, gaza.end, 'all');
    assert.equal(entityNamed(await current(editor), 'Gaza'), undefined);
    const undone = await vscode.commands.executeCommand<string>('newsLens.undoAnnotation', uri);
    assert.equal(undone, 'u2');
    await waitForAsync('Gaza back', async () => !!entityNamed(await current(editor), 'Gaza'));
    assert.equal(entityNamed(await current(editor), 'G20'), undefined, 'the earlier one stays');
    assert.deepEqual(
      (await onDisk(sidecar)).annotations.map((a) => a.id),
      ['u1'],
    );
    assert.ok((await decorated(editor, 'place')).includes(`${gaza.start}-${gaza.end}`));
    // Removing from the tree's "Your annotations" group.
    const [node] = await group('Your annotations');
    await vscode.commands.executeCommand('newsLens.removeAnnotation', node);
    await waitForAsync('G20 back', async () => !!entityNamed(await current(editor), 'G20'));
    assert.deepEqual((await onDisk(sidecar)).annotations, []);
  });

  it('a malformed sidecar is reported once, the article is shown without it, and the file is left byte for byte', async () => {
    const api = await newsLens();
    const uri = workspaceUri(`annotations-test/malformed-${Date.now()}.txt`);
    const sidecar = uri.with({ path: `${uri.path}.newslens.json` });
    const bytes = new TextEncoder().encode('{ "version": 1, "annotations": [ { "id": "u1", "action": "reject" ');
    await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceUri(SEED)));
    await vscode.workspace.fs.writeFile(sidecar, bytes);
    const reportedBefore = api.sidecars.reported.length;
    const { editor, analysis } = await open(uri);
    assert.equal(analysis.annotations, undefined, 'shown without the sidecar');
    assert.ok(entityNamed(analysis, 'PTI'));
    await waitFor('the problem reported', () => api.sidecars.reported.length > reportedBefore);
    const reported = api.sidecars.reported.slice(reportedBefore);
    assert.equal(reported.length, 1, 'one message');
    assert.equal(reported[0].kind, 'invalid');
    assert.match(reported[0].message, /newslens\.json is not a valid News Lens sidecar: not valid JSON/);
    await waitFor('the Facts view to say so', () =>
      /^Your annotations: .*not a valid News Lens sidecar/.test(api.facts.treeView.message ?? ''),
    );
    // An annotation now is kept in memory (and applied) but not written over the broken file.
    const pti = entityNamed(analysis, 'PTI')!.mentions[0];
    const result = await vscode.commands.executeCommand<{ saved: boolean; reason?: string }>('newsLens.annotate', uri.toString(), {
      action: 'reject',
      target: pti,
      scope: 'all',
    });
    assert.equal(result.saved, false);
    assert.match(result.reason ?? '', /not a valid News Lens sidecar/);
    assert.equal(entityNamed(await current(editor), 'PTI'), undefined, 'applied in memory');
    await editor.document.save();
    await new Promise((r) => setTimeout(r, 300));
    await closeAll();
    assert.ok(Buffer.from(await vscode.workspace.fs.readFile(sidecar)).equals(Buffer.from(bytes)), 'byte for byte unchanged at the end');
  });

  it('a malformed sidecar fixed by hand gets what was annotated meanwhile, merged in', async () => {
    const uri = workspaceUri(`annotations-test/fixed-${Date.now()}.txt`);
    const sidecar = uri.with({ path: `${uri.path}.newslens.json` });
    await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceUri(SEED)));
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode('{ "version": 2 }'));
    const { analysis } = await open(uri);
    const pti = entityNamed(analysis, 'PTI')!.mentions[0];
    const result = await vscode.commands.executeCommand<{ saved: boolean }>('newsLens.annotate', uri.toString(), {
      action: 'reject',
      target: pti,
      scope: 'all',
    });
    assert.equal(result.saved, false);
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode('{ "version": 1, "annotations": [], "team": "metro desk" }\n'));
    const fixed = await waitForAsync('the annotation written into the fixed file', async () => {
      const d = await onDisk(sidecar);
      return d.annotations.length === 1 && d;
    });
    assert.deepEqual([fixed.annotations[0].action, fixed.annotations[0].target.exact, fixed.team], ['reject', 'PTI', 'metro desk']);
  });

  it('a sidecar path that is a folder: reported, the annotation stays in memory and the user is told it was not saved', async () => {
    const { editor, analysis, sidecar } = await freshArticle();
    await vscode.workspace.fs.createDirectory(sidecar);
    const gaza = entityNamed(analysis, 'Gaza')!.mentions[0];
    const result = await vscode.commands.executeCommand<{ saved: boolean; reason?: string }>(
      'newsLens.annotate',
      editor.document.uri.toString(),
      { action: 'reject', target: gaza, scope: 'all' },
    );
    assert.equal(result.saved, false);
    assert.match(result.reason ?? '', /folder/);
    assert.equal(entityNamed(await current(editor), 'Gaza'), undefined);
    assert.equal((await vscode.workspace.fs.stat(sidecar)).type, vscode.FileType.Directory);
  });

  it('picks up a sidecar changed outside the editor, and merges by id with annotations made here', async () => {
    const api = await newsLens();
    const { editor, analysis, sidecar } = await freshArticle();
    const text = editor.document.getText();
    const gaza = entityNamed(analysis, 'Gaza')!.mentions[0];
    const outside: Sidecar = {
      version: 1,
      annotations: [
        {
          id: 'u1',
          action: 'reject',
          target: {
            start: gaza.start,
            end: gaza.end,
            exact: 'Gaza',
            prefix: text.slice(gaza.start - 10, gaza.start),
            suffix: text.slice(gaza.end, gaza.end + 10),
          },
          scope: 'all',
          created: '2026-01-01T00:00:00Z',
          note: 'from another window',
        },
      ],
    };
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(JSON.stringify(outside, null, 2)));
    await waitFor(
      'the outside change applied',
      () => {
        const a = api.store.get(editor.document);
        return a && !entityNamed(a, 'Gaza');
      },
      10_000,
    );
    const g20 = entityNamed(analysis, 'G20')!.mentions[0];
    await vscode.commands.executeCommand('newsLens.notAName', editor.document.uri.toString(), g20.start, g20.end, 'all');
    const disk = await onDisk(sidecar);
    assert.deepEqual(
      disk.annotations.map((a) => a.target.exact),
      ['Gaza', 'G20'],
    );
    assert.equal(disk.annotations[0].note, 'from another window', 'unknown fields kept');
  });

  it('an orphaned annotation is listed with its text, and can be attached to a selection or deleted', async () => {
    const api = await newsLens();
    const uri = workspaceUri(`annotations-test/orphan-${Date.now()}.txt`);
    const sidecar = uri.with({ path: `${uri.path}.newslens.json` });
    await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceUri(SEED)));
    const lost: Sidecar = {
      version: 1,
      annotations: [
        { id: 'u1', action: 'retype', type: 'organization', target: { start: 5, end: 17, exact: 'Acme Widgets' }, scope: 'all' },
      ],
    };
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(JSON.stringify(lost)));
    const { editor, analysis } = await open(uri);
    assert.equal(analysis.annotations?.orphaned.length, 1);
    const [orphan] = await group('Orphaned');
    assert.equal(orphan.label, '“Acme Widgets”');
    assert.equal(orphan.kind, 'orphan');
    assert.match(api.review.item.text, /reviewed/);
    const kremlin = entityNamed(analysis, 'Kremlin')!.mentions[0];
    await vscode.commands.executeCommand('newsLens.attachToSelection', editor.document.uri.toString(), 'u1', kremlin.start, kremlin.end);
    await waitForAsync('attached', async () => (await current(editor)).annotations?.orphaned.length === 0);
    assert.equal((await group('Orphaned')).length, 0);
    assert.equal((await onDisk(sidecar)).annotations[0].target.exact, 'Kremlin');
    await vscode.commands.executeCommand('newsLens.deleteOrphan', editor.document.uri.toString(), 'u1');
    assert.deepEqual((await onDisk(sidecar)).annotations, []);
  });

  it('Set Article Date writes documentDate to the sidecar; it wins over the date in the text and the setting', async () => {
    await withSetting('documentDate', '2023-06-01', () => setArticleDateChecks());
  });

  async function setArticleDateChecks(): Promise<void> {
    const { editor, sidecar, analysis } = await freshArticle();
    assert.equal(analysis.documentDate, '2023-06-01', 'the setting applies while the sidecar has no date');
    await vscode.commands.executeCommand('newsLens.setArticleDate', editor.document.uri.toString(), '2024-01-10');
    const api = await newsLens();
    const after = await waitFor('re-analysed with the new date', () => {
      const a = api.store.get(editor.document);
      return a?.documentDate === '2024-01-10' ? a : undefined;
    });
    assert.equal(after.dates.find((d) => d.text === 'Tuesday')?.value, '2024-01-09', 'relative dates follow the new date');
    assert.equal((await onDisk(sidecar)).documentDate, '2024-01-10');
    // From the Facts view's article date (its context menu passes the node).
    await waitFor('the tree on the article', () => api.facts.document === editor.document);
    const dateNode = api.facts.getChildren(api.facts.getChildren()[0]).find((n) => n.kind === 'articleDate')!;
    assert.equal(api.facts.getTreeItem(dateNode).contextValue, 'articleDate');
    await vscode.commands.executeCommand('newsLens.setArticleDate', dateNode, '2024-01-11');
    await waitFor('the date from the tree', () => api.store.get(editor.document)?.documentDate === '2024-01-11');
    assert.equal((await onDisk(sidecar)).documentDate, '2024-01-11');
  }

  it('an untitled article saved to a file takes its annotations with it into a new sidecar', async () => {
    const api = await newsLens();
    const target = workspaceUri(`annotations-test/saved-${Date.now()}.txt`);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SEED)));
    const document = await vscode.workspace.openTextDocument(target.with({ scheme: 'untitled' }));
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), text));
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    const analysis = await waitFor('an analysis', () => api.store.get(editor.document) ?? api.store.ensure(editor.document));
    const gaza = entityNamed(analysis, 'Gaza')!.mentions[0];
    const result = await vscode.commands.executeCommand<{ saved: boolean; reason?: string }>(
      'newsLens.annotate',
      editor.document.uri.toString(),
      { action: 'reject', target: gaza, scope: 'all' },
    );
    assert.deepEqual([result.saved, result.reason], [false, undefined], 'kept in memory, no complaint');
    assert.equal(entityNamed(api.store.get(editor.document)!, 'Gaza'), undefined);
    assert.ok(await editor.document.save(), 'saved to its path');
    const sidecar = target.with({ path: `${target.path}.newslens.json` });
    const disk = await waitForAsync('the sidecar of the saved article', async () => {
      try {
        return await onDisk(sidecar);
      } catch {
        return undefined;
      }
    });
    assert.deepEqual(
      disk.annotations.map((a) => [a.action, a.target.exact]),
      [['reject', 'Gaza']],
    );
  });

  it('the internal annotate command records an "ignore" for a check, and the analysis lists it', async () => {
    const { editor, analysis } = await freshArticle();
    const quote = analysis.quotes.find((q) => q.speaker === null)!;
    const result = await vscode.commands.executeCommand<{ id: string }>('newsLens.annotate', editor.document.uri.toString(), {
      action: 'ignore',
      target: { start: quote.start, end: quote.end },
      code: 'unattributed-quote',
    });
    const after = await current(editor);
    assert.deepEqual(after.annotations?.ignored, [{ id: result.id, code: 'unattributed-quote', start: quote.start, end: quote.end }]);
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand('newsLens.annotate', editor.document.uri.toString(), {
          action: 'reject',
          target: { start: 5, end: 999_999 },
        }),
      ),
      /not a range of the document/,
    );
  });

  it('Not a name on an entity in the Facts view rejects every name it goes by', async () => {
    const api = await newsLens();
    const { editor, sidecar } = await freshArticle();
    await waitFor('the tree on the article', () => api.facts.document === editor.document && api.facts.getChildren().length > 0);
    const node = (await group('People')).find((n) => n.entityName === 'Sergey Lavrov')!;
    await vscode.commands.executeCommand('newsLens.notAName', node);
    await waitForAsync('Lavrov gone', async () => !(await current(editor)).entities.some((e) => /Lavrov/.test(e.name)));
    assert.deepEqual(
      (await onDisk(sidecar)).annotations.map((a) => [a.action, a.target.exact, a.scope]),
      [
        ['reject', 'Sergey Lavrov', 'all'],
        ['reject', 'Lavrov', 'all'],
      ],
    );
  });

  it('exports see the corrections: the open article, and an unopened one in a folder export (its sidecar applied)', async () => {
    const { editor, analysis } = await freshArticle();
    const pti = entityNamed(analysis, 'PTI')!.mentions[0];
    await vscode.commands.executeCommand('newsLens.notAName', editor.document.uri.toString(), pti.start, pti.end, 'all');
    const out = workspaceUri(`annotations-test/export-${Date.now()}`);
    await vscode.workspace.fs.createDirectory(out);
    const json = vscode.Uri.joinPath(out, 'open.facts.json');
    const exported = await vscode.commands.executeCommand<{ written: boolean }>('newsLens.exportFacts', {
      quiet: true,
      format: 'json',
      target: json,
      uri: editor.document.uri,
    });
    assert.equal(exported.written, true);
    const fromOpen = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json))) as Analysis;
    assert.equal(entityNamed(fromOpen, 'PTI'), undefined);
    assert.equal(fromOpen.annotations?.applied, 1);

    const folder = vscode.Uri.joinPath(out, 'articles');
    const article = vscode.Uri.joinPath(folder, 'story.txt');
    await vscode.workspace.fs.writeFile(article, await vscode.workspace.fs.readFile(workspaceUri(SEED)));
    await vscode.workspace.fs.copy(
      editor.document.uri.with({ path: `${editor.document.uri.path}.newslens.json` }),
      article.with({ path: `${article.path}.newslens.json` }),
    );
    const jsonl = vscode.Uri.joinPath(out, 'folder.jsonl');
    const result = await vscode.commands.executeCommand<{ written: boolean; count: number }>('newsLens.exportFactsFolder', {
      quiet: true,
      folder,
      format: 'jsonl',
      target: jsonl,
    });
    assert.deepEqual([result.written, result.count], [true, 1]);
    const [line] = new TextDecoder()
      .decode(await vscode.workspace.fs.readFile(jsonl))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Analysis);
    assert.equal(entityNamed(line, 'PTI'), undefined, 'the unopened article has its sidecar applied');
    assert.equal(line.annotations?.applied, 1);
  });

  it('an untitled article keeps its annotations in memory', async () => {
    const api = await newsLens();
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SEED)));
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
    await vscode.window.showTextDocument(document);
    const analysis = await waitFor('an analysis', () => api.store.get(document) ?? api.store.ensure(document));
    const gaza = entityNamed(analysis, 'Gaza')!.mentions[0];
    const result = await vscode.commands.executeCommand<{ saved: boolean; reason?: string }>('newsLens.annotate', document.uri.toString(), {
      action: 'reject',
      target: gaza,
      scope: 'all',
    });
    assert.deepEqual([result.saved, result.reason], [false, undefined]);
    assert.equal(entityNamed(api.store.get(document)!, 'Gaza'), undefined);
  });

  it('review mode visits every unreviewed fact once, counts in the status bar, and Accept All Remaining finishes', async () => {
    const api = await newsLens();
    const { editor, analysis } = await freshArticle();
    const uri = editor.document.uri.toString();
    const items = reviewItems(analysis);
    const start = editor.document.positionAt(0);
    editor.selection = new vscode.Selection(start, start);
    const visited: string[] = [];
    for (let i = 0; i < items.length; i++) {
      await vscode.commands.executeCommand('newsLens.reviewNext', uri);
      const sel = vscode.window.activeTextEditor!.selection;
      visited.push(`${editor.document.offsetAt(sel.start)}-${editor.document.offsetAt(sel.end)}`);
    }
    assert.equal(new Set(visited).size, items.length, 'each fact once');
    assert.deepEqual(new Set(visited), new Set(items.map((i) => `${i.start}-${i.end}`)));
    assert.equal(api.review.item.text, `$(checklist) 0 of ${items.length} reviewed`);
    await vscode.commands.executeCommand('newsLens.reviewNext', uri);
    const sel = vscode.window.activeTextEditor!.selection;
    await vscode.commands.executeCommand(
      'newsLens.acceptFact',
      uri,
      editor.document.offsetAt(sel.start),
      editor.document.offsetAt(sel.end),
    );
    await waitFor('1 reviewed', () => api.review.item.text === `$(checklist) 1 of ${items.length} reviewed`);
    const previous = await vscode.commands.executeCommand<{ start: number }>('newsLens.reviewPrevious', uri);
    assert.notEqual(previous.start, editor.document.offsetAt(sel.start), 'skips the reviewed fact');
    await vscode.commands.executeCommand('newsLens.acceptAllRemaining', uri);
    await waitFor('all reviewed', () => api.review.item.text === `$(checklist) ${items.length} of ${items.length} reviewed`);
    // Undo takes back the whole step.
    await vscode.commands.executeCommand('newsLens.undoAnnotation', uri);
    await waitFor('back to 1 reviewed', () => api.review.item.text === `$(checklist) 1 of ${items.length} reviewed`);
  });

  it('the keybindings are chords that type nothing and take none of VS Code’s default keys', async () => {
    const manifest = vscode.extensions.getExtension('news-lens.news-lens')!.packageJSON as {
      contributes: { keybindings: { command: string; key: string; mac?: string }[] };
    };
    const ours = manifest.contributes.keybindings.filter((k) => /acceptFact|notAName|setSpeaker|review/.test(k.command));
    assert.equal(ours.length, 5);
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const defaults = await waitFor(
      'the default keybindings',
      () => vscode.window.activeTextEditor?.document.getText().includes('"key"') && vscode.window.activeTextEditor.document.getText(),
    );
    // The file lists every keybinding in effect, extensions' included: ours are left out.
    const taken = new Set(
      [...defaults.matchAll(/"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)]
        .filter((m) => !m[2].replace(/^-/, '').startsWith('newsLens.'))
        .map((m) => m[1]),
    );
    assert.ok(taken.has('ctrl+k ctrl+c'), 'the defaults were read');
    for (const k of ours) {
      assert.ok(
        !taken.has(k.key),
        `${k.key} (${k.command}) is a default VS Code key; taken after ctrl+k: ${[...taken]
          .filter((t) => t.startsWith('ctrl+k'))
          .sort()
          .join(', ')}`,
      );
      for (const key of [k.key, k.mac ?? k.key]) {
        const [first, second] = key.split(' ');
        assert.ok(second !== undefined && /^(ctrl|cmd)\+k$/.test(first), `${key} is a chord after Ctrl/Cmd+K`);
        assert.ok(/(ctrl|cmd)\+/.test(second) && !/alt\+/.test(second), `${key}: the second key holds Ctrl/Cmd and no Alt/Option`);
      }
    }
  });
});
