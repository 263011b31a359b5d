// The CLI side of the user's annotations: finding and reading the sidecar of each article (the
// CLI reads sidecars, never writes them; `news-lens import` is the one command that writes them).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
// From the sidecar module, not the annotations index: that would load the engine on the CLI's main thread.
import { parseSidecar, sidecarDocumentDate, sidecarPathFor } from '../annotations/sidecar';
import type { Sidecar } from '../annotations/types';
import { describeFsError } from '../export';

/** Where sidecars come from: beside each article (the default), a folder mirroring the inputs, or nowhere. */
export type SidecarSource = { kind: 'beside' } | { kind: 'off' } | { kind: 'folder'; dir: string };

export interface ArticleSidecar {
  /** Where it was looked for (null when annotations are off). */
  path: string | null;
  sidecar: Sidecar | null;
  /** Why an existing sidecar could not be used. */
  problem: string | null;
}

/**
 * The sidecar of one article. `relative` is the article's path relative to the folder named on the
 * command line (its file name for a file named directly): with `--annotations DIR` the sidecar is
 * DIR/<relative>.newslens.json. No sidecar is no problem; an unreadable or invalid one is.
 */
export async function readArticleSidecar(articleFile: string, relative: string, source: SidecarSource): Promise<ArticleSidecar> {
  if (source.kind === 'off') return { path: null, sidecar: null, problem: null };
  const file = source.kind === 'beside' ? sidecarPathFor(articleFile) : path.join(source.dir, sidecarPathFor(relative));
  let json: string;
  try {
    json = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { path: file, sidecar: null, problem: null };
    return { path: file, sidecar: null, problem: `cannot read the annotations: ${describeFsError(e)}` };
  }
  const parsed = parseSidecar(json);
  if (!parsed.ok) return { path: file, sidecar: null, problem: `not a valid annotations file: ${parsed.error}` };
  return { path: file, sidecar: parsed.sidecar, problem: null };
}

/** A --annotations folder that is not there would silently apply nothing: say so (the articles are still analysed). */
export async function sidecarFolderProblem(source: SidecarSource): Promise<{ dir: string; why: string } | null> {
  if (source.kind !== 'folder') return null;
  try {
    const stat = await fs.stat(source.dir);
    return stat.isDirectory() ? null : { dir: source.dir, why: 'not a folder; the articles were analysed without annotations' };
  } catch (e) {
    return { dir: source.dir, why: `${describeFsError(e)}; the articles were analysed without annotations` };
  }
}

/** The document date to analyse with: the sidecar's wins over --date (a per-article fact beats a batch default). */
export function documentDateFor(found: ArticleSidecar, fallback: string | null): string | null {
  return (found.sidecar && sidecarDocumentDate(found.sidecar)) ?? fallback;
}
