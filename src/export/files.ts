// File conventions shared by the CLI and the editor commands (no vscode here).
import type { ExportFormat } from './formats';
import { FORMAT_INFO } from './formats';

/** Extensions looked for when a folder is exported (a file named explicitly is read whatever its name). */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);

/** Our own exports (`story.facts.md`, `facts.csv` ...), which must not be analysed again when a folder is exported twice. */
export function isExportFileName(name: string): boolean {
  return /\.facts\.[^/\\]+$/i.test(name) || /^facts\.(csv|jsonl|spans\.jsonl)$/i.test(name);
}

export function isArticleFileName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && ARTICLE_EXTENSIONS.has(name.slice(dot).toLowerCase()) && !isExportFileName(name);
}

/** `story` -> `story.facts.csv`; brat: `story.ann` (it must sit beside `story.txt`). */
export function exportFileName(stem: string, format: ExportFormat): string {
  return format === 'brat' ? `${stem}.ann` : `${stem}.facts${FORMAT_INFO[format].extension}`;
}

/** Name of the one combined file for a batch. */
export function batchFileName(format: ExportFormat): string {
  return `facts${FORMAT_INFO[format].extension}`;
}

export type DecodedArticle = { text: string; warning?: string } | { error: string };

/**
 * Article bytes -> the text VS Code would show: UTF-8 with a leading BOM dropped (DESIGN.md), or
 * UTF-16 when a byte order mark says so (VS Code reads those too). Other files with NUL bytes are
 * not text (binary, or UTF-16 without a BOM, which VS Code would not guess either).
 */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    return text.includes('\0') ? { error: 'skipped: not a text file (contains NUL characters)' } : { text };
  }
  if (bytes.includes(0)) return { error: 'skipped: not a text file (contains NUL bytes)' };
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, '');
  let warning: string | undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warning = 'not valid UTF-8; invalid bytes read as U+FFFD';
  }
  return { text, warning };
}
