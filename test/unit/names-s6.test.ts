// Session 6's name rules (issue 11), each on made-up sentences: where it applies and where it must not.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import type { Analysis } from '../../src/analysis/types';

const run = (text: string): Analysis => analyze(text, { explain: true, documentDate: '2024-03-14' });
const entity = (text: string, name: string) => run(text).entities.find((e) => e.name === name || e.aliases.includes(name));
const typeOf = (text: string, name: string) => entity(text, name)?.type;
const ruleOf = (text: string, name: string) => entity(text, name)?.why?.type;

describe('name rules (session 6)', () => {
  it('organization-context: only an organization has a chief executive, shareholders or shares of its own', () => {
    assert.equal(ruleOf('Analysts said Halvex’s chief executive would resign.', 'Halvex'), 'organization-context');
    assert.equal(typeOf("Traders said Brindle's shareholders would vote in May.", 'Brindle'), 'organization');
    assert.equal(typeOf('On Monday, shares of Tarnwick fell 4 per cent.', 'Tarnwick'), 'organization');
    assert.equal(typeOf('She is the chief executive of Olvane, the board said.', 'Olvane'), 'organization');
    assert.notEqual(typeOf('A spokesman for the Fenn campaign said it was over.', 'Fenn'), 'organization');
    // a person's office is no company's: "chief of staff", and a title before a name
    assert.equal(typeOf("Aides said Obama's chief of staff would resign.", 'Obama'), 'person');
    assert.equal(typeOf('"We will grow," chief executive Marta Olsson told analysts.', 'Marta Olsson'), 'person');
  });

  it('apposition-organization / apposition-place: the head noun of "X, a ..." gives the type', () => {
    assert.equal(ruleOf('Brevik, a Leeds software maker, said profit fell.', 'Brevik'), 'apposition-organization');
    assert.equal(typeOf('Staff at Quillon, a family-owned firm based in Cork, were told on Friday.', 'Quillon'), 'organization');
    assert.equal(ruleOf('Floods reached Marrowby, a town in the north, on Sunday.', 'Marrowby'), 'apposition-place');
    // the head is the last word of the phrase, not an organization word inside it or an owner before 's
    assert.notEqual(typeOf('"It is over," said Tomas Reiner, a former bank manager, on Monday.', 'Tomas Reiner'), 'organization');
    assert.equal(typeOf('"We are sad," said Anne-Marie Lebrun, the co-op’s general manager.', 'Anne-Marie Lebrun'), 'person');
  });

  it('hint-joined-organization: a name after "joined" is an employer', () => {
    assert.equal(ruleOf('She joined Tarnwell in 2019 after university.', 'Tarnwell'), 'hint-joined-organization');
    // a name before the noun it describes is not what was joined
    assert.notEqual(typeOf('Later she joined the Fenn campaign as a volunteer.', 'Fenn'), 'organization');
  });

  it('hint-capitals-speech-verb: one word in capitals or camel case that speaks is an organization', () => {
    assert.equal(ruleOf('In a statement, VORTELCO said it would cut jobs.', 'VORTELCO'), 'hint-capitals-speech-verb');
    assert.equal(typeOf('In a statement, ParcelJet said deliveries would slow.', 'ParcelJet'), 'organization');
    // surnames with a capital inside stay people
    assert.equal(typeOf('Later, McAllister said the vote was close.', 'McAllister'), 'person');
    assert.equal(typeOf('Later, DeMarco said the vote was close.', 'DeMarco'), 'person');
    assert.equal(typeOf('Later, Brisk said the vote was close.', 'Brisk'), 'person');
  });

  it('hint-government-acts: a capital or seat of government that acts stands for the government', () => {
    assert.equal(ruleOf('The plant will close. Ottawa pledged $20 million to retrain workers.', 'Ottawa'), 'place-used-as-organization');
    assert.equal(typeOf('After the talks, Canberra has refused to lift the duties.', 'Canberra'), 'organization');
    // where it happens, not who acts
    assert.equal(typeOf('Officials in Ottawa said the plant would close.', 'Ottawa'), 'place');
    assert.equal(typeOf('She flew to Canberra on Monday.', 'Canberra'), 'place');
    // a country keeps its place type (a team only in a match report)
    assert.equal(typeOf('Norway signed a treaty with Chile.', 'Norway'), 'place');
  });

  it('possessive-owner-not-product: "X\'s software business" keeps X as a name', () => {
    const text = 'Corbrook Medical Group reported a loss. Corbrook said sales fell. One bright spot was Corbrook’s software business.';
    assert.deepEqual(
      entity(text, 'Corbrook Medical Group')?.mentions.map((m) => m.text),
      ['Corbrook Medical Group', 'Corbrook', 'Corbrook'],
    );
    // a name right before a product noun is still the product's
    assert.ok(!run('He bought a Zentrix laptop in May.').entities.some((e) => e.name === 'Zentrix'));
  });

  it("bracketed-short-form: a word in brackets spelt from an organization's letters is its short form", () => {
    const text = 'Pay talks failed, the Western Dockers and General Workers Union (Wedgu) said. Wedgu will strike on Monday.';
    assert.deepEqual(entity(text, 'Western Dockers and General Workers Union')?.aliases, [
      'Western Dockers and General Workers Union',
      'Wedgu',
    ]);
    assert.ok(entity('The Office of Rail Review (Orr) met.', 'Office of Rail Review')?.aliases.includes('Orr'));
    // a word whose letters are not the name's in order, or after a person, is not a short form
    assert.ok(!entity('The Harwell Trust (Friends) met.', 'Harwell Trust')?.aliases.includes('Friends'));
    assert.ok(!entity('The talk by Mary Dunn (Mud) ran late.', 'Mary Dunn')?.aliases.includes('Mud'));
  });

  it('state-institution-alone: "the Government" with no body of that name is the state\'s own', () => {
    assert.equal(ruleOf('Ministers met on Monday. Later the Government said it would act.', 'Government'), 'state-institution-alone');
    assert.equal(typeOf('The bill went back to the Legislature in May.', 'Legislature'), 'organization');
    // a body named in full takes the word; other organization words alone are still no entity
    assert.ok(
      entity('The Irish Government met. Later the Government said it would act.', 'Irish Government')?.aliases.includes('Government'),
    );
    assert.deepEqual(run('In a letter, the Authority said the fine stood.').entities, []);
  });

  it("organization-head-word: Health, Healthcare, Transit and Undertaking end a body's name", () => {
    assert.equal(ruleOf('Patients of Brookmere Health waited on Monday.', 'Brookmere Health'), 'organization-head-word');
    assert.equal(typeOf('Fares at Harlow Valley Transit rose in May.', 'Harlow Valley Transit'), 'organization');
    assert.equal(
      typeOf('Staff of the Marsden Electric Supply Undertaking went on strike.', 'Marsden Electric Supply Undertaking'),
      'organization',
    );
  });

  it('given-name-before-place-word: a given name before a word read as a place is a person', () => {
    assert.equal(ruleOf('The union said Helen Marsh would speak on Friday.', 'Helen Marsh'), 'given-name-before-place-word');
    assert.equal(typeOf('The union said Simon Marsh would speak on Friday.', 'Simon Marsh'), 'person');
    // a known place, or a place word at the end, keeps the name a place
    assert.equal(typeOf('The storm reached Victoria Harbour on Friday.', 'Victoria Harbour'), 'place');
  });

  it('title words: "Chief Financial Officer" after a name is a title, not a name of its own', () => {
    const names = (text: string) => run(text).entities.map((e) => e.name);
    assert.deepEqual(names('I will now hand over to Rosa Lindqvist, Chief Financial Officer.'), ['Rosa Lindqvist']);
    assert.deepEqual(names('The board named Omar Haddad as Chief Operating Officer in 2021.'), ['Omar Haddad']);
    assert.equal(entity('Chief Marketing Officer Rosa Lindqvist said sales fell.', 'Rosa Lindqvist')?.role, 'Chief Marketing Officer');
  });
});
