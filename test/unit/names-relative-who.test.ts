// The relative-who-person type rule on made-up sentences: where it applies and where it must not.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';

const entity = (text: string, name: string) => analyze(text, { explain: true }).entities.find((e) => e.name === name);

describe('name rule relative-who-person', () => {
  it('a name of two or three words followed by ", who" is a person, whatever its last word suggests', () => {
    const e = entity('Ifor Marsh, who runs the bakery on the square, said trade was down.', 'Ifor Marsh');
    assert.equal(e?.type, 'person');
    assert.equal(e?.why?.type, 'relative-who-person');
    // The pronoun after it now finds the person.
    const a = analyze('Ifor Marsh, who runs the bakery on the square, said trade was down. "Nobody comes in," he said.', { explain: true });
    const speaker = a.quotes[0].speaker;
    assert.equal(a.entities.find((x) => x.id === speaker?.entityId)?.name, 'Ifor Marsh');
  });

  it('leaves an organization word and a single word to the rules before it', () => {
    assert.equal(entity('Dunmore Rovers FC, who lost on Saturday, sacked their manager.', 'Dunmore Rovers FC')?.type, 'organization');
    assert.notEqual(entity('Lisbon, who nobody expected to host, won the vote.', 'Lisbon')?.why?.type, 'relative-who-person');
  });
});
