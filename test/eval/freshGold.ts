// Regenerates test/eval/fresh/NAME.txt (the article) and NAME.json (its gold, exact offsets) from
// the marked-up sources in test/eval/fresh/marked/. Run after editing a source:
//   node esbuild.mjs && node out/test/eval/freshGold.js
// A unit test fails when the committed files differ from what this would write.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseMarkup } from './markup';
import type { OwnSpec } from './own';

export const EVAL_DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'eval');
// A writer checks a set still outside the repo by pointing NEWS_LENS_FRESH_DIR at it.
export const FRESH_DIR = process.env.NEWS_LENS_FRESH_DIR ? path.resolve(process.env.NEWS_LENS_FRESH_DIR) : path.join(EVAL_DIR, 'fresh');

export interface FreshFile {
  id: string;
  text: string;
  json: string;
}

/** One item per line, so a diff of the gold reads like a list of changed facts. */
export function formatSpec(spec: OwnSpec): string {
  const lines = [`{\n  "documentDate": ${JSON.stringify(spec.documentDate ?? null)}`];
  for (const key of ['entities', 'dates', 'quotes', 'neutral'] as const) {
    const items = spec[key] ?? [];
    lines.push(`  "${key}": [${items.length ? `\n${items.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ` : ''}]`);
  }
  return `${lines.join(',\n')}\n}\n`;
}

/** Converts every marked source; errors name the file and line. No marked/ folder (git keeps no empty one) is an empty set. */
export function convertMarkedSources(dir = FRESH_DIR): FreshFile[] {
  const marked = path.join(dir, 'marked');
  if (!existsSync(marked)) return [];
  return readdirSync(marked)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = path.basename(f, '.txt');
      try {
        const { text, spec } = parseMarkup(readFileSync(path.join(marked, f), 'utf8'));
        return { id, text, json: formatSpec(spec) };
      } catch (e) {
        throw new Error(`fresh/marked/${f}: ${(e as Error).message}`, { cause: e });
      }
    });
}

// An optional folder argument converts another set laid out the same way (a set being written).
if (require.main === module) {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : FRESH_DIR;
  for (const f of convertMarkedSources(dir)) {
    writeFileSync(path.join(dir, `${f.id}.txt`), f.text);
    writeFileSync(path.join(dir, `${f.id}.json`), f.json);
  }
  console.log(`gold written to ${path.relative(process.cwd(), dir) || '.'}`);
}
