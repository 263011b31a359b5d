// The CLI's logic, kept apart from process globals so tests can run it in-process.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Analysis } from './analysis';
import type { Sidecar } from './annotations';
import { documentDateFor, readArticleSidecar, sidecarFolderProblem, type SidecarSource } from './cli/annotations';
import { createAnalyzer, type Analyzer } from './cli/analyzers';
import { collectArticles, noArticlesIn } from './cli/articles';
import {
  batchWindow,
  DEFAULT_MAX_SIZE_BYTES,
  defaultJobs,
  formatSize,
  isCalendarDate,
  parseJobs,
  parseSize,
  tooLargeMessage,
} from './cli/batchArgs';
import { inOrder } from './cli/inOrder';
import { countWords, ProgressBar } from './cli/progress';
import { runStdinJsonl } from './cli/stdinJsonl';
import {
  BRAT_ANNOTATION_CONF,
  EXPORT_FORMATS,
  ExportWriteError,
  batchFileName,
  csvBody,
  csvHeader,
  decodeArticle,
  describeFsError,
  analysisJson,
  exportFileName,
  isExportFormat,
  pathExists,
  render,
  writeFileAtomic,
  type CsvOptions,
  type ExportFormat,
  type ExportInput,
  type JsonShape,
} from './export';

export interface CliIO {
  /** A Node stream (write() returning false and a 'drain' event) gets backpressure; a plain sink works too. */
  stdout: { write(s: string): unknown; once?(event: 'drain', listener: () => void): unknown };
  /** A terminal gets a progress bar; anything else (a pipe, a log file) gets none. */
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  /** Read by --stdin-jsonl. */
  stdin?: AsyncIterable<Buffer | string>;
}

export const USAGE = `Usage: news-lens analyze [options] FILE|DIR...
       news-lens check [--format text|json|sarif] FILE|DIR...   (editorial checks; see news-lens check --help)
       news-lens import --from brat|spans [--force] FILE...   (news-lens import --help)

Finds the people, organizations, places, quotes (with speakers) and dates in news articles.
Directories are searched recursively for .txt, .text, .md and .markdown files (not *.facts.* exports).

Options:
  --format F     output format (default json):
                   json   the analysis (one object for one FILE, else an array)
                   jsonl  one analysis per line
                   csv    one row per mention, quote and date (RFC 4180)
                   md     a Markdown fact sheet
                   brat   brat standoff .ann (with --out: a .txt copy + .ann per input)
                   spans  {"text","spans":[...]} lines for Prodigy / doccano
  --date D       document date used to resolve relative dates (YYYY-MM-DD), for
                 articles whose annotations set none
  --no-annotations
                 ignore the annotations files (<article>.newslens.json)
  --annotations DIR
                 read each article's annotations from DIR instead of beside it, at
                 the article's path relative to the folder named on the command line
                 (its file name for a file named directly): news/a/story.txt given as
                 news/ -> DIR/a/story.txt.newslens.json
  --jobs N       analyse on N worker threads (default: the machine's cores, here
                 ${defaultJobs()}, for batches over 256 KB); the output order is the
                 input order either way
  --stdin-jsonl  read one {"id", "text", "documentDate"?} per line from stdin and
                 write one analysis per line (with the id) to stdout, in order; a
                 line that cannot be analysed gets {"id", "error"} (a map step
                 for GNU parallel, Spark's RDD.pipe, Hadoop Streaming)
  --explain      add to each fact the id of the rule that decided it ("why")
  --max-size S   refuse articles (and stdin lines) larger than S, e.g. 50MB
                 (default ${formatSize(DEFAULT_MAX_SIZE_BYTES)}; 0 = no limit)
  --out DIR      write into DIR instead of printing: one <name>.facts.<ext> per input
                 (json, md), <name>.txt + <name>.ann (brat), or one combined file
                 facts.jsonl / facts.csv / facts.spans.jsonl (jsonl, csv, spans)
  --force        with --out, replace files that already exist (default: refuse, exit 1)
  --bom          csv: start with a UTF-8 byte order mark (for Excel)
  --spreadsheet  csv: --bom, and prefix cells starting with = + - @ with ' so
                 spreadsheets do not run them as formulas
  -h, --help     show this help

Your corrections in <article>.newslens.json beside each article are applied (its
date wins over --date); the analysis shows them as "source": "user". A file that
cannot be read or is not valid is named on stderr and its article is analysed
without it (exit 1).
Offsets are UTF-16 code units (as in VS Code); brat and spans use Unicode code points.
Empty and whitespace-only files are skipped (named on stderr). With --out, a one-line
summary goes to stderr ("12 files written to out/"); stdout carries only facts.
Exit codes: 0 success; 1 some input, annotations file or output could not be read or
written (the others are still processed) or a folder holds no articles; 2 bad usage.
`;

/**
 * An analysed article: its text and analysis, or for json and jsonl output its analysis already
 * rendered as JSON text on a worker (the main thread then only writes it).
 */
type Analyzed = ExportInput | { text: string; json: string };

/** Formats written as one combined file with --out (the others write one file per input). */
const COMBINED = new Set<ExportFormat>(['jsonl', 'csv', 'spans']);

class UsageError extends Error {}

interface Options {
  format: ExportFormat;
  date: string | null;
  outDir: string | null;
  force: boolean;
  csv: CsvOptions;
  annotations: SidecarSource;
  inputs: string[];
  /** null: the machine's cores for a large batch, one (inline) for a small one. */
  jobs: number | null;
  stdinJsonl: boolean;
  /** Bytes; 0 = no limit. */
  maxSize: number;
  /** --explain: keep each fact's `why` (the id of the rule that decided it). */
  explain: boolean;
}

/** One file to analyse: where to read it, what to call it, and where its output goes relative to --out. */
interface Job {
  file: string;
  /** Path relative to --out for per-input outputs, without extension. */
  outStem: string;
  /** Path relative to the folder named on the command line (the file name for a file named directly). */
  relative: string;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  // Loaded when used (with literal paths, so the bundle holds them): both load the engine.
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (argv[0] === 'check') return (require('./cli/check') as typeof import('./cli/check')).runCheckCli(argv.slice(1), io);
  if (argv[0] === 'import') {
    const { runImport, IMPORT_USAGE } = require('./cli/import') as typeof import('./cli/import');
    return runImport(argv.slice(1), io, IMPORT_USAGE);
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
  let options: Options | 'help';
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(usageError(e.message));
    return 2;
  }
  if (options === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (options.stdinJsonl) return stdinJsonl(options, io);
  return new Run(options, io).run();
}

/**
 * applyAnnotations(), loaded on first use: it loads the engine (compromise and chrono, about 0.3 s
 * of CPU), which the main thread of `analyze --jobs N` otherwise never needs (workers analyse).
 */
function applyAnnotations(): typeof import('./annotations/apply').applyAnnotations {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./annotations/apply') as typeof import('./annotations/apply')).applyAnnotations;
}

/** A usage error: what is wrong and where to look, not the whole help text. */
function usageError(message: string): string {
  return `news-lens: ${message}\nsee news-lens --help\n`;
}

async function stdinJsonl(o: Options, io: CliIO): Promise<number> {
  if (!io.stdin) {
    io.stderr.write('news-lens: --stdin-jsonl needs a standard input\n');
    return 2;
  }
  const analyzer = createAnalyzer(o.jobs ?? defaultJobs(), Infinity);
  const progress = ProgressBar.create(io.stderr, null);
  try {
    const r = await runStdinJsonl(
      io.stdin,
      writer(io.stdout),
      analyzer,
      { window: batchWindow(o.jobs ?? defaultJobs()), maxLineChars: o.maxSize, documentDate: o.date, explain: o.explain },
      progress,
    );
    progress?.finish();
    if (r.errors)
      io.stderr.write(`news-lens: ${r.errors} of ${r.lines} lines could not be analysed (their output lines have an "error")\n`);
    return 0;
  } finally {
    await analyzer.close();
  }
}

/** Writes to stdout, waiting for a full pipe to drain, so output never piles up in memory. */
function writer(stdout: CliIO['stdout']): (s: string) => Promise<void> {
  return async (s: string) => {
    if (stdout.write(s) === false && stdout.once) await new Promise<void>((r) => stdout.once!('drain', r));
  };
}

function parseArgs(argv: string[]): Options | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  if (argv[0] !== 'analyze') throw new UsageError(`unknown command ${argv[0] ? `'${argv[0]}'` : '(none)'}`);
  const o: Options = {
    format: 'json',
    date: null,
    outDir: null,
    force: false,
    csv: {},
    annotations: { kind: 'beside' },
    inputs: [],
    jobs: null,
    stdinJsonl: false,
    maxSize: DEFAULT_MAX_SIZE_BYTES,
    explain: false,
  };
  const state: { csvFlag?: string } = {};
  let onlyInputs = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyInputs || !arg.startsWith('-') || arg === '-') {
      if (arg === '-') throw new UsageError('reading from stdin is not supported; name a FILE or DIR');
      o.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    applyOption(o, state, name, arg, value);
  }
  return checkedOptions(o, state.csvFlag);
}

/** One option of `analyze` into the options; `value` reads its argument. */
function applyOption(o: Options, state: { csvFlag?: string }, name: string, arg: string, value: () => string): void {
  switch (name) {
    case '--format': {
      const f = value();
      if (!isExportFormat(f)) throw new UsageError(`unknown format '${f}' (expected ${EXPORT_FORMATS.join(', ')})`);
      o.format = f;
      break;
    }
    case '--date': {
      const d = value();
      if (!isCalendarDate(d)) throw new UsageError(`--date must be a real date as YYYY-MM-DD, got '${d}'`);
      o.date = d;
      break;
    }
    case '--out':
      o.outDir = value();
      break;
    case '--no-annotations':
      o.annotations = { kind: 'off' };
      break;
    case '--annotations':
      o.annotations = { kind: 'folder', dir: value() };
      break;
    case '--force':
      o.force = true;
      break;
    case '--bom':
      o.csv = { ...o.csv, bom: true };
      state.csvFlag ??= '--bom';
      break;
    case '--spreadsheet':
      o.csv = { bom: true, guardFormulas: true };
      state.csvFlag = '--spreadsheet';
      break;
    case '--jobs': {
      const v = value();
      const n = parseJobs(v);
      if (n === null) throw new UsageError(`--jobs must be a whole number from 1 to 256, got '${v}'`);
      o.jobs = n;
      break;
    }
    case '--stdin-jsonl':
      o.stdinJsonl = true;
      break;
    case '--explain':
      o.explain = true;
      break;
    case '--max-size': {
      const v = value();
      const n = parseSize(v);
      if (n === null) throw new UsageError(`--max-size must be a size such as 20MB, 512KB or 0 (no limit), got '${v}'`);
      o.maxSize = n;
      break;
    }
    default:
      throw new UsageError(`unknown option '${arg}'`);
  }
}

/** The combinations of options that would do nothing, or cannot work, are usage errors. */
function checkedOptions(o: Options, csvFlag: string | undefined): Options {
  if (o.stdinJsonl) {
    if (o.inputs.length) throw new UsageError('--stdin-jsonl reads standard input; name no FILE or DIR');
    if (o.outDir || !['json', 'jsonl'].includes(o.format))
      throw new UsageError('--stdin-jsonl writes JSON lines to stdout; --out and --format do not apply');
    return o;
  }
  if (!o.inputs.length) throw new UsageError('no input files');
  // A flag that would do nothing is a mistake the user wants to hear about.
  if (csvFlag && o.format !== 'csv') throw new UsageError(`${csvFlag} applies only to --format csv (the format is ${o.format})`);
  if (o.force && !o.outDir) throw new UsageError('--force applies only with --out DIR (nothing is written without it)');
  return o;
}

class Run {
  private failed = false;
  /** Files written into --out, and empty articles skipped (for the closing summary). */
  private written = 0;
  private skipped = 0;
  private analyzer: Analyzer | null = null;
  private progress: ProgressBar | null = null;

  constructor(
    private readonly o: Options,
    private readonly io: CliIO,
  ) {}

  private fail(what: string, why: string): void {
    this.failed = true;
    this.progress?.finish(); // the message gets its own line; the bar is drawn again below it
    this.io.stderr.write(`news-lens: ${what}: ${why}\n`);
  }

  async run(): Promise<number> {
    const { o } = this;
    const folderProblem = await sidecarFolderProblem(o.annotations);
    if (folderProblem) this.fail(`--annotations ${folderProblem.dir}`, folderProblem.why);
    const found = await collectArticles(o.inputs, { skip: o.outDir });
    found.problems.forEach((p) => this.fail(p.input, p.why));
    for (const folder of found.emptyFolders) {
      this.failed = true;
      this.io.stderr.write(`news-lens: ${noArticlesIn(folder)}\n`);
    }
    const jobs: Job[] = found.files.map(({ file, relative }) => ({ file, relative, outStem: stem(relative) }));
    const singleFile = o.inputs.length === 1 && found.folders.length === 0;
    if (o.format === 'brat' && !o.outDir && jobs.length > 1) {
      this.io.stderr.write(usageError('brat output for several files needs --out DIR (each .ann belongs beside its own .txt)'));
      return 2;
    }
    this.analyzer = createAnalyzer(o.jobs, jobs.length, o.jobs === null && jobs.length > 1 ? await totalBytes(jobs) : Infinity);
    this.progress = ProgressBar.create(this.io.stderr, jobs.length);
    try {
      if (o.outDir) {
        await this.writeToDir(jobs);
        this.io.stderr.write(
          `news-lens: ${plural(this.written, 'file')} written to ${o.outDir.replace(/[\\/]*$/, '/')}${this.skipped ? ` (${plural(this.skipped, 'empty article')} skipped)` : ''}\n`,
        );
      } else {
        await this.writeToStdout(jobs, singleFile && jobs.length === 1);
      }
    } finally {
      this.progress?.finish();
      await this.analyzer.close();
    }
    return this.failed ? 1 : 0;
  }

  /**
   * Adds the article files under dir (sorted, recursive), following symlinks but never into a folder
   * twice. false: dir was not walked (unreadable, reported; our --out folder; already walked).
   */
  /** Reads and analyses one file, with its annotations; undefined (after a message) when it cannot be read as text. */
  private async analyzeFile({ file, relative }: Job): Promise<Analyzed | undefined> {
    let bytes: Buffer;
    try {
      const size = (await fs.stat(file)).size;
      if (this.o.maxSize > 0 && size > this.o.maxSize) {
        this.fail(file, tooLargeMessage(size, this.o.maxSize));
        return undefined;
      }
      bytes = await fs.readFile(file);
    } catch (e) {
      this.fail(file, describeFsError(e));
      return undefined;
    }
    const decoded = decodeArticle(bytes);
    if ('error' in decoded) {
      this.fail(file, decoded.error);
      return undefined;
    }
    if (decoded.warning) this.io.stderr.write(`news-lens: ${file}: warning: ${decoded.warning}\n`);
    const text = decoded.text;
    if (text.trim() === '') {
      // As in the editor: nothing to analyse is a skip, not a failure.
      this.skipped++;
      this.io.stderr.write(`news-lens: ${file}: skipped: ${text === '' ? 'the file is empty' : 'the file holds only whitespace'}\n`);
      return undefined;
    }
    const found = await readArticleSidecar(file, relative, this.o.annotations);
    if (found.problem) this.fail(found.path!, `${found.problem}; ${file} was analysed without it`);
    let analyzed: Analyzed;
    try {
      const progress = this.progress;
      const onProgress = progress ? (done: number, total: number) => progress.articleProgress(done, total) : undefined;
      const options = { file: toPosix(file), documentDate: documentDateFor(found, this.o.date), explain: this.o.explain };
      // The annotations are applied to the Analysis object here, so only an article without them comes back as text.
      const shape = found.sidecar ? null : jsonShapeOf(this.o.format);
      if (shape) analyzed = { text, json: await this.analyzer!.analyzeJson(text, options, shape, onProgress) };
      else {
        const analysis = await this.analyzer!.analyze(text, options, onProgress);
        analyzed = { text, analysis: found.sidecar ? this.annotate(analysis, text, found.sidecar, found.path!) : analysis };
      }
    } catch (e) {
      // An engine bug on one article must not stop the batch: report it and go on with the others.
      this.fail(file, `analysis failed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
    this.progress?.articleDone(countWords(text));
    return analyzed;
  }

  private annotate(analysis: Analysis, text: string, sidecar: Sidecar, sidecarPath: string): Analysis {
    const out = applyAnnotations()(analysis, text, sidecar);
    const orphaned = out.annotations?.orphaned ?? [];
    if (orphaned.length) {
      const list = orphaned
        .slice(0, 5)
        .map((o) => `${o.id} (${o.reason})`)
        .join(', ');
      this.io.stderr.write(
        `news-lens: ${sidecarPath}: warning: ${orphaned.length} annotation${orphaned.length === 1 ? '' : 's'} not applied: ${list}${orphaned.length > 5 ? ', ...' : ''}\n`,
      );
    }
    return out;
  }

  /** The items with their analysed inputs, in order, several analysed at once on the workers. */
  private analyzed<T extends { job: Job }>(items: T[]): AsyncGenerator<T & { input: Analyzed | undefined }> {
    return inOrder(items, batchWindow(this.o.jobs ?? defaultJobs()), async (item) => ({
      ...item,
      input: await this.analyzeFile(item.job),
    }));
  }

  private async writeToStdout(jobs: Job[], single: boolean): Promise<void> {
    const { format } = this.o;
    // Waits for a full pipe to drain, so thousands of files never pile up in memory.
    const out = writer(this.io.stdout);
    let count = 0;
    for await (const { input } of this.analyzed(jobs.map((job) => ({ job })))) {
      if (!input) continue;
      // Streamed one document at a time.
      if (format === 'json') {
        if (single) await out(jsonOf(input, 'pretty') + '\n');
        else await out((count ? ',\n' : '[\n') + indent(jsonOf(input, 'pretty')));
      } else if (format === 'jsonl') {
        await out(jsonOf(input, 'line') + '\n');
      } else if (format === 'csv') {
        await out((count ? '' : csvHeader(this.o.csv)) + csvBody(exportInput(input), this.o.csv));
      } else if (format === 'md') {
        await out((count ? '\n---\n\n' : '') + render('md', [exportInput(input)]));
      } else {
        await out(render(format, [exportInput(input)], { csv: this.o.csv }));
      }
      count++;
    }
    if (format === 'json' && !single) await out(count ? '\n]\n' : '[]\n');
    else if (format === 'csv' && !count) await out(csvHeader(this.o.csv));
  }

  private async writeToDir(jobs: Job[]): Promise<void> {
    const { format, force } = this.o;
    const outDir = this.o.outDir!;
    const combined = COMBINED.has(format) ? batchFileName(format) : undefined;
    // Every target is known before anything is analysed: refuse clashes and existing files up front,
    // so a refused run writes nothing at all.
    const targets = new Map<string, string>(); // target -> input that produces it
    const plan: Array<{ job: Job; files: string[] }> = [];
    const claim = (target: string, input: string): boolean => {
      const other = targets.get(target);
      if (other !== undefined) {
        this.fail(input, `skipped: its output ${target} would replace the output of ${other}`);
        return false;
      }
      targets.set(target, input);
      return true;
    };
    if (combined) claim(path.join(outDir, combined), '(all inputs)');
    else {
      for (const job of jobs) {
        const files =
          format === 'brat' ? [`${job.outStem}.txt`, exportFileName(job.outStem, 'brat')] : [exportFileName(job.outStem, format)];
        const full = files.map((f) => path.join(outDir, f));
        if (full.every((f) => claim(f, job.file))) plan.push({ job, files: full });
      }
    }
    if (!force) {
      const existing: string[] = [];
      for (const target of targets.keys()) if (await pathExists(target)) existing.push(target);
      if (existing.length) {
        for (const t of existing) this.fail(t, 'already exists; not overwritten (use --force to replace it)');
        return;
      }
    }
    try {
      await fs.mkdir(outDir, { recursive: true });
    } catch (e) {
      this.fail(outDir, `cannot create the output folder: ${describeFsError(e)}`);
      return;
    }

    if (combined) {
      const parts: string[] = format === 'csv' ? [csvHeader(this.o.csv)] : [];
      for await (const { input } of this.analyzed(jobs.map((job) => ({ job })))) {
        if (!input) continue;
        parts.push(
          format === 'csv'
            ? csvBody(exportInput(input), this.o.csv)
            : format === 'jsonl'
              ? jsonOf(input, 'line') + '\n'
              : render(format, [exportInput(input)]),
        );
      }
      await this.write(path.join(outDir, combined), parts.join(''));
      return;
    }
    for await (const { files, input } of this.analyzed(plan)) {
      if (!input) continue;
      try {
        await fs.mkdir(path.dirname(files[0]), { recursive: true });
      } catch (e) {
        this.fail(path.dirname(files[0]), `cannot create the folder: ${describeFsError(e)}`);
        continue;
      }
      if (format === 'brat') {
        // The .txt copy is the exact text analysed (BOM dropped), so the .ann offsets match it.
        if (await this.write(files[0], input.text)) await this.write(files[1], render('brat', [exportInput(input)]));
      } else {
        await this.write(files[0], format === 'json' ? jsonOf(input, 'pretty') + '\n' : render(format, [exportInput(input)]));
      }
    }
    if (format === 'brat') {
      // brat needs a configuration in the collection; never replace one the user has edited.
      const conf = path.join(outDir, 'annotation.conf');
      if (!(await pathExists(conf))) await this.write(conf, BRAT_ANNOTATION_CONF);
    }
  }

  private async write(target: string, data: string): Promise<boolean> {
    try {
      await writeFileAtomic(target, data, { overwrite: this.o.force });
      this.written++;
      return true;
    } catch (e) {
      if (e instanceof ExportWriteError) {
        this.failed = true;
        this.io.stderr.write(`news-lens: ${e.message}${e.code === 'EEXIST' ? ' (use --force to replace it)' : ''}\n`);
        return false;
      }
      throw e;
    }
  }
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The size of all the inputs in bytes (one that cannot be read counts 0; it fails later, with its message). */
async function totalBytes(jobs: Job[]): Promise<number> {
  const sizes = await Promise.all(
    jobs.map((j) =>
      fs.stat(j.file).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

/** `a/b/story.txt` -> `a/b/story` (output names replace the article's extension). */
function stem(p: string): string {
  const ext = path.extname(p);
  return ext ? p.slice(0, -ext.length) : p;
}

/** The output formats that are the Analysis as JSON text, so a worker can render them; null for the others. */
function jsonShapeOf(format: ExportFormat): JsonShape | null {
  return format === 'jsonl' ? 'line' : format === 'json' ? 'pretty' : null;
}

/** The article's analysis as JSON text in `shape` (the one its worker was asked for when it rendered it). */
function jsonOf(input: Analyzed, shape: JsonShape): string {
  return 'json' in input ? input.json : analysisJson(input.analysis, shape);
}

/** The text and Analysis object the other formats are rendered from (only json and jsonl come back as text). */
function exportInput(input: Analyzed): ExportInput {
  if ('json' in input) throw new Error('internal: a JSON-rendered analysis for a format that needs the object');
  return input;
}

function indent(json: string): string {
  return json.replace(/^/gm, '  ');
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
