import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTarget, serializeSidecar } from '../../src/annotations';
import { CHECK_CODES } from '../../src/checks';
import { runCli } from '../../src/cliRunner';
import { ROOT } from './exportSupport';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const DRAFT = 'date 2024-03-06\n\nAmaka Okonkwo spoke on Monday, March 5, 2024.\n\nOkonkwo said more. Okonkow left.\n';
const SEED = 'seeds/000_114cf2c0402081cf.txt';

/**
 * The SARIF 2.1.0 schema's required properties (sarif-schema-2.1.0.json), for what we emit:
 * sarifLog {version, runs}, run {tool}, tool {driver}, toolComponent {name}, reportingDescriptor {id},
 * multiformatMessageString / message {text}, result {message}, location.physicalLocation
 * {artifactLocation or address}, region {startLine or charOffset}, fix {artifactChanges},
 * artifactChange {artifactLocation, replacements}, replacement {deletedRegion}.
 */
function sarifProblems(log: any): string[] {
  const problems: string[] = [];
  const need = (cond: unknown, what: string) => {
    if (!cond) problems.push(what);
  };
  const isUri = (u: unknown) => typeof u === 'string' && /^(?:[a-z][a-z0-9+.-]*:|[^:]*$)/i.test(u);
  const region = (r: any, where: string) => {
    need(r && (Number.isInteger(r.startLine) || Number.isInteger(r.charOffset)), `${where}: region needs startLine or charOffset`);
    for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn'])
      if (r?.[k] !== undefined) need(Number.isInteger(r[k]) && r[k] >= 1, `${where}.${k} >= 1`);
    if (r?.endLine !== undefined) need(r.endLine >= r.startLine, `${where}: endLine >= startLine`);
  };
  const location = (l: any, where: string) => {
    need(l?.physicalLocation?.artifactLocation || l?.physicalLocation?.address, `${where}.physicalLocation needs artifactLocation`);
    need(isUri(l?.physicalLocation?.artifactLocation?.uri), `${where}: artifactLocation.uri is a URI reference`);
    region(l?.physicalLocation?.region, `${where}.region`);
  };
  need(log.version === '2.1.0', 'version 2.1.0');
  need(typeof log.$schema === 'string', '$schema');
  need(Array.isArray(log.runs) && log.runs.length > 0, 'runs');
  for (const [ri, run] of (log.runs ?? []).entries()) {
    const driver = run.tool?.driver;
    need(driver && typeof driver.name === 'string', `runs[${ri}].tool.driver.name`);
    const ids = new Set<string>();
    for (const rule of driver?.rules ?? []) {
      need(typeof rule.id === 'string', 'rule.id');
      ids.add(rule.id);
      need(typeof rule.shortDescription?.text === 'string', `rule ${rule.id}: shortDescription.text`);
      need(rule.helpUri === undefined || /^https?:\/\/\S+$/.test(rule.helpUri), `rule ${rule.id}: helpUri, if any, is absolute`);
      need(typeof rule.help?.text === 'string' && rule.help.text.includes('README'), `rule ${rule.id}: help names the README section`);
      need(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration?.level), `rule ${rule.id}: level`);
    }
    for (const [i, r] of (run.results ?? []).entries()) {
      const where = `results[${i}]`;
      need(typeof r.message?.text === 'string', `${where}.message.text`);
      need(ids.has(r.ruleId), `${where}.ruleId names a rule`);
      need(driver?.rules?.[r.ruleIndex]?.id === r.ruleId, `${where}.ruleIndex points at its rule`);
      need(['none', 'note', 'warning', 'error'].includes(r.level), `${where}.level`);
      need(Array.isArray(r.locations) && r.locations.length === 1, `${where}.locations`);
      (r.locations ?? []).forEach((l: any, k: number) => location(l, `${where}.locations[${k}]`));
      (r.relatedLocations ?? []).forEach((l: any, k: number) => {
        location(l, `${where}.relatedLocations[${k}]`);
        need(typeof l.message?.text === 'string', `${where}.relatedLocations[${k}].message.text`);
      });
      for (const fix of r.fixes ?? []) {
        need(Array.isArray(fix.artifactChanges) && fix.artifactChanges.length > 0, `${where}: fix.artifactChanges`);
        for (const change of fix.artifactChanges ?? []) {
          need(
            change.artifactLocation && Array.isArray(change.replacements),
            `${where}: artifactChange needs artifactLocation and replacements`,
          );
          for (const rep of change.replacements ?? []) region(rep.deletedRegion, `${where}: replacement.deletedRegion`);
        }
      }
    }
  }
  return problems;
}

describe('CLI: news-lens check', () => {
  const cwd = process.cwd();
  let tmp: string;
  before(() => process.chdir(ROOT));
  after(() => process.chdir(cwd));
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'news-lens-check-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  const draft = (name = 'draft.txt', text = DRAFT) => {
    const file = path.join(tmp, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };

  it('prints path:line:col: severity code: message and exits 1 on a warning', async () => {
    const file = draft();
    const { code, out, err } = await cli('check', file);
    assert.equal(code, 1);
    assert.equal(err, '');
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    const shown = file.split(path.sep).join('/');
    assert.equal(lines[0], `${shown}:3:24: warning weekday-mismatch: March 5, 2024 is a Tuesday, not a Monday.`);
    assert.match(lines[1], new RegExp(`^${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:20: warning name-variant: `));
  });

  it('exits 0 with no output on the seed article, and names it relative to the current folder', async () => {
    const { code, out } = await cli('check', SEED);
    assert.equal(code, 0);
    assert.equal(out, '');
    const json = await cli('check', '--format', 'json', SEED);
    assert.deepEqual(JSON.parse(json.out), [{ file: SEED, diagnostics: [] }]);
  });

  it('writes JSON as an array of { file, diagnostics } with DESIGN.md fields', async () => {
    draft('a/one.txt');
    draft('b/two.md', 'Nothing to see here.\n');
    const { code, out } = await cli('check', '--format=json', tmp);
    assert.equal(code, 1);
    const files = JSON.parse(out);
    assert.deepEqual(
      files.map((f: any) => path.basename(f.file)),
      ['one.txt', 'two.md'],
    );
    const [w, n] = files[0].diagnostics;
    assert.deepEqual(Object.keys(w).sort(), ['code', 'column', 'end', 'fix', 'line', 'message', 'related', 'severity', 'start']);
    assert.deepEqual(w.fix, { start: w.start, end: w.end, replacement: 'Tuesday' });
    assert.equal(DRAFT.slice(n.start, n.end), 'Okonkow');
    assert.equal(DRAFT.slice(n.related[0].start, n.related[0].end), 'Okonkwo');
    assert.deepEqual(files[1].diagnostics, []);
  });

  it('writes SARIF 2.1.0 that has every required property, rules with help URIs, and regions', async () => {
    const file = draft();
    const { code, out } = await cli('check', '--format', 'sarif', file, SEED);
    assert.equal(code, 1);
    const log = JSON.parse(out);
    assert.deepEqual(sarifProblems(log), []);
    const run = log.runs[0];
    assert.deepEqual(
      run.tool.driver.rules.map((r: any) => r.id),
      [...CHECK_CODES],
    );
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.results.length, 2);
    const weekday = run.results[0];
    assert.deepEqual(weekday.locations[0].physicalLocation.region, {
      startLine: 3,
      startColumn: 24,
      endLine: 3,
      endColumn: 30,
      charOffset: DRAFT.indexOf('Monday'),
      charLength: 6,
    });
    assert.equal(weekday.locations[0].physicalLocation.artifactLocation.uri, pathToFileURL(file).href);
    assert.equal(weekday.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'Tuesday');
    assert.equal(run.results[1].relatedLocations.length, 1);
    // The checker itself can fail: a log missing required properties is caught.
    assert.ok(sarifProblems({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ locations: [{}] }] }] }).length >= 3);
  });

  it('applies the sidecar: an "ignore" annotation hides that problem', async () => {
    const file = draft();
    const at = DRAFT.indexOf('Okonkow ');
    const sidecar = {
      version: 1,
      annotations: [
        { id: 'u1', action: 'ignore', code: 'name-variant', target: makeTarget(DRAFT, at, at + 7), created: '2026-12-02T10:00:00Z' },
      ],
    };
    writeFileSync(`${file}.newslens.json`, serializeSidecar(sidecar as never));
    const { code, out, err } = await cli('check', '--format', 'json', file);
    assert.equal(err, '');
    assert.equal(code, 1);
    assert.deepEqual(
      JSON.parse(out)[0].diagnostics.map((d: any) => d.code),
      ['weekday-mismatch'],
    );
  });

  it('--no-annotations ignores the sidecar; --annotations DIR reads it from a mirrored folder', async () => {
    const file = draft('desk/draft.txt');
    const at = DRAFT.indexOf('Okonkow ');
    const sidecar = serializeSidecar({
      version: 1,
      annotations: [
        { id: 'u1', action: 'ignore', code: 'name-variant', target: makeTarget(DRAFT, at, at + 7), created: '2026-12-02T10:00:00Z' },
      ],
    } as never);
    writeFileSync(`${file}.newslens.json`, sidecar);
    const codes = async (...argv: string[]) =>
      JSON.parse((await cli('check', '--format', 'json', ...argv)).out)[0].diagnostics.map((d: any) => d.code);
    assert.deepEqual(await codes(file), ['weekday-mismatch']);
    assert.deepEqual(await codes('--no-annotations', file), ['weekday-mismatch', 'name-variant']);
    const mirror = path.join(tmp, 'mirror');
    mkdirSync(path.join(mirror, 'desk'), { recursive: true });
    writeFileSync(path.join(mirror, 'desk', 'draft.txt.newslens.json'), sidecar);
    rmSync(`${file}.newslens.json`);
    assert.deepEqual(await codes('--annotations', mirror, tmp), ['weekday-mismatch']);
    const missing = await cli('check', '--annotations', path.join(tmp, 'nowhere'), file);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /--annotations .*nowhere: .*checked without annotations/);
  });

  it('a malformed sidecar: a message naming it, the checks run without it, exit 1', async () => {
    const file = draft('clean.txt', 'Amaka Okonkwo spoke on Tuesday, March 5, 2024.\n');
    writeFileSync(`${file}.newslens.json`, '{ "version": 1, "annotations": [ }');
    const { code, out, err } = await cli('check', file);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /clean\.txt\.newslens\.json: .*clean\.txt was checked without it/);
  });

  it('reports unreadable inputs, keeps checking the others, and exits 2 on bad usage', async () => {
    const file = draft('clean.txt', 'Amaka Okonkwo spoke on Tuesday, March 5, 2024.\n');
    const missing = await cli('check', path.join(tmp, 'nope.txt'), file);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nope\.txt: /);
    for (const argv of [['check'], ['check', '--format', 'xml', file], ['check', '--bogus', file], ['check', '--format']]) {
      const r = await cli(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.err, /^news-lens check: .+\nUsage: news-lens check \[--format[^\n]*\nsee news-lens check --help\n$/);
    }
    const help = await cli('check', '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /--format F/);
  });
});
