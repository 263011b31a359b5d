// The one walk for article files under folders, shared by the CLI (`analyze`, `check`: Node's file
// system) and the editor's Export Facts for Folder… (VS Code's, so virtual workspaces work too).
// Folders are read recursively, entries sorted by name; symbolic links are followed, and a folder
// or file met twice (a link loop, the same folder named twice) is read once. No `vscode` import.
import { isArticleFileName } from '../export';

/** What an entry of a folder is, symbolic links resolved; `broken` says why a link leads nowhere. */
export type EntryKind = 'file' | 'folder' | 'other' | { broken: string };

export interface FolderSource<L> {
  /** Where a folder or file really is (its real path): what is met twice is read once. Throws when it cannot be resolved. */
  identity(location: L): Promise<string>;
  /** The entries of a folder. Throws when the folder cannot be read. */
  list(folder: L): Promise<Array<{ name: string; location: L; kind: EntryKind }>>;
  /** The location as a string, for when identity() cannot resolve it (the absolute path). */
  key(location: L): string;
  /** A short message for an error thrown by identity() or list(). */
  describe(error: unknown): string;
}

export interface WalkOptions {
  /** Real paths never read (the CLI's own --out folder, so its output is not read back in). */
  skip?: ReadonlySet<string>;
  /** Names of folders never entered (the folder export leaves out node_modules and .git). */
  skipFolderNames?: ReadonlySet<string>;
  /** Stops the walk (the folder export's Cancel). */
  isCancelled?(): boolean;
}

export interface FoundArticle<L> {
  location: L;
  /** The folder walked that holds it; undefined for a file named on its own. */
  folder?: L;
}

export class ArticleWalk<L> {
  /** The article files found, each once, in the order met. */
  readonly files: Array<FoundArticle<L>> = [];
  /** What could not be read, with why, in the order met. */
  readonly problems: Array<{ location: L; why: string }> = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly source: FolderSource<L>,
    private readonly options: WalkOptions = {},
  ) {}

  /** A file named on its own: taken whatever its extension, once. */
  async addFile(file: L): Promise<void> {
    if (this.firstVisit(await this.identityOf(file))) this.files.push({ location: file });
  }

  /** The article files under the folder. Returns how many it holds (met before or not), or null when it was not read. */
  async addFolder(folder: L): Promise<number | null> {
    return this.walk(folder, folder);
  }

  private identityOf(location: L): Promise<string> {
    return this.source.identity(location).catch(() => this.source.key(location));
  }

  private firstVisit(real: string): boolean {
    if (this.seen.has(real)) return false;
    this.seen.add(real);
    return true;
  }

  private async walk(root: L, dir: L): Promise<number | null> {
    if (this.options.isCancelled?.()) return null;
    let entries;
    try {
      const real = await this.source.identity(dir);
      if (this.options.skip?.has(real) || !this.firstVisit(real)) return null;
      entries = await this.source.list(dir);
    } catch (e) {
      this.problems.push({ location: dir, why: this.source.describe(e) });
      return null;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let found = 0;
    for (const { name, location, kind } of entries) {
      if (typeof kind === 'object') this.problems.push({ location, why: `broken symbolic link (${kind.broken})` });
      else if (kind === 'folder') found += this.options.skipFolderNames?.has(name) ? 0 : ((await this.walk(root, location)) ?? 0);
      else if (kind === 'file' && isArticleFileName(name)) {
        found++;
        if (this.firstVisit(await this.identityOf(location))) this.files.push({ location, folder: root });
      }
    }
    return found;
  }
}
