import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocument } from '../../src/analysis/document';
import { findDocumentDate, fullDateIn } from '../../src/analysis/dateline';
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
    assert.equal(analyze('date 2024-02-13\n\nShe left yesterday.', { documentDate: '2020-01-02' }).dates.find((d) => d.text === 'yesterday')?.value, '2020-01-01');
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
