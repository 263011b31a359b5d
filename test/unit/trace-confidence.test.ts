import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/analysis/analyze';
import { allRules, ruleById, SPEAKER_RULES } from '../../src/analysis/rules';
import {
  confidenceFor,
  dateEvidence,
  entityEvidence,
  evidenceContext,
  isPartialQuote,
  speakerEvidence,
  speakerForm,
} from '../../src/analysis/confidence';
import type { DateMention, Entity, Quote, Span } from '../../src/analysis/types';
import { crossValidate, DocDecision, JudgedDecision, learnLayer, tableSource } from '../eval/learnConfidence';
import { CONFIDENCE_TABLE } from '../../src/analysis/data/confidence';
import { ruleOf } from '../eval/score';

const seedsDir = path.resolve(__dirname, '..', '..', '..', 'seeds');
const seeds = readdirSync(seedsDir).map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));

describe('decision trace (why) and confidence', () => {
  it('every rule id is unique, kebab-case and described in words', () => {
    const ids = allRules().map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of allRules()) {
      assert.match(r.id, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(r.description.length > 10, r.id);
    }
  });

  it('every quote of the seeds names a registered speaker rule; entities and dates name registered rules when they name one', () => {
    for (const text of seeds) {
      const a = analyze(text, { explain: true });
      for (const q of a.quotes)
        assert.ok(
          SPEAKER_RULES.some((r) => r.id === q.why?.speaker),
          `${q.text}: ${q.why?.speaker}`,
        );
      for (const e of a.entities) if (e.why) assert.ok(ruleById(e.why.type), e.why.type);
      for (const d of a.dates) if (d.why) assert.ok(ruleById(d.why.value), d.why.value);
    }
  });

  it('analyze() drops why unless explain, and gives every fact a confidence in [0, 1] either way', () => {
    const text = 'Mayor Ada Fenn said on Monday: "We will rebuild."\n\n"It is over," the minister said.';
    const plain = analyze(text);
    const explained = analyze(text, { explain: true });
    for (const fact of [...plain.entities, ...plain.quotes, ...plain.dates]) assert.equal('why' in fact, false);
    assert.equal(explained.quotes[0].why?.speaker, 'leading-cue');
    assert.equal(explained.quotes[1].why?.speaker, 'trailing-name-verb');
    const confidences = [
      ...plain.entities.map((e) => e.confidence),
      ...plain.quotes.map((q) => q.speaker?.confidence),
      ...plain.dates.map((d) => d.confidence),
    ];
    for (const c of confidences) assert.ok(typeof c === 'number' && c >= 0 && c <= 1, String(c));
    // Explain changes nothing but the trace.
    const strip = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'why' ? undefined : v)));
    assert.deepEqual(strip(explained), plain);
  });

  it('records "none" decisions: a quote nobody is named for is no-speaker', () => {
    const a = analyze('The weather was bad.\n\n"Nobody knows what happens next."', { explain: true });
    const none = a.quotes.filter((q) => !q.speaker);
    assert.ok(none.length > 0);
    for (const q of none) assert.equal(q.why?.speaker, 'no-speaker');
  });

  it('the eval reads the rule of any layer from why', () => {
    assert.equal(ruleOf({ why: { speaker: 'leading-cue' } }), 'leading-cue');
    assert.equal(ruleOf({ why: { type: 'org-suffix' } }), 'org-suffix');
    assert.equal(ruleOf({ why: { value: 'absolute-date' } }), 'absolute-date');
    assert.equal(ruleOf({}), undefined);
    assert.equal(ruleOf(null), undefined);
  });

  it('an unknown rule gets the layer mean; evidence factors multiply; the result stays in [0.02, 0.99]', () => {
    const table = { mean: 0.8, rules: { strong: 0.97 }, evidence: { pronoun: 0.5, unlinked: 0.9 } };
    assert.equal(confidenceFor(table, 'never-seen', []), 0.8);
    assert.equal(confidenceFor(table, 'strong', ['pronoun']), 0.49);
    assert.equal(confidenceFor(table, 'strong', ['pronoun', 'unlinked']), 0.44);
    assert.equal(confidenceFor({ mean: 1, rules: {}, evidence: {} }, 'x', []), 0.99);
    assert.ok(CONFIDENCE_TABLE.speaker.mean > 0 && CONFIDENCE_TABLE.speaker.mean <= 1);
  });
});

const decision = (rule: string, correct: boolean, evidence: string[] = []): JudgedDecision => ({ rule, correct, evidence });
const repeat = (n: number, right: number, rule: string, evidence: string[] = []) =>
  Array.from({ length: n }, (_, i) => decision(rule, i < right, evidence));

describe('confidence learning (made-up decisions)', () => {
  it('smooths a rule toward the layer mean: three right of three is not 0.99', () => {
    const t = learnLayer([...repeat(80, 56, 'common'), ...repeat(3, 3, 'rare')]);
    assert.equal(t.mean, 0.711); // 59 of 83
    // Beta prior of 5 decisions at the mean: (3 + 5 * 0.711) / (3 + 5) = 0.82.
    assert.ok(Math.abs(t.rules.rare - (3 + 5 * (59 / 83)) / 8) < 0.002, String(t.rules.rare));
    assert.ok(Math.abs(t.rules.common - 0.7) < 0.01);
    assert.match(tableSource({ speaker: t, entityType: t, dateValue: t }), /^\/\/ GENERATED by test\/eval\/learnConfidence\.ts/);
  });

  it('learns a factor as the precision with the evidence over the precision without it', () => {
    // Rule "cue": 90 % right without a pronoun, 60 % right with one; rule "other" 80 % without.
    const t = learnLayer([...repeat(100, 90, 'cue'), ...repeat(100, 60, 'cue', ['pronoun']), ...repeat(50, 40, 'other')], {
      rule: 0,
      evidence: 0,
    });
    assert.ok(Math.abs(t.rules.cue - 0.9) < 0.01, String(t.rules.cue));
    assert.ok(Math.abs(t.evidence.pronoun - 0.6 / 0.9) < 0.01, String(t.evidence.pronoun));
    assert.ok(Math.abs(confidenceFor(t, 'cue', ['pronoun']) - 0.6) < 0.011);
  });

  it('separates two pieces of evidence that often come together', () => {
    // "far" alone changes nothing; "pronoun" halves precision, and most far decisions are pronouns.
    const t = learnLayer(
      [
        ...repeat(100, 90, 'r'),
        ...repeat(100, 45, 'r', ['pronoun', 'far']),
        ...repeat(20, 9, 'r', ['pronoun']),
        ...repeat(20, 18, 'r', ['far']),
      ],
      { rule: 0, evidence: 0 },
    );
    assert.ok(Math.abs(t.evidence.pronoun - 0.5) < 0.02, String(t.evidence.pronoun));
    assert.ok(Math.abs(t.evidence.far - 1) < 0.02, String(t.evidence.far));
  });

  it('pulls the factor of a rarely seen evidence toward 1', () => {
    const smoothed = learnLayer([...repeat(100, 90, 'r'), ...repeat(2, 0, 'r', ['odd'])]);
    assert.ok(smoothed.evidence.odd > 0.6 && smoothed.evidence.odd < 1, String(smoothed.evidence.odd));
  });

  it('cross-validates by document: a document is scored by a table learned without it', () => {
    const inDoc = (doc: string, correct: boolean): DocDecision => ({ doc, ...decision('r', correct) });
    const decisions = {
      speaker: [...Array.from({ length: 20 }, () => inDoc('a', true)), ...Array.from({ length: 20 }, () => inDoc('b', false))],
      entityType: [],
      dateValue: [],
    };
    const cv = crossValidate(decisions, 2, { rule: 0, evidence: 0 });
    // Document a (all right) is judged by b's table (all wrong) and the other way round.
    assert.deepEqual(new Set(cv.speaker.samples.map((s) => `${s.confidence}:${s.correct}`)), new Set(['0.02:true', '0.99:false']));
  });
});

/** A made-up span of `text` at the first occurrence of `part` after `from`. */
function spanOf(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, part);
  return { start, end: start + part.length, text: part };
}

function entityOf(id: string, type: Entity['type'], text: string, names: string[], role: string | null = null): Entity {
  const mentions = names.map((n) => spanOf(text, n));
  return { id, type, name: names[0], role, aliases: [...new Set(names)], mentions };
}

function quoteOf(text: string, quote: string, speaker: Span | null, entityId: string | null): Quote {
  return { id: 'q1', ...spanOf(text, quote), cue: 'said', speaker: speaker ? { ...speaker, entityId } : null };
}

describe('confidence evidence (made-up articles)', () => {
  it('tells a pronoun, a role phrase and a name apart; spots a partial quote', () => {
    assert.equal(speakerForm('she'), 'pronoun');
    assert.equal(speakerForm('a company spokesman'), 'role-phrase');
    assert.equal(speakerForm('The building’s manager'), 'role-phrase');
    assert.equal(speakerForm('Ludwig van Beethoven'), 'name');
    assert.equal(isPartialQuote('"wholly inadequate"'), true);
    assert.equal(isPartialQuote('“and then we will see what the council does next”'), true);
    assert.equal(isPartialQuote('"We will rebuild the bridge by the spring."'), false);
  });

  it('a partial quote: the ends trimmed of space and marks of any kind, words counted up to five', () => {
    assert.equal(isPartialQuote(' «“Four words are here”» '), true);
    assert.equal(isPartialQuote('‘“Five words are right here.”’'), false);
    assert.equal(isPartialQuote('" \n  "'), true);
    assert.equal(isPartialQuote('"  lower case, however long the rest of it is"'), true);
    assert.equal(isPartialQuote('"Ünïcode first words stay unbroken here"'), false);
  });

  it('a pronoun whose antecedent has another person named after it, with a rival in the paragraph', () => {
    const text = 'Mayor Ada Fenn spoke first.\n\nTom Hale disagreed. "We cannot pay for it this year," she said.';
    const ada = entityOf('e1', 'person', text, ['Ada Fenn']);
    const tom = entityOf('e2', 'person', text, ['Tom Hale']);
    const q = quoteOf(text, '"We cannot pay for it this year,"', spanOf(text, 'she'), 'e1');
    const ctx = evidenceContext({ entities: [ada, tom] }, text);
    assert.deepEqual(speakerEvidence(q, ctx), ['pronoun', 'antecedent-intervening-person', 'rival-person']);
  });

  it('a pronoun named just before in its paragraph; an organization speaker', () => {
    const text = 'Rail Corp answered on Friday. "Our trains will run again next week," it said.';
    const org = entityOf('e1', 'organization', text, ['Rail Corp']);
    const it = spanOf(text, 'it said');
    const q = quoteOf(text, '"Our trains will run again next week,"', { start: it.start, end: it.start + 2, text: 'it' }, 'e1');
    assert.deepEqual(speakerEvidence(q, evidenceContext({ entities: [org] }, text)), [
      'pronoun',
      'organization-speaker',
      'antecedent-in-paragraph',
    ]);
  });

  it('a role phrase without an entity, far away in another paragraph', () => {
    const filler = 'The council met for three hours to discuss the budget and the repairs to the old harbour wall. '.repeat(3);
    const text = `A spokesman for the council spoke.\n\n${filler}"The money will be found before the winter storms arrive."`;
    const q = quoteOf(text, '"The money will be found before the winter storms arrive."', spanOf(text, 'A spokesman'), null);
    assert.deepEqual(speakerEvidence(q, evidenceContext({ entities: [] }, text)), ['role-phrase', 'unlinked', 'far', 'other-paragraph']);
  });

  it('a named speaker a sentence away and a partial quote; none for a quote without speaker', () => {
    const text = 'Ada Fenn walked out of the meeting. Later the room fell quiet. She called the plan "a disgrace".';
    const ada = entityOf('e1', 'person', text, ['Ada Fenn']);
    const q = quoteOf(text, '"a disgrace"', spanOf(text, 'Ada Fenn'), 'e1');
    const ctx = evidenceContext({ entities: [ada] }, text);
    assert.deepEqual(speakerEvidence(q, ctx), ['mid-distance', 'other-sentence', 'partial-quote']);
    assert.deepEqual(speakerEvidence(quoteOf(text, '"a disgrace"', null, null), ctx), []);
  });

  it('a speaker without any reporting verb (a transcript turn)', () => {
    const text = 'HOST: Welcome back to the programme tonight.\nGUEST: Thank you, it is good to be here with you all.';
    const guest = entityOf('e1', 'person', text, ['GUEST']);
    const q = { ...quoteOf(text, 'Thank you, it is good to be here with you all.', spanOf(text, 'GUEST'), 'e1'), cue: null };
    assert.deepEqual(speakerEvidence(q, evidenceContext({ entities: [guest] }, text)), ['no-cue-verb']);
  });

  it('entity evidence: one mention at a sentence start, an acronym, a well-attested name with a role', () => {
    const text = 'Brightwater closed. The NHS said so. Minister Jo Bell agreed, and Bell said Jo Bell would go. Bell left.';
    assert.deepEqual(entityEvidence(entityOf('e1', 'place', text, ['Brightwater']), text), [
      'single-mention',
      'one-word',
      'only-sentence-initial',
    ]);
    assert.deepEqual(entityEvidence(entityOf('e2', 'organization', text, ['NHS']), text), ['single-mention', 'one-word', 'all-caps']);
    const bell = entityOf('e3', 'person', text, ['Jo Bell', 'Bell', 'Jo Bell'], 'Minister');
    bell.mentions.push(spanOf(text, 'Bell left'));
    assert.deepEqual(entityEvidence(bell, text), ['many-mentions', 'has-role', 'several-forms']);
  });

  it('date evidence: a bare weekday, an absolute date, a clock time, a vague reference, no value', () => {
    const date = (text: string, value: string | null, type: DateMention['type'] = 'date'): DateMention => ({
      id: 'd1',
      start: 0,
      end: text.length,
      text,
      type,
      value,
    });
    assert.deepEqual(dateEvidence(date('Monday', '2024-03-04')), ['one-word', 'relative', 'weekday-without-anchor']);
    assert.deepEqual(dateEvidence(date('March 3, 2024', '2024-03-03')), ['has-year']);
    assert.deepEqual(dateEvidence(date('10 a.m.', '2024-03-03T10:00', 'time')), ['type-time']);
    assert.deepEqual(dateEvidence(date('now', 'PRESENT_REF')), ['one-word', 'relative', 'vague-value']);
    assert.deepEqual(dateEvidence(date('the spring', null)), ['no-value', 'relative']);
  });
});
