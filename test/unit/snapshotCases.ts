// The documents whose Analysis JSON is kept in test/snapshots/ (one file per corpus, one line per
// document), so any change to the engine's output shows up in snapshots.test.ts. Rewrite them on
// purpose with `npm run snapshots:update`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analysis/index';
import type { Analysis } from '../../src/analysis/types';
import { corpusArticles, distinctDocument, repoArticles } from '../bench/articles';
import { corporaRoot, loadCorpus } from '../eval/corpora';
import type { GoldDoc } from '../eval/gold';
import { repoRoot } from '../bench/corpus';

export interface SnapshotCase {
  /** File name under test/snapshots/. */
  file: string;
  /** Needs the corpora in ../shared (skipped with a message when they are missing). */
  needsCorpora: boolean;
  /** Document id -> its Analysis, computed now. */
  analyses: () => Map<string, Analysis>;
}

export const root = repoRoot();
export const snapshotDir = join(root, 'test', 'snapshots');

function evalDocs(corpus: 'gum' | 'meantime' | 'own'): () => Map<string, Analysis> {
  return () => new Map(loadCorpus(root, corpus).map((d: GoldDoc) => [d.id, analyze(d.text, { documentDate: d.documentDate, file: d.id })]));
}

export const DISTINCT_10K_WORDS = 10_000;

export const snapshotCases: SnapshotCase[] = [
  {
    file: 'seeds.json',
    needsCorpora: false,
    analyses: () =>
      new Map(
        repoArticles(root)
          .filter((a) => a.id.startsWith('seeds/'))
          .map((a) => [a.id, analyze(a.text, { file: a.id })]),
      ),
  },
  { file: 'gold-own.json', needsCorpora: false, analyses: evalDocs('own') },
  { file: 'gum-news.json', needsCorpora: true, analyses: evalDocs('gum') },
  { file: 'meantime-en.json', needsCorpora: true, analyses: evalDocs('meantime') },
  {
    file: 'distinct-10k.json',
    needsCorpora: true,
    analyses: () => {
      const doc = distinctDocument(corpusArticles(root), DISTINCT_10K_WORDS);
      return new Map([['distinct-10k', analyze(doc.text, { file: 'distinct-10k' })]]);
    },
  },
];

export const corporaPresent = (): boolean => existsSync(corporaRoot(root));

/** One line per document: compact, exact, and a change shows as a one-line diff. */
export function serializeSnapshot(analyses: Map<string, Analysis>): string {
  const lines = [...analyses].map(([id, a]) => `${JSON.stringify(id)}: ${JSON.stringify(a)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

export function readSnapshot(file: string): Record<string, Analysis> | null {
  const path = join(snapshotDir, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, Analysis>) : null;
}

function update(): void {
  const present = corporaPresent();
  for (const c of snapshotCases) {
    if (c.needsCorpora && !present) {
      console.log(`${c.file}: kept as it is (the corpora are not in ${corporaRoot(root)})`);
      continue;
    }
    const analyses = c.analyses();
    writeFileSync(join(snapshotDir, c.file), serializeSnapshot(analyses));
    console.log(`${c.file}: ${analyses.size} documents written`);
  }
}

if (require.main === module) update();
