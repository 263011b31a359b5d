// A large article in the real editor: it is analysed off the extension host's thread (worker),
// rapid edits supersede older runs, and the highlights end up matching the final text exactly.
// Correctness only: nothing here is timed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze } from '../../src/analysis/analyze';
import { DECORATION_KINDS, spansByKind } from '../../src/editor/decorations';
import { LARGE_DOCUMENT_CHARS } from '../../src/editor/analysisStore';
import { mulberry32 } from '../bench/prng';
import { closeAll, newsLens, offsets, spanKeys, waitFor, workspaceUri } from './editorHelpers';

/** About `chars` characters of news paragraphs recombined from the seed articles (seeded, reproducible). */
async function largeText(chars: number): Promise<string> {
  const paragraphs: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(workspaceUri('seeds'))) {
    if (type !== vscode.FileType.File || !/\.(txt|md)$/.test(name)) continue;
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(`seeds/${name}`)));
    paragraphs.push(
      ...text
        .split(/\r?\n\s*\r?\n/)
        .map((p) => p.trim())
        .filter((p) => p.length > 40 && !p.startsWith('#')),
    );
  }
  assert.ok(paragraphs.length > 10, 'the seed articles give enough paragraphs');
  const rng = mulberry32(20240213);
  const out = ['date 2024-02-13'];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    // A numbered sentence keeps paragraphs distinct, as in a real long transcript.
    const p = `${paragraphs[Math.floor(rng() * paragraphs.length)]} (Item ${i}.)`;
    out.push(p);
    length += p.length + 2;
  }
  return out.join('\n\n') + '\n';
}

describe('large documents', function () {
  this.timeout(300_000);
  afterEach(closeAll);

  it('are analysed off-thread, and after rapid edits the highlights match the final text', async () => {
    const api = await newsLens();
    // Measured by the extension itself in this host (reported for the benchmark, never asserted).
    console.log(
      `      activation in this extension host: bundle evaluated in ${api.timings.moduleMs?.toFixed(1)} ms, activate() ${api.timings.activateMs.toFixed(1)} ms`,
    );
    const text = await largeText(LARGE_DOCUMENT_CHARS + 50_000);
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const opened = api.store.status(document);
    assert.ok(opened.state === 'pending' || opened.state === 'ready', `status after opening: ${opened.state}`);
    // Large documents are never analysed synchronously on this thread.
    if (opened.state === 'pending') assert.equal(api.store.ensure(document), undefined);
    await waitFor('the first analysis', () => api.store.get(document), 240_000);

    // Rapid edits: a new paragraph with a quote in the middle, a deletion near the start, a
    // one-character change near the end; each makes the previous version stale.
    const middle = document.positionAt(document.getText().indexOf('\n\n', Math.floor(text.length / 2)));
    await editor.edit((e) =>
      e.insert(middle, '\n\nChancellor Olaf Scholz told reporters in Berlin on Tuesday: "We will not wait for anyone."'),
    );
    const early = document.getText().indexOf(' the ', 500);
    await editor.edit((e) => e.delete(new vscode.Range(document.positionAt(early), document.positionAt(early + 4))));
    const late = document.getText().lastIndexOf(' a ');
    await editor.edit((e) => e.replace(new vscode.Range(document.positionAt(late + 1), document.positionAt(late + 2)), 'A'));
    const finalVersion = document.version;
    const analysis = await waitFor(
      'the analysis of the final version',
      () => document.version === finalVersion && api.store.get(document),
      240_000,
    );

    // The store's result is the engine's result for exactly the final text.
    const finalText = document.getText();
    const expected = analyze(finalText, { documentDate: null, explain: true }); // the editor keeps the decision trace
    assert.deepEqual(analysis.entities, expected.entities);
    assert.deepEqual(analysis.quotes, expected.quotes);
    assert.deepEqual(analysis.dates, expected.dates);
    assert.ok(
      analysis.quotes.some((q) => q.text === '"We will not wait for anyone."'),
      'the inserted quote is found',
    );

    // The highlights: exactly the analysis spans, each covering exactly its text in the editor.
    const wanted = spansByKind(analysis);
    const textOf = new Map<string, string>();
    for (const s of [
      ...analysis.entities.flatMap((e) => e.mentions),
      ...analysis.quotes,
      ...analysis.dates,
      ...analysis.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])),
    ]) {
      textOf.set(`${s.start}-${s.end}`, s.text);
    }
    for (const kind of DECORATION_KINDS) {
      const keys = spanKeys(wanted.get(kind)!);
      await waitFor(
        `${kind} highlights of the final version`,
        () => offsets(document, api.decorations.rangesFor(editor, kind)).join() === keys.join(),
      );
      for (const range of api.decorations.rangesFor(editor, kind)) {
        const key = `${document.offsetAt(range.start)}-${document.offsetAt(range.end)}`;
        assert.equal(document.getText(range), textOf.get(key), `${kind} highlight at ${key} covers exactly its span's text`);
      }
    }
    assert.ok(wanted.get('person')!.length > 0 && wanted.get('quote')!.length > 0 && wanted.get('date')!.length > 0, 'not vacuous');
  });
});
