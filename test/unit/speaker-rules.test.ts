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
  'self-named-turn': [
    "HOST: Good evening, I'm Ada Fenn. Tonight, the bridge.\n\nTOM REYES: It is closed.\n\nHOST: For how long?\n\nTOM REYES: A month.",
    'Ada Fenn',
  ],
  'call-transcript-turn': [
    'Ada Fenn -- Chief Executive Officer\n\nThank you all.\n\nTom Reyes -- Analyst, Halden Bank\n\nWhat about costs?\n\nAda Fenn -- Chief Executive Officer\n\nThey fell.',
    'Ada Fenn',
  ],
  'transcript-interviewer': ['Q: What now?\n\nA: We rebuild the bridge first.', null],
  'signed-post': ['"The bridge reopens on Friday."\n\n— Ada Fenn (@adafenn) May 3, 2024', 'Ada Fenn'],
  'trailing-signature': ['The mayor posted a note. "We will rebuild" — Ada Fenn', 'Ada Fenn'],
  'trailing-verb-name': ['"We will rebuild," said Mayor Ada Fenn.', 'Ada Fenn'],
  'trailing-name-verb': ['"We will rebuild," Ada Fenn said.', 'Ada Fenn'],
  'leading-cue': ['Ada Fenn said: "We will rebuild."', 'Ada Fenn'],
  'saying-of-person': ['Ada Fenn ran the bakery for years. Her advice was simple: "Never rush the dough."', 'Ada Fenn'],
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
  'organization-role-noun': [
    'Halden Freight Group cut 300 jobs on Monday.\n\n"Demand has collapsed," the company said.',
    'Halden Freight Group',
  ],
  'document-author': ['The Fenn family said in a statement that the farm was sold.\n\n"We are grateful," the statement said.', 'Fenn'],
  'distant-pronoun-antecedent': [
    'Ada Fenn, 71, has kept goats since 1980. She sells cheese at the market.\n\nShe began as a girl.\n\nIn 1975 she moved away.\n\n' +
      'She came back for her mother.\n\n"I never wanted anything else," she says.',
    'Ada Fenn',
  ],
  'pronoun-chain': [
    'Ada Fenn runs the new reservoir project.\n\nShe said the lake was planned with the Harwick Trust and Rangi Pohatu.\n\n' +
      '"We listened at every step," she said.',
    'Ada Fenn',
  ],
  'narrator-object-antecedent': [
    'I drove out to the ridge on Sunday and spoke with Tom Reyes, who has farmed there for years. He told me, "The wells are dry."',
    'Tom Reyes',
  ],
  'described-person': [
    'Not everyone agrees. Omar Fenwick, president of the Dunmore Guest House Association, pointed to the power cuts.\n\n' +
      '"A guest who loses the air conditioning does not come back," said the hotelier, who owns two guest houses.',
    'Omar Fenwick',
  ],
  'age-described-person': [
    'Premier Ada Vollan, whose party has promised the bridge since 2016, said the door remained open.\n\n' +
      '"At some point you have to build it," the 58-year-old said.',
    'Ada Vollan',
  ],
  'unnamed-official-organization': [
    'A senior official of the Dunmore Water Board, who asked not to be named, said the pumps had failed.\n\n' +
      '"We are working through the night," the official said.',
    'Dunmore Water Board',
  ],
  'study-lead-author': [
    'Researchers led by ecologist Mira Ostrander of Dunmore University studied 40 lakes.\n\n' +
      '"The ice now leaves three weeks earlier," the authors write.',
    'Mira Ostrander',
  ],
  'role-antecedent': [
    'Harlow Pharma reported higher sales on Tuesday.\n\nOrmond said the results were good.\n\n' +
      'The results beat forecasts, the company said in a statement. "Our balance sheet remains strong," it said.',
    'Harlow Pharma',
  ],
  'person-role-antecedent': [
    'Health Minister Carys Pellow faced questions from Tom Avery.\n\n' +
      'The minister did not flinch. "We will not be lectured on waiting lists," she said.',
    'Carys Pellow',
  ],
  'group-named-after-person': [
    'Mayor Ada Fenn is standing again.\n\nA spokesman for the Fenn campaign said she would "win every ward" this time.',
    'Ada Fenn',
  ],
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
    // Too far back, an organization that only spoke is not the carrier's referent (one named as an airline is: see below).
    const far =
      'Southern Cross Holdings says the flights will resume.\n\nThe storm moved east.\n\nRoads closed.\n\nSchools shut.\n\n"We apologise to passengers," the carrier said.';
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

  it("a transcript turn labelled `HOST (NAME):` is the named person's, its span the name", () => {
    const text = 'HOST (DANA WU): Welcome, Ivo Tan.\n\nTAN: Thanks.\n\nWU: Why now?\n\nTAN: Because the river rose.';
    const s = analyze(text).quotes[0].speaker!;
    assert.equal(s.text, 'DANA WU');
    assert.equal(text.slice(s.start, s.end), 'DANA WU');
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

  it('an unnamed spokesperson, and "she" or "the spokesman" after one, speak for the organization', () => {
    const pronoun = speakers(
      'Mayor Ada Fenn opened the branch.\n\nA spokeswoman for the Dunmore Public Library said it would close. "We are sorry," she said.',
    );
    assert.deepEqual(
      pronoun.map((q) => [q.speaker, q.rule]),
      [['Dunmore Public Library', 'spokesperson-for-organization']],
    );
    const definite =
      'A spokesman for the rescue agency, MARLA, said two boats were out.\n\n"The sea is rough," the spokesman told reporters.';
    assert.equal(first(definite).speaker, 'MARLA');
    // "a company spokesman": the company the article names most, not one named after "by".
    const company =
      'Kestrel Copper Ltd halted work on Monday. Kestrel Copper, which is part-owned by Bolt Capital, said talks go on.\n\n"We are at the table," a company spokesman said.';
    assert.equal(first(company).speaker, 'Kestrel Copper Ltd');
    // A named spokesperson after the organization's spokesperson is the pronoun's referent.
    assert.equal(first('A spokeswoman for the library, Jane Holt, said it would close. "We are sorry," she said.').speaker, 'Jane Holt');
  });

  it('a pronoun refers to the name a title-like mention describes, not to that mention', () => {
    const text = 'Harbour Affairs Minister Tomas Grell urged calm. "Nobody wins," he said.';
    assert.equal(first(text).speaker, 'Tomas Grell');
  });

  it('a role noun finds the organization named with that head or of that kind', () => {
    assert.equal(
      first('The Dunmore Farmers Congress met on Monday.\n\nThe congress said farmers had "paid enough already" and would strike.').speaker,
      'Dunmore Farmers Congress',
    );
    assert.equal(
      first('Pelican Airways cancelled 40 flights.\n\n"We apologise to passengers," the carrier said.').speaker,
      'Pelican Airways',
    );
  });

  it('a quote embedded in the narration takes the subject of a characterising verb, whatever mark ends it', () => {
    assert.equal(first('Former mayor Ada Fenn called the delays "unacceptable." She said so twice.').speaker, 'Ada Fenn');
    assert.equal(
      first('An audit by the Dunmore Audit Office found the controls "wholly inadequate". The trust closed.').speaker,
      'Dunmore Audit Office',
    );
    assert.equal(
      first('The Dunmore Press Council fined the paper, accusing it of printing "false and cruel" claims.').speaker,
      'Dunmore Press Council',
    );
    assert.equal(first('Ada Fenn thanked volunteers who had "walked every street in the town."').speaker, 'Ada Fenn');
    // A name in quotation marks after "called", with its own comma, is no one's words.
    assert.equal(first('The phone has a new screen called "bright view," which is sharper.').speaker, null);
  });

  it("reads the subject past a short parenthesis and a name in apposition to a person's role", () => {
    assert.equal(first('The Dunmore Water Board (DWB) said that it had "more than enough" water.').speaker, 'Dunmore Water Board');
    assert.equal(
      first('The school\'s head teacher, Ada Fenn, says the roof was built "sometime in the 1960s" by a local firm.').speaker,
      'Ada Fenn',
    );
  });

  it('"the report" with no author named is the organization that spoke just before', () => {
    const text = 'The Dunmore Transit Authority says the trains are improving. The report called the service "challenging but improving."';
    assert.deepEqual(first(text), { quote: '"challenging but improving."', speaker: 'Dunmore Transit Authority', rule: 'document-author' });
  });

  it('a pronoun inside reported speech ("said ... that it had") is the reporter', () => {
    const text =
      'Kestrel Copper Ltd halted work.\n\nThe company said in a filing with the regulator, the Dunmore Market Board, that it expected the stoppage to last "several more weeks."';
    assert.equal(first(text).speaker, 'Kestrel Copper Ltd');
  });

  it('a role in the lede ("their manager") is the person the story introduces next beside a reporting verb', () => {
    const text =
      'Dunmore drew 1-1 on Saturday, and their manager says his side has "nothing to fear".\n\n"We were slow," says Ada Fenn, who took over in May.';
    assert.equal(first(text).speaker, 'Ada Fenn');
    // Not from deep in the story.
    const late =
      'Dunmore drew.\n\nRain fell.\n\nThe pitch flooded.\n\nTheir manager says his side has "nothing to fear".\n\n"We were slow," says Ada Fenn.';
    assert.notEqual(first(late).speaker, 'Ada Fenn');
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

  it('an unnamed spokesperson with no organization of their own speaks for the one that just spoke', () => {
    const after =
      'The Dunmore Growers Union, which represents 4,000 farms, said prices had collapsed. "Some of our members are selling at a loss," a spokeswoman said.';
    assert.deepEqual(
      speakers(after).map((q) => [q.speaker, q.rule]),
      [['Dunmore Growers Union', 'spokesperson-for-organization']],
    );
    const previous = 'Pelican Airways said it would cut 40 flights.\n\n"We are sorry for the disruption," a spokesman said.';
    assert.equal(first(previous).speaker, 'Pelican Airways');
    // An organization that only appears, without speaking, is not the spokesperson's.
    assert.notEqual(first('Pelican Airways cut 40 flights.\n\n"We are sorry," a spokesman said.').speaker, 'Pelican Airways');
    // A multi-word organization before the noun: "A Department of Roads and Bridges spokesperson".
    assert.equal(
      first('A Department of Roads and Bridges spokesperson said there were "more than 300 bridges" to check.').speaker,
      'Department of Roads and Bridges',
    );
  });

  it("a gendered pronoun skips a person known as the other gender, by given name or by the article's own pronouns", () => {
    assert.equal(first('Kevin Marsh crossed and Ada Fenn headed in the winner. "I just hoped," she said.').speaker, 'Ada Fenn');
    // Names the lexicon does not know: the article's "her" after the second name decides.
    assert.equal(first('Tavi Rokan crossed and Olu Beza scored her first goal. "I just hoped," she said.').speaker, 'Olu Beza');
    assert.equal(first('Mrs Tavi Rokan passed to Olu Beza. "I just hoped," she said.').speaker, 'Tavi Rokan');
    // Unknown genders keep the sentence's subject.
    assert.equal(first('Tavi Rokan passed to Olu Beza. "I just hoped," she said.').speaker, 'Tavi Rokan');
  });

  it('a definite role is the person named next to the same noun earlier ("her son, Tavi Rokan" ... "her son said")', () => {
    const text = 'Ada Fenn died on Sunday, her nephew, Tavi Rokan, said.\n\nShe ran the bakery.\n\n"She never sat down," her nephew said.';
    assert.equal(first(text).speaker, 'Tavi Rokan');
    const before = 'Tavi Rokan, her nephew, found the letters.\n\n"She kept everything," the nephew said.';
    assert.equal(first(before).speaker, 'Tavi Rokan');
    // No earlier apposition: the role stays unresolved.
    assert.equal(first('Ada Fenn died on Sunday.\n\n"She never sat down," her nephew said.').speaker, 'her nephew');
  });

  it('a partial quote in a that-clause belongs to the subject of the verb, a coordinated one or a weak verb with "that"', () => {
    assert.equal(first('Ada Fenn framed the cutting but told the paper that the secret was "a hot pan and no hurry."').speaker, 'Ada Fenn');
    assert.equal(
      first('Gov. Ada Fenn posted on X that the roads were "nearly impassable" and asked people to stay home.').speaker,
      'Ada Fenn',
    );
    // A weak verb without its own that-clause is no cue for a scare quote.
    assert.equal(first('The notice posted on the door listed "opening hours" for the week.').speaker, null);
  });

  it('a document opening the clause is the subject past a participle or a time phrase, and speaks for its author', () => {
    assert.equal(
      first('A report by the Dunmore Audit Office published last Friday found that 14 bridges were in "poor condition".').speaker,
      'Dunmore Audit Office',
    );
    assert.equal(
      first('A review by the Dunmore Audit Office earlier this year warned that costs were "not yet under control".').speaker,
      'Dunmore Audit Office',
    );
    const at =
      'An internal audit at Pelican Airways found 300 checks overdue.\n\nThe audit described the backlog as "material and growing" and called for action.';
    assert.equal(first(at).speaker, 'Pelican Airways');
  });

  it('"It" opening a sentence after one whose subject is a document speaks for its author', () => {
    const text =
      'An internal audit at Pelican Airways found 300 checks overdue.\n\nThe audit, finished in May, called the backlog "material". It said the records were "patchy at best".';
    assert.deepEqual(
      speakers(text).map((q) => q.speaker),
      ['Pelican Airways', 'Pelican Airways'],
    );
  });

  it('a clause coordinated after an opening participle shares its pronoun subject', () => {
    const text = 'Tavi Rokan left the firm in May. Reached by phone, she declined to comment but said she had raised it "more than once."';
    assert.equal(first(text).speaker, 'Tavi Rokan');
  });

  it('a transcript label `NAME (ROLE):` is the named person, not the role', () => {
    const text =
      'MARA LINDH (HOST): Welcome back. We start with the harbour.\n\nTOMAS VEY (REPORTER): Thanks, Mara. The harbour is quiet.\n\nLINDH: Is it safe?\n\nVEY: Not yet.\n\nLINDH: Thank you.';
    const got = analyze(text).quotes.map((q) => q.speaker?.text);
    assert.deepEqual(got, ['MARA LINDH', 'TOMAS VEY', 'LINDH', 'VEY', 'LINDH']);
  });

  it('a possessive and a saying noun before the quote name its speaker, through a role in apposition', () => {
    const text =
      'As my uncle, Tavi Rokan, used to say, "Measure twice."\n\nThe shop grew.\n\nMy uncle\'s other saying was, "Never sell the last chair."';
    assert.deepEqual(
      speakers(text).map((q) => [q.speaker, q.rule]),
      [
        ['Tavi Rokan', 'leading-cue'],
        ['Tavi Rokan', 'saying-of-person'],
      ],
    );
    assert.equal(first('Ada Fenn opened the bakery in 1990. Fenn\'s motto is simple: "Flour, water, time."').speaker, 'Ada Fenn');
    // A saying noun without a possessive names nobody.
    assert.equal(first('The town has a saying: "Rain before seven, fine by eleven."').speaker, null);
  });

  it('a campaign named with a possessive pronoun speaks for the person it refers to', () => {
    const text = 'Early returns show Ada Fenn ahead in 11 wards. Her campaign posted on X: "Feeling good tonight."';
    assert.equal(first(text).speaker, 'Ada Fenn');
    assert.equal(first('Ada Fenn is standing again. Her campaign said: "We will win."').speaker, 'Ada Fenn');
  });

  it('a quote after a reporting verb used as a noun ("the warning") is embedded in the narration', () => {
    assert.equal(first('Tavi Rokan called the warning "a failure of planning".').speaker, 'Tavi Rokan');
  });

  it('an organization in apposition names the role before it; "put it" reports words', () => {
    assert.equal(
      first('The council\'s own consultants, Arden Partners, found that the road would save "less than two minutes".').speaker,
      'Arden Partners',
    );
    assert.equal(first('Tavi Rokan runs the shop. As Rokan put it, "Nobody buys a chair twice."').speaker, 'Tavi Rokan');
  });

  it('a headline label such as "Review:" is never a speaker', () => {
    assert.equal(first("Review: 'The Long Field' is a quiet triumph\n\nThe film opens on Friday.").speaker, null);
  });

  it("kin words give a gender, and a surname shared by two people goes to the one of the pronoun's gender", () => {
    const kin =
      'Olu Beza and her husband, Tavi Beza, run the farm. Olu Beza milks the cows while Tavi Beza drives. "We never stop," he said.';
    assert.equal(first(kin).speaker, 'Tavi Beza');
    const namesake = 'Olu Beza runs the farm with her husband, Tavi Beza.\n\nBeza milks the cows at dawn. "We never stop," she said.';
    assert.equal(first(namesake).speaker, 'Olu Beza');
  });

  it('"the 72-year-old" is the person named with that age; other descriptions stay unresolved', () => {
    const age = 'Tavi Rokan, 72, has lived in the block since 1989.\n\n"I climb eight floors," said the 72-year-old.';
    assert.equal(first(age).speaker, 'Tavi Rokan');
    const driver = 'A car hit a wall on Main Street. Tavi Rokan saw it.\n\n"I did not see him," the driver said.';
    assert.equal(first(driver).speaker, 'the driver');
  });

  it('a pronoun after a sentence led by a name no entity covers is not given to someone named earlier', () => {
    const text = 'Tavi Rokan scored twice.\n\nMarsh disagreed with the referee. He said the penalty was "soft."';
    assert.equal(first(text).speaker, 'He');
    // A common noun opening the sentence is no such name.
    assert.equal(first('Tavi Rokan scored twice.\n\nThe referee disagreed. He said the penalty was "soft."').speaker, 'Tavi Rokan');
  });

  it('an object or a possessor does not take the gender of the pronoun after it', () => {
    const text =
      'Tavi Rokan runs the club. Asked about Rokan\'s plans, she smiled.\n\nRokan disagreed with the referee. He said the penalty was "soft."';
    assert.equal(first(text).speaker, 'Tavi Rokan');
  });

  it('a spokesperson whose own word names another body does not speak for the organization that spoke last', () => {
    const text =
      'The Dunmore District Council says the cuts were needed.\n\nPolice say a man was arrested at the council office.\n\n"No one was hurt," a police spokesperson said.';
    assert.equal(first(text).speaker, 'a police spokesperson');
    const union = 'The Dunmore Federation of Teachers said it would fight. A union spokeswoman said members were "relieved".';
    assert.equal(first(union).speaker, 'Dunmore Federation of Teachers');
  });

  it('a coordinated verb takes the person its clause opens with, past titles and an organization modifier', () => {
    const text = 'The former Kestrel Mining chief Ada Fenn sent flowers and described him as "a true friend".';
    assert.equal(first(text).speaker, 'Ada Fenn');
  });

  it('a sentence opening with a word such as "During" is no unknown subject; "saying that" keeps its participle subject', () => {
    const text = 'Tavi Rokan walked on stage with the phone. During his speech he stated that "Today we reinvent the phone."';
    assert.equal(first(text).speaker, 'Tavi Rokan');
    const participle = 'Tavi Rokan spoke for an hour. He wanted it done quickly, saying that "pure speed" was the aim.';
    assert.equal(first(participle).speaker, 'Tavi Rokan');
  });

  it('"Cr" (councillor, as New Zealand and Australian papers write it) is a title, cut off the name', () => {
    const a = analyze('Cr Mere Hohaia chairs the roading committee.\n\n"The bridge will be fixed by spring," Cr Hohaia said.');
    const person = a.entities.find((e) => e.name === 'Mere Hohaia');
    assert.equal(person?.type, 'person');
    assert.equal(person?.role, 'Cr');
    assert.equal(
      first('Cr Mere Hohaia chairs the roading committee.\n\n"The bridge will be fixed by spring," Cr Hohaia said.').speaker,
      'Mere Hohaia',
    );
  });

  it('a role label such as HOST is the person who says "I\'m X" in one of its turns, in every turn of that label', () => {
    const text =
      'ANCHOR: Good evening. This is the late news and I am Ada Fenn.\n\nTOM REYES: The ferry is late again.\n\nANCHOR: How late?\n\nTOM REYES: Two hours.';
    const got = speakers(text);
    assert.deepEqual(
      got.filter((q) => q.quote.startsWith('How')).map((q) => [q.speaker, q.rule]),
      [['Ada Fenn', 'self-named-turn']],
    );
    // "I'm" followed by no person names no one: the label stays unresolved.
    const unnamed = speakers("HOST: I'm delighted to be here.\n\nTOM REYES: Thanks.\n\nHOST: Shall we start?\n\nTOM REYES: Yes.");
    assert.equal(unnamed[0].rule, 'transcript-turn');
    assert.equal(unnamed[0].speaker, 'HOST');
  });

  it('an organization role noun: the body that spoke past its short form in brackets; "the company" is no public body', () => {
    const bracket =
      'Floods closed 40 roads, the Northern Flood Response Council (NFRC) said on Monday.\n\n"Crews are working around the clock," the agency said.';
    assert.deepEqual(
      speakers(bracket).map((q) => [q.speaker, q.rule]),
      [['Northern Flood Response Council', 'organization-role-noun']],
    );
    // The last organizations are a council and an office: "the company" is the business they talked with.
    const publicBodies =
      'The Dunmore Town Council opened talks with Larkspur Homes Ltd over the old quarry. The Office of the Town Auditor ' +
      'questioned the price. The Dunmore Town Council defended it.\n\nA spokesman for the company said it was "keen to build".';
    assert.equal(first(publicBodies).speaker, 'Larkspur Homes Ltd');
    // An organization after "owned by" and a possessive is not "the company".
    const owned =
      "Brennock Metals Group closed its smelter. Brennock, which is half owned by Norway's Fjellstad Mining Corp, blamed prices.\n\n" +
      '"We had no choice," the company said.\n\nFjellstad Mining Corp shares fell. Fjellstad Mining Corp gave no comment.';
    assert.equal(first(owned).speaker, 'Brennock Metals Group');
  });

  it('the subject is the person before a long relative clause, not a noun at its end', () => {
    const text =
      'Prof. Tavi Rokan, who has studied river fish at Dunmore University for two decades and took no part in the survey, called it "overdue".';
    assert.deepEqual(first(text), { quote: '"overdue"', speaker: 'Tavi Rokan', rule: 'partial-characterising-verb' });
  });

  it('a document speaks for the owner its possessive names, also when "the same report" refers back to it', () => {
    const text =
      'Health Minister Ada Fenn praised the new clinics on Monday. Her statement called them "a turning point".\n\n' +
      'The Dunmore Health Board\'s own annual review, out in May, backs her. But the same review warned of "long waits" in the north.';
    assert.deepEqual(
      speakers(text).map((q) => [q.speaker, q.rule]),
      [
        ['Ada Fenn', 'document-author'],
        ['Dunmore Health Board', 'document-author'],
      ],
    );
  });

  it('a distant antecedent must fit the pronoun: none known as the other gender, and only a person', () => {
    const man =
      'Tom Reyes, 71, has kept goats since 1980. He sells cheese at the market.\n\nHe began as a boy.\n\nIn 1975 he moved away.\n\n' +
      'He came back for his mother.\n\n"I never wanted anything else," she says.';
    assert.deepEqual(
      speakers(man).map((q) => q.rule),
      ['trailing-name-verb'],
    );
    assert.equal(first(man).speaker, 'she');
  });

  it('"he" after an unnamed spokeswoman is not her organization, but the man named before', () => {
    const text =
      'Union leader Tom Reyes told strikers on Monday that the pay offer was an insult.\n\n"The offer is fair," a spokeswoman for Halden Mining said.\n\n' +
      '"We will stay out," he said.';
    assert.deepEqual(
      speakers(text).map((q) => q.speaker),
      ['Halden Mining', 'Tom Reyes'],
    );
  });

  it('an object stays no antecedent when the sentence has a third-person subject', () => {
    const text = 'Ada Fenn met Tom Reyes on Sunday. He told her, "The wells are dry."';
    assert.notEqual(first(text).rule, 'narrator-object-antecedent');
  });
});
