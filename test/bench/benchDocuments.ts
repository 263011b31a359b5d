// The benchmark's documents: a real article of 700–1,000 words, and 10,000 and 100,000 words of
// whole distinct articles (see articles.ts). The heap probe builds the same ones in its own process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Article, articlesForWords, BuiltDocument, corpusArticles, countWords, distinctDocument, repoArticles } from './articles';

export interface BenchDocuments {
  seed: string;
  article: { id: string; label: string; text: string };
  distinct10k: BuiltDocument;
  distinct100k: BuiltDocument;
  /** Words of distinct text the articles hold, and how many renamed copies the 100k document needed. */
  distinctWords: number;
  renamedCopies: number;
  sources: string;
}

export function benchDocuments(root: string): BenchDocuments {
  const corpus = corpusArticles(root);
  const pool: Article[] = [...corpus, ...repoArticles(root)];
  const article = pool.find((a) => countWords(a.text) >= 700 && countWords(a.text) <= 1000) ?? distinctArticleFallback(pool);
  const rest = pool.filter((a) => a !== article);
  const distinct100k = distinctDocument(articlesForWords(rest, 110_000), 100_000);
  return {
    seed: readFileSync(join(root, 'seeds', '000_114cf2c0402081cf.txt'), 'utf8'),
    article: { id: article.id, label: `${countWords(article.text)}-word article`, text: article.text },
    distinct10k: distinctDocument(rest, 10_000),
    distinct100k,
    distinctWords: distinctDocument(rest, Infinity).words,
    renamedCopies: distinct100k.articles.filter((id) => id.includes('renamed copy')).length,
    sources: corpus.length
      ? `${corpus.length} GUM news and MEANTIME articles, then ${pool.length - corpus.length} of the repository's`
      : `only the repository's ${pool.length} articles: the corpora are missing`,
  };
}

/** Without the corpora no single article is that long: the repository's articles, one after another. */
function distinctArticleFallback(pool: Article[]): Article {
  const d = distinctDocument(pool, 800);
  return { id: `${d.articles.length} repository articles`, text: d.text };
}
