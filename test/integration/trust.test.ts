// Workspace Trust and virtual workspaces. News Lens reads document text and nothing else: it runs
// no content, no tasks, no programs, so it declares full support for untrusted (Restricted Mode)
// and virtual workspaces. In the normal run (`npm run test:integration`, trust disabled) the
// workspace is trusted; `node test/integration/runRestricted.mjs` runs this file again with
// Workspace Trust on and the folder untrusted, and then every feature must still work.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, hoverText, newsLens, openArticle, plain, SEED, waitFor } from './editorHelpers';
import { spansByKind } from '../../src/editor/decorations';

const EXPECT_RESTRICTED = process.env.NEWS_LENS_EXPECT_RESTRICTED === '1';

describe('Workspace Trust and virtual workspaces', () => {
  after(closeAll);

  it('the manifest declares untrusted and virtual workspace support', async () => {
    const api = await newsLens();
    assert.ok(api.store);
    const manifest = vscode.extensions.getExtension('news-lens.news-lens')!.packageJSON as {
      capabilities?: { untrustedWorkspaces?: { supported?: unknown }; virtualWorkspaces?: unknown };
      contributes?: { configuration?: { properties?: Record<string, { restrictedConfigurations?: unknown }> } };
    };
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(manifest.capabilities?.virtualWorkspaces, true);
  });

  it(`the workspace is ${EXPECT_RESTRICTED ? 'untrusted (Restricted Mode)' : 'trusted (this run disables Workspace Trust)'}`, () => {
    assert.equal(vscode.workspace.isTrusted, !EXPECT_RESTRICTED);
  });

  it('the extension is active and analyses, highlights and explains an article in this trust state', async () => {
    const api = await newsLens();
    const { editor, analysis } = await openArticle(SEED);
    assert.ok(analysis.entities.length > 0, 'entities found');
    // Highlights: what the decorations feature set on the editor equals the analysis.
    const wanted = spansByKind(analysis)
      .get('person')!
      .map((s) => `${s.start}-${s.end}`);
    await waitFor('person highlights', () => {
      const got = api.decorations
        .rangesFor(editor, 'person')
        .map((r) => `${editor.document.offsetAt(r.start)}-${editor.document.offsetAt(r.end)}`);
      return got.join() === wanted.join() && got.length > 0;
    });
    // Hover: the real hover provider answers through VS Code.
    const person = analysis.entities.find((e) => e.type === 'person')!;
    const text = plain(await hoverText(editor.document, person.mentions[0].start + 1));
    assert.ok(text.includes(person.name), `hover should name ${person.name}: ${text}`);
    // Status bar: the counts of the active article.
    await waitFor('status bar counts', () => api.statusBar.item.text.includes('$(person)'));
  });

  it('a document from a virtual file system (in-memory provider) is analysed like a file', async () => {
    const api = await newsLens();
    // vscode-vfs is the scheme of virtual workspaces such as Remote Repositories; it is free here.
    const scheme = 'vscode-vfs';
    const files = new Map<string, Uint8Array>();
    const provider: vscode.FileSystemProvider = {
      onDidChangeFile: new vscode.EventEmitter<vscode.FileChangeEvent[]>().event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: (uri) => {
        const data = files.get(uri.path);
        if (!data) throw vscode.FileSystemError.FileNotFound(uri);
        return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: data.byteLength };
      },
      readDirectory: () => [],
      createDirectory: () => undefined,
      readFile: (uri) => {
        const data = files.get(uri.path);
        if (!data) throw vscode.FileSystemError.FileNotFound(uri);
        return data;
      },
      writeFile: (uri, content) => void files.set(uri.path, content),
      delete: (uri) => void files.delete(uri.path),
      rename: () => undefined,
    };
    let registration: vscode.Disposable;
    try {
      registration = vscode.workspace.registerFileSystemProvider(scheme, provider, { isReadonly: true });
    } catch {
      // Another extension owns the scheme in this VS Code: nothing to prove here.
      return;
    }
    try {
      const folder = vscode.workspace.workspaceFolders![0].uri;
      files.set('/repo/story.txt', await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, SEED)));
      const uri = vscode.Uri.from({ scheme, authority: 'github', path: '/repo/story.txt' });
      const document = await vscode.workspace.openTextDocument(uri);
      assert.equal(document.languageId, 'plaintext');
      await vscode.window.showTextDocument(document, { preview: false });
      const analysis = await waitFor('an analysis of the virtual document', () => api.store.get(document) ?? api.store.ensure(document));
      const text = document.getText();
      for (const e of analysis.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      assert.ok(analysis.entities.length > 0);
      // The analysis names the document by its URI (no workspace-relative path exists for it).
      assert.equal(analysis.file, uri.toString());
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      registration.dispose();
    }
  });
});
