import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis';
import { makeTarget, serializeSidecar, type Sidecar } from '../../src/annotations';
import { runCli } from '../../src/cliRunner';
import { toBrat, toSpansJsonl } from '../../src/export';
import { ROOT, TRICKY, loadSchema, readSeed, validate } from './exportSupport';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const STORY = 'date 2024-03-04\n\nAcme Widgets said on Monday it would close. "We are sorry," said union spokesman Tom Hale.\n';
const retype = (): Sidecar => ({
  version: 1,
  annotations: [{ id: 'u1', action: 'retype', target: makeTarget(STORY, 17, 29), type: 'organization', created: '2026-12-02T10:00:00Z' }],
});

/** What an analysis says, for comparing two: names (type, spans, grouped by entity), quotes and speakers, dates. */
function facts(a: Analysis) {
  return {
    entities: a.entities.map((e) => `${e.type}:${e.mentions.map((m) => `${m.start}-${m.end}`).join(',')}`).sort(),
    quotes: a.quotes.map((q) => `${q.start}-${q.end} by ${q.speaker ? `${q.speaker.start}-${q.speaker.end}` : 'nobody'}`),
    dates: a.dates.map((d) => `${d.start}-${d.end}=${d.value}`),
  };
}

describe('CLI: annotations files', () => {
  let tmp: string;
  let story: string;
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'news-lens-annotations-'));
    story = path.join(tmp, 'story.txt');
    writeFileSync(story, STORY);
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('analyze applies the annotations beside the article, and --no-annotations ignores them', async () => {
    writeFileSync(`${story}.newslens.json`, serializeSidecar(retype()));
    const r = await cli('analyze', story);
    assert.equal(r.code, 0, r.err);
    const a = JSON.parse(r.out) as Analysis;
    assert.deepEqual(validate(a, loadSchema()), []);
    const acme = a.entities.find((e) => e.name === 'Acme Widgets')!;
    assert.deepEqual([acme.type, acme.source, acme.reviewed], ['organization', 'user', true]);
    assert.deepEqual(a.annotations, { applied: 1, orphaned: [], ignored: [] });

    const off = JSON.parse((await cli('analyze', '--no-annotations', story)).out) as Analysis;
    assert.deepEqual(off, analyze(STORY, { file: story.split(path.sep).join('/') }));
    assert.deepEqual(readdirSync(tmp).sort(), ['story.txt', 'story.txt.newslens.json'], 'the CLI never writes an annotations file');
  });

  it('--annotations DIR mirrors the paths below the folder named on the command line', async () => {
    mkdirSync(path.join(tmp, 'news', 'local'), { recursive: true });
    writeFileSync(path.join(tmp, 'news', 'local', 'story.txt'), STORY);
    writeFileSync(path.join(tmp, 'news', 'local', 'story.txt.newslens.json'), '{ not used');
    mkdirSync(path.join(tmp, 'gold', 'local'), { recursive: true });
    writeFileSync(path.join(tmp, 'gold', 'local', 'story.txt.newslens.json'), serializeSidecar(retype()));
    writeFileSync(path.join(tmp, 'gold', 'story.txt.newslens.json'), serializeSidecar(retype()));
    const r = await cli('analyze', '--annotations', path.join(tmp, 'gold'), path.join(tmp, 'news'), story);
    assert.equal(r.code, 0, r.err);
    const [inFolder, named] = JSON.parse(r.out) as Analysis[];
    assert.equal(inFolder.annotations?.applied, 1);
    assert.equal(named.annotations?.applied, 1, 'a file named directly: DIR/<its name>.newslens.json');
    const typo = await cli('analyze', '--annotations', path.join(tmp, 'gold-typo'), story);
    assert.equal(typo.code, 1);
    assert.match(typo.err, /--annotations .*gold-typo: no such file or directory; the articles were analysed without annotations/);
    assert.equal((JSON.parse(typo.out) as Analysis).annotations, undefined);
  });

  it('a malformed annotations file is named with the reason; the analysis is printed without it; exit 1; the file is untouched', async () => {
    const bad = '{ "version": 1, "annotations": [ { "id": "u1", "action": "retype" } ] }';
    writeFileSync(`${story}.newslens.json`, bad);
    const r = await cli('analyze', story);
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /story\.txt\.newslens\.json: not a valid annotations file: annotations\[0\]\.target must be an object.*; .*story\.txt was analysed without it/,
    );
    const a = JSON.parse(r.out) as Analysis;
    assert.equal(a.annotations, undefined);
    assert.equal(a.entities.length, analyze(STORY).entities.length);
    assert.equal(readFileSync(`${story}.newslens.json`, 'utf8'), bad);
  });

  it('an annotations file that is a folder is reported (exit 1) and the article still analysed', async () => {
    mkdirSync(`${story}.newslens.json`);
    const r = await cli('analyze', story);
    assert.equal(r.code, 1);
    assert.match(r.err, /story\.txt\.newslens\.json: cannot read the annotations: is a directory/);
    assert.ok(JSON.parse(r.out).entities.length > 0);
  });

  it("the annotations file's date wins over --date; annotations that no longer match are warned about, exit 0", async () => {
    const sidecar = retype();
    sidecar.documentDate = '2024-03-11';
    sidecar.annotations.push({ id: 'u2', action: 'accept', target: { start: 0, end: 5, exact: 'Bloom' } });
    writeFileSync(`${story}.newslens.json`, serializeSidecar(sidecar));
    const r = await cli('analyze', '--date', '2020-01-01', story);
    assert.equal(r.code, 0, r.err);
    const a = JSON.parse(r.out) as Analysis;
    assert.equal(a.documentDate, '2024-03-11');
    assert.deepEqual(
      a.dates.map((d) => d.value),
      analyze(STORY, { documentDate: '2024-03-11' }).dates.map((d) => d.value),
    );
    assert.match(r.err, /warning: 1 annotation not applied: u2 \(the text “Bloom” is no longer in the article\)/);
  });
});

describe('CLI: node dist/cli.js with annotations', () => {
  it('analyze applies the annotations file and import writes one, as real processes', () => {
    const bin = path.join(ROOT, 'dist', 'cli.js');
    assert.ok(existsSync(bin), 'dist/cli.js is built (node esbuild.mjs)');
    const tmp = mkdtempSync(path.join(tmpdir(), 'news-lens-dist-'));
    try {
      const story = path.join(tmp, 'story.txt');
      writeFileSync(story, STORY);
      writeFileSync(`${story}.newslens.json`, serializeSidecar(retype()));
      const run = spawnSync(process.execPath, [bin, 'analyze', story], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.equal((JSON.parse(run.stdout) as Analysis).entities.find((e) => e.name === 'Acme Widgets')?.type, 'organization');
      writeFileSync(path.join(tmp, 'story.ann'), 'T1\tOrganization 17 29\tAcme Widgets\n');
      const imported = spawnSync(process.execPath, [bin, 'import', '--force', '--from', 'brat', path.join(tmp, 'story.ann')], {
        encoding: 'utf8',
      });
      assert.equal(imported.status, 0, imported.stderr);
      const after = JSON.parse(spawnSync(process.execPath, [bin, 'analyze', story], { encoding: 'utf8' }).stdout) as Analysis;
      assert.deepEqual(
        after.entities.map((e) => `${e.type}:${e.name}`),
        ['organization:Acme Widgets'],
        'the names are the gold names',
      );
      assert.equal(after.quotes.length, 1, "no Quote spans in the file: the engine's quote stays");
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('CLI: news-lens import', () => {
  let tmp: string;
  const seed = 'seeds/000_114cf2c0402081cf.txt';
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'news-lens-import-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  /** The seed's text and analysis, and a copy as <tmp>/story.txt. */
  function seedCopy() {
    const text = readSeed(seed);
    const file = path.join(tmp, 'story.txt');
    writeFileSync(file, text);
    return { text, file, analysis: analyze(text, { file }) };
  }

  it("--from brat of the seed article's brat export gives back the same entities, quotes and speakers", async () => {
    const { file, analysis } = seedCopy();
    const exported = await cli('analyze', '--format', 'brat', '--out', path.join(tmp, 'brat'), file);
    assert.equal(exported.code, 0, exported.err);
    const ann = path.join(tmp, 'brat', 'story.ann');
    const r = await cli('import', '--from', 'brat', ann);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '', 'everything could be expressed');
    const back = JSON.parse((await cli('analyze', path.join(tmp, 'brat', 'story.txt'))).out) as Analysis;
    assert.deepEqual(facts(back), facts(analysis));
    assert.ok(
      [...back.entities, ...back.quotes, ...back.dates].every((x) => x.reviewed === true),
      'every imported fact is reviewed',
    );
  });

  it('--from brat carries corrections: a missing name, a wrong type, a split entity, another speaker, a date value', async () => {
    const { text, file, analysis } = seedCopy();
    const gold = JSON.parse(JSON.stringify(analysis)) as Analysis;
    const dropped = gold.entities.splice(
      gold.entities.findIndex((e) => e.mentions.length === 1),
      1,
    )[0];
    gold.entities[1].type = gold.entities[1].type === 'place' ? 'organization' : 'place';
    const multi = gold.entities.find((e) => e.mentions.length >= 3)!;
    const moved = multi.mentions.pop()!;
    gold.entities.push({ id: 'e99', type: multi.type, name: moved.text, role: null, aliases: [moved.text], mentions: [moved] });
    const q = gold.quotes.find((x) => x.speaker)!;
    q.speaker = null;
    gold.dates[1].value = '2031';
    gold.entities.push({ id: 'e98', type: 'organization', name: 'Kremlin', role: null, aliases: ['Kremlin'], mentions: [] });
    const at = text.indexOf('talks');
    gold.entities.at(-1)!.mentions.push({ start: at, end: at + 5, text: 'talks' });
    writeFileSync(path.join(tmp, 'story.ann'), toBrat({ analysis: gold, text }));
    const r = await cli('import', '--from', 'brat', path.join(tmp, 'story.txt'));
    assert.equal(r.code, 0, r.err);
    const back = JSON.parse((await cli('analyze', file)).out) as Analysis;
    assert.deepEqual(facts(back), facts(gold));
    assert.ok(!back.entities.some((e) => e.mentions.some((m) => m.start === dropped.mentions[0].start)));
  });

  it('--from brat and --from spans round-trip a text with emoji (code points) and a quote over two paragraphs', async () => {
    const file = path.join(tmp, 'tricky.txt');
    writeFileSync(file, TRICKY);
    const analysis = analyze(TRICKY, { file });
    assert.ok(/[\uD800-\uDBFF]/.test(TRICKY) && analysis.quotes.some((q) => q.text.includes('\n')), 'the fixture has both');
    writeFileSync(path.join(tmp, 'tricky.ann'), toBrat({ analysis, text: TRICKY }));
    const brat = await cli('import', '--from', 'brat', path.join(tmp, 'tricky.ann'));
    assert.equal(brat.code, 0, brat.err);
    assert.equal(brat.err, '');
    assert.deepEqual(facts(JSON.parse((await cli('analyze', file)).out)), facts(analysis));
    writeFileSync(path.join(tmp, 'tricky.jsonl'), toSpansJsonl([{ analysis, text: TRICKY }]));
    const spans = await cli('import', '--force', '--from', 'spans', path.join(tmp, 'tricky.jsonl'));
    assert.equal(spans.code, 0, spans.err);
    const back = JSON.parse((await cli('analyze', file)).out) as Analysis;
    assert.deepEqual(facts(back).entities, facts(analysis).entities);
    assert.deepEqual(
      back.quotes.map((q) => q.text),
      analysis.quotes.map((q) => q.text),
    );
  });

  it('never replaces an annotations file without --force', async () => {
    const { file, text, analysis } = seedCopy();
    writeFileSync(path.join(tmp, 'story.ann'), toBrat({ analysis, text }));
    writeFileSync(`${file}.newslens.json`, 'mine');
    const refused = await cli('import', '--from', 'brat', path.join(tmp, 'story.ann'));
    assert.equal(refused.code, 1);
    assert.match(refused.err, /story\.txt\.newslens\.json: already exists; not replaced \(use --force to replace it\)/);
    assert.equal(readFileSync(`${file}.newslens.json`, 'utf8'), 'mine');
    const forced = await cli('import', '--force', '--from', 'brat', path.join(tmp, 'story.ann'));
    assert.equal(forced.code, 0, forced.err);
    assert.ok(JSON.parse(readFileSync(`${file}.newslens.json`, 'utf8')).annotations.length > 0);
    assert.deepEqual(
      readdirSync(tmp).filter((f) => f.endsWith('.tmp')),
      [],
      'no temporary file is left',
    );
  });

  it('--from spans reads Prodigy and doccano lines, by meta.file, and skips what it cannot use', async () => {
    const { file, text, analysis } = seedCopy();
    const other = path.join(tmp, 'other.txt');
    writeFileSync(other, STORY);
    const prodigy = JSON.parse(toSpansJsonl([{ analysis, text }]));
    prodigy.meta.file = 'story.txt'; // relative to the JSONL's folder
    const removed = prodigy.spans.shift();
    const tom = STORY.indexOf('Tom Hale');
    const doccano = {
      text: STORY,
      label: [
        [17, 29, 'ORG'],
        [tom, tom + 8, 'PER'],
        [30, 37, 'EVENT'],
      ],
      meta: { file: other },
    };
    const lines = [
      JSON.stringify(prodigy),
      JSON.stringify(doccano),
      JSON.stringify({ text: 'x', answer: 'reject' }),
      '{oops',
      JSON.stringify({ text: 'no file' }),
    ];
    writeFileSync(path.join(tmp, 'gold.jsonl'), lines.join('\n') + '\n');
    const r = await cli('import', '--from', 'spans', path.join(tmp, 'gold.jsonl'));
    assert.equal(r.code, 1, 'a line that is not JSON and one without meta.file fail');
    assert.match(r.err, /gold\.jsonl:3: skipped: its answer is "reject"/);
    assert.match(r.err, /gold\.jsonl:4: not valid JSON/);
    assert.match(r.err, /gold\.jsonl:5: no meta\.file naming its article/);
    assert.match(r.err, /labels News Lens has no fact for were left out: 1 × EVENT/);
    const back = JSON.parse((await cli('analyze', file)).out) as Analysis;
    assert.ok(
      !back.entities.some((e) => e.mentions.some((m) => m.start === removed.start)),
      'the span left out of the gold line is rejected',
    );
    const small = JSON.parse((await cli('analyze', other)).out) as Analysis;
    assert.deepEqual(small.entities.map((e) => `${e.type}:${e.name}`).sort(), ['organization:Acme Widgets', 'person:Tom Hale']);
    assert.deepEqual(
      small.quotes.map((q) => q.text),
      ['"We are sorry,"'],
      "a line with no quotes leaves the engine's quotes alone",
    );
    assert.ok(small.quotes.every((q) => !q.reviewed));
  });

  it('bad usage exits 2 with the problem, the synopsis and where the help is', async () => {
    for (const argv of [['import'], ['import', '--from', 'conll', 'x'], ['import', '--from', 'brat']]) {
      const r = await cli(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.err, /^news-lens import: .+\nUsage: news-lens import --from brat\|spans[^\n]*\nsee news-lens import --help\n$/);
    }
    assert.match((await cli('import', '--help')).out, /--force/);
  });
});
