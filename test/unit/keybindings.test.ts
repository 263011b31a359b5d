// Every keybinding in package.json, now and later: on macOS none may be a key that types a
// character. Option (alt) with any printable key types one on the US layout (Option+[ types “),
// so a Mac binding of alt+<printable> needs cmd or ctrl; a printable key with no modifier, or
// with Shift only, types too.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NON_TYPING, OPTION_TYPES, PRINTABLE_ALIASES } from '../fixtures/macUsOptionLayout';

const ROOT = join(__dirname, '..', '..', '..');
interface Keybinding {
  command: string;
  key?: string;
  mac?: string;
  when?: string;
}
const keybindings: Keybinding[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes?.keybindings ?? [];

/** Why pressing this chord part types a character on a Mac with the US layout, or undefined if it types nothing. */
function typesOnMac(part: string): string | undefined {
  const keys = part.toLowerCase().split('+');
  const key = keys.pop()!;
  const modifiers = new Set(keys);
  const printable = key in OPTION_TYPES || PRINTABLE_ALIASES.test(key);
  if (!printable && !NON_TYPING.test(key))
    throw new Error(`unknown key "${key}" in "${part}": classify it in test/fixtures/macUsOptionLayout.ts`);
  if (!printable || modifiers.has('cmd') || modifiers.has('meta') || modifiers.has('ctrl')) return undefined;
  if (modifiers.has('alt')) {
    const typed = OPTION_TYPES[key];
    return `Option${modifiers.has('shift') ? '+Shift' : ''}+${key} types ${typed ? (modifiers.has('shift') ? typed.optionShift : typed.option) : 'a character'}`;
  }
  return `${part} types a character`;
}

describe('keybindings (package.json)', () => {
  it('has keybindings to check', () => {
    assert.ok(keybindings.length > 0);
  });

  it('knows what Option types on the US layout', () => {
    assert.equal(typesOnMac('alt+['), 'Option+[ types “');
    assert.equal(typesOnMac('alt+]'), 'Option+] types ‘');
    assert.equal(typesOnMac('shift+alt+]'), 'Option+Shift+] types ’');
    assert.ok(typesOnMac('alt+e'));
    assert.ok(typesOnMac('shift+k'));
    assert.equal(typesOnMac('cmd+alt+]'), undefined);
    assert.equal(typesOnMac('ctrl+]'), undefined);
    assert.equal(typesOnMac('alt+f12'), undefined);
    assert.throws(() => typesOnMac('alt+unknownkey'), /classify it/);
  });

  for (const binding of keybindings) {
    const mac = binding.mac ?? binding.key ?? '';
    it(`${binding.command}: "${mac}" on macOS types nothing`, () => {
      assert.ok(mac, `${binding.command} has no key`);
      for (const part of mac.trim().split(/\s+/)) {
        const typed = typesOnMac(part);
        assert.equal(typed, undefined, `${binding.command}: ${typed}; give it a "mac" key with cmd or ctrl`);
      }
    });
  }
});
