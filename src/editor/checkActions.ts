// Quick fixes for the editorial checks: the fix a check proposes ("Change to 'Tuesday'"), the
// same fix everywhere for a misspelled name, "Ignore here" (an `ignore` annotation in the
// article's sidecar, through the newsLens.annotate command), and a
// shortcut to the check's severity setting. Applying a fix is the only time News Lens edits an
// article, and only on the user's click.
import * as vscode from 'vscode';
import type { CheckDiagnostic } from '../checks';
import { DIAGNOSTIC_SOURCE, type CheckDiagnostics } from './diagnostics';
import { guarded } from './log';
import { COMMANDS } from './commands';

class CheckActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly diagnostics: CheckDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const checks = this.diagnostics.checksFor(document);
    if (!checks) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const check = checks.find(
        (c) =>
          c.code === codeOf(diagnostic) &&
          document.offsetAt(diagnostic.range.start) === c.start &&
          document.offsetAt(diagnostic.range.end) === c.end,
      );
      if (!check) continue;
      actions.push(...this.fixes(document, diagnostic, check, checks));
      actions.push(ignoreHere(document, diagnostic, check));
      actions.push(configure(diagnostic, check));
    }
    return actions;
  }

  private fixes(
    document: vscode.TextDocument,
    diagnostic: vscode.Diagnostic,
    check: CheckDiagnostic,
    all: CheckDiagnostic[],
  ): vscode.CodeAction[] {
    const fix = check.fix;
    if (!fix) return [];
    const title = check.code === 'first-reference' ? `Use the full name '${fix.replacement}'` : `Change to '${fix.replacement}'`;
    const here = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    here.diagnostics = [diagnostic];
    here.edit = new vscode.WorkspaceEdit();
    here.edit.replace(document.uri, rangeOf(document, fix), fix.replacement);
    // One obvious fix: the right weekday, the name as spelled everywhere else (not accents: a style choice).
    here.isPreferred =
      check.code === 'weekday-mismatch' || (check.code === 'name-variant' && check.severity !== 'info' && check.severity !== 'hint');
    if (check.code !== 'name-variant') return [here];
    const text = document.getText();
    const same = all.filter(
      (c) =>
        c.code === check.code &&
        c.fix?.replacement === fix.replacement &&
        text.slice(c.fix.start, c.fix.end) === text.slice(fix.start, fix.end),
    );
    if (same.length < 2) return [here];
    const everywhere = new vscode.CodeAction(`Change all ${same.length} to '${fix.replacement}'`, vscode.CodeActionKind.QuickFix);
    everywhere.edit = new vscode.WorkspaceEdit();
    for (const c of same) everywhere.edit.replace(document.uri, rangeOf(document, c.fix!), fix.replacement);
    everywhere.diagnostics = [diagnostic];
    return [here, everywhere];
  }
}

function ignoreHere(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, check: CheckDiagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(`Ignore '${check.code}' here`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = {
    command: COMMANDS.annotate,
    title: 'Ignore here',
    arguments: [document.uri.toString(), { action: 'ignore', code: check.code, target: { start: check.start, end: check.end } }],
  };
  return action;
}

function configure(diagnostic: vscode.Diagnostic, check: CheckDiagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(`Change or turn off the '${check.code}' check…`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = { command: 'workbench.action.openSettings', title: 'Open Settings', arguments: [`newsLens.checks.${check.code}`] };
  return action;
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const rangeOf = (document: vscode.TextDocument, span: { start: number; end: number }) =>
  new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));

export function registerCheckActions(diagnostics: CheckDiagnostics, selector: vscode.DocumentSelector): vscode.Disposable {
  const provider = new CheckActions(diagnostics);
  return vscode.languages.registerCodeActionsProvider(
    selector,
    {
      provideCodeActions: (document, range, context) =>
        guarded('quick fixes', [], () => provider.provideCodeActions(document, range, context)),
    },
    CheckActions.metadata,
  );
}
