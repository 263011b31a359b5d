import * as assert from 'node:assert/strict';
import { convertGum, directQuotes, gumDateValues, isoWeek } from '../eval/gum';
import { convertMeantime, detokenise, isDemonym } from '../eval/meantime';
import { convertOwn } from '../eval/own';
import { bcubed, emptyTotals, matchSpans, prf, scoreDoc } from '../eval/score';
import type { Analysis } from '../../src/analysis/types';

// A small CoNLL-U document written for this test (not taken from the corpora).
const CONLLU = [
  '# newdoc id = test_doc',
  '# meta::dateCreated = 2020-01-01',
  '# newpar',
  '# sent_id = test_doc-1',
  '# text = Harbour plan approved',
  '1\tHarbour\tharbour\tNOUN\tNN\t_\t2\tcompound\t_\t_',
  '2\tplan\tplan\tNOUN\tNN\t_\t3\tnsubj\t_\t_',
  '3\tapproved\tapprove\tVERB\tVBN\t_\t0\troot\t_\t_',
  '',
  '# newpar',
  '# sent_id = test_doc-2',
  '# text = Tuesday, March 3, 2020',
  '1\tTuesday\tTuesday\tPROPN\tNNP\t_\t0\troot\t_\tSpaceAfter=No|XML=<date when:::"2020-03-03">',
  '2\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_',
  '3\tMarch\tMarch\tPROPN\tNNP\t_\t1\tappos\t_\t_',
  '4\t3\t3\tNUM\tCD\t_\t3\tnummod\t_\tSpaceAfter=No',
  '5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_',
  '6\t2020\t2020\tNUM\tCD\t_\t3\tnmod\t_\tXML=</date>',
  '',
  '# newpar',
  '# sent_id = test_doc-3',
  '# text = Mayor Ann Lee\'s office said: "We agree."',
  '1\tMayor\tmayor\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-sssss-cf1-3-coref-Ann_Lee',
  '2\tAnn\tAnn\tPROPN\tNNP\t_\t3\tcompound\t_\t_',
  "3-4\tLee's\t_\t_\t_\t_\t_\t_\t_\t_",
  '3\tLee\tLee\tPROPN\tNNP\t_\t5\tnmod:poss\t_\tEntity=1)',
  "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_",
  '5\toffice\toffice\tNOUN\tNN\t_\t6\tnsubj\t_\tEntity=(2-organization-new-sssss-cf1-1-coref',
  '6\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No|Entity=2)',
  '7\t:\t:\tPUNCT\t:\t_\t6\tpunct\t_\t_',
  '8\t"\t"\tPUNCT\t``\t_\t10\tpunct\t_\tSpaceAfter=No',
  '9\tWe\twe\tPRON\tPRP\t_\t10\tnsubj\t_\tEntity=(3-person-new-sssss-cf1-1-coref)|XML=<quote>',
  '10\tagree\tagree\tVERB\tVBP\t_\t6\tccomp\t_\tSpaceAfter=No',
  '11\t.\t.\tPUNCT\t.\t_\t10\tpunct\t_\tSpaceAfter=No|XML=</quote>',
  '12\t"\t"\tPUNCT\t\'\'\t_\t10\tpunct\t_\t_',
  '',
].join('\n');

describe('eval: GUM converter', () => {
  const doc = convertGum(CONLLU, 'x');

  it('rebuilds the text with exact offsets, paragraphs and multiword tokens', () => {
    assert.equal(doc.text, 'Harbour plan approved\n\nTuesday, March 3, 2020\n\nMayor Ann Lee\'s office said: "We agree."');
    assert.equal(doc.id, 'test_doc');
  });

  it('reduces a named mention to the name (no title, no possessive) and skips unnamed ones', () => {
    assert.deepEqual(
      doc.entities.map((e) => [e.text, e.type, e.cluster]),
      [['Ann Lee', 'person', 'test_doc#1']],
    );
    for (const e of doc.entities) assert.equal(doc.text.slice(e.start, e.end), e.text);
  });

  it('takes dates from XML= and the dateline as the document date', () => {
    assert.equal(doc.documentDate, '2020-03-03');
    assert.deepEqual(
      doc.dates.map((d) => [d.text, d.values]),
      [['Tuesday, March 3, 2020', ['2020-03-03']]],
    );
  });

  it('extends quotes to their quotation marks', () => {
    assert.deepEqual(
      doc.quotes.map((q) => q.text),
      ['"We agree."'],
    );
  });
});

describe('eval: GUM quote and date rules', () => {
  it('joins pieces of one quotation and drops unmarked block quotes', () => {
    const text = '"One. Two.\n\n"Three." Plain block.';
    const got = directQuotes(text, [
      [1, 5],
      [6, 10],
      [12, 20],
      [21, 33],
    ]).map(([s, e]) => text.slice(s, e));
    assert.deepEqual(got, ['"One. Two.\n\n"Three."']);
  });

  it('splits a quote element that holds narration between two quoted stretches', () => {
    const text = '"We thank you," said Bo. "This was hard."';
    assert.deepEqual(
      directQuotes(text, [[0, text.length]]).map(([s, e]) => text.slice(s, e)),
      ['"We thank you,"', '"This was hard."'],
    );
    const plain = '"A ""B"" c."';
    assert.deepEqual(
      directQuotes(plain, [[0, plain.length]]).map(([s, e]) => plain.slice(s, e)),
      [plain],
    );
  });

  it('maps ranges to their natural unit', () => {
    assert.ok(gumDateValues('date', { from: '2015-08-17', to: '2015-08-23' }, null).includes('2015-W34'));
    assert.ok(gumDateValues('date', { from: '1960-01-01', to: '1969-12-31' }, null).includes('196'));
    assert.ok(gumDateValues('date', { from: '2022-06-01', to: '2022-08-31' }, null).includes('2022-SU'));
    assert.ok(gumDateValues('date', { from: '2016-09-03', to: '2016-09-04' }, null).includes('2016-W35-WE'));
    assert.deepEqual(gumDateValues('date', { notBefore: '1994', notAfter: '2008' }, null), []);
    assert.deepEqual(gumDateValues('time', { when: '15:11:00' }, '2008-01-20'), ['2008-01-20T15:11', 'T15:11']);
    assert.equal(isoWeek(new Date(Date.UTC(2024, 0, 1))), '2024-W01');
  });
});

// A small CAT document written for this test.
const CAT = `<?xml version="1.0" ?><Document doc_id="1" doc_name="1_test" lang="en" url="x">
<token t_id="1" sentence="0" number="0">Acme</token>
<token t_id="2" sentence="0" number="1">buys</token>
<token t_id="3" sentence="0" number="2">mill</token>
<token t_id="4" sentence="1" number="3">The</token>
<token t_id="5" sentence="1" number="4">American</token>
<token t_id="6" sentence="1" number="5">firm</token>
<token t_id="7" sentence="1" number="6">Acme</token>
<token t_id="8" sentence="1" number="7">Corp.</token>
<token t_id="9" sentence="1" number="8">paid</token>
<token t_id="10" sentence="1" number="9">GB</token>
<token t_id="11" sentence="1" number="10">#</token>
<token t_id="12" sentence="1" number="11">5</token>
<token t_id="13" sentence="1" number="12">million</token>
<token t_id="14" sentence="1" number="13">on</token>
<token t_id="15" sentence="1" number="14">Monday</token>
<token t_id="16" sentence="1" number="15">,</token>
<token t_id="17" sentence="1" number="16">CEO</token>
<token t_id="18" sentence="1" number="17">Jo</token>
<token t_id="19" sentence="1" number="18">Bell</token>
<token t_id="20" sentence="1" number="19">said</token>
<token t_id="21" sentence="1" number="20">-LRB-</token>
<token t_id="22" sentence="1" number="21">\`\`</token>
<token t_id="23" sentence="1" number="22">yes</token>
<token t_id="24" sentence="1" number="23">''</token>
<token t_id="25" sentence="1" number="24">-RRB-</token>
<token t_id="26" sentence="1" number="25">.</token>
<Markables>
<ENTITY_MENTION m_id="30" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="31" syntactic_type="NAM"><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="32" syntactic_type="PRE.NAM"><token_anchor t_id="5"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="33" syntactic_type="NAM"><token_anchor t_id="17"/><token_anchor t_id="18"/><token_anchor t_id="19"/></ENTITY_MENTION>
<TIMEX3 m_id="40" type="DATE" value="2020-03-02" functionInDocument="NONE"><token_anchor t_id="15"/></TIMEX3>
<TIMEX3 m_id="41" type="DATE" value="2020-03-03" functionInDocument="CREATION_TIME"></TIMEX3>
<ENTITY m_id="50" ent_type="ORG" TAG_DESCRIPTOR="Acme Corp."/>
<ENTITY m_id="51" ent_type="LOC" TAG_DESCRIPTOR="United States"/>
<ENTITY m_id="52" ent_type="PER" TAG_DESCRIPTOR="Jo Bell"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="30"/><source m_id="31"/><target m_id="50"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="32"/><target m_id="51"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="33"/><target m_id="52"/></REFERS_TO>
</Relations>
</Document>`;

describe('eval: MEANTIME converter', () => {
  const doc = convertMeantime(CAT);

  it('detokenises PTB tokens with exact offsets', () => {
    assert.equal(doc.text, 'Acme buys mill\n\nThe American firm Acme Corp. paid £5 million on Monday, CEO Jo Bell said ("yes").');
    const { text, offsets } = detokenise([['He', "'s", '``', 'in', "''", '-LRB-', 'US$', '5', '-RRB-']]);
    assert.equal(text, 'He\'s "in" (US$5)');
    assert.deepEqual(offsets[0][3], [6, 8]);
  });

  it('reduces NAM mentions to names, drops demonyms, keeps clusters', () => {
    assert.deepEqual(
      doc.entities.map((e) => [e.text, e.type, e.cluster]),
      [
        ['Acme', 'organization', '1_test#50'],
        ['Acme Corp.', 'organization', '1_test#50'],
        ['Jo Bell', 'person', '1_test#52'],
      ],
    );
    for (const e of doc.entities) assert.equal(doc.text.slice(e.start, e.end), e.text);
    assert.ok(isDemonym('American', 'United States'));
    assert.ok(!isDemonym('Iran', 'Iran'));
  });

  it('uses the creation time as document date and keeps text-consuming timexes', () => {
    assert.equal(doc.documentDate, '2020-03-03');
    assert.deepEqual(
      doc.dates.map((d) => [d.text, d.values]),
      [['Monday', ['2020-03-02']]],
    );
  });
});

describe('eval: scorers', () => {
  it('computes P/R/F1', () => {
    const r = prf({ tp: 2, predicted: 4, gold: 2 });
    assert.equal(r.p, 0.5);
    assert.equal(r.r, 1);
    assert.ok(Math.abs(r.f1 - 2 / 3) < 1e-9);
    assert.deepEqual(prf({ tp: 0, predicted: 0, gold: 0 }), { p: 0, r: 0, f1: 0 });
  });

  it('matches spans one-to-one, strictly or by overlap', () => {
    const gold = [
      { start: 0, end: 5 },
      { start: 10, end: 20 },
    ];
    const pred = [
      { start: 0, end: 5 },
      { start: 12, end: 25 },
      { start: 30, end: 31 },
    ];
    assert.deepEqual(matchSpans(gold, pred, 'strict'), [0, -1]);
    assert.deepEqual(matchSpans(gold, pred, 'relaxed'), [0, 1]);
    assert.deepEqual(matchSpans(gold, [{ start: 0, end: 5 }], 'relaxed'), [0, -1]);
  });

  it('computes B-cubed on a textbook example', () => {
    // gold {a,b,c} {d}; predicted {a,b} {c,d}
    const sums = { precision: 0, recall: 0, mentions: 0 };
    bcubed(['g1', 'g1', 'g1', 'g2'], ['p1', 'p1', 'p2', 'p2'], sums);
    // precision: a 1, b 1, c 1/2, d 1/2 -> 3/4; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
    assert.ok(Math.abs(sums.precision / sums.mentions - 0.75) < 1e-9);
    assert.ok(Math.abs(sums.recall / sums.mentions - 2 / 3) < 1e-9);
  });

  it('scores a document: entities by type, date values, quotes and speakers', () => {
    const text = 'Jo Bell said on Monday: "Yes." Acme agreed.';
    const gold = convertOwn('t', text, [{ quote: '"Yes."', speaker: ['Jo Bell', 'Bell'] }]);
    gold.layers = { entities: true, dates: true, quotes: true, speakers: true };
    gold.entities = [
      { start: 0, end: 7, text: 'Jo Bell', type: 'person', cluster: 'c1' },
      { start: 31, end: 35, text: 'Acme', type: 'organization', cluster: 'c2' },
    ];
    gold.dates = [{ start: 16, end: 22, text: 'Monday', values: ['2020-03-02'] }];
    const analysis: Analysis = {
      file: null,
      documentDate: null,
      entities: [
        { id: 'e1', type: 'person', name: 'Jo Bell', role: null, aliases: ['Jo Bell'], mentions: [{ start: 0, end: 7, text: 'Jo Bell' }] },
        { id: 'e2', type: 'place', name: 'Acme', role: null, aliases: ['Acme'], mentions: [{ start: 31, end: 35, text: 'Acme' }] },
      ],
      quotes: [
        { id: 'q1', start: 24, end: 30, text: '"Yes."', cue: 'said', speaker: { entityId: 'e1', start: 0, end: 7, text: 'Jo Bell' } },
      ],
      dates: [{ id: 'd1', start: 13, end: 22, text: 'on Monday', type: 'date', value: '2020-03-02' }],
    };
    const t = emptyTotals();
    scoreDoc(gold, analysis, t);
    assert.deepEqual(t.entities.strict, { tp: 1, predicted: 2, gold: 2 });
    assert.deepEqual(t.entities.untyped, { tp: 2, predicted: 2, gold: 2 });
    assert.deepEqual(t.entities.byType.organization.strict, { tp: 0, predicted: 0, gold: 1 });
    assert.deepEqual(t.dates.strict, { tp: 0, predicted: 1, gold: 1 });
    assert.deepEqual(t.dates.relaxed, { tp: 1, predicted: 1, gold: 1 });
    assert.deepEqual(t.dates.valueRelaxed, { correct: 1, total: 1 });
    assert.deepEqual(t.dates.valueStrict, { correct: 0, total: 0 });
    assert.deepEqual(t.quotes.strict, { tp: 1, predicted: 1, gold: 1 });
    assert.deepEqual(t.speakers, { correct: 1, total: 1 });
    assert.equal(t.bcubed.mentions, 2);
  });
});
