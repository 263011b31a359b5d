// The editorial checks in the real editor: diagnostics from the store, quick fixes, live severities.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { checkSeverities } from '../../src/editor/settings';
import { closeAll, newsLens, openArticle, waitFor, withSetting, workspaceUri } from './editorHelpers';

const DRAFT =
  'date 2024-03-06\n\nAmaka Okonkwo opened the bridge on Monday, March 5, 2024.\n\nOkonkwo said the work took two years. Okonkow thanked the builders.\n';

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'News Lens');
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

const DRAFTS = 'checks-drafts';
let drafts = 0;

/** A new article file in the test workspace (a fresh name each time: VS Code may hand back a closed untitled document). */
async function openDraft(text = DRAFT): Promise<vscode.TextEditor> {
  const api = await newsLens();
  const uri = workspaceUri(`${DRAFTS}/draft-${++drafts}.txt`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await waitFor('an analysis of the draft', () => api.store.get(document) ?? api.store.ensure(document), 30_000);
  return editor;
}

async function actionsAt(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return (
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? []
  );
}

describe('editorial checks in the editor', () => {
  afterEach(closeAll);
  // Other suites list the workspace: leave it as it was.
  after(() => vscode.workspace.fs.delete(workspaceUri(DRAFTS), { recursive: true }).then(undefined, () => undefined));

  it('show diagnostics for a seeded article, with README links and related places, and none for the seed article', async () => {
    const api = await newsLens();
    const { editor: seed } = await openArticle();
    await waitFor('the seed checked', () => api.diagnostics.checksFor(seed.document));
    assert.deepEqual(
      ours(seed.document.uri).map((d) => `${codeOf(d)}: ${seed.document.getText(d.range)}`),
      [],
    );

    // The seed with one error seeded: a later mention of Lavrov misspelled.
    const seeded = seed.document.getText();
    const later = seeded.indexOf('Lavrov', seeded.indexOf('Lavrov') + 1);
    const copy = await openDraft(`${seeded.slice(0, later)}Lavorv${seeded.slice(later + 6)}`);
    const found = await waitFor('a diagnostic for the seeded copy', () => ours(copy.document.uri).length > 0 && ours(copy.document.uri));
    assert.deepEqual(
      found.map((d) => `${codeOf(d)}: ${copy.document.getText(d.range)}`),
      ['name-variant: Lavorv'],
    );

    const editor = await openDraft();
    const diagnostics = await waitFor(
      'diagnostics for the draft',
      () => ours(editor.document.uri).length === 2 && ours(editor.document.uri),
    );
    const byCode = new Map(diagnostics.map((d) => [codeOf(d), d]));
    const weekday = byCode.get('weekday-mismatch')!;
    assert.equal(editor.document.getText(weekday.range), 'Monday');
    assert.equal(weekday.severity, vscode.DiagnosticSeverity.Warning);
    const target = (weekday.code as { target: vscode.Uri }).target;
    assert.match(target.path, /README\.md$/);
    const line = Number(/^L(\d+)$/.exec(target.fragment)?.[1]);
    const readme = new TextDecoder().decode(await vscode.workspace.fs.readFile(target.with({ fragment: '' }))).split(/\r?\n/);
    assert.equal(readme[line - 1], '### Check `weekday-mismatch`', 'the link opens the section on the check');
    const variant = byCode.get('name-variant')!;
    assert.equal(editor.document.getText(variant.range), 'Okonkow');
    assert.equal(variant.relatedInformation?.length, 1);
    assert.equal(editor.document.getText(variant.relatedInformation![0].location.range), 'Okonkwo');
  });

  it('come from the worker with the analysis, equal to runChecks on the analysis shown, under any severities', async () => {
    const api = await newsLens();
    // The engine, for the comparison only (required here, not at load: the activation suite runs first).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runChecks } = require('../../src/checks') as typeof import('../../src/checks');
    const editor = await openDraft(`${DRAFT}\nOkonkow left at noon. Okonkwo stayed on Friday, March 5, 2024.\n`);
    const severities = { 'name-variant': 'hint', 'weekday-mismatch': 'error' } as const;
    const current = { severities: checkSeverities(editor.document.uri) };
    const sent = await waitFor('checks sent with the analysis', () => {
      const checks = api.store.checks(editor.document, current);
      return Array.isArray(checks) && checks;
    });
    const analysis = api.store.get(editor.document)!;
    assert.ok(sent.length >= 3, `the draft's problems: ${JSON.stringify(sent)}`);
    assert.deepEqual(sent, runChecks(analysis, editor.document.getText(), current));
    const asked = await api.store.checks(editor.document, { severities });
    assert.deepEqual(asked, runChecks(analysis, editor.document.getText(), { severities }));
  });

  it('update on the same store event as the decorations', async () => {
    const api = await newsLens();
    const editor = await openDraft('Amaka Okonkwo opened the bridge on Tuesday, March 5, 2024.\n');
    await waitFor('the clean draft checked', () => api.diagnostics.checksFor(editor.document)?.length === 0);
    const datesBefore = api.decorations.rangesFor(editor, 'date').length;
    const seen: Array<{ checks: number | undefined; dates: number }> = [];
    // Registered after both features, so it runs after them on the same event.
    const listener = api.store.onDidChange((uri) => {
      if (uri.toString() === editor.document.uri.toString())
        seen.push({ checks: api.diagnostics.checksFor(editor.document)?.length, dates: api.decorations.rangesFor(editor, 'date').length });
    });
    try {
      await editor.edit((b) =>
        b.insert(editor.document.positionAt(editor.document.getText().length), '\nIt rained on Friday, March 11, 2024.\n'),
      );
      const event = await waitFor('the store event for the edit', () => seen.find((s) => s.checks !== undefined));
      assert.deepEqual(event, { checks: 1, dates: datesBefore + 1 }, 'the new diagnostic and the new highlight arrive together');
    } finally {
      listener.dispose();
    }
  });

  it('a quick fix edits the text and the diagnostic goes away', async () => {
    const editor = await openDraft();
    const weekday = await waitFor('the weekday diagnostic', () => ours(editor.document.uri).find((d) => codeOf(d) === 'weekday-mismatch'));
    const actions = await actionsAt(editor.document, weekday);
    const fix = actions.find((a) => a.title === "Change to 'Tuesday'");
    assert.ok(fix, `expected "Change to 'Tuesday'" among ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(editor.document.getText(), /on Tuesday, March 5, 2024/);
    await waitFor(
      'the weekday diagnostic gone',
      () => ours(editor.document.uri).length === 1 && codeOf(ours(editor.document.uri)[0]) === 'name-variant',
    );
  });

  it('"Change all" fixes every occurrence of a misspelled name', async () => {
    const editor = await openDraft(`${DRAFT}\nOkonkow left at noon. Okonkwo stayed.\n`);
    const variants = await waitFor('two name-variant diagnostics', () => {
      const list = ours(editor.document.uri).filter((d) => codeOf(d) === 'name-variant');
      return list.length === 2 && list;
    });
    const all = (await actionsAt(editor.document, variants[0])).find((a) => a.title === "Change all 2 to 'Okonkwo'");
    assert.ok(all, 'expected "Change all 2 to \'Okonkwo\'"');
    assert.ok(await vscode.workspace.applyEdit(all.edit!));
    assert.ok(!editor.document.getText().includes('Okonkow '));
    await waitFor('no name-variant diagnostics', () => !ours(editor.document.uri).some((d) => codeOf(d) === 'name-variant'));
  });

  it('a severity setting applies live, and "off" removes the check', async () => {
    const editor = await openDraft();
    await waitFor('the weekday warning', () =>
      ours(editor.document.uri).some((d) => codeOf(d) === 'weekday-mismatch' && d.severity === vscode.DiagnosticSeverity.Warning),
    );
    await withSetting('checks.weekday-mismatch', 'error', async () => {
      await waitFor('the weekday error', () =>
        ours(editor.document.uri).some((d) => codeOf(d) === 'weekday-mismatch' && d.severity === vscode.DiagnosticSeverity.Error),
      );
    });
    await withSetting('checks.weekday-mismatch', 'off', async () => {
      await waitFor(
        'no weekday diagnostic',
        () => ours(editor.document.uri).length === 1 && !ours(editor.document.uri).some((d) => codeOf(d) === 'weekday-mismatch'),
      );
    });
    await waitFor('the weekday warning back', () =>
      ours(editor.document.uri).some((d) => codeOf(d) === 'weekday-mismatch' && d.severity === vscode.DiagnosticSeverity.Warning),
    );
  });

  it('"Ignore here" hides the diagnostic and keeps the decision in the sidecar, leaving the article as it was', async () => {
    const editor = await openDraft();
    const before = editor.document.getText();
    const variant = await waitFor('the name-variant diagnostic', () => ours(editor.document.uri).find((d) => codeOf(d) === 'name-variant'));
    // The list of commands (newsLens.annotate) is re-read after a few seconds.
    const ignore = await waitFor(
      'an "Ignore here" action',
      () => {
        void actionsAt(editor.document, variant).then((list) => (found = list.find((a) => /^Ignore/.test(a.title))));
        return found;
      },
      20_000,
    );
    await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
    await waitFor('the name-variant diagnostic gone', () => !ours(editor.document.uri).some((d) => codeOf(d) === 'name-variant'));
    assert.ok(
      ours(editor.document.uri).some((d) => codeOf(d) === 'weekday-mismatch'),
      'the other check still reports',
    );
    const sidecarUri = editor.document.uri.with({ path: `${editor.document.uri.path}.newslens.json` });
    let sidecar: { annotations: Array<Record<string, unknown>> } | undefined;
    for (let tries = 0; !sidecar && tries < 100; tries++) {
      try {
        sidecar = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarUri))) as typeof sidecar;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    assert.ok(sidecar, `the sidecar ${sidecarUri.toString()} was written`);
    const start = before.indexOf('Okonkow ');
    const annotation = sidecar.annotations.find((a) => a.action === 'ignore');
    assert.ok(annotation, `an ignore annotation in ${JSON.stringify(sidecar)}`);
    assert.equal(annotation.code, 'name-variant');
    assert.deepEqual(
      { start: (annotation.target as { start: number }).start, exact: (annotation.target as { exact: string }).exact },
      { start, exact: 'Okonkow' },
    );
    assert.equal(editor.document.getText(), before, 'the article itself is not edited');
  });
});

let found: vscode.CodeAction | undefined;
