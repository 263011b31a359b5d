// `npm run eval`: scores the engine (and, with --baseline, raw compromise + chrono) on two sets:
// dev = the annotated corpora in ../shared/corpora (or $NEWS_LENS_CORPORA) + test/eval/gold-own, and
// fresh = test/eval/fresh, articles held out from rule work (see its README). Each set gets its own tables.
// Usage: node out/test/eval/run.js [--set dev|fresh|all] [--baseline] [--corpus gum,meantime,own,fresh]
//        [--doc TEXT] [--errors [entity|date|quote|speaker]] [--limit N] [--json FILE]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/analysis/index';
import type { Analysis } from '../../src/analysis/types';
import { analyzeBaseline } from './baseline';
import { formatCalibration } from './calibration';
import type { GoldDoc } from './gold';
import { CORPUS_KEYS, CORPUS_NAMES, corporaRoot, loadCorpus } from './corpora';
import { formatComparison, formatTable, metrics, Metrics } from './report';
import { addTotals, emptyTotals, ErrorItem, scoreDoc, Totals } from './score';
import { evaluateChecks, formatChecks, type CleanDoc } from './checks';

const USAGE =
  'usage: node out/test/eval/run.js [--set dev|fresh|all] [--baseline] [--corpus gum,meantime,own,fresh] [--doc TEXT] [--errors [entity|date|quote|speaker]] [--limit N] [--json FILE]';

/** Which corpora make up each set. */
const SETS: Record<string, string[]> = { dev: ['gum', 'meantime', 'own'], fresh: ['fresh'] };

interface Args {
  sets: string[];
  /** Set explicitly on the command line (fresh errors are only shown when asked for by name). */
  setGiven: boolean;
  baseline: boolean;
  corpora: string[];
  doc: string | null;
  errors: string | null;
  limit: number;
  json: string;
}

const repoRoot = path.resolve(__dirname, '..', '..', '..');

function parseArgs(argv: string[]): Args {
  const a: Args = {
    sets: ['dev', 'fresh'],
    setGiven: false,
    baseline: false,
    corpora: ['gum', 'meantime', 'own', 'fresh'],
    doc: null,
    errors: null,
    limit: 40,
    json: path.join(repoRoot, 'eval-results.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${x} needs a value`);
      return v;
    };
    if (x === '--baseline') a.baseline = true;
    else if (x === '--set') {
      const v = next();
      if (v !== 'all' && !SETS[v]) fail(`unknown set ${v} (dev, fresh or all)`);
      a.sets = v === 'all' ? ['dev', 'fresh'] : [v];
      a.setGiven = true;
    } else if (x === '--corpus') a.corpora = next().split(',');
    else if (x === '--doc') a.doc = next();
    else if (x === '--limit') a.limit = Number(next());
    else if (x === '--json') a.json = path.resolve(next());
    else if (x === '--errors') a.errors = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'all';
    else if (x === '--help' || x === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${x}`);
  }
  for (const c of a.corpora) if (!Object.values(SETS).flat().includes(c)) fail(`unknown corpus ${c}`);
  a.sets = a.sets.filter((set) => SETS[set].some((c) => a.corpora.includes(c)));
  if (!a.sets.length) fail('no corpus of the chosen set is selected');
  return a;
}

function fail(message: string): never {
  console.error(`eval: ${message}\n${USAGE}`);
  process.exit(2);
}

function loadCorpora(args: Args, set: string): Map<string, GoldDoc[]> {
  const root = corporaRoot(repoRoot);
  const out = new Map<string, GoldDoc[]>();
  const wanted = SETS[set].filter((c) => args.corpora.includes(c));
  const needShared = wanted.some((c) => c === 'gum' || c === 'meantime');
  if (needShared && !existsSync(root)) {
    console.error(
      `eval: corpora not found at ${root}.\n` +
        'Put the GUM news subset (gum-news/dep/*.conllu) and MEANTIME English (meantime-en/intra-doc_annotation/) there,\n' +
        'or point NEWS_LENS_CORPORA at the folder that holds them.',
    );
    process.exit(1);
  }
  const dirs: Record<string, string> = {
    gum: path.join(root, 'gum-news', 'dep'),
    meantime: path.join(root, 'meantime-en', 'intra-doc_annotation'),
    own: path.join(repoRoot, 'test', 'eval', 'gold-own'),
    fresh: path.join(repoRoot, 'test', 'eval', 'fresh'),
  };
  for (const c of CORPUS_NAMES) {
    if (!wanted.includes(c)) continue;
    const docs = loadCorpus(repoRoot, c);
    if (!docs.length) missing(dirs[c]);
    out.set(CORPUS_KEYS[c], docs);
  }
  if (args.doc)
    for (const [k, docs] of out)
      out.set(
        k,
        docs.filter((d) => d.id.includes(args.doc!)),
      );
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

interface SystemResult {
  perCorpus: Record<string, Metrics>;
  overall: Metrics;
  ms: number;
}

/** Scores one set with each system and prints its tables; returns the figures for the JSON. */
function runSet(set: string, args: Args, systems: Array<[string, System]>): Record<string, SystemResult> {
  const corpora = loadCorpora(args, set);
  // Fresh is held out: its mismatches are shown only when asked for by name (--set fresh).
  const showErrors = args.errors !== null && (set !== 'fresh' || args.setGiven);
  if (args.errors !== null && set === 'fresh' && showErrors)
    console.log('note: these are fresh (held-out) errors; once you read them and change rules, move the articles to dev.');
  const results: Record<string, SystemResult> = {};
  for (const [name, system] of systems) {
    const errors: ErrorItem[] | undefined = showErrors && name === 'engine' ? [] : undefined;
    const r = run(corpora, system, errors);
    const perCorpus: Record<string, Metrics> = {};
    for (const [k, t] of Object.entries(r.perCorpus)) perCorpus[k] = metrics(t);
    results[name] = { perCorpus, overall: metrics(r.overall), ms: Math.round(r.ms) };
    console.log(formatTable(`${set}: ${name} (${Math.round(r.ms)} ms)`, perCorpus, results[name].overall));
    if (errors) printErrors(errors, args);
  }
  if (results.baseline)
    console.log(formatComparison(results.baseline.overall, results.engine.overall, results.baseline.perCorpus, results.engine.perCorpus));
  console.log(formatCalibration(`${set}, engine`, results.engine.overall.calibration));
  return results;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const systems: Array<[string, System]> = [];
  if (args.baseline) systems.push(['baseline', (d) => analyzeBaseline(d.text, d.documentDate)]);
  systems.push(['engine', (d) => analyze(d.text, { documentDate: d.documentDate, file: d.id, explain: true })]);
  const sets: Record<string, { documents: Record<string, number>; systems: Record<string, SystemResult> }> = {};
  for (const set of args.sets) {
    const systemsResult = runSet(set, args, systems);
    const documents = Object.fromEntries(Object.entries(systemsResult.engine.perCorpus).map(([k, m]) => [k, m.docs]));
    sets[set] = { documents, systems: systemsResult };
  }
  // The editorial checks on clean articles: dev only (the list shows sentences, and fresh stays unseen).
  const checks = args.sets.includes('dev') ? evaluateChecks(cleanArticles(loadCorpora(args, 'dev'), args)) : undefined;
  if (checks) console.log(formatChecks(checks, args.limit));
  writeFileSync(args.json, JSON.stringify({ generatedAt: new Date().toISOString(), sets, checks }, null, 2) + '\n');
  console.log(`figures written to ${path.relative(process.cwd(), args.json) || args.json}`);
}

/** The corpora's articles and the sample articles in seeds/: all clean news for the checks. */
function cleanArticles(corpora: Map<string, GoldDoc[]>, args: Args): CleanDoc[] {
  const docs: CleanDoc[] = [...corpora].flatMap(([corpus, list]) =>
    list.map((d) => ({ corpus, id: d.id, text: d.text, documentDate: d.documentDate })),
  );
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
    for (const e of list.slice(0, args.limit))
      console.log(`  [${e.doc.slice(0, 28)}] ${JSON.stringify(e.text)}  ${e.detail}${e.rule ? `  {${e.rule}}` : ''}`);
  }
  console.log('');
}

main();
