// Whole, distinct news articles for the benchmark and the snapshot test: the GUM news and MEANTIME
// texts as the eval builds them (../shared/corpora) and the repository's own articles. A large
// document is made of whole articles, each used once, and never repeats a paragraph, so the
// engine's paragraph caches cannot flatter a "cold" figure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../eval/corpora';

export interface Article {
  id: string;
  text: string;
}

/** The repository's own articles: seeds/ and the eval's gold-own texts. */
export function repoArticles(root: string): Article[] {
  const seeds = readdirSync(join(root, 'seeds'))
    .sort()
    .map((n) => ({ id: `seeds/${n}`, text: readFileSync(join(root, 'seeds', n), 'utf8') }));
  const own = loadCorpus(root, 'own').map((d) => ({ id: `gold-own/${d.id}`, text: d.text }));
  return [...seeds, ...own];
}

/** The corpus articles, GUM and MEANTIME alternating (empty when ../shared/corpora is missing). */
export function corpusArticles(root: string): Article[] {
  const gum = loadCorpus(root, 'gum').map((d) => ({ id: `gum/${d.id}`, text: d.text }));
  const meantime = loadCorpus(root, 'meantime').map((d) => ({ id: `meantime/${d.id}`, text: d.text }));
  const out: Article[] = [];
  for (let i = 0; i < Math.max(gum.length, meantime.length); i++) {
    if (i < meantime.length) out.push(meantime[i]);
    if (i < gum.length) out.push(gum[i]);
  }
  return out;
}

export const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

export interface BuiltDocument {
  text: string;
  words: number;
  articles: string[];
  /** Paragraphs left out because an earlier article had the very same one (a shared dateline). */
  droppedRepeats: number;
}

/**
 * Whole articles in order until `words` words (each used once; a paragraph already in the document
 * is left out, so none repeats). Stops early when the articles run out.
 */
export function distinctDocument(articles: Article[], words: number): BuiltDocument {
  const seen = new Set<string>();
  const parts: string[] = [];
  const used: string[] = [];
  let total = 0;
  let dropped = 0;
  for (const a of articles) {
    if (total >= words) break;
    const paragraphs = a.text
      .split(/\n[ \t]*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const fresh = paragraphs.filter((p) => !seen.has(p) && seen.add(p) !== undefined);
    dropped += paragraphs.length - fresh.length;
    if (!fresh.length) continue;
    parts.push(fresh.join('\n\n'));
    used.push(a.id);
    total += countWords(fresh.join(' '));
  }
  return { text: parts.join('\n\n') + '\n', words: total, articles: used, droppedRepeats: dropped };
}

/**
 * A copy of an article whose names and figures are changed (round k): every capitalised word
 * inside a sentence becomes another one from `names` (the same word always the same name, so the
 * article still speaks of the same people) and every digit d becomes (d + k) mod 10. The corpora
 * hold about 53,000 words of distinct news; the 100,000-word benchmark document goes on with such
 * copies, so no paragraph repeats and no cache can hit.
 */
export function renamedCopy(article: Article, k: number, names: string[]): Article {
  const hash = (w: string) => [...w].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
  const text = article.text
    .replace(/(?<=[a-z,;:] +)[A-Z][a-z]{2,}\b/g, (word) => names[(hash(word) + k * 7919) % names.length])
    .replace(/\d/g, (d) => String((Number(d) + k) % 10));
  return { id: `${article.id} (renamed copy ${k})`, text };
}

/** Capitalised words of the articles that are not sentence-initial: the pool renamedCopy draws from. */
export function namePool(articles: Article[]): string[] {
  const pool = new Set<string>();
  for (const a of articles) for (const m of a.text.matchAll(/(?<=[a-z,;:] +)[A-Z][a-z]{2,}\b/g)) pool.add(m[0]);
  return [...pool].sort();
}

/** The articles, then renamed copies of them (rounds 1, 2, ...) as far as `words` needs. */
export function articlesForWords(articles: Article[], words: number): Article[] {
  const have = articles.reduce((n, a) => n + countWords(a.text), 0);
  if (have >= words || !articles.length) return articles;
  const names = namePool(articles);
  const out = [...articles];
  for (let k = 1, total = have; total < words; k++) {
    for (const a of articles) {
      const copy = renamedCopy(a, k, names);
      out.push(copy);
      total += countWords(copy.text);
    }
  }
  return out;
}
