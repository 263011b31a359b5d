// The command table (src/editor/commands.ts) and package.json name the same commands: each command
// contributed, in a menu or bound to a key is in the table, and each table entry is contributed.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, COMMAND_IDS } from '../../src/editor/commands';

const ROOT = join(__dirname, '..', '..', '..');
interface Contributes {
  commands?: Array<{ command: string }>;
  menus?: Record<string, Array<{ command?: string; submenu?: string }>>;
  keybindings?: Array<{ command: string }>;
}
const contributes: Contributes = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes ?? {};
const table = new Set<string>(COMMAND_IDS);
const contributed = (contributes.commands ?? []).map((c) => c.command);
const inMenus = Object.entries(contributes.menus ?? {}).flatMap(([menu, items]) =>
  items.filter((i) => i.command).map((i) => ({ menu, command: i.command! })),
);
const bound = (contributes.keybindings ?? []).map((k) => k.command);

describe('command table (src/editor/commands.ts)', () => {
  it('has one entry per id, each in the newsLens namespace', () => {
    assert.equal(table.size, COMMAND_IDS.length, 'an id appears twice in the table');
    for (const [name, id] of Object.entries(COMMANDS)) assert.equal(id, `newsLens.${name}`, `COMMANDS.${name}`);
  });

  it('holds every command package.json contributes', () => {
    assert.ok(contributed.length > 0);
    assert.deepEqual(
      contributed.filter((c) => !table.has(c)),
      [],
    );
  });

  it('holds every command of the menus and keybindings', () => {
    assert.ok(inMenus.length > 0 && bound.length > 0);
    assert.deepEqual(
      inMenus.filter((m) => !table.has(m.command)),
      [],
    );
    assert.deepEqual(
      bound.filter((c) => !table.has(c)),
      [],
    );
  });

  it('names no command that package.json does not contribute', () => {
    const declared = new Set(contributed);
    assert.deepEqual(
      COMMAND_IDS.filter((id) => !declared.has(id)),
      [],
    );
  });
});
