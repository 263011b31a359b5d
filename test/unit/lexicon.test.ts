import * as assert from 'node:assert/strict';
import { wordsPattern } from '../../src/analysis/lexicon/pattern';
import { gazetteerType, isKnownPlace, lexiconKey, spanKey } from '../../src/analysis/lexicon/key';
import { HANDLE_ROLES, HYPHEN_ENGLISH, POSSESSIVE_IN_NAME } from '../../src/analysis/lexicon/nameWords';

describe('lexicon: patterns and keys', () => {
  it('wordsPattern matches exactly one listed word as the whole string', () => {
    const p = wordsPattern(['of', 'for', '&']);
    assert.equal(p.source, '^(?:of|for|&)$');
    assert.ok(p.test('of') && p.test('&'));
    assert.ok(!p.test('off') && !p.test('of the') && !p.test('Of'));
  });

  it('wordsPattern escapes regex characters, keeps the order and takes flags and a suffix', () => {
    const p = wordsPattern(['dr.', 'a+b', 'x|y'], 'i', 's?');
    assert.equal(p.source, '^(?:dr\\.|a\\+b|x\\|y)s?$');
    assert.equal(p.flags, 'i');
    assert.ok(p.test('DR.') && p.test('dr.s') && p.test('a+b') && p.test('x|y'));
    assert.ok(!p.test('drx') && !p.test('aab') && !p.test('x'));
  });

  it('lexicon patterns match what their inline regexes matched', () => {
    assert.equal(POSSESSIVE_IN_NAME.source, "^(?:people|women|men|children|workers|farmers|veterans|citizens|nation)[’']s$");
    assert.ok(POSSESSIVE_IN_NAME.test('People’s') && !POSSESSIVE_IN_NAME.test('People'));
    assert.ok(HYPHEN_ENGLISH.test('shirts') && HYPHEN_ENGLISH.test('year') && !HYPHEN_ENGLISH.test('un'));
    assert.ok(HANDLE_ROLES.test('dr.') && HANDLE_ROLES.test('dr') && HANDLE_ROLES.test('pm') && !HANDLE_ROLES.test('drx'));
  });

  it('one key for the name lists: lower case, no periods, straight apostrophes; a span also loses its possessive', () => {
    assert.equal(lexiconKey('U.S.'), 'us');
    assert.equal(lexiconKey('Xi’an'), "xi'an");
    assert.equal(lexiconKey(' New   York '), 'new york');
    assert.equal(spanKey("Apple's"), 'apple');
    assert.equal(lexiconKey("McDonald's"), "mcdonald's");
    assert.ok(isKnownPlace('U.S.') && isKnownPlace('Paris'));
    assert.equal(gazetteerType("McDonald's"), 'organization');
    assert.equal(gazetteerType('Zxqwv'), null);
  });
});
