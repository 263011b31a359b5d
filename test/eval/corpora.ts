// Loads the eval documents exactly as `npm run eval` scores them: the annotated corpora in
// ../shared/corpora (or $NEWS_LENS_CORPORA) and the repository's own gold articles. Shared by the
// eval, the snapshot test and the benchmark so all three see the same texts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { GoldDoc } from './gold';
import { convertGum } from './gum';
import { convertMeantime } from './meantime';
import { convertOwn, OwnQuoteSpec, OwnSpec } from './own';

/** `fresh` is held out from rule work (test/eval/fresh/README.md): only the eval's fresh set and the bench read it. */
export type CorpusName = 'gum' | 'meantime' | 'own' | 'fresh';
export const CORPUS_NAMES: readonly CorpusName[] = ['gum', 'meantime', 'own', 'fresh'];
/** The key each corpus is reported under. */
export const CORPUS_KEYS: Record<CorpusName, string> = { gum: 'gum-news', meantime: 'meantime-en', own: 'own', fresh: 'fresh' };

export function corporaRoot(repoRoot: string): string {
  return process.env.NEWS_LENS_CORPORA ? path.resolve(process.env.NEWS_LENS_CORPORA) : path.resolve(repoRoot, '..', 'shared', 'corpora');
}

/** The annotated source files of a shared corpus, sorted; empty when the folder is missing. */
export function corpusFiles(repoRoot: string, corpus: 'gum' | 'meantime'): string[] {
  const root = corporaRoot(repoRoot);
  return corpus === 'gum'
    ? filesUnder(path.join(root, 'gum-news', 'dep'), '.conllu')
    : filesUnder(path.join(root, 'meantime-en', 'intra-doc_annotation'), '.xml');
}

export function filesUnder(dir: string, ext: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name), ext) : d.name.endsWith(ext) ? [path.join(dir, d.name)] : []))
        .sort()
    : [];
}

/** The documents of one corpus, converted as the eval converts them (empty when its files are missing). */
export function loadCorpus(repoRoot: string, corpus: CorpusName): GoldDoc[] {
  if (corpus === 'gum') {
    const root = corporaRoot(repoRoot);
    return corpusFiles(repoRoot, 'gum').map((f) => {
      const id = path.basename(f, '.conllu');
      const xmlFile = path.join(root, 'gum-news', 'xml', `${id}.xml`);
      return convertGum(readFileSync(f, 'utf8'), id, existsSync(xmlFile) ? readFileSync(xmlFile, 'utf8') : undefined);
    });
  }
  if (corpus === 'meantime')
    return corpusFiles(repoRoot, 'meantime').map((f) => convertMeantime(readFileSync(f, 'utf8'), path.basename(f, '.xml')));
  return loadOwnDir(path.join(repoRoot, 'test', 'eval', corpus === 'own' ? 'gold-own' : 'fresh'), corpus);
}

/** NAME.txt + NAME.json pairs of a folder (gold-own, fresh); subfolders are not read. */
function loadOwnDir(dir: string, corpus: string): GoldDoc[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = path.basename(f, '.json');
      const spec = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as OwnQuoteSpec[] | OwnSpec;
      return convertOwn(id, readFileSync(path.join(dir, `${id}.txt`), 'utf8'), spec, corpus);
    });
}
