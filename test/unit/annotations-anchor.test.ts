import * as assert from 'node:assert/strict';
import { anchorTarget, applyAnnotations, makeTarget, reanchorSidecar, shiftSidecar, type TextChange } from '../../src/annotations';
import { checkAnalysis } from './analysisContract';
import { analysisOf, at, note, sidecarOf, targetOf } from './annotationsSupport';

const T = 'Hale spoke first. Tom Hale said the plant would close. Later Hale left, and Hale came back.';

/** Applies one event's changes (offsets in the text before it) to the text. */
function edit(text: string, changes: TextChange[]): string {
  let out = text;
  for (const c of [...changes].sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  return out;
}

describe('annotations: targets and re-anchoring', () => {
  it('makeTarget keeps 32 characters of context and never half of a surrogate pair', () => {
    const t = targetOf(T, 'Tom Hale');
    assert.deepEqual(t, {
      start: 18,
      end: 26,
      exact: 'Tom Hale',
      prefix: 'Hale spoke first. ',
      suffix: ' said the plant would close. Lat',
    });
    const emoji = '😀'.repeat(20) + 'Zoë Café' + '🎉'.repeat(20);
    const z = makeTarget(emoji, 40, 48);
    assert.equal(z.exact, 'Zoë Café');
    assert.equal(z.prefix, '😀'.repeat(16));
    assert.equal(z.suffix, '🎉'.repeat(16));
    const before = 'a' + '😀'.repeat(20) + 'Zoë';
    assert.equal(makeTarget(before, 42, 44).prefix, before.slice(11, 42), 'no half pair at the start of the prefix');
    const after = 'Zoë' + 'x' + '🎉'.repeat(20);
    assert.equal(makeTarget(after, 0, 3).suffix, after.slice(3, 34), 'no half pair at the end of the suffix');
  });

  it('uses the stated position while the text is there', () => {
    assert.deepEqual(anchorTarget(T, targetOf(T, 'Hale#3')), pick(at(T, 'Hale#3')));
  });

  it('after insertions and deletions elsewhere, finds the occurrence whose context matches best', () => {
    for (const needle of ['Hale', 'Hale#2', 'Hale#3', 'Hale#4']) {
      const target = targetOf(T, needle);
      const inserted = 'UPDATE: ' + T.replace('the plant', 'the old plant');
      const deleted = T.replace('spoke first. ', '');
      for (const changed of [inserted, deleted]) {
        const expected = needle === 'Hale' && changed === deleted ? 0 : at(changed, needle).start;
        assert.deepEqual(
          anchorTarget(changed, target),
          { start: expected, end: expected + 4 },
          `${needle} in ${JSON.stringify(changed.slice(0, 20))}`,
        );
      }
    }
  });

  it('prefers the nearest occurrence when the context matches equally, and never matches inside a word', () => {
    const text = 'Ford. Ford. Fordham. Ford.';
    const target = { start: 19, end: 23, exact: 'Ford' };
    assert.deepEqual(anchorTarget(text, target), { start: 21, end: 25 });
    assert.deepEqual(anchorTarget('Fordham only', target), { orphan: 'the text “Ford” is no longer in the article' });
  });

  it('an edit inside the target orphans it unless the edit was followed; following it keeps it on its text', () => {
    const target = targetOf(T, 'Tom Hale');
    const changes = [{ start: 18, end: 21, text: 'Thomas' }];
    const changed = edit(T, changes);
    assert.ok('orphan' in anchorTarget(changed, target));
    const [followed] = shiftSidecar(sidecarOf({ id: 'u1', action: 'accept', target }), changes).annotations;
    assert.deepEqual(followed.target, { start: 18, end: 29, exact: 'Thomas Hale', prefix: target.prefix, suffix: target.suffix });
    assert.deepEqual(anchorTarget(changed, followed.target), { start: 18, end: 29 });
  });

  it('a sidecar for a different text: everything orphaned and reported, nothing deleted', () => {
    const notes = [
      note(T, 'retype', 'Tom Hale', { type: 'organization' }),
      note(T, 'accept', 'plant'),
      note(T, 'merge', 'Hale', { into: 'Tom Hale' }),
    ];
    const sidecar = sidecarOf(...notes);
    const before = JSON.stringify(sidecar);
    const other = 'A different article about the weather in Oslo.';
    const out = applyAnnotations(analysisOf(other, { names: [['place', 'Oslo']] }), other, sidecar);
    checkAnalysis(other, out);
    assert.equal(out.annotations!.applied, 0);
    assert.deepEqual(
      out.annotations!.orphaned.map((o) => o.id),
      notes.map((n) => n.id),
    );
    assert.match(out.annotations!.orphaned[0].reason, /the text “Tom Hale” is no longer in the article/);
    assert.equal(JSON.stringify(sidecar), before);
    assert.deepEqual(
      out.entities.map((e) => e.name),
      ['Oslo'],
    );
  });

  it('CRLF line breaks and astral characters: offsets stay in UTF-16 code units of the exact text', () => {
    const lf = 'Line one.\nTom Hale 😀 said so.\nHale again.';
    const crlf = lf.replace(/\n/g, '\r\n');
    const target = targetOf(lf, 'Hale#2');
    assert.deepEqual(anchorTarget(crlf, target), pick(at(crlf, 'Hale#2')));
    const emojiFirst = '🎉🎉 ' + crlf;
    const shifted = shiftSidecar(sidecarOf({ id: 'u1', action: 'accept', target: targetOf(crlf, 'Hale#2') }), [
      { start: 0, end: 0, text: '🎉🎉 ' },
    ]);
    assert.deepEqual(anchorTarget(emojiFirst, shifted.annotations[0].target), pick(at(emojiFirst, 'Hale#2')));
    assert.equal(shifted.annotations[0].target.start, at(crlf, 'Hale#2').start + 5);
  });
});

describe('annotations: targets follow edits (shiftSidecar)', () => {
  const one = (needle: string, changes: TextChange[], text = T) =>
    shiftSidecar(sidecarOf({ id: 'u1', action: 'merge', target: targetOf(text, needle), into: targetOf(text, 'Tom Hale') }), changes)
      .annotations[0];

  it('typing right before a target moves it; typing right after it leaves it; neither grows it', () => {
    const s = at(T, 'Hale#3').start;
    assert.deepEqual(pick(one('Hale#3', [{ start: s, end: s, text: 'Mr ' }]).target), { start: s + 3, end: s + 7 });
    assert.deepEqual(pick(one('Hale#3', [{ start: s + 4, end: s + 4, text: 's' }]).target), { start: s, end: s + 4 });
  });

  it('keeps prefix and suffix equal to the text around the target after nearby edits', () => {
    const changes = [
      { start: 27, end: 31, text: 'declared' },
      { start: 6, end: 11, text: 'talked' },
    ];
    const changed = edit(T, changes);
    const shifted = one('Tom Hale', changes);
    const fresh = makeTarget(changed, shifted.target.start, shifted.target.end);
    assert.equal(shifted.target.exact, 'Tom Hale');
    assert.ok(fresh.prefix!.endsWith(shifted.target.prefix!) && fresh.suffix!.startsWith(shifted.target.suffix!));
    assert.deepEqual(pick(shifted.into!), pick(shifted.target), 'into follows too');
  });

  it('deleting a target keeps its text in the annotation, so it is reported orphaned, not dropped', () => {
    const s = at(T, 'Tom Hale');
    const changes = [{ start: s.start, end: s.end + 1, text: '' }];
    const changed = edit(T, changes);
    const shifted = one('Tom Hale', changes);
    assert.equal(shifted.target.exact, 'Tom Hale');
    assert.ok('orphan' in anchorTarget(changed, shifted.target));
  });

  it('replacing a target by the same text (a reformat) changes nothing', () => {
    const s = at(T, 'Tom Hale');
    assert.deepEqual(one('Tom Hale', [{ start: s.start, end: s.end, text: 'Tom Hale' }]).target, targetOf(T, 'Tom Hale'));
  });

  it('random edits: a target outside them stays on its text, one edited inside holds the edited text', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 300; round++) {
      const text = T;
      const target = targetOf(text, ['Hale', 'Tom Hale', 'Hale#3', 'plant'][rand(4)]);
      const changes: TextChange[] = [];
      let cursor = 0;
      for (let k = 0; k < 3 && cursor < text.length - 2; k++) {
        const start = cursor + rand(Math.max(1, Math.floor((text.length - cursor) / 3)));
        const end = Math.min(text.length, start + rand(4));
        changes.push({ start, end, text: ['x', '', 'ab 😀', '\r\n'][rand(4)] });
        cursor = end + 1;
      }
      const changed = edit(text, changes);
      const shifted = shiftSidecar(sidecarOf({ id: 'u1', action: 'accept', target }), [...changes].reverse()).annotations[0].target;
      const touches = changes.some((c) => c.start < target.end && c.end > target.start);
      const covers = changes.some((c) => c.start <= target.start && c.end >= target.end && c.end > c.start);
      if (!touches || !covers) {
        if (shifted.end > shifted.start)
          assert.equal(changed.slice(shifted.start, shifted.end), shifted.exact, `round ${round}: ${JSON.stringify(changes)}`);
      }
      if (!touches) assert.equal(shifted.exact, target.exact);
    }
  });

  it('reanchorSidecar moves targets to where they are now and returns the same object when nothing moved', () => {
    const sidecar = sidecarOf(note(T, 'accept', 'Hale#3'));
    assert.equal(reanchorSidecar(T, sidecar), sidecar);
    const changed = 'NEW. ' + T;
    const moved = reanchorSidecar(changed, sidecar);
    assert.deepEqual(moved.annotations[0].target, { ...makeTarget(changed, at(changed, 'Hale#3').start, at(changed, 'Hale#3').end) });
    assert.equal(moved.annotations[0].id, sidecar.annotations[0].id);
  });
});

function pick(s: { start: number; end: number }) {
  return { start: s.start, end: s.end };
}
