// The articles of a folder for Export Facts for Folder…: the walk the CLI uses (src/articles/walk.ts)
// over VS Code's file system (virtual workspaces too), and the editor's own verdict on each file
// (newsLens.enable, newsLens.languages, newsLens.exclude), so the export holds what the editor
// would analyse and nothing else.
import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import { ArticleWalk, type EntryKind, type FolderSource } from '../articles/walk';
import { EXCLUDED_MESSAGE, isArticleAt, isExcluded } from './analysisStore';
import { readSettings } from './settings';

/** Folders no article lives in, however deep the folder exported. */
const NEVER_ENTERED = new Set(['node_modules', '.git']);

const WORKSPACE_FS: FolderSource<vscode.Uri> = {
  // A real path that cannot be resolved is read as it is: readDirectory() then says what is wrong.
  identity: async (uri) => (uri.scheme === 'file' ? fs.realpath(uri.fsPath).catch(() => uri.fsPath) : uri.toString()),
  key: (uri) => uri.toString(),
  describe: (e) => (e instanceof Error ? e.message : String(e)),
  async list(dir) {
    const entries = await vscode.workspace.fs.readDirectory(dir);
    return entries.map(([name, type]) => ({ name, location: vscode.Uri.joinPath(dir, name), kind: kindOf(type) }));
  },
};

function kindOf(type: vscode.FileType): EntryKind {
  if (type & vscode.FileType.Directory) return 'folder';
  if (type & vscode.FileType.File) return 'file';
  return type & vscode.FileType.SymbolicLink ? { broken: 'its target cannot be read' } : 'other';
}

/** The article files under the folder (sorted, recursive, each once); what could not be read goes to `problems`. */
export async function listArticles(
  folder: vscode.Uri,
  token: vscode.CancellationToken,
  problems: Array<{ location: vscode.Uri; why: string }>,
): Promise<vscode.Uri[]> {
  const walk = new ArticleWalk(WORKSPACE_FS, { skipFolderNames: NEVER_ENTERED, isCancelled: () => token.isCancellationRequested });
  await walk.addFolder(folder);
  problems.push(...walk.problems);
  return walk.files.map((f) => f.location);
}

/** The language VS Code gives an article file when it opens it (.md and .markdown are Markdown, the rest plain text). */
export function languageOfArticleFile(uri: vscode.Uri): string {
  return /\.(md|markdown)$/i.test(uri.path) ? 'markdown' : 'plaintext';
}

/** Why the editor would not analyse the file (not open), or undefined when it would. */
export function whyNotAnalysed(uri: vscode.Uri): string | undefined {
  const languageId = languageOfArticleFile(uri);
  if (!isArticleAt(uri, languageId)) return notAnalysedLanguage(languageId);
  if (isExcluded(uri, languageId, readSettings(uri).exclude)) return EXCLUDED_MESSAGE;
  return undefined;
}

export function notAnalysedLanguage(languageId: string): string {
  return `News Lens does not analyse ${languageId} documents (see the newsLens.enable and newsLens.languages settings)`;
}
