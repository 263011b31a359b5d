// `news-lens import --from brat|spans FILE...`: annotations made in brat, Prodigy or doccano become
// News Lens annotations files beside their articles, written atomically, never replacing one
// without --force.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../analysis';
import { applyAnnotations, serializeSidecar, sidecarPathFor } from '../annotations';
import { goldMismatches, sidecarFromGold, type GoldFacts } from '../annotations/gold';
import { readBrat, readSpanRecord, type GoldRead } from '../annotations/goldFormats';
import { decodeArticle, describeFsError, ExportWriteError, writeFileAtomic } from '../export';
import { usageError } from './usage';

export const IMPORT_USAGE = `Usage: news-lens import --from brat|spans [--force] FILE...

Turns annotations made in brat, Prodigy or doccano into News Lens annotations files
(<article>.newslens.json beside each article): News Lens then shows exactly those names,
quotes, speakers and dates, each marked as reviewed, and keeps them when the text changes.

Options:
  --from brat    FILE is a brat .ann (or its .txt); the article is the .txt of the same
                 name beside it. Labels Person, Organization, Place, Quote, Date (and
                 PER, ORG, LOC, GPE ...); Speaker relations; Alias (*) groups; date values
                 from AnnotatorNotes.
  --from spans   FILE is span JSONL: Prodigy ("spans", "relations") or doccano ("label",
                 or "entities" + "relations"), one article per line, found by the line's
                 meta.file (relative to the current folder, else to FILE's folder)
  --force        replace annotations files that already exist (default: refuse, exit 1)
  -h, --help     show this help

A kind of fact the file has none of (names, quotes or dates) is left as News Lens
finds it; for the others the file is taken as complete: what it lacks is rejected.
Offsets in both formats are Unicode code points, as those tools write them.
Exit codes: 0 success; 1 some file could not be read or written (the others are
still imported); 2 bad usage.
`;

interface ImportOptions {
  from: 'brat' | 'spans';
  force: boolean;
  files: string[];
}

type IO = { stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown } };

export async function runImport(argv: string[], io: IO, usage: string): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(usage);
    return 0;
  }
  const parsed = parseImportArgs(argv);
  if (typeof parsed === 'string') {
    io.stderr.write(usageError('import', parsed, usage));
    return 2;
  }
  const run = new ImportRun(parsed, io);
  for (const file of parsed.files) {
    if (parsed.from === 'brat') await run.brat(file);
    else await run.spans(file);
  }
  return run.failed ? 1 : 0;
}

function parseImportArgs(argv: string[]): ImportOptions | string {
  let from: string | null = null;
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--from') from = argv[++i] ?? '';
    else if (arg.startsWith('--from=')) from = arg.slice('--from='.length);
    else if (arg === '--force') force = true;
    else if (arg.startsWith('-') && arg !== '-') return `unknown option '${arg}'`;
    else files.push(arg);
  }
  if (from !== 'brat' && from !== 'spans')
    return from === null ? '--from brat or --from spans is required' : `unknown --from '${from}' (expected brat or spans)`;
  if (!files.length) return 'no input files';
  return { from, force, files };
}

class ImportRun {
  failed = false;
  private readonly created = new Date().toISOString();

  constructor(
    private readonly o: ImportOptions,
    private readonly io: IO,
  ) {}

  private fail(what: string, why: string): void {
    this.failed = true;
    this.io.stderr.write(`news-lens: ${what}: ${why}\n`);
  }

  async brat(file: string): Promise<void> {
    const base = file.replace(/\.(ann|txt)$/i, '');
    const annFile = `${base}.ann`;
    const article = `${base}.txt`;
    const ann = await this.readText(annFile);
    const text = ann === undefined ? undefined : await this.readArticle(article);
    if (ann === undefined || text === undefined) return;
    await this.write(article, text, readBrat(ann, text));
  }

  async spans(file: string): Promise<void> {
    const content = await this.readText(file);
    if (content === undefined) return;
    const seen = new Set<string>();
    const lines = content.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue;
      const where = `${file}:${i + 1}`;
      let record: unknown;
      try {
        record = JSON.parse(lines[i]);
      } catch (e) {
        this.fail(where, `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
        continue;
      }
      const read = readSpanRecord(record);
      if ('skip' in read) {
        this.io.stderr.write(`news-lens: ${where}: skipped: ${read.skip}\n`);
        continue;
      }
      if (!read.file) {
        this.fail(where, 'no meta.file naming its article; skipped');
        continue;
      }
      const article = await this.locate(read.file, path.dirname(file));
      if (seen.has(path.resolve(article))) {
        this.fail(where, `a second line for ${article}; skipped`);
        continue;
      }
      seen.add(path.resolve(article));
      const text = await this.readArticle(article);
      if (text === undefined) continue;
      if (text !== read.text)
        this.io.stderr.write(`news-lens: ${where}: warning: its text differs from ${article}; the annotations are placed by their text\n`);
      await this.write(article, read.text, read);
    }
  }

  /** meta.file relative to the current folder, else to the JSONL file's folder. */
  private async locate(file: string, besideDir: string): Promise<string> {
    if (path.isAbsolute(file)) return file;
    const here = await fs.stat(file).then(
      () => true,
      () => false,
    );
    return here ? file : path.join(besideDir, file);
  }

  private async readText(file: string): Promise<string | undefined> {
    try {
      return (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    } catch (e) {
      this.fail(file, describeFsError(e));
      return undefined;
    }
  }

  private async readArticle(file: string): Promise<string | undefined> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (e) {
      this.fail(file, `cannot read the article: ${describeFsError(e)}`);
      return undefined;
    }
    const decoded = decodeArticle(bytes);
    if ('error' in decoded) {
      this.fail(file, decoded.error);
      return undefined;
    }
    return decoded.text;
  }

  /** Writes the article's sidecar: the corrections that make the engine say what `read` says. */
  private async write(article: string, text: string, read: GoldRead): Promise<void> {
    const gold: GoldFacts = read.gold;
    const engine = analyze(text, { file: article, documentDate: gold.documentDate ?? null });
    const sidecar = sidecarFromGold(text, engine, gold, this.created);
    const target = sidecarPathFor(article);
    try {
      await writeFileAtomic(target, serializeSidecar(sidecar), { overwrite: this.o.force });
    } catch (e) {
      if (!(e instanceof ExportWriteError)) throw e;
      this.fail(target, e.code === 'EEXIST' ? 'already exists; not replaced (use --force to replace it)' : e.message);
      return;
    }
    const ignored = [...read.ignoredLabels].map(([label, n]) => `${n} × ${label}`).join(', ');
    const missed = goldMismatches(applyAnnotations(engine, text, sidecar), gold);
    this.io.stdout.write(
      `${target}: ${sidecar.annotations.length} annotations (${gold.names.length} names, ${gold.quotes.length} quotes, ${gold.dates.length} dates)\n`,
    );
    if (ignored) this.io.stderr.write(`news-lens: ${target}: warning: labels News Lens has no fact for were left out: ${ignored}\n`);
    if (missed.length)
      this.io.stderr.write(
        `news-lens: ${target}: warning: ${missed.length} facts cannot be expressed (overlapping spans?): ${missed.slice(0, 5).join('; ')}\n`,
      );
  }
}
