// `npm run eval`: scores the engine (and, with --baseline, raw compromise + chrono) on the
// annotated corpora in ../shared/corpora (or $NEWS_LENS_CORPORA) and on test/eval/gold-own.
// Usage: node out/test/eval/run.js [--baseline] [--corpus gum,meantime,own] [--doc TEXT]
//        [--errors [entity|date|quote|speaker]] [--limit N] [--json FILE]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/analysis/index';
import type { Analysis } from '../../src/analysis/types';
import { analyzeBaseline } from './baseline';
import type { GoldDoc } from './gold';
import { convertGum } from './gum';
import { convertMeantime } from './meantime';
import { convertOwn, OwnQuoteSpec } from './own';
import { formatComparison, formatTable, metrics, Metrics } from './report';
import { addTotals, emptyTotals, ErrorItem, scoreDoc, Totals } from './score';
import { evaluateChecks, formatChecks, type CleanDoc } from './checks';

const USAGE =
  'usage: node out/test/eval/run.js [--baseline] [--corpus gum,meantime,own] [--doc TEXT] [--errors [entity|date|quote|speaker]] [--limit N] [--json FILE]';

interface Args {
  baseline: boolean;
  corpora: string[];
  doc: string | null;
  errors: string | null;
  limit: number;
  json: string;
}

const repoRoot = path.resolve(__dirname, '..', '..', '..');

function parseArgs(argv: string[]): Args {
  const a: Args = { baseline: false, corpora: ['gum', 'meantime', 'own'], doc: null, errors: null, limit: 40, json: path.join(repoRoot, 'eval-results.json') };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${x} needs a value`);
      return v;
    };
    if (x === '--baseline') a.baseline = true;
    else if (x === '--corpus') a.corpora = next().split(',');
    else if (x === '--doc') a.doc = next();
    else if (x === '--limit') a.limit = Number(next());
    else if (x === '--json') a.json = path.resolve(next());
    else if (x === '--errors') a.errors = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'all';
    else if (x === '--help' || x === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${x}`);
  }
  for (const c of a.corpora) if (!['gum', 'meantime', 'own'].includes(c)) fail(`unknown corpus ${c}`);
  return a;
}

function fail(message: string): never {
  console.error(`eval: ${message}\n${USAGE}`);
  process.exit(2);
}

function loadCorpora(args: Args): Map<string, GoldDoc[]> {
  const root = process.env.NEWS_LENS_CORPORA ? path.resolve(process.env.NEWS_LENS_CORPORA) : path.resolve(repoRoot, '..', 'shared', 'corpora');
  const out = new Map<string, GoldDoc[]>();
  const needShared = args.corpora.some((c) => c !== 'own');
  if (needShared && !existsSync(root)) {
    console.error(
      `eval: corpora not found at ${root}.\n` +
        'Put the GUM news subset (gum-news/dep/*.conllu) and MEANTIME English (meantime-en/intra-doc_annotation/) there,\n' +
        'or point NEWS_LENS_CORPORA at the folder that holds them.',
    );
    process.exit(1);
  }
  const files = (dir: string, ext: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name), ext) : d.name.endsWith(ext) ? [path.join(dir, d.name)] : [])).sort()
      : [];
  if (args.corpora.includes('gum')) {
    const dir = path.join(root, 'gum-news', 'dep');
    const list = files(dir, '.conllu');
    if (!list.length) missing(dir);
    out.set(
      'gum-news',
      list.map((f) => {
        const xmlFile = path.join(root, 'gum-news', 'xml', `${path.basename(f, '.conllu')}.xml`);
        return convertGum(readFileSync(f, 'utf8'), path.basename(f, '.conllu'), existsSync(xmlFile) ? readFileSync(xmlFile, 'utf8') : undefined);
      }),
    );
  }
  if (args.corpora.includes('meantime')) {
    const dir = path.join(root, 'meantime-en', 'intra-doc_annotation');
    const list = files(dir, '.xml');
    if (!list.length) missing(dir);
    out.set('meantime-en', list.map((f) => convertMeantime(readFileSync(f, 'utf8'), path.basename(f, '.xml'))));
  }
  if (args.corpora.includes('own')) {
    const dir = path.join(repoRoot, 'test', 'eval', 'gold-own');
    out.set(
      'own',
      files(dir, '.json').map((f) => {
        const id = path.basename(f, '.json');
        const specs = JSON.parse(readFileSync(f, 'utf8')) as OwnQuoteSpec[];
        return convertOwn(id, readFileSync(path.join(dir, `${id}.txt`), 'utf8'), specs);
      }),
    );
  }
  if (args.doc) for (const [k, docs] of out) out.set(k, docs.filter((d) => d.id.includes(args.doc!)));
  return out;
}

function missing(dir: string): never {
  console.error(`eval: no annotated files in ${dir} (set NEWS_LENS_CORPORA to the corpora folder).`);
  process.exit(1);
}

type System = (doc: GoldDoc) => Analysis;

function run(corpora: Map<string, GoldDoc[]>, system: System, errors: ErrorItem[] | undefined) {
  const perCorpus: Record<string, Totals> = {};
  const overall = emptyTotals();
  const started = process.hrtime.bigint();
  for (const [name, docs] of corpora) {
    const t = emptyTotals();
    for (const doc of docs) scoreDoc(doc, system(doc), t, errors);
    perCorpus[name] = t;
    addTotals(overall, t);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { perCorpus, overall, ms };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const corpora = loadCorpora(args);
  const systems: Array<[string, System]> = [];
  if (args.baseline) systems.push(['baseline', (d) => analyzeBaseline(d.text, d.documentDate)]);
  systems.push(['engine', (d) => analyze(d.text, { documentDate: d.documentDate, file: d.id })]);

  const results: Record<string, { perCorpus: Record<string, Metrics>; overall: Metrics; ms: number }> = {};
  for (const [name, system] of systems) {
    const errors: ErrorItem[] | undefined = args.errors && name === 'engine' ? [] : undefined;
    const r = run(corpora, system, errors);
    const perCorpus: Record<string, Metrics> = {};
    for (const [k, t] of Object.entries(r.perCorpus)) perCorpus[k] = metrics(t);
    results[name] = { perCorpus, overall: metrics(r.overall), ms: Math.round(r.ms) };
    console.log(formatTable(`${name} (${Math.round(r.ms)} ms)`, perCorpus, results[name].overall));
    if (errors) printErrors(errors, args);
  }
  if (results.baseline) console.log(formatComparison(results.baseline.overall, results.engine.overall, results.baseline.perCorpus, results.engine.perCorpus));
  const checks = evaluateChecks(cleanArticles(corpora, args));
  console.log(formatChecks(checks, args.limit));
  const docs = Object.fromEntries([...corpora].map(([k, v]) => [k, v.length]));
  writeFileSync(args.json, JSON.stringify({ generatedAt: new Date().toISOString(), documents: docs, systems: results, checks }, null, 2) + '\n');
  console.log(`figures written to ${path.relative(process.cwd(), args.json) || args.json}`);
}

/** The corpora's articles and the sample articles in seeds/: all clean news for the checks. */
function cleanArticles(corpora: Map<string, GoldDoc[]>, args: Args): CleanDoc[] {
  const docs: CleanDoc[] = [...corpora].flatMap(([corpus, list]) => list.map((d) => ({ corpus, id: d.id, text: d.text, documentDate: d.documentDate })));
  const seeds = path.join(repoRoot, 'seeds');
  for (const name of existsSync(seeds) ? readdirSync(seeds).sort() : []) {
    if (!/\.(?:txt|md)$/.test(name) || (args.doc && !name.includes(args.doc))) continue;
    docs.push({ corpus: 'seeds', id: name, text: readFileSync(path.join(seeds, name), 'utf8').replace(/^\uFEFF/, ''), documentDate: null });
  }
  return docs;
}

function printErrors(errors: ErrorItem[], args: Args) {
  const chosen = errors.filter((e) => args.errors === 'all' || e.layer === args.errors);
  const groups = new Map<string, ErrorItem[]>();
  for (const e of chosen) {
    const k = `${e.layer} ${e.kind}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  for (const [k, list] of groups) {
    console.log(`\n${k}: ${list.length}`);
    for (const e of list.slice(0, args.limit)) console.log(`  [${e.doc.slice(0, 28)}] ${JSON.stringify(e.text)}  ${e.detail}`);
  }
  console.log('');
}

main();
