// The article files named on a command line: files as given, folders searched recursively (sorted,
// following symbolic links, never into a folder twice) for .txt, .text, .md and .markdown files.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeFsError, isArticleFileName } from '../export';

export interface Article {
  file: string;
  /** Its path relative to the folder named on the command line (its file name when named itself). */
  relative: string;
}

export interface Collected {
  files: Article[];
  /** Inputs that could not be read, with why. */
  problems: Array<{ input: string; why: string }>;
}

export async function collectArticles(inputs: string[]): Promise<Collected> {
  const out: Collected = { files: [], problems: [] };
  const seen = new Set<string>();
  const add = async (file: string, relative: string) => {
    const real = await fs.realpath(file).catch(() => path.resolve(file));
    if (!seen.has(real)) {
      seen.add(real);
      out.files.push({ file, relative });
    }
  };
  const walk = async (root: string, dir: string): Promise<void> => {
    const real = await fs.realpath(dir).catch(() => path.resolve(dir));
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir);
    } catch (e) {
      out.problems.push({ input: dir, why: describeFsError(e) });
      return;
    }
    for (const name of entries.sort()) {
      const p = path.join(dir, name);
      let stat;
      try {
        stat = await fs.stat(p);
      } catch (e) {
        out.problems.push({ input: p, why: `broken symbolic link (${describeFsError(e)})` });
        continue;
      }
      if (stat.isDirectory()) await walk(root, p);
      else if (stat.isFile() && isArticleFileName(name)) await add(p, path.relative(root, p));
    }
  };
  for (const input of inputs) {
    try {
      const stat = await fs.stat(input);
      if (stat.isDirectory()) await walk(input, input);
      else if (stat.isFile()) await add(input, path.basename(input));
      else out.problems.push({ input, why: 'not a regular file or directory' });
    } catch (e) {
      out.problems.push({ input, why: describeFsError(e) });
    }
  }
  return out;
}
