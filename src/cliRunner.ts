// The CLI's logic, kept apart from process globals so tests can run it in-process.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyze } from './analysis';
import type { Analysis } from './analysis';

export interface CliIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const USAGE = `Usage: news-lens analyze [--format json|md] [--date YYYY-MM-DD] [--out DIR] FILE|DIR...

Finds the people, organizations, places, quotes (with speakers) and dates in news articles.
  --format F   output format (default json)
  --date D     document date used to resolve relative dates (YYYY-MM-DD)
  --out DIR    write one file per input into DIR instead of printing
Exit codes: 0 success, 1 some input could not be read, 2 bad usage.
`;

const FORMATS = ['json', 'md'] as const;
type Format = (typeof FORMATS)[number];
const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (argv[0] !== 'analyze') {
    io.stderr.write(`news-lens: unknown command ${argv[0] ? `'${argv[0]}'` : '(none)'}\n\n${USAGE}`);
    return 2;
  }
  let format: Format = 'json';
  let date: string | null = null;
  let outDir: string | null = null;
  const inputs: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--format') {
        const f = value();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format '${f}' (expected ${FORMATS.join(', ')})`);
        format = f as Format;
      } else if (a === '--date') {
        date = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new UsageError(`--date must be YYYY-MM-DD, got '${date}'`);
      } else if (a === '--out') outDir = value();
      else if (a.startsWith('--')) throw new UsageError(`unknown option '${a}'`);
      else inputs.push(a);
    } catch (e) {
      if (e instanceof UsageError) {
        io.stderr.write(`news-lens: ${e.message}\n\n${USAGE}`);
        return 2;
      }
      throw e;
    }
  }
  if (!inputs.length) {
    io.stderr.write(`news-lens: no input files\n\n${USAGE}`);
    return 2;
  }

  let failed = false;
  const files: string[] = [];
  for (const input of inputs) {
    try {
      files.push(...(await expandInput(input)));
    } catch (e) {
      failed = true;
      io.stderr.write(`news-lens: ${input}: ${describeError(e)}\n`);
    }
  }
  const results: Analysis[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    } catch (e) {
      failed = true;
      io.stderr.write(`news-lens: ${file}: ${describeError(e)}\n`);
      continue;
    }
    const analysis = analyze(text, { file: toPosix(file), documentDate: date });
    results.push(analysis);
    if (outDir) {
      await fs.mkdir(outDir, { recursive: true });
      const target = path.join(outDir, `${path.basename(file)}.facts.${format}`);
      await fs.writeFile(target, render(analysis, format));
    }
  }
  if (!outDir) {
    if (format === 'json') io.stdout.write(JSON.stringify(results.length === 1 && files.length === 1 ? results[0] : results, null, 2) + '\n');
    else io.stdout.write(results.map((a) => render(a, format)).join('\n'));
  }
  return failed ? 1 : 0;
}

class UsageError extends Error {}

function render(a: Analysis, format: Format): string {
  if (format === 'json') return JSON.stringify(a, null, 2) + '\n';
  const lines = [`# ${a.file ?? 'Article'}`, '', `Document date: ${a.documentDate ?? 'unknown'}`, ''];
  for (const e of a.entities) lines.push(`- ${e.name} (${e.type}) ×${e.mentions.length}`);
  return lines.join('\n') + '\n';
}

async function expandInput(input: string): Promise<string[]> {
  const stat = await fs.stat(input);
  if (!stat.isDirectory()) return [input];
  const out: string[] = [];
  for (const entry of (await fs.readdir(input, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(input, entry.name);
    if (entry.isDirectory()) out.push(...(await expandInput(p)));
    else if (entry.isFile() && TEXT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(p);
  }
  return out;
}

function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return e instanceof Error ? e.message : String(e);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
