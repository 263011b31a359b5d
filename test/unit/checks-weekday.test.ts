import * as assert from 'node:assert/strict';
import { found } from './checksSupport';

describe('check: weekday-mismatch', () => {
  it('flags a weekday beside a full date that falls on another day, and fixes it', () => {
    const text = 'The vote was held on Monday, March 5, 2024, after a long debate.';
    const [d, ...rest] = found(text, 'weekday-mismatch');
    assert.equal(rest.length, 0);
    assert.equal(d.covered, 'Monday');
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.fix, { start: d.start, end: d.end, replacement: 'Tuesday' });
    assert.match(d.message, /March 5, 2024 is a Tuesday, not a Monday/);
  });

  it('reads day-month order, ordinals and abbreviations, and keeps the written form', () => {
    const cases: Array<[string, string, string]> = [
      ['It happened on Friday 5 March 2024.', 'Friday', 'Tuesday'],
      ['It happened on Wed., the 5th of March, 2024.', 'Wed.', 'Tue.'],
      ['It happened on Thu 5 March 2024.', 'Thu', 'Tue'],
      ['IT HAPPENED ON MONDAY, March 5, 2024.', 'MONDAY', 'TUESDAY'],
    ];
    for (const [text, covered, replacement] of cases) {
      const ds = found(text, 'weekday-mismatch');
      assert.deepEqual(
        ds.map((d) => [d.covered, d.fix?.replacement]),
        [[covered, replacement]],
        text,
      );
    }
  });

  it('is silent when the weekday is right, the year is missing, the date is impossible, or "Sun" is a newspaper', () => {
    for (const text of [
      'The vote was held on Tuesday, March 5, 2024.',
      'The vote was held on Monday, March 5, and passed.',
      'The vote was held on Monday, February 31, 2024.',
      'Source: The Sun, March 5, 2024.',
      'On Monday, March 4, 2024 and Tuesday 5 March 2024 it rained.',
    ]) {
      assert.deepEqual(found(text, 'weekday-mismatch'), [], text);
    }
  });
});
