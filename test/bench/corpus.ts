// Raw news sentences for generated benchmark and fuzz documents: the GUM news `# text =` lines
// from ../shared/corpora when present, plus the sentences of the seed articles in seeds/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { int, mulberry32, type Rng } from './prng';

/** The repository root (this file runs from out/test/bench or test/bench). */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'seeds'))) return dir;
    dir = resolve(dir, '..');
  }
  return process.cwd();
}

export interface SentenceSource {
  sentences: string[];
  /** Where they came from, for the benchmark's output. */
  from: string[];
}

let cached: SentenceSource | undefined;

export function newsSentences(): SentenceSource {
  if (cached) return cached;
  const root = repoRoot();
  const sentences: string[] = [];
  const from: string[] = [];
  const gum = join(root, '..', 'shared', 'corpora', 'gum-news', 'dep');
  if (existsSync(gum)) {
    let n = 0;
    for (const name of readdirSync(gum).sort()) {
      if (!name.endsWith('.conllu')) continue;
      for (const line of readFileSync(join(gum, name), 'utf8').split(/\r?\n/)) {
        const m = /^# text = (.+)$/.exec(line);
        if (m && m[1].trim().length > 0) {
          sentences.push(m[1].trim());
          n++;
        }
      }
    }
    from.push(`GUM news # text lines (${n} sentences)`);
  }
  const seeds = join(root, 'seeds');
  let n = 0;
  for (const name of readdirSync(seeds).sort()) {
    const text = readFileSync(join(seeds, name), 'utf8');
    for (const para of text.split(/\n\s*\n/)) {
      // Rough sentence split: good enough to recombine into new paragraphs.
      for (const s of para.replace(/\s+/g, ' ').split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/)) {
        if (s.trim().split(' ').length >= 4) {
          sentences.push(s.trim());
          n++;
        }
      }
    }
  }
  from.push(`seeds/ sentences (${n})`);
  cached = { sentences, from };
  return cached;
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * A news-like document of about `words` words: paragraphs of 1–5 sentences drawn at random, so
 * paragraphs are (almost always) distinct and the paragraph cache cannot shortcut a cold run.
 */
export function generateDocument(words: number, seed: number, heading = 'date 2024-02-13'): string {
  const rng: Rng = mulberry32(seed);
  const { sentences } = newsSentences();
  const paragraphs: string[] = [heading];
  let total = countWords(heading);
  while (total < words) {
    const k = int(rng, 1, 5);
    const parts: string[] = [];
    for (let i = 0; i < k && total < words; i++) {
      const s = sentences[Math.floor(rng() * sentences.length)];
      parts.push(s);
      total += countWords(s);
    }
    paragraphs.push(parts.join(' '));
  }
  return paragraphs.join('\n\n') + '\n';
}

export function wordCount(text: string): number {
  return countWords(text);
}
