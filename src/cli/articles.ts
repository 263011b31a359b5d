// The article files named on a command line (`analyze` and `check`): files as given, folders
// searched recursively (sorted, following symbolic links, never into a folder twice) for .txt,
// .text, .md and .markdown files.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ARTICLE_EXTENSIONS, describeFsError, isArticleFileName } from '../export';

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
  const seen = new Set<string>();
  const firstVisit = async (p: string) => {
    const real = await fs.realpath(p).catch(() => path.resolve(p));
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  /** The number of article files under dir (met twice or not), or null when it was not read. */
  const walk = async (root: string, dir: string): Promise<number | null> => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (e) {
      out.problems.push({ input: dir, why: describeFsError(e) });
      return null;
    }
    // Our own output folder, a symlink loop, or the same folder named twice.
    if (real === skip || seen.has(real)) return null;
    seen.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      out.problems.push({ input: dir, why: describeFsError(e) });
      return null;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let found = 0;
    for (const entry of entries) {
      const p = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const s = await fs.stat(p);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch (e) {
          out.problems.push({ input: p, why: `broken symbolic link (${describeFsError(e)})` });
          continue;
        }
      }
      if (isDir) found += (await walk(root, p)) ?? 0;
      else if (isFile && isArticleFileName(entry.name)) {
        found++;
        if (await firstVisit(p)) out.files.push({ file: p, relative: path.relative(root, p) });
      }
    }
    return found;
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (e) {
      out.problems.push({ input, why: describeFsError(e) });
      continue;
    }
    if (stat.isDirectory()) {
      out.folders.push(input);
      if ((await walk(input, input)) === 0) out.emptyFolders.push(input);
    } else if (stat.isFile()) {
      if (await firstVisit(input)) out.files.push({ file: input, relative: path.basename(input) });
    } else {
      out.problems.push({ input, why: 'not a regular file or directory' });
    }
  }
  return out;
}

/** What the CLI says of a folder named on the command line that holds no article. */
export function noArticlesIn(folder: string): string {
  return `no articles found in ${folder} (looked for ${[...ARTICLE_EXTENSIONS].join(', ')})`;
}
