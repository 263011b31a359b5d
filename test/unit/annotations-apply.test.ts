import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';
import { applyAnnotations, makeTarget } from '../../src/annotations';
import { checkAnalysis } from './analysisContract';
import { analysisOf, at, note, sidecarOf } from './annotationsSupport';

const T =
  'date 2024-03-04\n\nAcme Widgets said on Monday it would close its plant in Leeds next month. "We are sorry," said union spokesman Tom Hale. ' +
  'The greengrocer Bloom said nothing.\n\n"It is a sad day," Hale said. Acme Widgets agreed with Hale on Tuesday. Bloom left Leeds.\n';

const base = (): Analysis =>
  analysisOf(T, {
    documentDate: '2024-03-04',
    names: [
      ['person', 'Acme Widgets', 'Acme Widgets#2'],
      ['place', 'Leeds', 'Leeds#2'],
      ['person', 'Tom Hale', 'Hale#2', 'Hale#3'],
      ['person', 'Bloom', 'Bloom#2'],
    ],
    quotes: [
      ['"We are sorry,"', 'Tom Hale', 2],
      ['"It is a sad day,"', 'Hale#2', 2],
    ],
    dates: [
      ['Monday', 'date', '2024-03-04'],
      ['next month', 'date', '2024-04'],
      ['Tuesday', 'date', '2024-02-27'],
    ],
  });

const apply = (...annotations: ReturnType<typeof note>[]) => {
  const out = applyAnnotations(base(), T, sidecarOf(...annotations));
  checkAnalysis(T, out);
  return out;
};
const entityNamed = (a: Analysis, name: string) => a.entities.find((e) => e.name === name);
const mentionTexts = (a: Analysis) => a.entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}@${m.start}`)).sort();

describe('annotations: applying each action', () => {
  it("leaves the input untouched, marks untouched facts as the engine's, and counts what it applied", () => {
    const input = base();
    const before = JSON.stringify(input);
    const out = applyAnnotations(input, T, sidecarOf(note(T, 'accept', 'Leeds')));
    assert.equal(JSON.stringify(input), before, 'pure: the engine result is not changed');
    assert.deepEqual(out.annotations, { applied: 1, orphaned: [], ignored: [] });
    assert.ok(out.entities.every((e) => e.source === 'engine' && e.mentions.every((m) => m.source === 'engine')));
    assert.ok([...out.quotes, ...out.dates].every((x) => x.source === 'engine' && x.reviewed === undefined));
  });

  it('add: a missed name (every occurrence by default, only this one on request), a quote and a date', () => {
    const all = apply(
      note(T, 'add', 'greengrocer', { kind: 'organization' }),
      note(T, 'add', 'union', { kind: 'organization', scope: 'this' }),
    );
    const grocer = entityNamed(all, 'greengrocer')!;
    assert.equal(grocer.type, 'organization');
    assert.equal(grocer.source, 'user');
    assert.equal(grocer.reviewed, true);
    assert.deepEqual(
      grocer.mentions.map((m) => [m.start, m.source, m.reviewed]),
      [[at(T, 'greengrocer').start, 'user', true]],
    );
    assert.ok(entityNamed(all, 'union'));

    const quote = apply(note(T, 'add', 'Acme Widgets agreed with Hale on Tuesday', { kind: 'quote' }));
    const added = quote.quotes.find((q) => q.text.startsWith('Acme Widgets agreed'))!;
    assert.deepEqual([added.source, added.reviewed, added.speaker, added.id], ['user', true, null, 'q3']);

    const date = apply(note(T, 'add', 'a sad day', { kind: 'date', value: '2024-03-04' }));
    const d = date.dates.find((x) => x.text === 'a sad day')!;
    assert.deepEqual([d.value, d.type, d.source, d.reviewed, d.id], ['2024-03-04', 'date', 'user', true, 'd4']);
  });

  it('add with scope "all" labels every standing occurrence but not one inside a longer name', () => {
    const text = 'Acme rose. Acme Widgets fell. Later Acme said it would wait.';
    const analysis = analysisOf(text, { names: [['organization', 'Acme Widgets']] });
    const out = applyAnnotations(analysis, text, sidecarOf(note(text, 'add', 'Acme', { kind: 'organization' })));
    checkAnalysis(text, out);
    assert.deepEqual(mentionTexts(out), ['organization:Acme Widgets@11', 'organization:Acme@0', 'organization:Acme@36']);
  });

  it('add with scope "all" leaves an occurrence that is part of a date alone', () => {
    const text = 'May spoke on May 5. Later, May left.';
    const analysis = analysisOf(text, { dates: [['May 5', 'date', '2024-05-05']] });
    const out = applyAnnotations(analysis, text, sidecarOf(note(text, 'add', 'May', { kind: 'person' })));
    checkAnalysis(text, out);
    assert.deepEqual(mentionTexts(out), ['person:May@0', 'person:May@27']);
    assert.deepEqual(
      out.dates.map((d) => d.text),
      ['May 5'],
    );
  });

  it('reject: every occurrence of a name by default, one with scope "this", a quote and a date at the target', () => {
    assert.equal(entityNamed(apply(note(T, 'reject', 'Bloom')), 'Bloom'), undefined);
    const one = entityNamed(apply(note(T, 'reject', 'Bloom#2', { scope: 'this' })), 'Bloom')!;
    assert.deepEqual(
      one.mentions.map((m) => m.start),
      [at(T, 'Bloom').start],
    );
    const noQuote = apply(note(T, 'reject', '"We are sorry,"'));
    assert.deepEqual(
      noQuote.quotes.map((q) => q.id),
      ['q2'],
    );
    assert.ok(entityNamed(noQuote, 'Tom Hale'), 'names are kept when a quote is rejected');
    const noDate = apply(note(T, 'reject', 'next month', { kind: 'date' }));
    assert.deepEqual(
      noDate.dates.map((d) => d.text),
      ['Monday', 'Tuesday'],
    );
  });

  it('retype: the entity holding the target (every occurrence), or only this mention with scope "this"', () => {
    const all = apply(note(T, 'retype', 'Acme Widgets', { type: 'organization' }));
    const acme = entityNamed(all, 'Acme Widgets')!;
    assert.deepEqual([acme.type, acme.mentions.length, acme.source, acme.reviewed], ['organization', 2, 'user', true]);
    const one = apply(note(T, 'retype', 'Acme Widgets#2', { type: 'organization', scope: 'this' }));
    const types = one.entities.filter((e) => e.name === 'Acme Widgets').map((e) => `${e.type}:${e.mentions.map((m) => m.start)}`);
    assert.deepEqual(types, [`person:${at(T, 'Acme Widgets').start}`, `organization:${at(T, 'Acme Widgets#2').start}`]);
    const unheld = apply(note(T, 'retype', 'greengrocer', { type: 'organization' }));
    assert.equal(entityNamed(unheld, 'greengrocer')?.type, 'organization', 'retyping text that holds no name adds it');
  });

  it('merge: one entity joins the other; speakers follow; text no entity holds becomes a mention', () => {
    const text = 'Tom Hale spoke. "No," he said. Hale left. The spokesman returned.';
    const analysis = analysisOf(text, {
      names: [
        ['person', 'Tom Hale'],
        ['person', 'Hale#2'],
      ],
      quotes: [['"No,"', 'he', 1]],
    });
    const out = applyAnnotations(
      analysis,
      text,
      sidecarOf(note(text, 'merge', 'Hale#2', { into: 'Tom Hale' }), note(text, 'merge', 'The spokesman', { into: 'Tom Hale' })),
    );
    checkAnalysis(text, out);
    assert.equal(out.entities.length, 1);
    const [hale] = out.entities;
    assert.deepEqual(
      [hale.id, hale.name, hale.aliases, hale.mentions.map((m) => m.text)],
      ['e1', 'Tom Hale', ['Tom Hale', 'Hale', 'The spokesman'], ['Tom Hale', 'Hale', 'The spokesman']],
    );
    assert.equal(out.quotes[0].speaker?.entityId, 'e1', 'the pronoun that named the merged entity names the entity it joined');
  });

  it('split: the mention becomes its own entity, and a quote it speaks follows it', () => {
    const out = apply(note(T, 'split', 'Hale#2'));
    const halves = out.entities.filter((e) => e.aliases.includes('Hale'));
    assert.equal(halves.length, 2);
    const split = halves.find((e) => e.mentions.length === 1)!;
    assert.deepEqual([split.name, split.type, split.source, split.mentions[0].start], ['Hale', 'person', 'user', at(T, 'Hale#2').start]);
    assert.equal(out.quotes[1].speaker?.entityId, split.id);
    assert.equal(out.quotes[0].speaker?.entityId, 'e3');
  });

  it('rename: the canonical name changes; aliases stay the surface forms', () => {
    const out = apply(note(T, 'rename', 'Hale#3', { name: ' Thomas Hale ' }));
    const e = out.entities.find((x) => x.id === 'e3')!;
    assert.deepEqual([e.name, e.aliases, e.source], ['Thomas Hale', ['Tom Hale', 'Hale'], 'user']);
  });

  it('speaker: a name, nobody, text that is not a name, and a quote the engine missed', () => {
    const named = apply(note(T, 'speaker', '"We are sorry,"', { speaker: 'Bloom' }));
    assert.deepEqual(named.quotes[0].speaker, { ...at(T, 'Bloom'), entityId: 'e4' });
    assert.deepEqual([named.quotes[0].source, named.quotes[0].reviewed, named.quotes[0].cue], ['user', true, 'said']);
    assert.equal(apply(note(T, 'speaker', '"It is a sad day,"', { speaker: null })).quotes[1].speaker, null);
    const role = apply(note(T, 'speaker', '"It is a sad day,"', { speaker: 'union spokesman' }));
    assert.deepEqual(role.quotes[1].speaker, { ...at(T, 'union spokesman'), entityId: null });
    const missed = apply(note(T, 'speaker', 'Bloom said nothing', { speaker: 'Bloom' }));
    assert.equal(missed.quotes.find((q) => q.text === 'Bloom said nothing')?.speaker?.entityId, 'e4');
  });

  it('value: the date takes the value and the type it implies; text without a date becomes one', () => {
    const out = apply(note(T, 'value', 'next month', { value: '2024-05' }), note(T, 'value', 'Tuesday', { value: 'P5D' }));
    const [, next, tue] = out.dates;
    assert.deepEqual([next.value, next.type, next.source, next.reviewed], ['2024-05', 'date', 'user', true]);
    assert.deepEqual([tue.value, tue.type], ['P5D', 'duration']);
    const added = apply(note(T, 'value', 'a sad day', { value: '2024-03-04T10:45' }));
    assert.deepEqual(added.dates.find((d) => d.text === 'a sad day') && [added.dates.find((d) => d.text === 'a sad day')!.type], ['time']);
  });

  it('accept: the facts at the target are reviewed (every occurrence of a name); nothing there is reported', () => {
    const out = apply(
      note(T, 'accept', 'Leeds'),
      note(T, 'accept', '"We are sorry,"'),
      note(T, 'accept', 'Monday'),
      note(T, 'accept', 'greengrocer'),
    );
    const leeds = entityNamed(out, 'Leeds')!;
    assert.deepEqual([leeds.reviewed, leeds.source, leeds.mentions.map((m) => m.reviewed)], [true, 'engine', [true, true]]);
    assert.deepEqual([out.quotes[0].reviewed, out.quotes[0].source, out.dates[0].reviewed], [true, 'engine', true]);
    assert.equal(out.annotations!.applied, 3);
    assert.match(out.annotations!.orphaned[0].reason, /nothing to accept at “greengrocer”/);
  });

  it('ignore: lists the re-anchored target for the check it names', () => {
    const shifted = 'UPDATED\n' + T;
    const a = note(T, 'ignore', 'Hale#3', { code: 'name-variant' });
    const out = applyAnnotations(base(), T, sidecarOf(a));
    assert.deepEqual(out.annotations!.ignored, [{ id: a.id, code: 'name-variant', ...pick(at(T, 'Hale#3')) }]);
    const moved = applyAnnotations(analyze(shifted), shifted, sidecarOf(a));
    assert.deepEqual(moved.annotations!.ignored, [{ id: a.id, code: 'name-variant', ...pick(at(shifted, 'Hale#3')) }]);
  });

  it('documentDate from the sidecar wins, and the dates are resolved against it', () => {
    const engine = analyze(T);
    assert.equal(engine.documentDate, '2024-03-04');
    const out = applyAnnotations(engine, T, { version: 1, documentDate: '2024-06-10', annotations: [] });
    assert.equal(out.documentDate, '2024-06-10');
    const expected = analyze(T, { documentDate: '2024-06-10' }).dates;
    assert.deepEqual(
      out.dates.map(({ source: _s, ...d }) => d),
      expected,
    );
    assert.notDeepEqual(
      out.dates.map((d) => d.value),
      engine.dates.map((d) => d.value),
      'relative dates moved',
    );
    assert.deepEqual(applyAnnotations(engine, T, { version: 1, documentDate: null, annotations: [] }).documentDate, '2024-03-04');
  });
});

function pick(s: { start: number; end: number }) {
  return { start: s.start, end: s.end };
}

describe('annotations: careless targets', () => {
  it('a selection with spaces around the words marks the words only; one of only spaces, or of nothing, is reported', () => {
    const spaced = {
      id: 'u1',
      action: 'add' as const,
      kind: 'organization' as const,
      target: makeTarget(T, at(T, 'union').start - 1, at(T, 'union').end + 1),
    };
    const out = apply(
      spaced,
      { id: 'u2', action: 'accept', target: makeTarget(T, 15, 17) },
      { id: 'u3', action: 'accept', target: { start: 3, end: 3, exact: '' } },
    );
    assert.deepEqual(
      entityNamed(out, 'union')!.mentions.map((m) => m.text),
      ['union'],
    );
    assert.deepEqual(
      out.annotations!.orphaned.map((o) => o.reason),
      ['“ ” is only spaces', 'the annotation names no text'],
    );
    const blank = apply(note(T, 'rename', 'Bloom', { name: ' ' }));
    assert.deepEqual([blank.annotations!.orphaned[0].reason, entityNamed(blank, 'Bloom')?.name], ['the new name is empty', 'Bloom']);
  });
});

describe('annotations: conflicts have defined results', () => {
  it('a retype then a reject: the name is gone; a reject then a retype: the later retype wins', () => {
    assert.equal(entityNamed(apply(note(T, 'retype', 'Bloom', { type: 'organization' }), note(T, 'reject', 'Bloom')), 'Bloom'), undefined);
    const back = entityNamed(apply(note(T, 'reject', 'Bloom'), note(T, 'retype', 'Bloom', { type: 'organization' })), 'Bloom')!;
    assert.deepEqual([back.type, back.mentions.length, back.source], ['organization', 2, 'user']);
  });

  it('a merge into an entity the user rejected is not applied and is reported', () => {
    const out = apply(note(T, 'reject', 'Bloom'), note(T, 'merge', 'Hale#3', { into: 'Bloom' }));
    assert.equal(out.annotations!.applied, 1);
    assert.match(out.annotations!.orphaned[0].reason, /“Bloom” is not a name \(you rejected it\)/);
    assert.equal(out.entities.find((e) => e.id === 'e3')!.mentions.length, 3, 'the merged entity is unchanged');
  });

  it('a speaker whose mention was rejected: a later reject removes the speaker; a later speaker keeps the text as a speaker', () => {
    const rejectedLater = apply(note(T, 'speaker', '"We are sorry,"', { speaker: 'Bloom' }), note(T, 'reject', 'Bloom'));
    assert.deepEqual([rejectedLater.quotes[0].speaker, rejectedLater.quotes[0].source], [null, 'user']);
    const engineSpeaker = apply(note(T, 'reject', 'Hale#2', { scope: 'this' }));
    assert.equal(engineSpeaker.quotes[1].speaker, null, "the engine's speaker was the rejected mention");
    const speakerLater = apply(note(T, 'reject', 'Bloom'), note(T, 'speaker', '"We are sorry,"', { speaker: 'Bloom' }));
    assert.deepEqual(speakerLater.quotes[0].speaker, { ...at(T, 'Bloom'), entityId: null });
  });

  it('an added name overlapping an engine name replaces it', () => {
    const text = 'Shares in Acme Widgets Ltd fell. Widgets Ltd Chairman Ann Roe resigned.';
    const analysis = analysisOf(text, {
      names: [
        ['person', 'Acme'],
        ['person', 'Widgets Ltd Chairman Ann Roe'],
      ],
    });
    const out = applyAnnotations(
      analysis,
      text,
      sidecarOf(note(text, 'add', 'Acme Widgets Ltd', { kind: 'organization' }), note(text, 'add', 'Ann Roe', { kind: 'person' })),
    );
    checkAnalysis(text, out);
    assert.deepEqual(mentionTexts(out), ['organization:Acme Widgets Ltd@10', 'person:Ann Roe@54']);
    assert.deepEqual(
      out.entities.map((e) => [e.name, e.source]),
      [
        ['Acme Widgets Ltd', 'user'],
        ['Ann Roe', 'user'],
      ],
    );
  });

  it('later annotations win: a value set twice keeps the last', () => {
    const out = apply(note(T, 'value', 'Monday', { value: '2024-03-11' }), note(T, 'value', 'Monday', { value: '2024-03-04' }));
    assert.equal(out.dates[0].value, '2024-03-04');
  });
});
