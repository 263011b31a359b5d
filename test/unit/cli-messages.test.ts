// What the CLI says: a folder with no articles, the --out summary, usage errors that point to
// --help, flags that would do nothing, and empty articles reported as skipped.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Analysis } from '../../src/analysis';
import { runCliCaptured as cli } from './exportSupport';

const ARTICLE = 'Maria Okonkwo said on Tuesday that the council would vote. "We are ready," she said.\n';

describe('CLI messages', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'news-lens-msg-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('a folder with no articles says so on stderr and exits 1', async () => {
    const empty = path.join(tmp, 'photos');
    mkdirSync(empty);
    writeFileSync(path.join(empty, 'picture.jpg'), 'not an article');
    const r = await cli('analyze', empty);
    assert.equal(r.code, 1);
    assert.equal(r.err, `news-lens: no articles found in ${empty} (looked for .txt, .md, .markdown, .text)\n`);
    assert.equal(r.out, '[]\n', 'stdout stays valid JSON');
  });

  it('a folder with articles next to one without: the articles are analysed, the empty folder reported, exit 1', async () => {
    const full = path.join(tmp, 'full');
    const none = path.join(tmp, 'none');
    mkdirSync(full);
    mkdirSync(none);
    writeFileSync(path.join(full, 'a.txt'), ARTICLE);
    const r = await cli('analyze', '--format', 'jsonl', full, none);
    assert.equal(r.code, 1);
    assert.equal(r.out.trimEnd().split('\n').length, 1);
    assert.match(r.err, /no articles found in .*none \(looked for/);
    assert.doesNotMatch(r.err, /full/);
  });

  it('--out prints a one-line summary of what it wrote', async () => {
    for (let i = 1; i <= 12; i++) writeFileSync(path.join(tmp, `story${i}.txt`), ARTICLE);
    const out = path.join(tmp, 'out');
    const r = await cli('analyze', '--format', 'md', '--out', out, tmp);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, `news-lens: 12 files written to ${out}/\n`);
    assert.equal(r.out, '', 'stdout carries only facts');
    assert.equal(readdirSync(out).length, 12);
    const one = await cli('analyze', '--format', 'jsonl', '--out', `${out}/`, '--force', path.join(tmp, 'story1.txt'));
    assert.equal(one.err, `news-lens: 1 file written to ${out}/\n`);
  });

  it('a usage error prints the error and a pointer to --help, not the whole help', async () => {
    const r = await cli('analyze', '--format', 'xml', 'story.txt');
    assert.equal(r.code, 2);
    assert.equal(r.err, "news-lens: unknown format 'xml' (expected json, jsonl, csv, md, brat, spans)\nsee news-lens --help\n");
    assert.equal(r.out, '');
    for (const name of ['a.txt', 'b.txt']) writeFileSync(path.join(tmp, name), ARTICLE);
    const brat = await cli('analyze', '--format', 'brat', path.join(tmp, 'a.txt'), path.join(tmp, 'b.txt'));
    assert.equal(brat.code, 2);
    assert.doesNotMatch(brat.err, /Usage:/);
    assert.match(brat.err, /\nsee news-lens --help\n$/);
  });

  it('a flag that does nothing with the chosen format or without --out is a usage error', async () => {
    const file = path.join(tmp, 'a.txt');
    writeFileSync(file, ARTICLE);
    for (const [argv, message] of [
      [['--bom'], '--bom applies only to --format csv (the format is json)'],
      [['--format', 'md', '--spreadsheet'], '--spreadsheet applies only to --format csv (the format is md)'],
      [['--force'], '--force applies only with --out DIR (nothing is written without it)'],
    ] as const) {
      const r = await cli('analyze', ...argv, file);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.err, `news-lens: ${message}\nsee news-lens --help\n`);
    }
    assert.equal((await cli('analyze', '--format', 'csv', '--bom', file)).code, 0, '--bom with csv is fine');
  });

  it('empty and whitespace-only files are reported as skipped, like the editor, and are not failures', async () => {
    writeFileSync(path.join(tmp, 'empty.txt'), '');
    writeFileSync(path.join(tmp, 'blank.md'), ' \n\t\n');
    writeFileSync(path.join(tmp, 'story.txt'), ARTICLE);
    const r = await cli('analyze', '--format', 'jsonl', tmp);
    assert.equal(r.code, 0, r.err);
    const files = r.out
      .trimEnd()
      .split('\n')
      .map((l) => path.basename((JSON.parse(l) as Analysis).file ?? ''));
    assert.deepEqual(files, ['story.txt']);
    // Several articles are read at once, so stderr lines may come in any order (stdout keeps the input order).
    assert.deepEqual(r.err.trimEnd().split('\n').sort(), [
      `news-lens: ${path.join(tmp, 'blank.md')}: skipped: the file holds only whitespace`,
      `news-lens: ${path.join(tmp, 'empty.txt')}: skipped: the file is empty`,
    ]);
    const out = path.join(tmp, 'out');
    const written = await cli('analyze', '--format', 'md', '--out', out, tmp);
    assert.match(
      written.err,
      new RegExp(`news-lens: 1 file written to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/ \\(2 empty articles skipped\\)\\n$`),
    );
  });
});
