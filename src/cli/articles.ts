// The article files named on a command line (`analyze` and `check`): files as given, folders
// searched recursively (sorted, following symbolic links, never into a folder twice) for .txt,
// .text, .md and .markdown files. The walk itself (src/articles/walk.ts) is the folder export's too.
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { ARTICLE_EXTENSIONS, describeFsError } from '../export';
import { ArticleWalk, type EntryKind, type FolderSource } from '../articles/walk';

export interface Article {
  file: string;
  /** Its path relative to the folder named on the command line (its file name when named itself). */
  relative: string;
}

export interface Collected {
  files: Article[];
  /** Inputs that could not be read, with why, in the order they were met. */
  problems: Array<{ input: string; why: string }>;
  /** Folders named on the command line. */
  folders: string[];
  /** Of those, the ones that hold no article file. */
  emptyFolders: string[];
}

export interface CollectOptions {
  /** A folder never read (the CLI's own --out folder, so its output is not read back in). */
  skip?: string | null;
}

export async function collectArticles(inputs: string[], options: CollectOptions = {}): Promise<Collected> {
  const out: Collected = { files: [], problems: [], folders: [], emptyFolders: [] };
  const skip = options.skip ? await fs.realpath(options.skip).catch(() => path.resolve(options.skip!)) : null;
  const walk = new ArticleWalk(NODE_FOLDERS, { skip: new Set(skip === null ? [] : [skip]) });
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (e) {
      walk.problems.push({ location: input, why: describeFsError(e) });
      continue;
    }
    if (stat.isDirectory()) {
      out.folders.push(input);
      if ((await walk.addFolder(input)) === 0) out.emptyFolders.push(input);
    } else if (stat.isFile()) {
      await walk.addFile(input);
    } else {
      walk.problems.push({ location: input, why: 'not a regular file or directory' });
    }
  }
  out.files = walk.files.map(({ location, folder }) => ({
    file: location,
    relative: folder === undefined ? path.basename(location) : path.relative(folder, location),
  }));
  out.problems = walk.problems.map(({ location, why }) => ({ input: location, why }));
  return out;
}

/** Node's file system, for the walk: paths as given, joined with the entry names. */
const NODE_FOLDERS: FolderSource<string> = {
  identity: (p) => fs.realpath(p),
  key: (p) => path.resolve(p),
  describe: describeFsError,
  async list(dir) {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return Promise.all(
      entries.map(async (entry) => {
        const location = path.join(dir, entry.name);
        return { name: entry.name, location, kind: await kindOf(entry, location) };
      }),
    );
  },
};

async function kindOf(entry: Dirent, p: string): Promise<EntryKind> {
  let isFolder = entry.isDirectory();
  let isFile = entry.isFile();
  if (entry.isSymbolicLink()) {
    try {
      const s = await fs.stat(p);
      isFolder = s.isDirectory();
      isFile = s.isFile();
    } catch (e) {
      return { broken: describeFsError(e) };
    }
  }
  return isFolder ? 'folder' : isFile ? 'file' : 'other';
}

/** What the CLI says of a folder named on the command line that holds no article. */
export function noArticlesIn(folder: string): string {
  return `no articles found in ${folder} (looked for ${[...ARTICLE_EXTENSIONS].join(', ')})`;
}
