import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis';
import { runCli } from '../../src/cliRunner';
import { parseBrat, utf16Index } from '../../src/export';
import { ROOT, csvObjects, engineSpans, loadSchema, readSeed, seedFiles, validate } from './exportSupport';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

describe('CLI: news-lens analyze', () => {
  const cwd = process.cwd();
  const schema = loadSchema();
  let tmp: string;
  const seeds = seedFiles();
  const seed = seeds.find((f) => f.includes('uk-single-quotes')) ?? seeds[0];

  before(() => process.chdir(ROOT)); // inputs are repo-relative, as a user would type them
  after(() => process.chdir(cwd));
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'news-lens-cli-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('json: one object for one file, equal to the engine; an array for a folder, file = path as given', async () => {
    const one = await cli('analyze', seed);
    assert.equal(one.code, 0, one.err);
    const a = JSON.parse(one.out) as Analysis;
    assert.deepEqual(a, analyze(readSeed(seed), { file: seed }));
    assert.deepEqual(validate(a, schema), []);

    const all = await cli('analyze', '--format', 'json', 'seeds');
    assert.equal(all.code, 0, all.err);
    const list = JSON.parse(all.out) as Analysis[];
    assert.deepEqual(
      list.map((x) => x.file),
      seeds,
    );
    for (const x of list) assert.deepEqual(validate(x, schema), []);
  });

  it('jsonl, csv, md, spans and brat on the seeds match the engine', async () => {
    const jsonl = await cli('analyze', '--format', 'jsonl', 'seeds/');
    assert.equal(jsonl.code, 0, jsonl.err);
    const lines = jsonl.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Analysis);
    assert.deepEqual(
      lines.map((l) => l.file),
      seeds,
      'posix paths as given (trailing slash dropped)',
    );

    const csv = await cli('analyze', '--format', 'csv', ...seeds);
    assert.equal(csv.code, 0, csv.err);
    const rows = csvObjects(csv.out);
    for (const file of seeds) {
      const text = readSeed(file);
      const expected = engineSpans({ analysis: analyze(text, { file }), text });
      const mine = rows.filter((r) => r.file === file);
      assert.equal(mine.length, expected.length, `${file}: one row per mention, quote and date`);
      for (const r of mine) assert.equal(r.text, text.slice(Number(r.start), Number(r.end)));
    }

    const md = await cli('analyze', '--format', 'md', seed);
    assert.equal(md.code, 0, md.err);
    assert.ok(md.out.startsWith(`# Facts: ${seed}`));
    assert.ok(md.out.includes('## Quotes') && md.out.includes('## Timeline'));

    const spans = await cli('analyze', '--format', 'spans', seed);
    const task = JSON.parse(spans.out);
    assert.equal(task.text, readSeed(seed));
    assert.equal(task.spans.length, engineSpans({ analysis: analyze(task.text, { file: seed }), text: task.text }).length);

    const brat = await cli('analyze', '--format', 'brat', seed);
    assert.equal(brat.code, 0, brat.err);
    const text = readSeed(seed);
    const toUtf16 = utf16Index(text);
    const back = parseBrat(brat.out)
      .spans.filter((s) => s.label !== 'Speaker')
      .map((s) => `${toUtf16(s.fragments[0][0])}:${toUtf16(s.fragments.at(-1)![1])}`);
    assert.deepEqual(
      back.sort(),
      engineSpans({ analysis: analyze(text, { file: seed }), text })
        .map((s) => `${s.start}:${s.end}`)
        .sort(),
    );
  });

  it('--out writes one file per input, or one combined file for jsonl/csv/spans', async () => {
    const out = path.join(tmp, 'out');
    let r = await cli('analyze', '--format', 'json', '--out', out, 'seeds');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '', 'nothing on stdout with --out');
    for (const file of seeds) {
      const target = path.join(out, path.basename(file).replace(/\.[^.]+$/, '.facts.json'));
      assert.deepEqual(JSON.parse(readFileSync(target, 'utf8')), analyze(readSeed(file), { file }));
    }
    r = await cli('analyze', '--format', 'md', '--out', out, seed);
    assert.equal(r.code, 0, r.err);
    assert.ok(readFileSync(path.join(out, path.basename(seed).replace(/\.txt$/, '.facts.md')), 'utf8').startsWith('# Facts:'));

    for (const [format, name] of [
      ['jsonl', 'facts.jsonl'],
      ['csv', 'facts.csv'],
      ['spans', 'facts.spans.jsonl'],
    ]) {
      r = await cli('analyze', '--format', format, '--out', out, 'seeds');
      assert.equal(r.code, 0, r.err);
      const content = readFileSync(path.join(out, name), 'utf8');
      if (format === 'csv') assert.deepEqual([...new Set(csvObjects(content).map((row) => row.file))], seeds);
      else assert.equal(content.trimEnd().split('\n').length, seeds.length);
    }
    assert.deepEqual(
      readdirSync(out).filter((f) => f.endsWith('.tmp')),
      [],
      'no temp files left',
    );
  });

  it('--out brat writes the analysed text as .txt beside each .ann, plus annotation.conf', async () => {
    const out = path.join(tmp, 'brat');
    const withBom = path.join(tmp, 'in', 'bom story.txt');
    mkdirSync(path.dirname(withBom));
    const body = '\uFEFF🎉 "We won," said Anna Berg, the coach of Ajax, on Monday.\n';
    writeFileSync(withBom, body);
    const r = await cli('analyze', '--format', 'brat', '--out', out, seed, withBom);
    assert.equal(r.code, 0, r.err);
    assert.ok(existsSync(path.join(out, 'annotation.conf')));
    for (const [input, stem] of [
      [seed, path.basename(seed, '.txt')],
      [withBom, 'bom story'],
    ]) {
      const txt = readFileSync(path.join(out, `${stem}.txt`), 'utf8');
      assert.equal(txt, readFileSync(input, 'utf8').replace(/^\uFEFF/, ''), 'the .txt is the analysed text, BOM dropped');
      const parsed = parseBrat(readFileSync(path.join(out, `${stem}.ann`), 'utf8'));
      assert.ok(parsed.spans.length > 0);
      for (const s of parsed.spans) assert.equal(s.fragments.map(([a, b]) => [...txt].slice(a, b).join('')).join(' '), s.text);
    }
  });

  it('refuses to overwrite existing outputs without --force, and replaces them with it', async () => {
    const out = path.join(tmp, 'out');
    mkdirSync(out);
    const target = path.join(out, path.basename(seed).replace(/\.txt$/, '.facts.json'));
    writeFileSync(target, 'keep me');
    let r = await cli('analyze', '--out', out, seed);
    assert.equal(r.code, 1);
    assert.match(r.err, /already exists; not overwritten \(use --force/);
    assert.ok(r.err.includes(target));
    assert.equal(readFileSync(target, 'utf8'), 'keep me');
    r = await cli('analyze', '--out', out, '--force', seed);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(readFileSync(target, 'utf8')), analyze(readSeed(seed), { file: seed }));
  });

  it('a write error names the path, exits 1, and the other outputs are still written', async () => {
    const fileAsDir = path.join(tmp, 'not-a-dir');
    writeFileSync(fileAsDir, 'x');
    let r = await cli('analyze', '--out', fileAsDir, seed);
    assert.equal(r.code, 1);
    assert.ok(r.err.includes(fileAsDir), r.err);
    assert.equal(readFileSync(fileAsDir, 'utf8'), 'x');

    const out = path.join(tmp, 'out');
    const [first, second] = seeds;
    const blocked = path.join(out, path.basename(first).replace(/\.[^.]+$/, '.facts.json'));
    mkdirSync(blocked, { recursive: true }); // a folder where the first output should go
    r = await cli('analyze', '--out', out, '--force', first, second);
    assert.equal(r.code, 1);
    assert.match(r.err, new RegExp(`could not write ${escape(blocked)}: `));
    const other = path.join(out, path.basename(second).replace(/\.[^.]+$/, '.facts.json'));
    assert.equal((JSON.parse(readFileSync(other, 'utf8')) as Analysis).file, second);
    assert.deepEqual(
      readdirSync(out).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('exit 1 for unreadable, missing and binary inputs, naming each, while the others are still processed', async () => {
    const dir = path.join(tmp, 'mixed');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.txt'), 'Angela Merkel met Emmanuel Macron in Berlin on Monday.');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    writeFileSync(path.join(dir, 'notes.pdf'), 'not an article extension');
    writeFileSync(path.join(dir, 'old.facts.md'), '# an earlier export');
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'broken.txt'));
    const missing = path.join(tmp, 'missing.txt');
    const r = await cli('analyze', '--format', 'jsonl', dir, missing);
    assert.equal(r.code, 1);
    assert.match(r.err, new RegExp(`${escape(path.join(dir, 'binary.txt'))}: skipped: not a text file \\(contains NUL bytes\\)`));
    assert.match(r.err, new RegExp(`${escape(missing)}: no such file or directory`));
    assert.match(r.err, new RegExp(`${escape(path.join(dir, 'broken.txt'))}: broken symbolic link`));
    const files = r.out
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as Analysis).file);
    assert.deepEqual(files, [path.join(dir, 'a.txt').split(path.sep).join('/')], 'a.txt still analysed; .pdf and our own exports not read');
  });

  it('follows symbolic links without looping and reads each file once', async () => {
    const dir = path.join(tmp, 'loop');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'sub', 'story.txt'), 'Angela Merkel spoke in Berlin.');
    symlinkSync(dir, path.join(dir, 'sub', 'back')); // sub/back -> dir: a loop
    symlinkSync(path.join(dir, 'sub', 'story.txt'), path.join(dir, 'alias.txt'));
    const r = await cli('analyze', '--format', 'jsonl', dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trimEnd().split('\n').length, 1);
  });

  it('walks a folder with many files', async () => {
    const dir = path.join(tmp, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 1200; i++) writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}.txt`), 'Paris.');
    const r = await cli('analyze', '--format', 'jsonl', dir);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trimEnd().split('\n');
    assert.equal(lines.length, 1200);
    assert.equal((JSON.parse(lines[1199]) as Analysis).file, `${dir.split(path.sep).join('/')}/1199.txt`);
  });

  it('exit 2 for bad usage, 0 for --help', async () => {
    for (const argv of [
      [],
      ['analyse', seed],
      ['analyze'],
      ['analyze', '--format', 'xml', seed],
      ['analyze', '--date', '2024-02-30', seed],
      ['analyze', '--date'],
      ['analyze', '--nope', seed],
      ['analyze', '--format', 'brat', 'seeds'],
    ]) {
      const r = await cli(...argv);
      assert.equal(r.code, 2, `${argv.join(' ')} -> ${r.err}`);
      assert.match(r.err, /^news-lens: /);
      assert.equal(r.out, '');
    }
    const help = await cli('--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /Usage: news-lens analyze/);
    assert.match((await cli('analyze', '-h')).out, /--format F/);
  });

  it('--date overrides the document date and --format=csv with --spreadsheet adds a BOM', async () => {
    const r = await cli('analyze', '--date=2020-01-02', seed);
    assert.equal((JSON.parse(r.out) as Analysis).documentDate, '2020-01-02');
    const csv = await cli('analyze', '--format=csv', '--spreadsheet', seed);
    assert.equal(csv.out.charCodeAt(0), 0xfeff);
  });

  it('node dist/cli.js works as a real process (after a build)', function () {
    const bin = path.join(ROOT, 'dist', 'cli.js');
    if (!existsSync(bin)) this.skip();
    const ok = spawnSync(process.execPath, [bin, 'analyze', '--format', 'jsonl', seed], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal((JSON.parse(ok.stdout) as Analysis).file, seed);
    const bad = spawnSync(process.execPath, [bin, 'analyze', '--format', 'xml', seed], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(bad.status, 2);
    const missing = spawnSync(process.execPath, [bin, 'analyze', 'no/such/file.txt', seed], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no\/such\/file\.txt: no such file or directory/);
    assert.equal((JSON.parse(missing.stdout) as Analysis[]).length, 1);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
