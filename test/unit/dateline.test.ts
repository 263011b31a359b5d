import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocument } from '../../src/analysis/document';
import { datelinePlace, findDocumentDate, fullDateIn, placeNameCase } from '../../src/analysis/dateline';
import { articleSources } from '../../src/editor/describe';
import { analyze } from '../../src/analysis/analyze';

const docDate = (text: string) => findDocumentDate(buildDocument(text));

describe('document date', () => {
  it('reads a `date YYYY-MM-DD` first line, also with a leading space and text running on', () => {
    assert.equal(docDate('date 2024-02-13\n\nThe council met.'), '2024-02-13');
    assert.equal(docDate(' date 2023-12-28 President Vladimir Putin extended an invitation.'), '2023-12-28');
  });

  it('reads Markdown front matter', () => {
    assert.equal(docDate('---\ntitle: "Maps"\ndate: 2025-09-02\nauthor: L. F.\n---\n\n# Maps\n'), '2025-09-02');
    assert.equal(docDate('---\ntitle: x\ndate: "2025-09-02T10:00:00Z"\n---\nBody'), '2025-09-02');
  });

  it('reads byline dates in the usual forms', () => {
    assert.equal(docDate('Ocean maps\n\nPublished 28 December 2023\n\nText.'), '2023-12-28');
    assert.equal(docDate('Ocean maps\nUpdated: Dec. 28, 2023 10:45 a.m.\n\nText.'), '2023-12-28');
    assert.equal(docDate('Storm hits coast\n\nThursday, December 28, 2023\n\nThe storm hit.'), '2023-12-28');
    assert.equal(docDate('Storm hits coast\n\nBy Ana Ruiz, March 3, 2024\n\nThe storm hit.'), '2024-03-03');
  });

  it('reads a wire dateline with a year, and gives up on one without', () => {
    assert.equal(docDate('WASHINGTON, March 3, 2024 (Reuters) - The Senate voted.'), '2024-03-03');
    assert.equal(docDate('WASHINGTON, March 3 (Reuters) - The Senate voted.'), null);
    assert.equal(docDate('NEW DELHI, Dec 28 (PTI): The minister said.'), null);
    assert.equal(docDate('LONDON (AP) — The bank held rates.'), null);
  });

  it('takes the year of a yearless dateline from a byline in the head', () => {
    assert.equal(docDate('Rates held\nPublished March 3, 2024\n\nNAIROBI, March 3 (Reuters) - The bank held rates.'), '2024-03-03');
  });

  it('ignores impossible dates and dates deep in the body', () => {
    assert.equal(docDate('date 2024-02-31\n\nText.'), null);
    assert.equal(docDate('Published 9999-99-99\n\nText.'), null);
    assert.equal(docDate(`${'Filler sentence here. '.repeat(60)}\n\nPublished 28 December 2023`), null);
    assert.equal(docDate('The summit on December 28, 2023 was long, the longest in years.'), null);
  });

  it('finds the first full date in a line', () => {
    assert.equal(fullDateIn('posted on 5 May 2021, updated 2021-06-01'), '2021-05-05');
    assert.equal(fullDateIn('no date here'), null);
  });

  it('lets the caller override it', () => {
    assert.equal(
      analyze('date 2024-02-13\n\nShe left yesterday.', { documentDate: '2020-01-02' }).dates.find((d) => d.text === 'yesterday')?.value,
      '2020-01-01',
    );
  });

  it('works on the seeds', () => {
    const seeds = path.join(__dirname, '..', '..', '..', 'seeds');
    const read = (f: string) => readFileSync(path.join(seeds, f), 'utf8');
    assert.equal(docDate(read('000_114cf2c0402081cf.txt')), '2023-12-28');
    assert.equal(docDate(read('markdown-feature.md')), '2025-09-02');
    assert.equal(docDate(read('uk-single-quotes.txt')), '2024-06-14');
    // "NAIROBI, March 3 (Reuters) -" gives no year
    assert.equal(docDate(read('wire-dateline.txt')), null);
  });
});

describe('the `date YYYY-MM-DD` metadata line', () => {
  it("is the article's date, not one of its dates", () => {
    const a = analyze('date 2024-02-13\n\nThe council met on Tuesday.');
    assert.equal(a.documentDate, '2024-02-13');
    assert.deepEqual(
      a.dates.map((d) => [d.id, d.text, d.value]),
      [['d1', 'Tuesday', '2024-02-13']],
    );
  });

  it('with a colon, a leading space, text running on, or an override: still no fact', () => {
    assert.deepEqual(analyze('date: 2024-02-13\nThe council met.').dates, []);
    const runOn = analyze(' date 2023-12-28 President Vladimir Putin met Modi on Tuesday.');
    assert.deepEqual(
      runOn.dates.map((d) => d.text),
      ['Tuesday'],
    );
    assert.deepEqual(analyze('date 2024-02-13\n\nShe left.', { documentDate: '2020-01-02' }).dates, []);
  });

  it('the same date later in the story is a fact', () => {
    const text = 'date 2024-02-13\n\nThe report, dated 2024-02-13, was published.';
    const a = analyze(text);
    assert.deepEqual(
      a.dates.map((d) => d.start),
      [text.lastIndexOf('2024-02-13')],
    );
  });

  it('the seed article: its first date fact is in the story, not the metadata', () => {
    const seed = readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', '000_114cf2c0402081cf.txt'), 'utf8');
    const a = analyze(seed);
    assert.equal(a.documentDate, '2023-12-28');
    assert.ok(a.dates.length > 0);
    assert.ok(
      a.dates.every((d) => d.start > seed.indexOf('2023-12-28') + 10),
      'no date inside "date 2023-12-28"',
    );
  });
});

describe('datelines in capitals', () => {
  const place = (text: string) =>
    analyze(text).entities.find((e) => e.type === 'place' && e.mentions[0].start === datelinePlace(text)?.start);

  it('"NAIROBI, March 3 (Reuters) -" names the place "Nairobi"; the mention keeps the text as written', () => {
    const text = "NAIROBI, March 3 (Reuters) - Kenya's central bank held its rate on Tuesday.";
    const nairobi = place(text)!;
    assert.equal(nairobi.name, 'Nairobi');
    assert.equal(nairobi.mentions[0].text, 'NAIROBI');
    assert.equal(text.slice(nairobi.mentions[0].start, nairobi.mentions[0].end), 'NAIROBI');
    assert.equal(nairobi.aliases[0], 'Nairobi');
  });

  it('takes the spelling of running text when the story has one, and cases the others', () => {
    const wire = readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', 'wire-dateline.txt'), 'utf8');
    assert.equal(
      analyze(wire)
        .entities.filter((e) => /nairobi/i.test(e.name))
        .map((e) => e.name)
        .join(),
      'Nairobi',
    );
    assert.equal(place('NEW DELHI, Dec 28 (PTI): The minister said the talks went well.')?.name, 'New Delhi');
    assert.equal(place('LONDON (AP) — The bank held rates, said Andrew Bailey.')?.name, 'London');
    assert.equal(placeNameCase('PORT-AU-PRINCE'), 'Port-au-Prince');
    assert.equal(placeNameCase('RIO DE JANEIRO'), 'Rio de Janeiro');
  });

  it('a headline or an acronym in capitals is no dateline', () => {
    assert.equal(datelinePlace('STORM HITS COAST\n\nThe storm hit.'), undefined);
    assert.ok(analyze('NATO said on Monday it would meet. NATO officials agreed.').entities.some((e) => e.name === 'NATO'));
  });

  it("the agency of the dateline is the article's source; an acronym in brackets after its full name is not", () => {
    const wire = readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', 'wire-dateline.txt'), 'utf8');
    assert.deepEqual(
      articleSources(analyze(wire), wire).map((e) => e.name),
      ['Reuters'],
    );
    const ap = 'LONDON (AP) — The bank held rates, said Andrew Bailey.';
    assert.deepEqual(
      articleSources(analyze(ap), ap).map((e) => e.name),
      ['AP'],
    );
  });
});
