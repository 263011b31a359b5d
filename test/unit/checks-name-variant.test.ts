import * as assert from 'node:assert/strict';
import { found } from './checksSupport';
import { analysisOf } from './annotationsSupport';

describe('check: name-variant', () => {
  it('flags a transposed letter in a later mention, with the fix and the other spelling as related', () => {
    const text =
      'Amaka Okonkwo, the mayor, opened the bridge on Tuesday.\n\nOkonkwo said the work took two years.\n\nOkonkow thanked the builders.';
    const [d, ...rest] = found(text, 'name-variant');
    assert.equal(rest.length, 0);
    assert.equal(d.covered, 'Okonkow');
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.fix, { start: d.start, end: d.end, replacement: 'Okonkwo' });
    assert.equal(text.slice(d.related[0].start, d.related[0].end), 'Okonkwo');
    assert.match(d.message, /Okonkow.*Okonkwo/);
  });

  it('flags a doubled letter (Zelenskyy / Zelensky) and keeps the more frequent spelling', () => {
    const text =
      'President Volodymyr Zelenskyy spoke in Kyiv.\n\nZelenskyy said the talks would go on.\n\nZelensky also thanked the allies.';
    const ds = found(text, 'name-variant');
    assert.deepEqual(
      ds.map((d) => [d.covered, d.fix?.replacement]),
      [['Zelensky', 'Zelenskyy']],
    );
  });

  it('finds a misspelling the engine did not take for a name', () => {
    const text = 'Amaka Okonkwo opened the bridge.\n\nOkonkwo said it cost less than planned. Then Okonwko left.';
    assert.deepEqual(
      found(text, 'name-variant').map((d) => d.covered),
      ['Okonwko'],
    );
  });

  it('gives only info for spellings that differ in diacritics', () => {
    const text = 'Thomas Müller scored twice.\n\nMüller said the team played well. Muller left the pitch in the 80th minute.';
    const ds = found(text, 'name-variant');
    assert.deepEqual(
      ds.map((d) => [d.covered, d.severity]),
      [['Muller', 'info']],
    );
    assert.equal(found(text, 'name-variant', { severities: { 'name-variant': 'error' } })[0].severity, 'info');
  });

  it('does not flag possessives, acronyms or case-only differences', () => {
    const text =
      "Amaka Okonkwo led the team. Okonkwo's plan worked, and Okonkwo’s deputy agreed.\n\nNASA and Nasa officials, and the UNICEF team, met Okonkwo.";
    assert.deepEqual(found(text, 'name-variant'), []);
  });

  it('does not flag different people who share a surname, or two people with close surnames', () => {
    const same = 'Anna Kowalski and Piotr Kowalski ran the shop.\n\nKowalski said sales were up.';
    assert.deepEqual(found(same, 'name-variant'), []);
    const close = 'Anna Philips met Mark Phillips.';
    const analysis = analysisOf(close, {
      names: [
        ['person', 'Anna Philips'],
        ['person', 'Mark Phillips'],
      ],
    });
    assert.deepEqual(found(close, 'name-variant', { analysis }), []);
  });

  it('leaves short names and ordinary words alone', () => {
    const text = 'Li Wei met Wei Li and Rao Roa. The Lord of the Rings and Lodr were not mentioned.';
    assert.deepEqual(found(text, 'name-variant'), []);
  });

  it('can be turned off', () => {
    const text = 'Amaka Okonkwo opened it.\n\nOkonkwo spoke. Okonkow left.';
    assert.equal(found(text, 'name-variant').length, 1);
    assert.deepEqual(found(text, 'name-variant', { severities: { 'name-variant': 'off' } }), []);
  });
});
