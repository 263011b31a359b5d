import * as assert from 'node:assert/strict';
import { emptyLayer, formatCalibration, readConfidence, record, summarise, CalibrationLayer } from '../eval/calibration';
import { convertOwn } from '../eval/own';
import { emptyTotals, scoreDoc } from '../eval/score';
import type { Analysis } from '../../src/analysis/types';

/** A layer from [confidence, correct] pairs. */
function layerOf(pairs: Array<[number, boolean]>, withoutConfidence = 0): CalibrationLayer {
  return { samples: pairs.map(([confidence, correct]) => ({ confidence, correct })), withoutConfidence, judged: [] };
}

describe('eval: calibration', () => {
  it('bins confidences into five equal bins, 1.0 in the last', () => {
    const s = summarise(
      layerOf([
        [0, false],
        [0.19, false],
        [0.2, true],
        [0.59, true],
        [0.6, true],
        [0.8, true],
        [1, true],
      ]),
    );
    assert.deepEqual(
      s.bins.map((b) => b.count),
      [2, 1, 1, 1, 2],
    );
    assert.deepEqual(
      s.bins.map((b) => [b.from, b.to]),
      [
        [0, 0.2],
        [0.2, 0.4],
        [0.4, 0.6],
        [0.6, 0.8],
        [0.8, 1],
      ],
    );
    assert.equal(s.samples, 7);
  });

  it('computes accuracy per bin and the expected calibration error', () => {
    // bin 4: confidence 0.9 x4, 3 right -> acc 0.75, gap 0.15; bin 1: 0.3 x2, 1 right -> acc 0.5, gap 0.2
    const s = summarise(
      layerOf([
        [0.9, true],
        [0.9, true],
        [0.9, true],
        [0.9, false],
        [0.3, true],
        [0.3, false],
      ]),
    );
    assert.equal(s.bins[4].accuracy, 0.75);
    assert.ok(Math.abs(s.bins[4].meanConfidence! - 0.9) < 1e-12);
    assert.equal(s.bins[1].accuracy, 0.5);
    assert.equal(s.bins[0].accuracy, null);
    assert.ok(Math.abs(s.ece! - ((4 / 6) * 0.15 + (2 / 6) * 0.2)) < 1e-12);
    assert.deepEqual(s.high, { correct: 3, total: 4 });
  });

  it('is zero for a perfectly calibrated engine and null without samples', () => {
    const s = summarise(
      layerOf([
        [1, true],
        [1, true],
        [0, false],
      ]),
    );
    assert.equal(s.ece, 0);
    const none = summarise(emptyLayer());
    assert.equal(none.ece, null);
    assert.deepEqual(none.high, { correct: 0, total: 0 });
  });

  it('reads confidence only when it is a number in [0, 1]', () => {
    assert.equal(readConfidence({ confidence: 0.7 }), 0.7);
    assert.equal(readConfidence({ confidence: 1.2 }), null);
    assert.equal(readConfidence({ confidence: '0.7' }), null);
    assert.equal(readConfidence({ confidence: Number.NaN }), null);
    assert.equal(readConfidence({}), null);
    assert.equal(readConfidence(null), null);
    const layer = emptyLayer();
    record(layer, { confidence: 0.4 }, true);
    record(layer, {}, false);
    assert.deepEqual(layer, {
      samples: [{ confidence: 0.4, correct: true }],
      withoutConfidence: 1,
      judged: [
        { fact: { confidence: 0.4 }, correct: true },
        { fact: {}, correct: false },
      ],
    });
  });

  it('prints "no confidence yet" for a layer without any, and the bins and ECE otherwise', () => {
    const text = formatCalibration('fresh, engine', {
      speaker: summarise(
        layerOf(
          [
            [0.9, true],
            [0.5, false],
          ],
          2,
        ),
      ),
      entityType: summarise(layerOf([], 12)),
      dateValue: summarise(emptyLayer()),
    });
    assert.match(text, /speakers: 2 with confidence, 2 without/);
    assert.match(text, /\[0\.8, 1\.0\]\s+1\s+90\.0%\s+100\.0%/);
    assert.match(text, /\[0\.4, 0\.6\)\s+1\s+50\.0%\s+0\.0%/);
    assert.match(text, /ECE 0\.300; right when confidence >= 0\.8: 100\.0% \(1\/1\)/);
    assert.match(text, /entity types: no confidence yet \(12 judged without one\)/);
    assert.match(text, /date values: no confidence yet \(0 judged without one\)/);
  });

  it('collects samples from a scored document: speaker, entity type and date value confidences', () => {
    const text = 'Jo Bell said on Monday: "Yes." Acme agreed.';
    const gold = convertOwn('t', text, {
      entities: [
        { text: 'Jo Bell', type: 'person', cluster: 'jo' },
        { text: 'Acme', type: 'organization', cluster: 'acme' },
      ],
      dates: [{ text: 'Monday', values: ['2020-03-02'] }],
      quotes: [{ quote: '"Yes."', speaker: ['Jo Bell'] }],
    });
    // Confidence is not part of the Analysis type yet (DESIGN.md lists it as optional): added loosely.
    const analysis = {
      file: null,
      documentDate: null,
      entities: [
        {
          id: 'e1',
          type: 'person',
          name: 'Jo Bell',
          role: null,
          aliases: ['Jo Bell'],
          mentions: [{ start: 0, end: 7, text: 'Jo Bell' }],
          confidence: 0.95,
        },
        {
          id: 'e2',
          type: 'place',
          name: 'Acme',
          role: null,
          aliases: ['Acme'],
          mentions: [{ start: 31, end: 35, text: 'Acme' }],
          confidence: 0.55,
        },
      ],
      quotes: [
        {
          id: 'q1',
          start: 24,
          end: 30,
          text: '"Yes."',
          cue: 'said',
          speaker: { entityId: 'e1', start: 0, end: 7, text: 'Jo Bell', confidence: 0.85 },
        },
      ],
      dates: [{ id: 'd1', start: 16, end: 22, text: 'Monday', type: 'date', value: '2020-03-09' }],
    } as unknown as Analysis;
    const t = emptyTotals();
    scoreDoc(gold, analysis, t);
    assert.deepEqual(t.calibration.speaker.samples, [{ confidence: 0.85, correct: true }]);
    // The speaker's decision is judged on its quote (which carries `why`).
    assert.deepEqual(t.calibration.speaker.judged, [{ fact: analysis.quotes[0], correct: true }]);
    assert.deepEqual(t.calibration.entityType.samples, [
      { confidence: 0.95, correct: true },
      { confidence: 0.55, correct: false },
    ]);
    assert.deepEqual(t.calibration.dateValue.samples, []);
    assert.equal(t.calibration.dateValue.withoutConfidence, 1);
  });
});
