import * as assert from 'node:assert/strict';
import { found } from './checksSupport';

describe('check: first-reference', () => {
  it('flags a surname used before the full name, as info, with the full name as fix and related place', () => {
    const text = 'The council met on Tuesday.\n\nOkonkwo opened the meeting. Later, Amaka Okonkwo said the budget was balanced.';
    const [d, ...rest] = found(text, 'first-reference');
    assert.equal(rest.length, 0);
    assert.equal(d.covered, 'Okonkwo');
    assert.equal(d.severity, 'info');
    assert.equal(d.fix?.replacement, 'Amaka Okonkwo');
    assert.equal(text.slice(d.related[0].start, d.related[0].end), 'Amaka Okonkwo');
  });

  it('is silent when the full name comes first, and for headlines, photo captions and quotes', () => {
    for (const text of [
      'Amaka Okonkwo opened the meeting. Okonkwo said the budget was balanced.',
      'Okonkwo wins budget vote\n\nAmaka Okonkwo opened the meeting on Tuesday. Okonkwo said the budget was balanced.',
      '"Okonkwo will win," a voter said. Amaka Okonkwo opened the meeting on Tuesday.',
      'The council met on Tuesday.\n\nOkonkwo (left) and Bello at the bridge. Image: City Council.\n\nAmaka Okonkwo opened the meeting. Okonkwo said the budget was balanced.',
    ]) {
      assert.deepEqual(found(text, 'first-reference'), [], text);
    }
  });
});

describe('check: role-mismatch', () => {
  it('flags one person given two titles, as info', () => {
    const text = 'President Amaka Okonkwo arrived on Tuesday.\n\nLater, Prime Minister Okonkwo said the talks went well.';
    const [d, ...rest] = found(text, 'role-mismatch');
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 'info');
    assert.equal(d.covered, 'Prime Minister Okonkwo');
    assert.equal(text.slice(d.related[0].start, d.related[0].end), 'President Amaka Okonkwo');
  });

  it('accepts former titles, abbreviations, shortened titles and courtesy titles', () => {
    for (const text of [
      'Former President Amaka Okonkwo arrived.\n\nPrime Minister Okonkwo said the talks went well.',
      'Prime Minister Amaka Okonkwo arrived.\n\nPM Okonkwo said the talks went well.',
      'Foreign Minister Amaka Okonkwo arrived.\n\nMinister Okonkwo said the talks went well.',
      'Foreign Minister Amaka Okonkwo arrived.\n\nDr. Okonkwo said the talks went well.',
      'Ministers Okonkwo and Bello arrived.\n\nForeign Minister Amaka Okonkwo spoke.',
    ]) {
      assert.deepEqual(found(text, 'role-mismatch'), [], text);
    }
  });
});

describe('check: date-after-publication', () => {
  it('flags a past-tense date after the publication date', () => {
    const text = 'date 2024-03-03\n\nOn March 12, 2024 the minister said the plant would close.';
    const [d, ...rest] = found(text, 'date-after-publication');
    assert.equal(rest.length, 0);
    assert.equal(d.covered, 'March 12, 2024');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /3 March 2024/);
  });

  it('is silent for plans, earlier dates, dates without a year, editorial notes and quotes', () => {
    for (const text of [
      'date 2024-03-03\n\nThe minister will visit the plant on March 12, 2024.',
      'date 2024-03-03\n\nOn February 12, 2024 the minister said the plant would close.',
      'date 2024-03-03\n\nOn March 12 the minister said the plant would close.',
      'date 2024-03-03\n\nUpdated March 12, 2024: the minister said more.',
      'date 2024-03-03\n\n"We signed it on March 12, 2024," the minister said.',
      'The minister said on March 12, 2024 that the plant would close.',
    ]) {
      assert.deepEqual(found(text, 'date-after-publication'), [], text);
    }
  });
});
