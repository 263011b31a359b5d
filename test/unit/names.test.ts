import * as assert from 'node:assert/strict';
import { findNameCandidates } from '../../src/analysis/names';
import { splitRole } from '../../src/analysis/roles';
import { handleFit } from '../../src/analysis/handles';

const names = (text: string) => findNameCandidates(text).map((c) => c.text);
const find = (text: string, name: string) => {
  const c = findNameCandidates(text).find((x) => x.text === name);
  assert.ok(c, `"${name}" not found in ${JSON.stringify(names(text))}`);
  assert.equal(text.slice(c.start, c.end), c.text);
  return c;
};

describe('names pass', () => {
  it('cuts titles off names and keeps them as the role', () => {
    const text = 'President Vladimir Putin invited Indian Prime Minister Narendra Modi while External Affairs Minister S Jaishankar listened.';
    assert.equal(find(text, 'Vladimir Putin').role, 'President');
    assert.equal(find(text, 'Narendra Modi').role, 'Prime Minister');
    assert.equal(find(text, 'S Jaishankar').role, 'External Affairs Minister');
    assert.deepEqual(names(text), ['Vladimir Putin', 'Narendra Modi', 'S Jaishankar']);
  });

  it('handles abbreviated titles, honorifics with periods and "of" countries', () => {
    const text = 'He met Deputy Prime Minister Denis Manturov and FM Sergey Lavrov of Russia, then Dr. Amelia Okafor.';
    assert.equal(find(text, 'Denis Manturov').role, 'Deputy Prime Minister');
    assert.equal(find(text, 'Sergey Lavrov').role, 'FM');
    assert.equal(find(text, 'Russia').type, 'place');
    assert.equal(find(text, 'Amelia Okafor').role, 'Dr.');
  });

  it('keeps the initial with its period and links a handle in brackets to the name before it', () => {
    const text = 'A good meeting. — Dr. S. Jaishankar (@DrSJaishankar) December 27, 2023';
    const person = find(text, 'S. Jaishankar');
    assert.equal(person.role, 'Dr.');
    const handle = find(text, '@DrSJaishankar');
    assert.equal(handle.handle, true);
    assert.equal(handle.ownerName, 'S. Jaishankar');
    assert.ok(!names(text).includes('December'));
  });

  it('gives a title to a handle written after it', () => {
    const handle = find('Conveyed the greetings of PM @narendramodi and a message.', '@narendramodi');
    assert.equal(handle.role, 'PM');
    assert.equal(handle.ownerName ?? null, null);
  });

  it('finds organizations by list, cue word, acronym and context', () => {
    const text = 'The talks at the Kremlin, news agency PTI reported, covered BRICS, SCO, G20 and the Ministry of Coastal Affairs.';
    assert.equal(find(text, 'Kremlin').type, 'organization');
    assert.equal(find(text, 'PTI').type, 'organization');
    for (const a of ['BRICS', 'SCO', 'G20']) assert.equal(find(text, a).type, 'organization');
    assert.equal(find(text, 'Ministry of Coastal Affairs').type, 'organization');
  });

  it('does not take shouting, common abbreviations or "I" for acronyms', () => {
    const got = names('I think the CEO was on TV at 9 PM. OK, fine.');
    assert.deepEqual(got, []);
  });

  it('finds multi-word places and keeps "X (formerly Twitter)" an organization known by its old name', () => {
    const text = 'The Kudankulam nuclear power plant in Tamil Nadu was praised in a post on X (formerly Twitter).';
    assert.equal(find(text, 'Tamil Nadu').type, 'place');
    const x = find(text, 'X');
    assert.equal(x.type, 'organization');
    assert.equal(find(text, 'Twitter').ownerName, 'X');
  });

  it('never reports nationality words as names and drops them from roles', () => {
    const text = 'The Russian leader met his Indian counterpart. Russian President Ivan Petrov agreed.';
    assert.deepEqual(names(text), ['Ivan Petrov']);
    assert.equal(find(text, 'Ivan Petrov').role, 'President');
  });

  it('strips possessives and articles, keeps names whole across particles and hyphens', () => {
    const text = "Narendra Modi’s plan was backed by Ursula von der Leyen, Kim Jong-un and the Indo-Pacific partners of the Bank of England.";
    const got = names(text);
    for (const n of ['Narendra Modi', 'Ursula von der Leyen', 'Kim Jong-un', 'Indo-Pacific', 'Bank of England']) assert.ok(got.includes(n), `${n} in ${JSON.stringify(got)}`);
    assert.equal(find(text, 'Bank of England').type, 'organization');
  });

  it('marks a capital that only starts a sentence as weak, and skips sentence-initial verbs', () => {
    const c = findNameCandidates('Okonkwo is visiting. Appreciated the focus on trade.');
    assert.deepEqual(c.map((x) => [x.text, x.evidence]), [['Okonkwo', 'weak']]);
  });

  it('splits a company before a title and a title after a name', () => {
    const text = 'Acme Widgets CEO Laura Chen spoke to the United Nations High Commissioner.';
    const got = names(text);
    assert.ok(got.includes('Laura Chen') && got.includes('Acme Widgets') && got.includes('United Nations'), JSON.stringify(got));
    assert.equal(find(text, 'Laura Chen').role, 'CEO');
  });

  it('spans are exact with CRLF, emoji and curly quotes', () => {
    const text = '“Hello,” 👋 said Zoë Müller.\r\nShe met Jean-Pierre Dubois in Paris.';
    for (const c of findNameCandidates(text)) assert.equal(text.slice(c.start, c.end), c.text);
    assert.ok(names(text).includes('Zoë Müller'));
    assert.ok(names(text).includes('Jean-Pierre Dubois'));
  });
});

describe('roles', () => {
  const toks = (s: string) => s.split(' ').map((text, i) => ({ text, start: i, end: i + 1, tags: new Set<string>() }));
  it('finds the title and where the name starts', () => {
    assert.deepEqual(splitRole(toks('Secretary of State Antonia Blake')), { role: 'Secretary of State', roleStart: 0, roleEnd: 3, nameStart: 3 });
    const pmOf = splitRole(toks('Prime Minister of India'));
    assert.equal(pmOf.role, 'Prime Minister');
    assert.equal(pmOf.nameStart, 3);
  });
  it('does not take a weak title word before an unknown word for a title', () => {
    assert.equal(splitRole(toks('General Electric')).role, null);
    assert.equal(splitRole(toks('Foreign Ministry')).role, null);
  });
});

describe('handles', () => {
  it('matches a handle to the name it spells', () => {
    assert.equal(handleFit('@narendramodi', 'Narendra Modi'), 3);
    assert.equal(handleFit('@DrSJaishankar', 'S Jaishankar'), 3);
    assert.equal(handleFit('@DrSJaishankar', 'Subrahmanyam Jaishankar'), 2);
    assert.equal(handleFit('@narendramodi', 'Vladimir Putin'), 0);
  });
});
