// The engine's output on every seed, every eval document and a 10,000-word document of distinct
// articles must stay exactly what test/snapshots/ holds: performance work must not change a result.
// After a deliberate change of output, run `npm run snapshots:update` and review the diff.
import * as assert from 'node:assert';
import { corporaRoot } from '../eval/corpora';
import { corporaPresent, readSnapshot, root, snapshotCases } from './snapshotCases';

describe('snapshots of the Analysis JSON', function () {
  this.timeout(120_000);
  for (const c of snapshotCases) {
    it(`${c.file} is unchanged`, function () {
      if (c.needsCorpora && !corporaPresent()) {
        console.log(`      skipped ${c.file}: the eval corpora are not in ${corporaRoot(root)} (set NEWS_LENS_CORPORA)`);
        this.skip();
      }
      const expected = readSnapshot(c.file);
      assert.ok(expected, `test/snapshots/${c.file} is missing: run npm run snapshots:update`);
      const actual = c.analyses();
      assert.deepStrictEqual([...actual.keys()], Object.keys(expected), `${c.file}: the documents differ`);
      for (const [id, analysis] of actual) {
        // JSON round trip: the snapshot holds what the CLI would print.
        assert.deepStrictEqual(
          JSON.parse(JSON.stringify(analysis)),
          expected[id],
          `${c.file}: ${id} changed (npm run snapshots:update if on purpose)`,
        );
      }
    });
  }
});
