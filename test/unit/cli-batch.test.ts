// Batches: --jobs N on worker threads, --stdin-jsonl as a map step (order, ids, nothing dropped,
// bounded memory under a slow reader), --max-size, the terminal-only progress bar, GNU parallel.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/analysis';
import { runCli } from '../../src/cliRunner';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const OWN = path.join(ROOT, 'test', 'eval', 'gold-own');

async function cli(argv: string[], stderr: { isTTY?: boolean } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { ...stderr, write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

/** A folder of the repository's articles plus a file that cannot be read as text, sorted first-to-last. */
function articleFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-lens-batch-'));
  // Ten own articles (sorted, so the folder is the same on every machine) keep the batch small.
  const own = readdirSync(OWN)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 10);
  for (const f of own) copyFileSync(path.join(OWN, f), path.join(dir, f));
  for (const f of readdirSync(path.join(ROOT, 'seeds'))) copyFileSync(path.join(ROOT, 'seeds', f), path.join(dir, `seed-${f}`));
  writeFileSync(path.join(dir, 'exe-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 0, 0, 3]));
  return dir;
}

/** A JSONL input line for Spark-like rows: an id, a short article and a bulky field the CLI ignores. */
function jsonlLine(i: number): string {
  if (i % 97 === 13) return `{"id": "r${i}", "text": "unterminated`;
  if (i % 101 === 7) return `["r${i}", "an array, not an object"]`;
  if (i % 89 === 5) return JSON.stringify({ id: `r${i}`, text: 42 });
  if (i % 83 === 3) return '';
  const text = `Mayor Ann Lee${i} said on Monday: "We will rebuild the bridge ${i}." The council met in Leeds.`;
  return JSON.stringify({ id: i % 2 ? `r${i}` : i, text, documentDate: '2024-02-13', meta: 'x'.repeat(2500) });
}

describe('CLI batches', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => (dir = articleFolder()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--jobs 2 prints exactly what --jobs 1 prints, in file order, and a failing file does not stop the others', async () => {
    const one = await cli(['analyze', '--format', 'jsonl', '--jobs', '1', dir]);
    const two = await cli(['analyze', '--format', 'jsonl', '--jobs', '2', dir]);
    assert.equal(one.code, 1, 'the unreadable file makes the run exit 1');
    assert.equal(two.code, 1);
    assert.match(two.err, /exe-binary\.txt/);
    assert.equal(two.out, one.out);
    const files = two.out
      .trimEnd()
      .split('\n')
      .map((l) => path.basename((JSON.parse(l) as { file: string }).file));
    const expected = readdirSync(dir)
      .filter((f) => f !== 'exe-binary.txt')
      .sort();
    assert.deepEqual(files, expected, 'every readable article, in sorted order');
  });

  it('--jobs 2 prints the same JSON array as one job, and an article with annotations is annotated either way', async () => {
    const first = readdirSync(dir).sort()[0];
    const text = readFileSync(path.join(dir, first), 'utf8');
    const word = /\b[A-Z][a-z]{3,}\b/.exec(text)!;
    const sidecar = {
      version: 1,
      annotations: [
        { id: 'u1', action: 'add', kind: 'person', target: { start: word.index, end: word.index + word[0].length, exact: word[0] } },
      ],
    };
    writeFileSync(path.join(dir, `${first}.newslens.json`), JSON.stringify(sidecar));
    const one = await cli(['analyze', '--jobs', '1', dir]);
    const two = await cli(['analyze', '--jobs', '2', dir]);
    assert.equal(two.out, one.out);
    assert.equal(two.err, one.err);
    const analyses = JSON.parse(two.out) as Array<{ file: string; annotations?: { applied: number } }>;
    assert.equal(analyses.length, readdirSync(dir).length - 2, 'every article but the binary file (the sidecar is no article)');
    assert.equal(analyses[0].annotations?.applied, 1, 'the annotations are applied on the --jobs 2 path too');
    const single = path.join(dir, readdirSync(dir).sort()[1]);
    assert.equal((await cli(['analyze', '--jobs', '2', single])).out, (await cli(['analyze', '--jobs', '1', single])).out);
  });

  it('--stdin-jsonl prints the same bytes with --jobs 1 and --jobs 2', async () => {
    const input = Array.from({ length: 60 }, (_, i) => jsonlLine(i)).join('\n') + '\n';
    const run = async (jobs: string) => {
      let out = '';
      const code = await runCli(['analyze', '--stdin-jsonl', '--jobs', jobs], {
        stdout: { write: (s: string) => (out += s) },
        stderr: { write: () => undefined },
        stdin: (async function* () {
          for (let at = 0; at < input.length; at += 1000) yield input.slice(at, at + 1000);
        })(),
      });
      return { code, out };
    };
    const one = await run('1');
    const two = await run('2');
    assert.equal(one.code, 0);
    assert.equal(two.code, 0);
    assert.equal(two.out, one.out);
    assert.equal(two.out.trimEnd().split('\n').length, 60);
  });

  it('--jobs 3 with --out writes the same files as one job', async () => {
    const out1 = mkdtempSync(path.join(tmpdir(), 'news-lens-out1-'));
    const out3 = mkdtempSync(path.join(tmpdir(), 'news-lens-out3-'));
    try {
      assert.equal((await cli(['analyze', '--jobs', '1', '--out', out1, dir])).code, 1);
      assert.equal((await cli(['analyze', '--jobs', '3', '--out', out3, dir])).code, 1);
      const names = readdirSync(out1).sort();
      assert.equal(names.length, readdirSync(dir).length - 1);
      assert.deepEqual(readdirSync(out3).sort(), names);
      for (const n of names) assert.equal(spawnSync('cmp', [path.join(out1, n), path.join(out3, n)]).status, 0, n);
    } finally {
      rmSync(out1, { recursive: true, force: true });
      rmSync(out3, { recursive: true, force: true });
    }
  });

  it('--max-size refuses a larger file with a message saying how to raise it, and the others go on', async () => {
    const big = path.join(dir, 'zz-big.txt');
    writeFileSync(big, 'The mayor spoke. '.repeat(4000)); // 68 KB
    const r = await cli(['analyze', '--format', 'jsonl', '--max-size', '64KB', dir]);
    assert.equal(r.code, 1);
    assert.match(r.err, /zz-big\.txt: 67 KB is larger than the --max-size limit of 64 KB; analyse it anyway with --max-size 1MB/);
    assert.equal(r.out.trimEnd().split('\n').length, readdirSync(dir).length - 2);
    const raised = await cli(['analyze', '--max-size', '1MB', big]);
    assert.equal(raised.code, 0, raised.err);
    const bad = await cli(['analyze', '--max-size', 'lots', big]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--max-size must be a size such as 20MB/);
  });

  it('draws a progress bar on a terminal only; a pipe gets no progress at all', async () => {
    const tty = await cli(['analyze', '--format', 'jsonl', '--jobs', '1', dir], { isTTY: true });
    assert.match(tty.err, /\[[#-]{20}\] \d+\/16 articles {2}[\d,]+ words\/s/);
    assert.doesNotMatch(tty.err.split('\r\x1b[2K').pop()!, /articles/, 'the bar is erased at the end');
    assert.match(tty.err, /news-lens: [^\n]*exe-binary\.txt: [^\n]+\n/, 'a message gets a line of its own');
    const pipe = await cli(['analyze', '--format', 'jsonl', '--jobs', '1', dir], { isTTY: false });
    assert.doesNotMatch(pipe.err, /articles|words\/s/);
  });

  it('--stdin-jsonl: 1,000 lines with malformed ones give 1,000 lines in order, ids kept, under a slow reader with bounded reading', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => jsonlLine(i));
    const input = Buffer.from(lines.join('\n') + '\n');
    const child = spawn(process.execPath, [CLI, 'analyze', '--stdin-jsonl', '--jobs', '2'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.pause(); // a reader that does not read yet
    let accepted = 0;
    const writeAll = (async () => {
      for (let at = 0; at < input.length; at += 16 * 1024) {
        const piece = input.subarray(at, at + 16 * 1024);
        if (!child.stdin.write(piece)) await new Promise((r) => child.stdin.once('drain', r));
        accepted = at + piece.length;
      }
      child.stdin.end();
    })();
    await new Promise((r) => setTimeout(r, 4000));
    // Blocked on stdout, the CLI stops reading: what it took is the pipes' buffers plus a few lines.
    assert.ok(accepted < input.length / 2, `the CLI read ${accepted} of ${input.length} bytes while nobody read its output`);
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    // Now a slow reader: a chunk, a pause, a chunk.
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    child.stdout.resume();
    const code = await new Promise<number | null>((r) => child.on('close', r));
    await writeAll;
    assert.equal(code, 0, err);
    const got = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; error?: string; entities?: unknown[] });
    assert.equal(got.length, 1000, 'one line out per line in');
    for (let i = 0; i < 1000; i++) {
      const line = lines[i];
      const g = got[i];
      const bad = line === '' || line.startsWith('[') || i % 97 === 13 || i % 89 === 5;
      if (bad) {
        assert.equal(typeof g.error, 'string', `line ${i + 1} is an error line`);
        assert.match(g.error!, new RegExp(`^line ${i + 1}: `));
        assert.equal(g.id, line === '' || line.startsWith('[') ? null : `r${i}`, 'the id is kept where the line gives one');
      } else {
        const rec = JSON.parse(line) as { id: unknown; text: string };
        assert.equal(g.id, rec.id);
        assert.deepEqual({ ...g, id: undefined }, { id: undefined, ...analyze(rec.text, { file: null, documentDate: '2024-02-13' }) });
      }
    }
    assert.match(err, /(\d+) of 1000 lines could not be analysed/);
  });

  it('GNU parallel --pipe -k runs it as a map step with the same output (when parallel is installed)', function () {
    if (spawnSync('parallel', ['--version']).status !== 0) {
      console.log('      skipped: GNU parallel is not installed (Debian: apt-get install parallel)');
      this.skip();
    }
    const input = Array.from({ length: 120 }, (_, i) => jsonlLine(i)).join('\n') + '\n';
    const direct = spawnSync(process.execPath, [CLI, 'analyze', '--stdin-jsonl', '--jobs', '1'], { input, encoding: 'utf8' });
    const viaParallel = spawnSync(
      'parallel',
      ['--will-cite', '--pipe', '-k', '-N', '25', '-j', '2', process.execPath, CLI, 'analyze', '--stdin-jsonl', '--jobs', '1'],
      { input, encoding: 'utf8' },
    );
    assert.equal(viaParallel.status, 0, viaParallel.stderr);
    const ids = (s: string) =>
      s
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: unknown }).id);
    assert.deepEqual(ids(viaParallel.stdout), ids(direct.stdout));
    // Error lines name the line number within the block parallel gave the CLI, so compare all but "error".
    const strip = (s: string) =>
      s
        .trimEnd()
        .split('\n')
        .map((l) => JSON.stringify({ ...JSON.parse(l), error: undefined }));
    assert.deepEqual(strip(viaParallel.stdout), strip(direct.stdout));
  });
});
