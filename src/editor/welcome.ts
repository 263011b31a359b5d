// The Facts view's welcome commands: Open an Article… and Try a Sample Article. The sample ships
// inside the extension and opens as an untitled document, so it works in any window (no folder,
// a remote or a virtual workspace) and nothing is written anywhere.
import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { registerCommand } from './commandRegistry';
import { ARTICLE_EXTENSIONS } from '../export/files';

const SAMPLE = ['media', 'sample-article.txt'];

export function registerWelcomeCommands(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.Disposable.from(
    registerCommand(COMMANDS.openArticle, openArticle),
    registerCommand(COMMANDS.openSample, () => openSample(extensionUri)),
  );
}

/** Asks for an article (plain text or Markdown first) and opens it. Resolves to the document, or undefined if cancelled. */
async function openArticle(): Promise<vscode.TextDocument | undefined> {
  const extensions = [...ARTICLE_EXTENSIONS].map((e) => e.slice(1));
  const [picked] =
    (await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: 'Open Article',
      title: 'Open a news article',
      filters: { Articles: extensions, 'All files': ['*'] },
    })) ?? [];
  if (!picked) return undefined;
  const document = await vscode.workspace.openTextDocument(picked);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** Opens the bundled sample story as a new untitled plain text document. */
async function openSample(extensionUri: vscode.Uri): Promise<vscode.TextDocument> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE));
  const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: new TextDecoder().decode(bytes) });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}
