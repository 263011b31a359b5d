// VS Code checks a hand-edited annotations file (<article>.newslens.json) against
// schemas/annotations.schema.json, contributed through jsonValidation.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { newsLens, waitFor, workspaceUri } from './editorHelpers';

describe('annotations file: schema in the JSON editor', () => {
  const name = 'schema-check.txt.newslens.json';
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri(name)).then(undefined, () => undefined);
  });

  it('reports a wrong action and a missing field, and nothing for a valid file', async function () {
    this.timeout(90_000);
    await newsLens();
    const uri = workspaceUri(name);
    const bad =
      '{\n  "version": 1,\n  "annotations": [\n    { "id": "u1", "action": "delete", "target": { "start": 0, "end": 4, "exact": "Acme" } },\n    { "id": "u2", "action": "retype", "target": { "start": 0, "end": 4, "exact": "Acme" } }\n  ]\n}\n';
    await vscode.workspace.fs.writeFile(uri, Buffer.from(bad));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'json');
    const problems = await waitFor(
      'schema diagnostics',
      () => {
        const d = vscode.languages.getDiagnostics(uri);
        return d.length >= 2 ? d : undefined;
      },
      60_000,
    );
    const lines = problems.map((p) => p.range.start.line).sort();
    assert.deepEqual(lines, [3, 4], problems.map((p) => `${p.range.start.line}: ${p.message}`).join('\n'));
    assert.ok(
      problems.some((p) => /type/.test(p.message)),
      'the missing "type" of the retype is named',
    );

    const editor = vscode.window.activeTextEditor!;
    const good = bad.replace('"delete"', '"accept"').replace('"action": "retype",', '"action": "retype", "type": "organization",');
    await editor.edit((e) => e.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), good));
    await waitFor('the diagnostics to clear', () => vscode.languages.getDiagnostics(uri).length === 0, 60_000);
  });
});
