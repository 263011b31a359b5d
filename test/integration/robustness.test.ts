// Bad input, faults and load in the real editor (issue 7): documents News Lens must skip (with the
// reason in the status bar), documents it must leave alone, hundreds of rapid edits, documents
// closed mid-analysis, quick editor switching, and a failing feature that must not take the
// others down. Test files are generated at run time in a scratch folder of the test workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/analysis';
import type { NewsLensApi } from '../../src/extension';
import { DECORATION_KINDS, spansByKind } from '../../src/editor/decorations';
import {
  closeAll,
  hoverText,
  newsLens,
  offsets,
  openCopy,
  plain,
  SEED,
  spanKeys,
  waitFor,
  withSetting,
  workspaceUri,
} from './editorHelpers';

const SCRATCH = 'robustness-scratch';
const encode = (s: string) => new TextEncoder().encode(s);

/** Errors and warnings written to the real "News Lens" output channel while the suite runs. */
const logged: string[] = [];

async function writeScratch(name: string, bytes: Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceUri(`${SCRATCH}/${name}`);
  await vscode.workspace.fs.writeFile(uri, bytes);
  return uri;
}

async function seedText(): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SEED)));
}

/** Every kind's decorations on the editor equal the spans of the analysis (nothing stale, nothing missing). */
async function decorationsMatch(api: NewsLensApi, editor: vscode.TextEditor, analysis: Analysis | undefined): Promise<void> {
  const expected = analysis ? spansByKind(analysis) : undefined;
  await waitFor(`decorations of ${editor.document.uri.toString()} to match its analysis`, () =>
    DECORATION_KINDS.every((kind) => {
      const want = expected ? spanKeys(expected.get(kind)!) : [];
      return offsets(editor.document, api.decorations.rangesFor(editor, kind)).join() === want.join();
    }),
  );
}

function assertOffsetsHold(text: string, analysis: Analysis): void {
  for (const e of analysis.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text, `mention of ${e.name}`);
  for (const q of analysis.quotes) assert.equal(text.slice(q.start, q.end), q.text, `quote ${q.id}`);
  for (const d of analysis.dates) assert.equal(text.slice(d.start, d.end), d.text, `date ${d.id}`);
}

/** A small deterministic PRNG (mulberry32), so the scripted edits are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('robustness: bad input, faults and load in the editor', () => {
  let api: NewsLensApi;
  let restoreLog: () => void;

  before(async () => {
    api = await newsLens();
    // Record what the extension writes to its output channel (the real channel keeps working).
    const channel = api.log;
    const error = channel.error;
    const warn = channel.warn;
    channel.error = (message: string | Error, ...args: unknown[]) => {
      logged.push(`error: ${message instanceof Error ? message.message : message}`);
      return error.call(channel, message, ...args);
    };
    channel.warn = (message: string, ...args: unknown[]) => {
      logged.push(`warn: ${message}`);
      return warn.call(channel, message, ...args);
    };
    assert.notEqual(channel.error, error, 'the output channel should accept the recorder');
    restoreLog = () => {
      channel.error = error;
      channel.warn = warn;
    };
  });

  after(async () => {
    restoreLog?.();
    await closeAll();
    await vscode.workspace.fs.delete(workspaceUri(SCRATCH), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  afterEach(closeAll);

  it('logs to an output channel named "News Lens"', () => {
    assert.equal(api.log.name, 'News Lens');
  });

  describe('documents that are not analysed, with the reason in the status bar', () => {
    async function expectSkipped(document: vscode.TextDocument, reason: string, words: RegExp): Promise<void> {
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      const status = await waitFor(`${document.uri.toString()} to be skipped`, () => {
        const s = api.store.status(document);
        return s.state === 'skipped' ? s : undefined;
      });
      assert.equal(status.reason, reason);
      assert.match(status.message, words);
      assert.equal(api.store.get(document), undefined, 'no analysis is kept for a skipped document');
      await waitFor('the status bar to say the file was skipped', () => /skipped/i.test(api.statusBar.item.text));
      const tooltip = api.statusBar.item.tooltip;
      const tip = typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? '');
      assert.ok(tip.includes(status.message), `the status bar tooltip should say why: ${tip}`);
      await decorationsMatch(api, editor, undefined);
      assert.equal(api.facts.getChildren().length, 0, 'the facts tree lists nothing for a skipped file');
    }

    it('an empty file', async () => {
      const document = await vscode.workspace.openTextDocument(await writeScratch('empty.txt', new Uint8Array()));
      await expectSkipped(document, 'empty', /empty/);
    });

    it('a whitespace-only file', async () => {
      const document = await vscode.workspace.openTextDocument(await writeScratch('blank.txt', encode(' \n\t\n   \r\n\n')));
      await expectSkipped(document, 'empty', /only whitespace/);
    });

    it('a file with NUL bytes (binary): VS Code refuses it, or News Lens skips it', async () => {
      const bytes = new Uint8Array([...encode('Angela Merkel visited Paris.'), 0, 0, 1, 2, 0xff, 0, ...encode(' Reuters reported.')]);
      const uri = await writeScratch('binary.txt', bytes);
      let document: vscode.TextDocument | undefined;
      try {
        document = await vscode.workspace.openTextDocument(uri);
      } catch (e) {
        // VS Code's own binary detection: the extension never sees the document.
        assert.match(String(e), /binary/i);
        console.log('      (VS Code itself refused the binary file)');
      }
      if (document) {
        console.log('      (VS Code opened the binary file: News Lens must skip it)');
        await expectSkipped(document, 'binary', /binary|NUL/);
      }
    });

    it('an untitled document containing NUL characters', async () => {
      const document = await vscode.workspace.openTextDocument({
        language: 'plaintext',
        content: 'Angela Merkel visited Paris.\u0000\u0000 Reuters reported.',
      });
      await expectSkipped(document, 'binary', /binary|NUL/);
    });

    it('a file over newsLens.maxFileSizeKB (set low), and analysed again when the limit is lifted', async () => {
      const document = await vscode.workspace.openTextDocument(await writeScratch('long.txt', encode(await seedText())));
      await withSetting('maxFileSizeKB', 1, async () => {
        await expectSkipped(document, 'tooLarge', /KB is larger than newsLens\.maxFileSizeKB \(1 KB\)/);
      });
      const analysis = await waitFor('an analysis once the limit is restored', () => api.store.get(document) ?? api.store.ensure(document));
      assert.ok(analysis.entities.length > 0);
    });

    it('a file over the default maximum size (2048 KB)', async function () {
      this.timeout(120_000);
      const seed = await seedText();
      const big = seed.repeat(Math.ceil((2100 * 1024) / seed.length));
      const document = await vscode.workspace.openTextDocument(await writeScratch('huge.txt', encode(big)));
      await expectSkipped(document, 'tooLarge', /larger than newsLens\.maxFileSizeKB \(2048 KB\)/);
    });

    it('invalid UTF-8 is analysed as VS Code decodes it (U+FFFD), with exact offsets', async () => {
      const bytes = new Uint8Array([
        ...encode('Angela Merkel said the plan was '),
        0xff,
        0xfe,
        0xc3,
        ...encode(' fine, in Berlin on Monday.\n'),
      ]);
      const document = await vscode.workspace.openTextDocument(await writeScratch('latin1.txt', bytes));
      await vscode.window.showTextDocument(document, { preview: false });
      const text = document.getText();
      assert.ok(text.includes('\uFFFD'), 'VS Code shows invalid bytes as U+FFFD');
      const analysis = await waitFor('an analysis', () => api.store.get(document) ?? api.store.ensure(document));
      assertOffsetsHold(text, analysis);
      assert.ok(
        analysis.entities.some((e) => e.name.includes('Merkel')),
        analysis.entities.map((e) => e.name).join(', '),
      );
    });
  });

  describe('documents News Lens must leave alone', () => {
    it('never modifies a document: version, dirty state, text and the file on disk are unchanged', async () => {
      const uri = workspaceUri(SEED);
      const before = await vscode.workspace.fs.readFile(uri);
      const document = await vscode.workspace.openTextDocument(uri);
      const { version, isDirty } = document;
      const text = document.getText();
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      const analysis = await waitFor('an analysis', () => api.store.get(document) ?? api.store.ensure(document));
      await decorationsMatch(api, editor, analysis);
      // Use every feature that reads the document.
      const person = analysis.entities.find((e) => e.type === 'person')!;
      await hoverText(document, person.mentions[0].start);
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
      await vscode.commands.executeCommand('vscode.executeReferenceProvider', document.uri, document.positionAt(person.mentions[0].start));
      editor.selection = new vscode.Selection(document.positionAt(person.mentions[0].start), document.positionAt(person.mentions[0].start));
      await vscode.commands.executeCommand('newsLens.nextMention');
      await vscode.commands.executeCommand('newsLens.toggleHighlights');
      await vscode.commands.executeCommand('newsLens.toggleHighlights');
      const refreshed = new Promise<void>((resolve) => {
        const sub = api.store.onDidChange((u) => u.toString() === uri.toString() && (sub.dispose(), resolve()));
      });
      await vscode.commands.executeCommand('newsLens.refresh');
      await refreshed;
      assert.equal(document.version, version, 'version unchanged');
      assert.equal(document.isDirty, isDirty, 'dirty state unchanged');
      assert.equal(document.getText(), text);
      assert.deepEqual(await vscode.workspace.fs.readFile(uri), before, 'the file on disk is unchanged');
    });

    it('never modifies an untitled document either', async () => {
      const { editor } = await openCopy();
      const document = editor.document;
      const { version, isDirty } = document;
      const text = document.getText();
      await vscode.commands.executeCommand('newsLens.refresh');
      await waitFor('a fresh analysis', () => api.store.get(document));
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
      assert.equal(document.version, version);
      assert.equal(document.isDirty, isDirty);
      assert.equal(document.getText(), text);
    });

    it('other languages: no analysis, no highlights, no hover', async () => {
      const content = (await seedText()).slice(0, 2000);
      for (const language of ['json', 'typescript', 'log']) {
        const document = await vscode.workspace.openTextDocument({ language, content });
        const editor = await vscode.window.showTextDocument(document, { preview: false });
        assert.equal(document.languageId, language);
        assert.deepEqual(api.store.status(document), { state: 'off' });
        assert.equal(api.store.ensure(document), undefined);
        assert.equal(api.store.get(document), undefined);
        await decorationsMatch(api, editor, undefined);
        const hover = plain(await hoverText(document, content.indexOf('Putin') + 1));
        assert.doesNotMatch(hover, /mention|Reveal in Facts|Show all mentions/, `no News Lens hover in ${language}`);
        assert.equal(api.facts.getChildren().length, 0);
      }
    });

    it('other schemes: a content-provider document (like git: or output:) is left alone', async () => {
      const scheme = 'newslens-foreign';
      const content = await seedText();
      const registration = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => content });
      try {
        const uri = vscode.Uri.from({ scheme, path: '/HEAD/story.txt' });
        const document = await vscode.workspace.openTextDocument(uri);
        const editor = await vscode.window.showTextDocument(document, { preview: false });
        assert.equal(document.languageId, 'plaintext', 'the language is enabled; only the scheme is not');
        assert.deepEqual(api.store.status(document), { state: 'off' });
        assert.equal(api.store.ensure(document), undefined);
        await decorationsMatch(api, editor, undefined);
        // Output channels, where they are exposed as documents, are never articles.
        api.log.info('robustness test: output channel document check');
        for (const d of vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'output')) {
          assert.deepEqual(api.store.status(d), { state: 'off' }, d.uri.toString());
        }
      } finally {
        registration.dispose();
      }
    });

    it('turning a language off drops the analysis and the highlights of open documents', async () => {
      const { editor, analysis } = await openCopy();
      await decorationsMatch(api, editor, analysis);
      await withSetting('languages', ['markdown'], async () => {
        await waitFor('the document to be off', () => api.store.status(editor.document).state === 'off');
        assert.equal(api.store.get(editor.document), undefined);
        await decorationsMatch(api, editor, undefined);
      });
      const again = await waitFor('an analysis again', () => api.store.get(editor.document) ?? api.store.ensure(editor.document));
      await decorationsMatch(api, editor, again);
    });
  });

  describe('load and lifecycle', () => {
    it('hundreds of scripted edits: the final analysis and highlights match the final text, nothing logged', async function () {
      this.timeout(180_000);
      const errorsBefore = logged.length;
      const { editor } = await openCopy();
      const document = editor.document;
      const next = random(7);
      const snippets = [
        ' Angela Merkel',
        ' said',
        ' "We will see," ',
        ' on Monday',
        '\n\n',
        ' Reuters',
        ' in Paris',
        '.',
        ' next week',
        ' Putin',
      ];
      const EDITS = 300;
      for (let i = 0; i < EDITS; i++) {
        const length = document.getText().length;
        const at = Math.floor(next() * length);
        const kind = next();
        await editor.edit(
          (b) => {
            if (kind < 0.6 || length < 200) b.insert(document.positionAt(at), snippets[Math.floor(next() * snippets.length)]);
            else if (kind < 0.9)
              b.delete(new vscode.Range(document.positionAt(at), document.positionAt(Math.min(length, at + 1 + Math.floor(next() * 12)))));
            else b.replace(new vscode.Range(document.positionAt(at), document.positionAt(Math.min(length, at + 5))), 'Berlin');
          },
          { undoStopBefore: false, undoStopAfter: false },
        );
      }
      assert.ok(document.version > EDITS, `every edit applied (version ${document.version})`);
      const analysis = await waitFor('the analysis of the final version', () => api.store.get(document), 60_000);
      assertOffsetsHold(document.getText(), analysis);
      await decorationsMatch(api, editor, analysis);
      assert.deepEqual(logged.slice(errorsBefore), [], 'nothing was logged as an error');
    });

    it('documents closed mid-analysis leave nothing behind and log nothing', async function () {
      this.timeout(120_000);
      const errorsBefore = logged.length;
      const seed = await seedText();
      const closed: vscode.TextDocument[] = [];
      for (let i = 0; i < 5; i++) {
        // Large (over 200,000 characters), so the analysis takes a while.
        const document = await vscode.workspace.openTextDocument({
          language: 'plaintext',
          content: seed.repeat(Math.ceil(220_000 / seed.length)),
        });
        const editor = await vscode.window.showTextDocument(document, { preview: false });
        if (i % 2 === 1) await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Breaking: '));
        const gone = new Promise<void>((resolve) => {
          const sub = vscode.workspace.onDidCloseTextDocument((d) => d === document && (sub.dispose(), resolve()));
        });
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await gone;
        closed.push(document);
      }
      // Let any analysis that was under way finish or be dropped (debounce + a run of a large file).
      await new Promise((r) => setTimeout(r, 3000));
      await vscode.commands.executeCommand('newsLens.refresh');
      for (const document of closed) {
        assert.ok(document.isClosed);
        assert.equal(api.store.get(document), undefined, 'no analysis is kept for a closed document');
        assert.notEqual(api.store.status(document).state, 'ready');
      }
      assert.deepEqual(logged.slice(errorsBefore), [], 'nothing was logged as an error');
      // The extension still works afterwards.
      const { analysis } = await openCopy();
      assert.ok(analysis.entities.length > 0);
    });

    it('switching editors quickly: highlights, status bar and facts tree follow the last one', async function () {
      this.timeout(120_000);
      const errorsBefore = logged.length;
      const names = [
        'seeds/000_114cf2c0402081cf.txt',
        'seeds/wire-dateline.txt',
        'seeds/uk-single-quotes.txt',
        'seeds/markdown-feature.md',
      ];
      const documents = await Promise.all(names.map((n) => vscode.workspace.openTextDocument(workspaceUri(n))));
      for (let i = 0; i < 40; i++) {
        await vscode.window.showTextDocument(documents[i % documents.length], {
          preview: false,
          viewColumn: i % 3 === 2 ? vscode.ViewColumn.Two : vscode.ViewColumn.One,
        });
      }
      const last = vscode.window.activeTextEditor!;
      assert.equal(last.document, documents[39 % documents.length]);
      for (const editor of vscode.window.visibleTextEditors) {
        const analysis = await waitFor('an analysis', () => api.store.get(editor.document) ?? api.store.ensure(editor.document));
        await decorationsMatch(api, editor, analysis);
      }
      const analysis = api.store.get(last.document)!;
      const people = analysis.entities.filter((e) => e.type === 'person').length;
      await waitFor(
        'the status bar to show the active article',
        () =>
          api.statusBar.item.text.startsWith(`$(person) ${people} `) &&
          api.statusBar.item.text.includes(`$(quote) ${analysis.quotes.length} `),
      );
      await waitFor('the facts tree to follow the active article', () => api.facts.document === last.document);
      assert.deepEqual(logged.slice(errorsBefore), [], 'nothing was logged as an error');
    });
  });

  describe('fault isolation', () => {
    it('a failing hover is caught and logged; highlights, the tree and the status bar keep working', async () => {
      const { editor, analysis } = await openCopy();
      const document = editor.document;
      await decorationsMatch(api, editor, analysis);
      const person = analysis.entities.find((e) => e.type === 'person')!;
      const errorsBefore = logged.length;
      // Fault injection: the store call the hover provider makes throws until restored.
      const store = api.store as { ensure: NewsLensApi['store']['ensure'] };
      store.ensure = () => {
        throw new Error('injected hover fault');
      };
      try {
        const text = plain(await hoverText(document, person.mentions[0].start + 1));
        assert.ok(!text.includes('Show all mentions'), 'no News Lens hover while it fails');
        const errors = logged.slice(errorsBefore);
        assert.ok(
          errors.some((e) => e.includes('[hover]') && e.includes('injected hover fault')),
          `the failure is logged under its feature: ${errors.join(' | ')}`,
        );
        // The other features, fed by the store's events, carry on: edit, and they follow.
        await editor.edit((b) => b.insert(document.positionAt(document.getText().length), '\n\nBarack Obama visited Lagos on Friday.\n'));
        const updated = await waitFor('the analysis of the edit', () => {
          const a = api.store.get(document);
          return a && a.entities.some((e) => e.name.includes('Obama')) ? a : undefined;
        });
        await decorationsMatch(api, editor, updated);
        await waitFor('the facts tree to list the new person', () =>
          api.facts.getChildren().some((group) => api.facts.getChildren(group).some((n) => n.label.includes('Obama'))),
        );
        const people = updated.entities.filter((e) => e.type === 'person').length;
        await waitFor('the status bar counts to follow', () => api.statusBar.item.text.startsWith(`$(person) ${people} `));
      } finally {
        delete (store as Partial<typeof store>).ensure; // back to the class's method
      }
      const text = plain(await hoverText(document, person.mentions[0].start + 1));
      assert.ok(text.includes(person.name), `the hover works again: ${text}`);
    });
  });
});
