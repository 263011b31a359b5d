// What keeps an edit's re-analysis short must give what computing afresh gives: confidence from
// copied person mentions (src/analysis/confidence.ts) and the labelled turns by label (attribution/sieves/turns.ts).
import * as assert from 'node:assert/strict';
import { analyze, clearAnalysisCaches } from '../../src/analysis/analyze';
import { assignConfidence, confidenceFor, entityEvidence, evidenceContext, ruleIdOf, speakerEvidence } from '../../src/analysis/confidence';
import { CONFIDENCE_TABLE, GENERALISATION_MAP } from '../../src/analysis/data/confidence';
import type { Analysis } from '../../src/analysis/types';

const TEXT = [
  'Transport Minister Alma Rudd met Portline Holdings on Tuesday.',
  '"We expect a deal by April," Rudd said. "It will be hard," she added.',
  'A spokesman for Portline Holdings said talks would resume. "We remain hopeful," he said.',
  'Teodor Vass, a union leader, was blunt: "No deal without pay."',
].join('\n\n');

/** Every confidence worked out afresh with confidenceFor. */
function freshConfidences(a: Analysis, text: string, maps = GENERALISATION_MAP): number[] {
  const ctx = evidenceContext(a, text);
  return [
    ...a.entities.map((e) => confidenceFor(CONFIDENCE_TABLE.entityType, ruleIdOf(e.why), entityEvidence(e, text), maps.entityType)),
    ...a.quotes
      .filter((q) => q.speaker)
      .map((q) => confidenceFor(CONFIDENCE_TABLE.speaker, ruleIdOf(q.why), speakerEvidence(q, ctx), maps.speaker)),
  ];
}

const assigned = (a: Analysis) => [
  ...a.entities.map((e) => e.confidence),
  ...a.quotes.filter((q) => q.speaker).map((q) => q.speaker!.confidence),
];

describe('confidence and transcript labels after an edit', () => {
  it('assigned confidence equals confidence worked out afresh, before and after an edit', () => {
    for (const text of [TEXT, TEXT.replace('she added', 'he added'), TEXT.replace('Rudd said', 'said Rudd')]) {
      const a = analyze(text, { explain: true });
      assert.deepEqual(assigned(a), freshConfidences(a, text));
    }
  });

  it('another generalisation map gives its own confidences', () => {
    const a = analyze(TEXT, { explain: true });
    const maps = { ...GENERALISATION_MAP, speaker: { slope: 0.25, offset: -0.5, evidence: {}, fittedOn: 'made-up documents' } };
    assignConfidence(a, TEXT, CONFIDENCE_TABLE, maps);
    assert.deepEqual(assigned(a), freshConfidences(a, TEXT, maps));
    assert.notDeepEqual(assigned(a), freshConfidences(a, TEXT));
  });

  it('a label is named by "I\'m" in a later turn of its own, never by a turn of another label, warm as cold', () => {
    const text = [
      'HOST: Good evening. Tonight, the bridge.',
      "GUEST: I'm Tom Reyes, and it is closed.",
      'HOST: For how long? This is Ada Fenn asking, and yes, I am Ada Fenn.',
      'GUEST: A month.',
      'HOST: Thank you.',
    ].join('\n\n');
    const speakerOf = (t: string, turn: string) => {
      const a = analyze(t);
      const q = a.quotes.find((x) => x.text.startsWith(turn));
      return a.entities.find((e) => e.id === q?.speaker?.entityId)?.name ?? null;
    };
    clearAnalysisCaches();
    assert.equal(speakerOf(text, 'Thank you'), 'Ada Fenn');
    assert.equal(speakerOf(text, 'A month'), 'Tom Reyes');
    // The introduction edited away: HOST names no one, warm (after the run above) as cold.
    const edited = text.replace('I am Ada Fenn', 'we are done');
    const warm = analyze(edited);
    clearAnalysisCaches();
    assert.deepEqual(warm, analyze(edited));
    assert.notEqual(speakerOf(edited, 'Thank you'), 'Ada Fenn');
  });
});
