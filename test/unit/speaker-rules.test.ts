import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import { SPEAKER_RULES } from '../../src/analysis/rules';

/** The speaker (its entity's name when linked, else its text) and the rule of each quote. */
function speakers(text: string): Array<{ quote: string; speaker: string | null; rule: string | undefined }> {
  const a = analyze(text, { explain: true });
  return a.quotes.map((q) => {
    const e = q.speaker?.entityId ? a.entities.find((x) => x.id === q.speaker!.entityId) : undefined;
    return { quote: q.text, speaker: q.speaker ? (e?.name ?? q.speaker.text) : null, rule: q.why?.speaker };
  });
}

function first(text: string) {
  return speakers(text)[0];
}

/** One made-up example per rule: every registered id is reachable. */
const EXAMPLES: Record<string, [string, string | null]> = {
  'transcript-turn': ['An interview with Ada Fenn, the mayor of Dunmore.\n\nQ: What now?\n\nA: We rebuild the bridge first.', 'Ada Fenn'],
  'transcript-interviewer': ['Q: What now?\n\nA: We rebuild the bridge first.', null],
  'signed-post': ['"The bridge reopens on Friday."\n\n— Ada Fenn (@adafenn) May 3, 2024', 'Ada Fenn'],
  'trailing-signature': ['The mayor posted a note. "We will rebuild" — Ada Fenn', 'Ada Fenn'],
  'trailing-verb-name': ['"We will rebuild," said Mayor Ada Fenn.', 'Ada Fenn'],
  'trailing-name-verb': ['"We will rebuild," Ada Fenn said.', 'Ada Fenn'],
  'leading-cue': ['Ada Fenn said: "We will rebuild."', 'Ada Fenn'],
  'according-to': ['"We will rebuild," according to Ada Fenn.', 'Ada Fenn'],
  'headline-quote': ['"We will rebuild": mayor vows after flood\n\nMayor Ines Moreau said the town would recover.', 'Ines Moreau'],
  'sentence-cue': [
    'Ada Fenn said on Monday, after a long meeting with engineers, that the town would be "back on its feet" soon.',
    'Ada Fenn',
  ],
  'partial-characterising-verb': ['Ada Fenn called the plan "reckless and cruel" on Monday.', 'Ada Fenn'],
  'spokesperson-for-organization': ['"The line will reopen," a spokeswoman for the Transport Ministry said.', 'Transport Ministry'],
  'same-paragraph': ['"We will rebuild," Ada Fenn said. "It will take a year."', 'Ada Fenn'],
  'paragraph-continuation': ['"We will rebuild," Ada Fenn said.\n\n"It will take a year."', 'Ada Fenn'],
  'preceding-narration': ['Ada Fenn said the town had been preparing. "We knew the slope was moving."', 'Ada Fenn'],
  'colon-introduction': ['The mayor, Ada Fenn, was blunt:\n\n"We knew."', 'Ada Fenn'],
  'partial-echo': [
    '"We will rebuild every single home," Ada Fenn said.\n\nCritics doubt she will "rebuild every single home" soon.',
    'Ada Fenn',
  ],
  'no-speaker': ['The weather was bad.\n\n"Nobody knows what happens next."', null],
};

describe('speaker rules', () => {
  for (const rule of SPEAKER_RULES) {
    it(`${rule.id} is reachable`, () => {
      const example = EXAMPLES[rule.id];
      assert.ok(example, `no example for ${rule.id}`);
      const [text, speaker] = example;
      const got = speakers(text);
      const hit = got.find((q) => q.rule === rule.id);
      assert.ok(hit, `${rule.id}: ${JSON.stringify(got)}`);
      assert.equal(hit.speaker, speaker);
    });
  }

  it('an unnamed spokesperson speaks for the organization named with them or just before', () => {
    assert.deepEqual(first('"The line will reopen," a Coast Guard spokesman said.'), {
      quote: '"The line will reopen,"',
      speaker: 'Coast Guard',
      rule: 'spokesperson-for-organization',
    });
    assert.equal(first('A Coast Guard spokesman said: "The line will reopen."').speaker, 'Coast Guard');
    // A named spokesperson is the speaker, not the organization.
    assert.equal(first('"It will reopen," Coast Guard spokesman Jim Bell said.').speaker, 'Jim Bell');
    assert.equal(first('A Coast Guard spokesman, Jim Bell, said: "The line will reopen."').speaker, 'Jim Bell');
    // "the carrier" after a paragraph about the airline.
    assert.equal(
      first('Southern Cross Airlines says the flights will resume.\n\n"We apologise to passengers," the carrier said.').speaker,
      'Southern Cross Airlines',
    );
    // Too far back, the organization is not the carrier's referent.
    const far =
      'Southern Cross Airlines says the flights will resume.\n\nThe storm moved east.\n\nRoads closed.\n\nSchools shut.\n\n"We apologise to passengers," the carrier said.';
    assert.equal(first(far).speaker, 'the carrier');
  });

  it('reads names through Markdown emphasis and links', () => {
    assert.equal(first('"We will rebuild," said **Ines Moreau**, the mayor.').speaker, 'Ines Moreau');
    assert.equal(first('**Ines Moreau** said: "We will rebuild."').speaker, 'Ines Moreau');
    const linked = analyze('"We will rebuild," said [Ines Moreau](https://example.org/ines), the mayor.').quotes[0];
    assert.equal(linked.speaker?.text, 'Ines Moreau');
  });

  it('a headline quote before a colon belongs to the person the story introduces; a headline label never speaks', () => {
    assert.equal(
      first('Analysis: "A reckless plan": critics round on budget\n\nThe budget has critics. Economist Paul Dane said it was wrong.')
        .speaker,
      'Paul Dane',
    );
    // No colon after the quote: not the headline pattern.
    assert.equal(first('Analysis: "A reckless plan" for Dunmore\n\nMayor Ada Fenn said it was fine.').speaker, null);
    // A sentence with a full stop is no headline.
    assert.notEqual(first('"We will rebuild": the mayor said so.\n\nMayor Ines Moreau spoke later.').rule, 'headline-quote');
    for (const text of [
      'EXCLUSIVE: "We were never told."\n\nResidents say they were never told.',
      'Analysis: "A reckless plan"\n\nThe plan has critics.',
    ]) {
      const s = first(text).speaker;
      assert.ok(!s || !/^(analysis|exclusive)$/i.test(s), String(s));
    }
  });

  it('a quote belongs to the third person named in its own sentence, through "used to say"', () => {
    assert.equal(first('As my grandmother, Ada Fenn, used to say, "Work hard and be kind."').speaker, 'Ada Fenn');
    assert.equal(first('Ada Fenn likes to say: "Work hard."').speaker, 'Ada Fenn');
    // "to" alone is no verb modifier: "the message to say" has no person before it.
    assert.equal(first('The council sent a message to say "thank you" to volunteers.').speaker === 'Ada Fenn', false);
  });

  it("an answer whose interviewee is unknown has no speaker, and is not called an interviewer's question", () => {
    const got = speakers('Q: What now?\n\nA: We rebuild the bridge first.');
    assert.deepEqual(
      got.map((q) => [q.speaker, q.rule]),
      [
        [null, 'transcript-interviewer'],
        [null, 'no-speaker'],
      ],
    );
  });

  it('a partial quote belongs to the subject of its communication verb; documents can be that subject', () => {
    assert.equal(first('Ada Fenn called the plan "reckless and cruel" on Monday.').speaker, 'Ada Fenn');
    assert.equal(first('The report warned of "a lost decade" for the region.').speaker, 'The report');
    assert.equal(first('The audit described the spending as "out of control" last year.').speaker, 'The audit');
    assert.equal(first('A report by the Audit Office warned of "a lost decade".').speaker, 'Audit Office');
    // A scare quote with no communication verb has no speaker.
    assert.equal(first('The town held a "festival of light" on Monday.').speaker, null);
  });

  it('pronouns follow the person across paragraphs', () => {
    const got = speakers(
      'Ada Fenn spoke on Monday. "We will rebuild," she said.\n\nShe added that funds were short. "We need help."\n\n"We cannot wait," she said.',
    );
    assert.deepEqual(
      got.map((q) => q.speaker),
      ['Ada Fenn', 'Ada Fenn', 'Ada Fenn'],
    );
  });
});
