import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ExportWriteError, writeFileAtomic } from '../../src/export';

describe('export: atomic writes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'news-lens-write-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes, refuses to replace without overwrite, replaces with it, and leaves no temp files', async () => {
    const target = path.join(dir, 'a.facts.json');
    await writeFileAtomic(target, 'one');
    assert.equal(readFileSync(target, 'utf8'), 'one');
    await assert.rejects(
      writeFileAtomic(target, 'two'),
      (e: unknown) => e instanceof ExportWriteError && e.code === 'EEXIST' && e.message.includes(target),
    );
    assert.equal(readFileSync(target, 'utf8'), 'one', 'the existing file is untouched');
    await writeFileAtomic(target, 'three', { overwrite: true });
    assert.equal(readFileSync(target, 'utf8'), 'three');
    assert.deepEqual(readdirSync(dir), ['a.facts.json']);
  });

  it('a failed write names the path, keeps the old file and leaves nothing behind', async () => {
    writeFileSync(path.join(dir, 'file'), 'x');
    const underFile = path.join(dir, 'file', 'out.csv'); // a parent that is a file: fails even for root
    await assert.rejects(
      writeFileAtomic(underFile, 'data'),
      (e: unknown) => e instanceof ExportWriteError && e.message.startsWith(`could not write ${underFile}:`),
    );
    mkdirSync(path.join(dir, 'taken'));
    const ontoDir = path.join(dir, 'taken');
    await assert.rejects(
      writeFileAtomic(ontoDir, 'data', { overwrite: true }),
      (e: unknown) => e instanceof ExportWriteError && e.message.includes(ontoDir),
    );
    assert.deepEqual(readdirSync(dir).sort(), ['file', 'taken']);
    assert.deepEqual(readdirSync(ontoDir), []);
    assert.equal(readFileSync(path.join(dir, 'file'), 'utf8'), 'x');
  });
});
