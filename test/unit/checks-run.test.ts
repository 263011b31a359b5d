import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import { CHECKS, CHECK_CODES, MAX_DIAGNOSTICS, runChecks } from '../../src/checks';
import { readSeed, seedFiles } from './exportSupport';

const ARTICLE = 'date 2024-03-06\n\nAmaka Okonkwo spoke on Monday, March 5, 2024.\n\nOkonkwo said more. Okonkow left.';

describe('runChecks', () => {
  it('gives every code a default severity and a README anchor', () => {
    assert.deepEqual(
      CHECKS.map((c) => c.code),
      [...CHECK_CODES],
    );
    for (const c of CHECKS) {
      assert.match(c.defaultSeverity, /^(error|warning|info|hint)$/);
      assert.equal(c.anchor, `check-${c.code}`);
    }
  });

  it('returns DESIGN.md diagnostics, sorted, with 1-based line and column', () => {
    const ds = runChecks(analyze(ARTICLE), ARTICLE);
    assert.deepEqual(
      ds.map((d) => d.code),
      ['weekday-mismatch', 'name-variant'],
    );
    const w = ds[0];
    assert.deepEqual([w.line, w.column], [3, ARTICLE.split('\n')[2].indexOf('Monday') + 1]);
    for (const d of ds) {
      assert.deepEqual(
        Object.keys(d)
          .filter((k) => k !== 'fix')
          .sort(),
        ['code', 'column', 'end', 'line', 'message', 'related', 'severity', 'start'].sort(),
      );
    }
  });

  it('applies severities from the options, and "off"', () => {
    const ds = runChecks(analyze(ARTICLE), ARTICLE, { severities: { 'weekday-mismatch': 'error', 'name-variant': 'off' } });
    assert.deepEqual(
      ds.map((d) => [d.code, d.severity]),
      [['weekday-mismatch', 'error']],
    );
  });

  it('honours ignore annotations from the sidecar', () => {
    const analysis = analyze(ARTICLE);
    const at = ARTICLE.indexOf('Okonkow ');
    analysis.annotations = { applied: 1, orphaned: [], ignored: [{ id: 'u1', code: 'name-variant', start: at, end: at + 7 }] };
    assert.deepEqual(
      runChecks(analysis, ARTICLE).map((d) => d.code),
      ['weekday-mismatch'],
    );
    analysis.annotations.ignored![0].code = 'role-mismatch';
    assert.equal(runChecks(analysis, ARTICLE).length, 2, 'an ignore for another check hides nothing');
  });

  it('honours Markdown disable and enable comments', () => {
    const md = `<!-- news-lens-disable name-variant -->\n${ARTICLE}`;
    assert.deepEqual(
      runChecks(analyze(md), md).map((d) => d.code),
      ['weekday-mismatch'],
    );
    const all = `<!-- news-lens-disable -->\n${ARTICLE}`;
    assert.deepEqual(runChecks(analyze(all), all), []);
    const block = ARTICLE.replace('Amaka', '<!-- news-lens-disable weekday-mismatch -->Amaka').replace(
      '\n\nOkonkwo said',
      '<!-- news-lens-enable weekday-mismatch -->\n\nOkonkwo said',
    );
    assert.deepEqual(
      runChecks(analyze(block), block).map((d) => d.code),
      ['name-variant'],
    );
  });

  it('reports at most 500 diagnostics', () => {
    const text = Array.from({ length: 600 }, () => 'It rained on Monday, March 5, 2024.').join('\n\n');
    const ds = runChecks(analyze(text), text);
    assert.equal(ds.length, MAX_DIAGNOSTICS);
  });

  it('finds nothing in the sample articles', () => {
    for (const file of seedFiles()) {
      const text = readSeed(file);
      const ds = runChecks(analyze(text), text);
      assert.deepEqual(
        ds.map((d) => `${d.code}: ${text.slice(d.start, d.end)}`),
        [],
        file,
      );
    }
  });
});
