// `news-lens check [--format text|json|sarif] FILE|DIR...`: the editorial checks (DESIGN.md) for
// a newsroom's CI. Each article's sidecar (`<article>.newslens.json`) is applied first, as the
// editor does, so "Ignore here" decisions and corrected facts hold on the command line too.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../analysis';
import { applyAnnotations } from '../annotations';
import { documentDateFor, readArticleSidecar, sidecarFolderProblem, type SidecarSource } from './annotations';
import { runChecks, toSarif, type CheckDiagnostic } from '../checks';
import { decodeArticle, describeFsError } from '../export';
import type { CliIO } from '../cliRunner';
import { collectArticles, noArticlesIn, type Article } from './articles';
import { usageError } from './usage';

export const CHECK_USAGE = `Usage: news-lens check [--format text|json|sarif] [--no-annotations | --annotations DIR] FILE|DIR...

Runs the editorial checks (name spellings, weekdays, quotation marks, attribution,
first references, titles, dates after publication) on news articles. Directories are
searched recursively for .txt, .text, .md and .markdown files. Each article's sidecar
(<article>.newslens.json) is applied first.

Options:
  --format F   text   one line per problem: path:line:col: severity code: message (default)
               json   [{ "file", "diagnostics": [...] }] with offsets, related places and fixes
               sarif  SARIF 2.1.0, for GitHub code scanning and other SARIF viewers
  --no-annotations
               ignore the annotations files (<article>.newslens.json)
  --annotations DIR
               read each article's annotations from DIR instead of beside it, at
               DIR/<path relative to the named folder>.newslens.json
  -h, --help   show this help

Exit codes: 0 no warning or error; 1 a warning or error was found, or an input or a
sidecar could not be read; 2 bad usage.
`;

const FORMATS = ['text', 'json', 'sarif'] as const;
type CheckFormat = (typeof FORMATS)[number];

interface Checked {
  file: string;
  text: string;
  diagnostics: CheckDiagnostic[];
}

interface CheckArgs {
  format: CheckFormat;
  annotations: SidecarSource;
  inputs: string[];
}

function parseCheckArgs(argv: string[]): CheckArgs | string {
  let format: CheckFormat = 'text';
  let annotations: SidecarSource = { kind: 'beside' };
  const inputs: string[] = [];
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyInputs || !arg.startsWith('-')) inputs.push(arg);
    else if (arg === '--') onlyInputs = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const f = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!(FORMATS as readonly string[]).includes(f ?? ''))
        return f === undefined ? '--format needs a value' : `unknown format '${f}' (expected ${FORMATS.join(', ')})`;
      format = f as CheckFormat;
    } else if (arg === '--no-annotations') annotations = { kind: 'off' };
    else if (arg === '--annotations' || arg.startsWith('--annotations=')) {
      const dir = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!dir) return '--annotations needs a folder';
      annotations = { kind: 'folder', dir };
    } else return arg === '-' ? 'reading from stdin is not supported; name a FILE or DIR' : `unknown option '${arg}'`;
  }
  return inputs.length ? { format, annotations, inputs } : 'no input files';
}

export async function runCheckCli(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(CHECK_USAGE);
    return 0;
  }
  const args = parseCheckArgs(argv);
  if (typeof args === 'string') {
    io.stderr.write(usageError('check', args, CHECK_USAGE));
    return 2;
  }
  let failed = false;
  const fail = (what: string, why: string) => {
    failed = true;
    io.stderr.write(`news-lens: ${what}: ${why}\n`);
  };
  const folderProblem = await sidecarFolderProblem(args.annotations);
  if (folderProblem) fail(`--annotations ${folderProblem.dir}`, folderProblem.why.replace('analysed', 'checked'));
  const { files, problems, emptyFolders } = await collectArticles(args.inputs);
  problems.forEach((p) => fail(p.input, p.why));
  for (const folder of emptyFolders) {
    failed = true;
    io.stderr.write(`news-lens: ${noArticlesIn(folder)}\n`);
  }
  const checked: Checked[] = [];
  for (const article of files) {
    const one = await checkFile(article, args.annotations, fail, io);
    if (one) checked.push(one);
  }
  io.stdout.write(render(args.format, checked));
  const flagged = checked.some((c) => c.diagnostics.some((d) => d.severity === 'warning' || d.severity === 'error'));
  return failed || flagged ? 1 : 0;
}

async function checkFile(
  { file, relative }: Article,
  source: SidecarSource,
  fail: (what: string, why: string) => void,
  io: CliIO,
): Promise<Checked | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    fail(file, describeFsError(e));
    return undefined;
  }
  const decoded = decodeArticle(bytes);
  if ('error' in decoded) {
    fail(file, decoded.error);
    return undefined;
  }
  if (decoded.warning) io.stderr.write(`news-lens: ${file}: warning: ${decoded.warning}\n`);
  const text = decoded.text;
  const shown = displayPath(file);
  const found = await readArticleSidecar(file, relative, source);
  if (found.problem) fail(found.path!, `${found.problem}; ${file} was checked without it`);
  try {
    let analysis = analyze(text, { file: shown, documentDate: documentDateFor(found, null) });
    if (found.sidecar) analysis = applyAnnotations(analysis, text, found.sidecar);
    return { file: shown, text, diagnostics: runChecks(analysis, text) };
  } catch (e) {
    fail(file, `checks failed: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

/** Forward slashes, relative to the current folder when inside it (what CI annotations expect). */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), path.resolve(file));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel)
    ? rel.split(path.sep).join('/')
    : path.resolve(file).split(path.sep).join('/');
}

function render(format: CheckFormat, checked: Checked[]): string {
  if (format === 'json')
    return (
      JSON.stringify(
        checked.map((c) => ({ file: c.file, diagnostics: c.diagnostics })),
        null,
        2,
      ) + '\n'
    );
  if (format === 'sarif') {
    const inputs = checked.map((c) => ({ ...c, file: path.isAbsolute(c.file) ? pathToFileURL(c.file).href : encodeURI(c.file) }));
    return JSON.stringify(toSarif(inputs), null, 2) + '\n';
  }
  return checked
    .flatMap((c) => c.diagnostics.map((d) => `${c.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}\n`))
    .join('');
}
