// The CLI on bad input (issue 7): unreadable files and folders, folders with thousands of files,
// symlink loops, binary and other non-text files, FIFOs. Each bad input gets a clear message on
// stderr naming it and saying why, the exit code is 1, and every readable file is still analysed.
// Inputs are generated at test time in a temp folder (nothing binary or huge is committed).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runCli } from '../../src/cliRunner';

const ROOT = resolve(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

interface Analysed {
  file: string;
  entities: Array<{ name: string; mentions: Array<{ start: number; end: number; text: string }> }>;
  quotes: Array<{ start: number; end: number; text: string }>;
  dates: Array<{ start: number; end: number; text: string }>;
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

const jsonl = (stdout: string): Analysed[] =>
  stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Analysed);
const names = (analyses: Analysed[]) => analyses.map((a) => a.file.split('/').pop()).sort();
/** stderr lines that name a path and say something about it (`news-lens: PATH: why`). */
const messagesAbout = (stderr: string, name: string) => stderr.split('\n').filter((l) => l.startsWith('news-lens: ') && l.includes(name));

const ARTICLE = 'Angela Merkel met Emmanuel Macron in Paris on Monday, Reuters reported.\n';

describe('CLI robustness', function () {
  this.timeout(120_000);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
  });

  afterEach(() => {
    // Restore permissions first so the cleanup can remove everything.
    spawnSync('chmod', ['-R', 'u+rwx', dir]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a missing input: a message naming it, exit 1, the other inputs still analysed', async () => {
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    const missing = join(dir, 'missing.txt');
    const r = await cli('analyze', '--format', 'jsonl', missing, join(dir, 'good.txt'));
    assert.equal(r.code, 1);
    assert.deepEqual(messagesAbout(r.stderr, 'missing.txt'), [`news-lens: ${missing}: no such file or directory`]);
    assert.deepEqual(names(jsonl(r.stdout)), ['good.txt']);
    assert.ok(jsonl(r.stdout)[0].entities.some((e) => e.name.includes('Merkel')));
  });

  it('UTF-16 files with a byte order mark are read as VS Code reads them (LE and BE)', async () => {
    const text = 'Angela Merkel visited Paris on Tuesday.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(join(dir, 'le.txt'), le);
    writeFileSync(join(dir, 'be.txt'), be);
    const r = await cli('analyze', '--format', 'jsonl', dir);
    assert.equal(r.code, 0, r.stderr);
    const results = jsonl(r.stdout);
    assert.deepEqual(names(results), ['be.txt', 'le.txt']);
    for (const a of results) {
      const merkel = a.entities.find((e) => e.name === 'Angela Merkel');
      assert.ok(merkel, 'Angela Merkel found');
      // Offsets are into the decoded text, without the byte order mark.
      assert.deepEqual(merkel.mentions[0], { start: 0, end: 13, text: 'Angela Merkel' });
    }
  });

  it('binary and NUL-containing files: "not a text file", exit 1, text files still analysed', async () => {
    writeFileSync(join(dir, 'a-good.txt'), ARTICLE);
    writeFileSync(
      join(dir, 'b-binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    );
    // UTF-16 without a byte order mark has NUL bytes too; VS Code does not guess it either
    // (files.autoGuessEncoding is off by default) and shows it as binary.
    writeFileSync(join(dir, 'c-utf16.txt'), Buffer.from('Hello from Paris', 'utf16le'));
    writeFileSync(join(dir, 'd-good.md'), `# Report\n\n${ARTICLE}`);
    writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const r = await cli('analyze', '--format', 'jsonl', dir);
    assert.equal(r.code, 1);
    for (const bad of ['b-binary.txt', 'c-utf16.txt']) {
      assert.deepEqual(messagesAbout(r.stderr, bad), [`news-lens: ${join(dir, bad)}: skipped: not a text file (contains NUL bytes)`]);
    }
    // A folder is searched for article extensions only: the .png is not an input at all.
    assert.deepEqual(messagesAbout(r.stderr, 'photo.png'), []);
    assert.deepEqual(names(jsonl(r.stdout)), ['a-good.txt', 'd-good.md']);
    // Named explicitly, a non-text file is read and refused with the same message.
    const explicit = await cli('analyze', join(dir, 'photo.png'));
    assert.equal(explicit.code, 1);
    assert.match(explicit.stderr, /photo\.png: skipped: not a text file/);
  });

  it('invalid UTF-8 is read as VS Code reads it (U+FFFD), with a warning, and offsets still hold', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Angela Merkel said it was ', 'utf8'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(' fine in Berlin on Monday.\n', 'utf8'),
    ]);
    writeFileSync(join(dir, 'latin.txt'), bytes);
    const r = await cli('analyze', '--format', 'jsonl', join(dir, 'latin.txt'));
    assert.equal(r.code, 0, 'a decodable file is not a failure');
    assert.match(r.stderr, /latin\.txt: warning: not valid UTF-8; invalid bytes read as U\+FFFD/);
    const [a] = jsonl(r.stdout);
    const text = new TextDecoder('utf-8').decode(bytes);
    assert.ok(text.includes('\uFFFD'));
    for (const e of a.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const d of a.dates) assert.equal(text.slice(d.start, d.end), d.text);
    assert.ok(a.entities.some((e) => e.name.includes('Merkel')));
  });

  it('empty and whitespace-only files are skipped, as the editor skips them, and named on stderr (exit 0)', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\t\n   \r\n');
    const r = await cli('analyze', '--format', 'jsonl', dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /blank\.txt: skipped: the file holds only whitespace\n/);
    assert.match(r.stderr, /empty\.txt: skipped: the file is empty\n/);
  });

  it('symlink loops: a folder linked to its ancestor is walked once; a self-referencing link is reported', async () => {
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'one.txt'), ARTICLE);
    writeFileSync(join(dir, 'a', 'b', 'two.txt'), ARTICLE);
    symlinkSync('..', join(dir, 'a', 'b', 'up')); // a/b/up -> a: a cycle
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'b', 'again')); // absolute link back to a
    symlinkSync('self.txt', join(dir, 'a', 'self.txt')); // ELOOP
    symlinkSync('nowhere.txt', join(dir, 'a', 'dangling.txt'));
    const r = await cli('analyze', '--format', 'jsonl', dir);
    assert.equal(r.code, 1);
    const analyses = jsonl(r.stdout);
    // Each real file exactly once, however many paths lead to it.
    assert.deepEqual(names(analyses), ['one.txt', 'two.txt']);
    assert.deepEqual(messagesAbout(r.stderr, 'self.txt'), [
      `news-lens: ${join(dir, 'a', 'self.txt')}: broken symbolic link (too many levels of symbolic links)`,
    ]);
    assert.deepEqual(messagesAbout(r.stderr, 'dangling.txt'), [
      `news-lens: ${join(dir, 'a', 'dangling.txt')}: broken symbolic link (no such file or directory)`,
    ]);
    // Named explicitly, the looping link fails with a message too.
    const explicit = await cli('analyze', join(dir, 'a', 'self.txt'));
    assert.equal(explicit.code, 1);
    assert.match(explicit.stderr, /self\.txt: too many levels of symbolic links/);
  });

  it('a FIFO or other special file is refused, not read (reading a FIFO would block forever)', async function () {
    const fifo = join(dir, 'pipe.txt');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    const explicit = await cli('analyze', '--format', 'jsonl', fifo, join(dir, 'good.txt'));
    assert.equal(explicit.code, 1);
    assert.deepEqual(messagesAbout(explicit.stderr, 'pipe.txt'), [`news-lens: ${fifo}: not a regular file or directory`]);
    assert.deepEqual(names(jsonl(explicit.stdout)), ['good.txt']);
    // In a folder walk, only regular files are inputs.
    const walked = await cli('analyze', '--format', 'jsonl', dir);
    assert.equal(walked.code, 0, walked.stderr);
    assert.deepEqual(names(jsonl(walked.stdout)), ['good.txt']);
  });

  it('a folder with thousands of files: every one analysed, streamed one line each, bad ones reported', async () => {
    const COUNT = 2000;
    for (let i = 0; i < COUNT; i++) {
      const sub = join(dir, `batch${Math.floor(i / 500)}`);
      if (i % 500 === 0) mkdirSync(sub);
      writeFileSync(join(sub, `note${String(i).padStart(4, '0')}.txt`), `Note ${i}: Maria Lopez met officials in Paris.\n`);
    }
    writeFileSync(join(dir, 'batch1', 'broken.txt'), Buffer.from([0, 1, 2, 3]));
    const r = await cli('analyze', '--format', 'jsonl', dir);
    assert.equal(r.code, 1);
    assert.deepEqual(messagesAbout(r.stderr, 'broken.txt').length, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1, `only the broken file is reported:\n${r.stderr.slice(0, 500)}`);
    const analyses = jsonl(r.stdout);
    assert.equal(analyses.length, COUNT);
    assert.equal(new Set(analyses.map((a) => a.file)).size, COUNT, 'no file twice');
    assert.ok(analyses.every((a) => a.entities.some((e) => e.name === 'Paris')));
  });

  it('--out with an unreadable input: the readable files are still written, exit 1', async () => {
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0, 0, 0]));
    const out = join(dir, 'out');
    const r = await cli('analyze', '--format', 'json', '--out', out, join(dir, 'good.txt'), join(dir, 'bad.txt'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /bad\.txt: skipped: not a text file/);
    const written = JSON.parse(readFileSync(join(out, 'good.facts.json'), 'utf8')) as Analysed | Analysed[];
    const analysis = Array.isArray(written) ? written[0] : written;
    assert.ok(analysis.entities.some((e) => e.name.includes('Merkel')));
    assert.throws(() => readFileSync(join(out, 'bad.facts.json')), /ENOENT/);
  });

  it('an engine failure on one file is reported; the other files are still analysed', async () => {
    // Fault injection: a fresh copy of the CLI runner whose engine module throws on one marked
    // article and delegates every other call to the real engine.
    const runnerPath = require.resolve('../../src/cliRunner');
    const analyzersPath = require.resolve('../../src/cli/analyzers');
    const enginePath = require.resolve('../../src/analysis');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the engine is swapped in require's cache
    const real = require(enginePath) as typeof import('../../src/analysis');
    const saved = { runner: require.cache[runnerPath], analyzers: require.cache[analyzersPath], engine: require.cache[enginePath] };
    const faulty = {
      ...real,
      analyze: (text: string, options: Parameters<typeof real.analyze>[1]) => {
        if (text.includes('TRIGGER-ENGINE-FAULT')) throw new Error('injected engine fault');
        return real.analyze(text, options);
      },
    };
    require.cache[enginePath] = { ...saved.engine!, exports: faulty } as NodeJS.Module;
    delete require.cache[runnerPath];
    delete require.cache[analyzersPath];
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy that sees the faulty engine
      const fresh = require(runnerPath) as typeof import('../../src/cliRunner');
      writeFileSync(join(dir, 'a.txt'), ARTICLE);
      writeFileSync(join(dir, 'b.txt'), `TRIGGER-ENGINE-FAULT ${ARTICLE}`);
      writeFileSync(join(dir, 'c.txt'), ARTICLE);
      let stdout = '';
      let stderr = '';
      // One job: the engine runs in this process, where the fault is injected (not in a worker).
      const code = await fresh.runCli(['analyze', '--format', 'jsonl', '--jobs', '1', dir], {
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: (t: string) => (stderr += t) },
      });
      assert.equal(code, 1);
      assert.deepEqual(messagesAbout(stderr, 'b.txt'), [`news-lens: ${join(dir, 'b.txt')}: analysis failed: injected engine fault`]);
      assert.deepEqual(names(jsonl(stdout)), ['a.txt', 'c.txt']);
    } finally {
      require.cache[enginePath] = saved.engine;
      if (saved.runner) require.cache[runnerPath] = saved.runner;
      else delete require.cache[runnerPath];
      if (saved.analyzers) require.cache[analyzersPath] = saved.analyzers;
      else delete require.cache[analyzersPath];
    }
  });

  describe('permission denied (a real EACCES)', () => {
    // chmod 000 stops everyone but root. As root, the built CLI runs as the unprivileged "nobody"
    // user instead (the only way to get a real EACCES); otherwise it runs in-process.
    const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

    // What "nobody" runs is a copy of the bundled CLI in a temp folder it can read, so the test does
    // not depend on where the clone lives (a checkout under a 0700 home is out of its reach).
    let cliCopy: string | undefined;
    before(() => {
      if (!asRoot) return;
      const bin = mkdtempSync(join(tmpdir(), 'news-lens-cli-bin-'));
      chmodSync(bin, 0o755);
      cliCopy = join(bin, 'cli.js');
      copyFileSync(CLI, cliCopy);
      chmodSync(cliCopy, 0o644);
    });
    after(() => {
      if (cliCopy) rmSync(dirname(cliCopy), { recursive: true, force: true });
    });

    async function runUnprivileged(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
      if (!asRoot) return cli(...args);
      const r = spawnSync(process.execPath, [cliCopy!, ...args], {
        cwd: dirname(cliCopy!),
        encoding: 'utf8',
        uid: 65534,
        gid: 65534,
        maxBuffer: 64 * 1024 * 1024,
      });
      if (r.error) throw r.error;
      return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
    }

    it('an unreadable file and an unreadable folder are reported; the rest is analysed', async function () {
      chmodSync(dir, 0o755); // mkdtemp makes it 0700: let the unprivileged user in
      writeFileSync(join(dir, 'a-good.txt'), ARTICLE);
      writeFileSync(join(dir, 'b-secret.txt'), ARTICLE);
      mkdirSync(join(dir, 'c-locked'));
      writeFileSync(join(dir, 'c-locked', 'inside.txt'), ARTICLE);
      mkdirSync(join(dir, 'd-open'));
      writeFileSync(join(dir, 'd-open', 'later.txt'), ARTICLE);
      chmodSync(join(dir, 'b-secret.txt'), 0o000);
      chmodSync(join(dir, 'c-locked'), 0o000);
      const readable = await runUnprivileged('analyze', '--format', 'jsonl', join(dir, 'a-good.txt'));
      assert.equal(readable.code, 0, `the unprivileged CLI should read a readable file: ${readable.stderr}`);
      const probe = await runUnprivileged('analyze', '--format', 'jsonl', join(dir, 'b-secret.txt'));
      if (probe.code === 0) this.skip(); // permissions are not enforced here (e.g. some container file systems)
      const r = await runUnprivileged('analyze', '--format', 'jsonl', dir);
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(messagesAbout(r.stderr, 'b-secret.txt'), [`news-lens: ${join(dir, 'b-secret.txt')}: permission denied`]);
      assert.deepEqual(messagesAbout(r.stderr, 'c-locked'), [`news-lens: ${join(dir, 'c-locked')}: permission denied`]);
      assert.deepEqual(names(jsonl(r.stdout)), ['a-good.txt', 'later.txt']);
    });
  });
});
