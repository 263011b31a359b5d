// Issue 11's name and date rules, each on made-up sentences: where it applies and where it must not.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import type { Analysis } from '../../src/analysis/types';

const DOC_DATE = '2024-03-14';
const run = (text: string): Analysis => analyze(text, { explain: true, documentDate: DOC_DATE });
const entity = (text: string, name: string) => run(text).entities.find((e) => e.name === name || e.aliases.includes(name));
const names = (text: string) => run(text).entities.map((e) => `${e.type}:${e.name}`);
const date = (text: string, t: string) => {
  const d = run(text).dates.find((x) => x.text === t);
  return d ? { type: d.type, value: d.value, rule: d.why?.value } : undefined;
};
const dateTexts = (text: string) => run(text).dates.map((d) => d.text);

describe('name rules (issue 11)', () => {
  it('organization-head-word: Railway, Analytics, Association, Authority, Trust are organizations', () => {
    assert.equal(entity('The Grenwick Valley Railway cut services.', 'Grenwick Valley Railway')?.type, 'organization');
    assert.equal(entity('Shares in Northgate Analytics rose.', 'Northgate Analytics')?.why?.type, 'organization-head-word');
    assert.equal(entity('The Tarrow Housing Association met the Lenford Port Authority.', 'Lenford Port Authority')?.type, 'organization');
    // a person's name that merely contains no head word stays a person
    assert.equal(entity('Doctor Maren Holt said the plan was sound.', 'Maren Holt')?.type, 'person');
  });

  it('organization-of-head: "Foundation for X" keeps its last word even when it is a title word', () => {
    assert.equal(entity('A grant from the Foundation for Rural Justice arrived.', 'Foundation for Rural Justice')?.type, 'organization');
    assert.equal(entity('The Ministry of Justice said so.', 'Ministry of Justice')?.type, 'organization');
    // a title written after an "X of Y" name in capitals is still cut off
    assert.ok(!names('The Museum of Flight CEO spoke first.').includes('organization:Museum of Flight CEO'));
  });

  it("possessive-company-name: a company written with its 's", () => {
    assert.equal(entity("A spokesman for Sotheby's said the sale was over.", "Sotheby's")?.why?.type, 'possessive-company-name');
    assert.equal(entity("McDonald's Research published the survey.", "McDonald's Research")?.type, 'organization');
    // a plain possessive stays a possessive: the name is without the 's
    assert.ok(names("Kenya's parliament met, and Lavrov's aides said no.").includes('place:Kenya'));
    assert.ok(!names("Kenya's parliament met, and Lavrov's aides said no.").some((n) => n.includes("'s")));
    assert.ok(!names("It's late, and the USI's board voted.").some((n) => n.includes("'s")));
  });

  it('place-before-party-member: "an Ohio Republican" is a place and a party word', () => {
    assert.equal(entity('Kemp, an Ohio Republican, voted against the bill.', 'Ohio')?.why?.type, 'place-before-party-member');
    assert.ok(!names('Kemp, an Ohio Republican, voted against the bill.').some((n) => n.includes('Republican')));
    // parties as nouns stay organizations
    assert.equal(entity('Labour won the seat, while the Tories lost ground.', 'Labour')?.type, 'organization');
    assert.equal(entity('Labour won the seat, while the Tories lost ground.', 'Tories')?.type, 'organization');
  });

  it('clipped organization names: "the Met" once "the Metropolitan Police" is named', () => {
    const met = entity('The Metropolitan Police said the Met had made arrests.', 'Metropolitan Police');
    assert.deepEqual(met?.aliases, ['Metropolitan Police', 'Met']);
    // not before the full name is written
    const early = run('The Met opened a gallery. Later the Metropolitan Police said nothing.');
    assert.ok(!early.entities.some((e) => e.aliases.includes('Met') && e.aliases.includes('Metropolitan Police')));
  });

  it('a nationality adjective before an organization is dropped', () => {
    assert.deepEqual(names('The Kenyan broadcaster NTV reported the clashes.'), ['organization:NTV']);
  });

  it('transcript-speaker-label: capital names before a colon are people, and the next word is not a name', () => {
    const text = 'MARIA LOPEZ: Thanks for having me.\nJOHN PARK: Welcome. Tell us about the port.';
    assert.equal(entity(text, 'JOHN PARK')?.why?.type, 'transcript-speaker-label');
    assert.equal(entity(text, 'MARIA LOPEZ')?.type, 'person');
    assert.ok(!names(text).some((n) => n.includes('Welcome')));
    // a capital headline label is not a person
    assert.ok(!names('BREAKING NEWS: Floods hit Kenya.').some((n) => n.startsWith('person:')));
  });

  it('titles become the role, with a lower-case field word ("trade chief")', () => {
    assert.equal(entity('Health Secretary Wes Streeting met them.', 'Wes Streeting')?.role, 'Health Secretary');
    assert.equal(entity('The trade chief Elena Varga met them.', 'Elena Varga')?.role, 'trade chief');
    assert.equal(entity('The new chief Elena Varga met them.', 'Elena Varga')?.role, 'chief');
  });
});

describe('date rules (issue 11)', () => {
  it('"last" as a verb: what follows is a duration', () => {
    assert.deepEqual(date('The works are expected to last nine months.', 'nine months'), {
      type: 'duration',
      value: 'P9M',
      rule: 'counted-duration',
    });
    assert.deepEqual(date('The strike will not last a week.', 'a week'), { type: 'duration', value: 'P1W', rule: 'counted-duration' });
    assert.equal(date('The repairs will take six months.', 'six months')?.value, 'P6M');
    // "last" as an adjective is still a date
    assert.equal(date('The council met last week.', 'last week')?.value, '2024-W10');
    assert.equal(date('Over the last nine months, prices rose.', 'the last nine months')?.type, 'duration');
  });

  it('programme and plan names are not dates', () => {
    assert.deepEqual(dateTexts('She spoke on the BBC radio programme Today.'), []);
    assert.deepEqual(dateTexts('The government unveiled Vision 2040 on Friday.'), ['Friday']);
    assert.equal(date('Today, the council met.', 'Today')?.value, DOC_DATE);
    assert.equal(date('The plan was agreed in 2040.', '2040')?.value, '2040');
  });

  it('ordinal-day-of-relative-month: "the 14th of next month at 9 a.m." keeps day and time', () => {
    assert.deepEqual(date('The hearing is set for the 14th of next month at 9 a.m.', 'the 14th of next month at 9 a.m.'), {
      type: 'time',
      value: '2024-04-14T09:00',
      rule: 'ordinal-day-of-relative-month',
    });
    assert.deepEqual(date('It ended on the 2nd of this month.', 'the 2nd of this month'), {
      type: 'date',
      value: '2024-03-02',
      rule: 'ordinal-day-of-relative-month',
    });
    assert.equal(date('It opens on the 31st of next month.', 'the 31st of next month')?.value, null);
  });

  it('a weekday with a part of day in a past-tense sentence lies in the past', () => {
    assert.equal(date('Police said the attack happened on Saturday night.', 'Saturday night')?.value, '2024-03-09TNI');
    assert.equal(date('The match will be played on Saturday night.', 'Saturday night')?.value, '2024-03-16TNI');
  });

  it('at-the-time-past-ref: "at the time" is PAST_REF, "at the time of" is not a date', () => {
    assert.deepEqual(date('At the time, few noticed.', 'the time'), { type: 'date', value: 'PAST_REF', rule: 'at-the-time-past-ref' });
    assert.deepEqual(dateTexts('He was at the time of his arrest a teacher.'), []);
    assert.equal(date('Prices have risen until now.', 'now')?.value, 'PRESENT_REF');
  });

  it('keeps "the late" in "the late 1980s", and reads "every weekend" as a set', () => {
    assert.deepEqual(date('It began in the late 1980s.', 'the late 1980s'), { type: 'date', value: '198', rule: 'decade' });
    assert.deepEqual(date('They meet every weekend.', 'every weekend'), { type: 'set', value: 'XXXX-WXX-WE', rule: 'every-set' });
  });

  it('another-unit-duration: "another month" is P1M', () => {
    assert.deepEqual(date('It will take another month.', 'another month'), {
      type: 'duration',
      value: 'P1M',
      rule: 'another-unit-duration',
    });
    assert.equal(date('They need another two weeks.', 'another two weeks')?.value, 'P2W');
    assert.deepEqual(dateTexts('They chose another option.'), []);
  });

  it('bare plural durations: "for weeks", "minutes later"', () => {
    assert.equal(date('The protests went on for weeks.', 'weeks')?.value, 'PXW');
    assert.equal(date('Minutes later police arrived.', 'Minutes later')?.value, 'PTXM');
    assert.equal(date('Hours earlier it had rained.', 'Hours earlier')?.value, 'PTXH');
    assert.equal(date('Five minutes later he left.', 'Five minutes')?.value, 'PT5M');
  });

  it('seasons are resolved', () => {
    assert.equal(date('The law takes effect before the spring.', 'the spring')?.value, '2024-SP');
    // told as past in March: the autumn before, not the one to come
    assert.equal(date('Talks resumed in the autumn.', 'the autumn')?.value, '2023-FA');
  });
});
