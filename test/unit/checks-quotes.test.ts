import * as assert from 'node:assert/strict';
import { found } from './checksSupport';

describe('check: unclosed-quote', () => {
  it('flags an opening mark never closed in its paragraph', () => {
    const text = 'The mayor spoke first.\n\n“We will rebuild the bridge this year, she said.\n\nThe council voted later.';
    const [d, ...rest] = found(text, 'unclosed-quote');
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 'warning');
    assert.equal(d.covered, '“We');
  });

  it('flags a straight opening mark, and a closing mark with no opening', () => {
    assert.deepEqual(
      found('He said "we are ready and left.\n\nNothing else.', 'unclosed-quote').map((d) => d.covered),
      ['"we'],
    );
    const stray = found('The minister was late. We are ready,” he said.', 'unclosed-quote');
    assert.equal(stray.length, 1);
    assert.match(stray[0].message, /no opening mark/);
    assert.equal(stray[0].covered, 'ready,”');
  });

  it('accepts the news convention for a quote running over paragraphs', () => {
    const text =
      '“The first part of the statement goes on here.\n\n“The second part carries on,” she said.\n\n“And a last word,” she added.';
    assert.deepEqual(found(text, 'unclosed-quote'), []);
    const straight = 'He said: "It starts here.\n\n"And it ends here." The end.';
    assert.deepEqual(found(straight, 'unclosed-quote'), []);
  });

  it('warns when the next paragraph reopens but an attribution shows the closing mark was dropped', () => {
    const text = '“We will rebuild the bridge, she said.\n\n“The money is there,” she added.';
    assert.deepEqual(
      found(text, 'unclosed-quote').map((d) => d.covered),
      ['“We'],
    );
  });

  it('does not take apostrophes, inch and foot marks for quotation marks', () => {
    for (const text of [
      'The players’ union said it’s back to the ’90s, rock ’n’ roll and all.',
      "The players' union said it's back to the '90s.",
      'Back to the ‘90s, and we’ll get ‘em next time. ‘Twas ever thus.',
      'He bought a 12" screen for his 6\'2" son.',
      '“He is 6\'2" tall,” the coach said.',
      '“He said ‘no’ to me,” she said.',
      'Type `"` to start a quote.',
    ]) {
      assert.deepEqual(found(text, 'unclosed-quote'), [], text);
    }
  });
});

describe('check: unattributed-quote', () => {
  it('flags a full-sentence quote with no speaker, as info', () => {
    const text = 'The report was published on Tuesday.\n\n"The city has failed every family that lives near the river and must act now."';
    const [d] = found(text, 'unattributed-quote');
    assert.ok(d, 'expected an unattributed quote');
    assert.equal(d.severity, 'info');
    assert.ok(d.covered.startsWith('"The city'));
  });

  it('leaves attributed quotes, short partial quotes and scare quotes alone', () => {
    for (const text of [
      '"The city has failed every family that lives near the river and must act now," said Amaka Okonkwo.',
      'The mayor called the plan "a disgrace" on Tuesday.',
      'It was a "comprehensive and productive" meeting.',
    ]) {
      assert.deepEqual(found(text, 'unattributed-quote'), [], text);
    }
  });
});
