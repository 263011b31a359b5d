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
const entityIn = (a: Analysis, name: string) => a.entities.find((e) => e.name === name || e.aliases.includes(name));
const names = (a: Analysis) => a.entities.map((e) => `${e.type}:${e.name}`).join();

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

  it('a word of a team or body name marks its spokesperson ("A Pirates spokesperson"); "an official of the labour ministry" too', () => {
    const a = run('Orlando Pirates lost again. A Pirates spokesperson said the club would "follow the proper channels" on it.');
    assert.equal(speakerOf(a, 'proper channels'), 'Orlando Pirates');
    const b = run(
      'The Ministry of Labour and Employment and the Ministry of Commerce met the owners.\n\n' +
        'A senior official of the labour ministry said the board would meet. "Both sides will be heard," the official said.',
    );
    assert.equal(speakerOf(b, 'Both sides'), 'Ministry of Labour and Employment');
  });

  it('a verb between two names is no description: "Rangi praised Fenwick. ... he said" is Rangi', () => {
    const a = run(
      'Coach Tamati Rangi said his side was pleased.\n\nRangi praised Jack Fenwick, who played his 50th game.\n\n"He reads the game," he said.',
    );
    assert.equal(speakerOf(a, 'He reads the game'), 'Tamati Rangi');
  });

  it('person-role-antecedent: "The minister was unmoved. ... she said" is the minister, after a spokeswoman spoke', () => {
    const a = run(
      'Housing Minister Carys Pellow defended the plan. A spokeswoman for the department blamed the rain.\n\n' +
        'Opposition leader Tom Avery called it a stunt.\n\n' +
        'The minister was unmoved. "We will not be lectured on waiting lists," she said.',
    );
    assert.equal(speakerOf(a, 'lectured on waiting'), 'Carys Pellow');
    assert.equal(ruleOf(a, 'lectured on waiting'), 'person-role-antecedent');
  });

  it('person-role-antecedent: a person named nearer, or a role of the other gender, leaves the pronoun to the other rules', () => {
    const named = run(
      'Health Minister Carys Pellow spoke first. The minister then handed over to Dr Ruth Imrie. "We are ready," she said.',
    );
    assert.equal(speakerOf(named, 'We are ready'), 'Ruth Imrie');
    const otherGender = run('Coach Alan Brisk left early, and Mia Tovey stayed behind. The coach was not there. "We were flat," she said.');
    assert.notEqual(speakerOf(otherGender, 'We were flat'), 'Alan Brisk');
  });
});

describe('rules (session 11): names', () => {
  it('weak-title-surname: "Garda Keogh" is the person after a weak title; "Garda Headquarters", "General Infirmary" stay whole', () => {
    const a = run('Garda Niall Ferrity gave evidence. Later, Garda Ferrity said the Garda had concerns.');
    assert.equal(entityIn(a, 'Ferrity')?.name, 'Niall Ferrity', names(a));
    assert.ok(!a.entities.some((e) => e.name === 'Garda Ferrity'), names(a));
    const whole = run('She works at Dunmore General Infirmary and visited Garda Headquarters on Monday.');
    assert.ok(!whole.entities.some((e) => e.type === 'person'), names(whole));
  });

  it('a word that is no name alone may stand inside one before an organization word ("Amazon Web Services")', () => {
    const a = run('The rules favour global firms such as Amazon Web Services and Microsoft. The Web is open.');
    assert.equal(entityIn(a, 'Amazon Web Services')?.type, 'organization', names(a));
    assert.ok(!a.entities.some((e) => e.name === 'Web' || e.name === 'Amazon'), names(a));
  });

  it('caps-heading: a short line in capitals with a dictionary word holds no acronyms; a real acronym stays', () => {
    const a = run('The Rovers won again.\n\nUP NEXT\n\nThe Rovers host Dunmore on Friday, the FA said.');
    assert.ok(!a.entities.some((e) => e.name === 'NEXT' || e.name === 'UP'), names(a));
    assert.equal(entityIn(a, 'FA')?.type, 'organization', names(a));
  });

  it('a question opening with "Is", "Did", "Has" does not join the auxiliary to the name after it', () => {
    const a = run('HOST: Is CDOT listening to businesses? Did Harlow Pharma pay on time?');
    assert.ok(entityIn(a, 'CDOT'), names(a));
    assert.ok(entityIn(a, 'Harlow Pharma'), names(a));
    assert.ok(!a.entities.some((e) => /^(?:Is|Did) /.test(e.name)), names(a));
  });

  it('organization words: Constructions, Homes, Sabha, Dal make the name an organization', () => {
    const a = run(
      'The Vidhan Sabha met as the Rashtriya Pragati Dal walked out. Brightwater Constructions said Brindle Homes would build.',
    );
    for (const name of ['Vidhan Sabha', 'Rashtriya Pragati Dal', 'Brightwater Constructions', 'Brindle Homes'])
      assert.equal(entityIn(a, name)?.type, 'organization', names(a));
  });

  it('a list after "Ministry of": an item may end in an organization word ("Local Government")', () => {
    const a = run('The Ministry of Housing, Communities and Local Government said no.');
    assert.equal(entityIn(a, 'Ministry of Housing, Communities and Local Government')?.type, 'organization', names(a));
  });

  it('places-as-teams: "Houston led 4-2", "Seattle manager X": the city is its team in a game story', () => {
    const a = run(
      'The Boston Red Sox rallied past the Toronto Blue Jays 5-4 on Saturday.\n\n' +
        'Toronto led 4-2 after the sixth. Boston manager Gil Arce said he never worried.',
    );
    assert.equal(entityIn(a, 'Toronto')?.type, 'organization', names(a));
    assert.equal(entityIn(a, 'Boston')?.type, 'organization', names(a));
  });
});

describe('rules (session 11): teams', () => {
  it('sports-team-tag: "the Sacramento Kings 118-109" is a team, and "Sacramento" alone later is that team', () => {
    const a = run('The Grizzlies rallied past the Sacramento Kings 118-109 on Tuesday.\n\nSacramento lost its third straight game.');
    const team = entityIn(a, 'Sacramento Kings');
    assert.equal(team?.type, 'organization', names(a));
    assert.ok(team?.aliases.includes('Sacramento'), names(a));
    const villa = run('Okoye gave Aston Villa a 2-1 win at Villa Park. It was the first home win for Villa since 2019.');
    assert.ok(entityIn(villa, 'Aston Villa')?.aliases.includes('Villa'), names(villa));
    // a model number after a name is still a product ("Boeing 737-800")
    assert.ok(!run('The airline flies the Boeing 737-800 to Lisbon.').entities.some((e) => e.name.includes('737')));
  });
});

describe('rules (session 11): capitals', () => {
  it('capital-as-government-object: "asked Ottawa for aircraft", "calls on Canberra" stand for the government', () => {
    assert.equal(entityIn(run('The province had asked Ottawa for firefighting aircraft.'), 'Ottawa')?.type, 'organization');
    assert.equal(entityIn(run('The premier again calls on Canberra to pay its share.'), 'Canberra')?.type, 'organization');
    // a journey is still a place
    assert.equal(entityIn(run('She flew from Ottawa to Halifax on Monday.'), 'Ottawa')?.type, 'place');
  });
});

describe('rules (session 11): venues', () => {
  it('place-named-by-its-body: "Logan" is the place when the article names "Logan City Council"', () => {
    const a = run('The project in Logan stalled in March. Logan City Council Mayor Jon Haddad said it was a disgrace.');
    assert.equal(entityIn(a, 'Logan')?.type, 'place', names(a));
    // without a body named after it, the guess stands
    assert.equal(entityIn(run('Logan said the project had stalled.'), 'Logan')?.type, 'person');
  });

  it('coordinated-with-place: an unknown word in a list with a place is a place; words of a name are not', () => {
    const a = run('Commuters travelling between Barrie and Toronto will get more trains. Residents of Pune, Wagholi and Hadapsar agree.');
    for (const name of ['Barrie', 'Wagholi', 'Hadapsar']) assert.equal(entityIn(a, name)?.type, 'place', names(a));
    const zoo = run('Families visited the Columbus Zoo and Aquarium in Ohio on Saturday.');
    assert.ok(!zoo.entities.some((e) => e.name === 'Aquarium'), names(zoo));
  });

  it('court-after-in: "in Fayette District Court" is where the case is heard; a court that acts stays an organization', () => {
    const a = run('Marsh pleaded not guilty on Tuesday in Dunmore District Court and is due back next month.');
    assert.equal(entityIn(a, 'Dunmore District Court')?.type, 'place', names(a));
    const acts = run('The Dunmore District Court ruled that the council had acted unlawfully.');
    assert.equal(entityIn(acts, 'Dunmore District Court')?.type, 'organization', names(acts));
  });
});

describe('rules (session 11): known names', () => {
  it('known-name-opens: a known two-word name opening a sentence ("Plaid Cymru\'s") is found; one-word named days still go', () => {
    assert.equal(entityIn(run("Plaid Cymru's health spokesperson, Elin Rhys, said so."), 'Plaid Cymru')?.type, 'organization');
    assert.equal(
      entityIn(run('Shares fell on the Toronto Stock Exchange Thursday morning.'), 'Toronto Stock Exchange')?.type,
      'organization',
    );
    assert.ok(!run('Markets crashed on Black Monday.').entities.some((e) => e.name === 'Black'));
  });

  it('state-institution-alone: "the House" a bill goes to is the chamber; "House prices" opening a sentence is nothing', () => {
    assert.equal(entityIn(run('The Senate passed the budget, sending the bill to the House.'), 'House')?.type, 'organization');
    assert.ok(!run('House prices rose again in March.').entities.some((e) => e.name === 'House'));
  });
});

describe('rules (session 11): dates', () => {
  const datesOf = (text: string, documentDate: string) =>
    analyze(text, { explain: true, documentDate }).dates.map((d) => `${d.text}=${d.value}`);

  it('near-future-day: a day a few weeks after the story is this year, even in a past-tense sentence', () => {
    assert.deepEqual(datesOf('The judge remanded him in custody to appear again on November 5.', '2025-10-22'), ['November 5=2025-11-05']);
    // a day months ahead in a past-tense sentence is still last year's
    assert.deepEqual(datesOf('The fire broke out on August 9.', '2025-03-02'), ['August 9=2024-08-09']);
  });

  it('near-past-day and from-date-onwards: a future-tense day a few days back is this year; "From Monday, ..." lies ahead', () => {
    assert.deepEqual(datesOf('Applications will close on May 31, the council says.', '2025-06-03'), ['May 31=2025-05-31']);
    assert.deepEqual(datesOf('From Monday, that changes.', '2025-06-04'), ['Monday=2025-06-09']);
    assert.deepEqual(datesOf('From Monday, it rained without a break.', '2025-06-04'), ['Monday=2025-06-02']);
    assert.deepEqual(datesOf('Households were asked to stop using sprinklers from Saturday.', '2025-08-13'), ['Saturday=2025-08-16']);
    // a start that goes on to its own verb is decided by that verb
    assert.deepEqual(datesOf('Posts from Friday theorized that an attack had occurred.', '2025-08-13'), ['Friday=2025-08-08']);
  });

  it('clock-time-of-a-habit: a clock time in a sentence about school days or every day has no date', () => {
    assert.deepEqual(datesOf('Lorries are banned on the lane between 8am and 9.30am on school days.', '2025-10-09'), [
      '8am=T08:00',
      '9.30am=T09:30',
    ]);
    // a time with its own day keeps it
    assert.deepEqual(datesOf('The library opens at 9am on Monday, every day after that at 10am.', '2025-10-09'), [
      '9am on Monday=2025-10-13T09:00',
      'every day=P1D',
      '10am=T10:00',
    ]);
  });

  it('the end of 2026 keeps its edge in the extent; about and around before a clock time or a year do too', () => {
    assert.deepEqual(datesOf('Work should finish by the end of 2026.', '2025-05-01'), ['the end of 2026=2026']);
    assert.deepEqual(datesOf('Police were called at about 10:15 p.m. on Friday.', '2025-06-29'), [
      'about 10:15 p.m. on Friday=2025-06-27T22:15',
    ]);
    assert.deepEqual(datesOf('Temperatures have climbed since around 2015.', '2025-06-29'), ['around 2015=2015']);
    // "about" as a preposition of topic stays out
    assert.deepEqual(datesOf('They talked about 2015 all night.', '2025-06-29'), ['2015=2015']);
  });

  it('same-period-a-year-back: the last period named before, a year earlier; with none, last year', () => {
    assert.deepEqual(datesOf('Sales rose 8% in the third quarter from the same period last year.', '2025-11-02'), [
      'the third quarter=2025-Q3',
      'the same period last year=2024-Q3',
    ]);
    assert.deepEqual(datesOf('Output fell from the same month a year earlier.', '2025-11-02'), ['the same month a year earlier=2024']);
  });

  it('compound-duration: "2 hours, 51 minutes" and "two hours and ten minutes" are one duration', () => {
    assert.deepEqual(datesOf('The game took 2 hours, 51 minutes.', '2025-08-17'), ['2 hours, 51 minutes=PT2H51M']);
    assert.deepEqual(datesOf('He served 3 years and 2 months.', '2025-08-17'), ['3 years and 2 months=P3Y2M']);
    // a smaller unit first is two durations
    assert.equal(datesOf('It took 10 minutes and 2 hours later it rained.', '2025-08-17').length, 2);
  });

  it('a season with "last year" or "of next year" is that year\'s season; months-quarter names a quarter by its months', () => {
    assert.deepEqual(datesOf('The plan was approved in spring last year.', '2025-10-09'), ['spring last year=2024-SP']);
    assert.deepEqual(datesOf('Profit rose in the July-September quarter.', '2025-11-10'), ['the July-September quarter=2025-Q3']);
    assert.deepEqual(datesOf('Profit rose in the July-October quarter.', '2025-11-10'), ['July=2025-07']);
  });
});
