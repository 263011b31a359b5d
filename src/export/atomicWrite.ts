// Atomic file writes for exports: write a temp file in the target's folder, then rename it over
// the target, so a failed export (disk full, killed process) never leaves a half-written file.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export class ExportWriteError extends Error {
  constructor(
    readonly target: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export interface WriteOptions {
  /** Replace an existing file. Without it, an existing target is an error with code 'EEXIST'. */
  overwrite?: boolean;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw writeError(target, e);
  }
  try {
    if (options.overwrite) {
      await fs.rename(temp, target);
    } else {
      // link() fails if the target exists, so there is no window in which another file could be clobbered.
      try {
        await fs.link(temp, target);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw e;
        // Filesystems without hard links (FAT, some network shares): check, then rename.
        if (await pathExists(target)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
        await fs.rename(temp, target);
        return;
      }
      await fs.rm(temp, { force: true });
    }
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw writeError(target, e);
  }
}

/** Whether anything (a file, folder or link, even a broken one) is at `p`. */
export async function pathExists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

function writeError(target: string, e: unknown): ExportWriteError {
  const code = (e as NodeJS.ErrnoException)?.code;
  return new ExportWriteError(target, code, `could not write ${target}: ${describeFsError(e)}`);
}

/** A short human reason for a file system error. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent of the path is not a directory';
    case 'EEXIST':
      return 'file already exists';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
