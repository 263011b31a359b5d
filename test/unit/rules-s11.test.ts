// Session 11's rules (issue 11), each on made-up sentences: where it applies and where it must not.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import type { Analysis } from '../../src/analysis/types';

const run = (text: string): Analysis => analyze(text, { explain: true, documentDate: '2024-03-14' });
const speakerOf = (a: Analysis, opening: string): string | null => {
  const q = a.quotes.find((x) => x.text.includes(opening));
  assert.ok(q, `no quote with ${opening}`);
  return a.entities.find((e) => e.id === q.speaker?.entityId)?.name ?? null;
};
const ruleOf = (a: Analysis, opening: string) => a.quotes.find((x) => x.text.includes(opening))?.why?.speaker;

describe('rules (session 11): speakers', () => {
  it('age-described-person: "said the 26-year-old" is the person named last when no one was given that age', () => {
    const a = run(
      'Tomas Brink scored first for Harlow, but Lwazi Dube levelled from the spot and won it late.\n\n' +
        '"I have waited a long time for this," said the 26-year-old, who missed three months.',
    );
    assert.equal(speakerOf(a, 'waited a long time'), 'Lwazi Dube');
    assert.equal(ruleOf(a, 'waited a long time'), 'age-described-person');
  });

  it('age-described-person: not when "a 27-year-old" came in unnamed, or the nearest person has another age', () => {
    const unnamed = run('A 27-year-old man was wounded, police chief Ann Rudd said. "I was lucky," the 27-year-old said.');
    assert.equal(speakerOf(unnamed, 'I was lucky'), null);
    const otherAge = run('Marcus Oyelaran, 31, of Canton, died at the scene. "I was lucky," the 27-year-old said.');
    assert.equal(speakerOf(otherAge, 'I was lucky'), null);
    // the person named with that age still wins over a nearer one
    const named = run('Tavi Rokan, 72, was on the bridge with Eli Marsh. "It shook," the 72-year-old said.');
    assert.equal(speakerOf(named, 'It shook'), 'Tavi Rokan');
  });

  it('unnamed-official-organization: "the official" speaks for the body the unnamed official came with', () => {
    const a = run(
      'A senior official in the Marvan Labour Department said talks were called. "The state wants the plant open," the official said.',
    );
    assert.equal(speakerOf(a, 'wants the plant open'), 'Marvan Labour Department');
    assert.equal(ruleOf(a, 'wants the plant open'), 'unnamed-official-organization');
    // a named official, or an official introduced without an organization, is not an organization's voice
    const bare = run('An official said the road would reopen. "We must wait," the official said.');
    assert.equal(speakerOf(bare, 'We must wait'), null);
  });

  it('a title standing alone keeps "the": "the MP said" is the person just described as the MP', () => {
    const a = run(
      'Hannah Rudd, the Labour MP for Calder Valley, called the cuts ‘a shambles’ and wrote to the minister.\n\n' +
        '‘People here cannot just get in a car,’ the MP said.',
    );
    assert.equal(speakerOf(a, 'cannot just get in a car'), 'Hannah Rudd');
    assert.equal(a.quotes.find((q) => q.text.includes('cannot just'))?.speaker?.text, 'the MP');
  });

  it('ROLE_SYNONYMS: "the lieutenant" is "Lt. Carla Benavides", even with another person named between', () => {
    const a = run(
      '"Officers were there within a minute," said Lt. Carla Benavides, a spokeswoman for the Canton Police Department.\n\n' +
        'Marcus Oyelaran, 31, died at a hospital. "He is going to pull through," the lieutenant said of a second man.',
    );
    assert.equal(speakerOf(a, 'pull through'), 'Carla Benavides');
  });

  it('fronted-topic: "For Maluleke, ..." makes him the subject a following "he said" refers to', () => {
    const a = run(
      'The penalty left Pirates coach José Baptista fuming.\n\n' +
        'For Tshepo Maluleke, back in the side after a suspension, the goal was little comfort. "It is not a crisis," he said.',
    );
    assert.equal(speakerOf(a, 'not a crisis'), 'Tshepo Maluleke');
    // "for" inside a sentence still marks an object
    const b = run('Ada Fenn bought flowers for Tom Reeve on Friday. "They were lovely," she said.');
    assert.equal(speakerOf(b, 'lovely'), 'Ada Fenn');
  });
});
