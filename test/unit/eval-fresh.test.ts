import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { convertMarkedSources, EVAL_DIR, FRESH_DIR } from '../eval/freshGold';
import { parseMarkup } from '../eval/markup';
import { convertOwn, OwnSpec } from '../eval/own';
import type { GoldDoc } from '../eval/gold';

describe('eval: inline gold markup', () => {
  const source = [
    '@date 2025-03-04',
    '@style test',
    '',
    '<p c=lee>Ann Lee</p> of <o>Acme Group</o> said on <t v=2025-03-03>Monday</t>: <q s=lee>“<l>Paris</l> can wait.”</q>',
    '<p c=lee>Lee</p> called it <n>"Plan B"</n>. <q s=?>"Maybe,"</q> a <t>later</t> voice said.',
  ].join('\n');

  it('strips the markup and keeps exact UTF-16 offsets, clusters and speakers', () => {
    const { text, spec, header } = parseMarkup(source);
    assert.equal(header.style, 'test');
    assert.equal(text, 'Ann Lee of Acme Group said on Monday: “Paris can wait.”\nLee called it "Plan B". "Maybe," a later voice said.');
    assert.equal(spec.documentDate, '2025-03-04');
    assert.deepEqual(
      spec.entities!.map((e) => [e.text, e.type, e.cluster]),
      [
        ['Ann Lee', 'person', 'lee'],
        ['Acme Group', 'organization', 'acme group'],
        ['Paris', 'place', 'paris'],
        ['Lee', 'person', 'lee'],
      ],
    );
    for (const e of [...spec.entities!, ...spec.dates!, ...spec.neutral!])
      assert.equal(text.slice(e.start, e.start! + e.text.length), e.text);
    assert.deepEqual(
      spec.dates!.map((d) => [d.text, d.values]),
      [
        ['Monday', ['2025-03-03']],
        ['later', []],
      ],
    );
    assert.deepEqual(
      spec.quotes!.map((q) => [q.quote, q.speaker]),
      [
        ['“Paris can wait.”', ['Ann Lee', 'Lee']],
        ['"Maybe,"', null],
      ],
    );
    assert.deepEqual(
      spec.neutral!.map((n) => n.text),
      ['"Plan B"'],
    );
  });

  it('names the line of a markup error', () => {
    assert.throws(() => parseMarkup('x\n<p>Ann'), /line 2: <p> is never closed/);
    assert.throws(() => parseMarkup('<p><o>A</o></p>'), /cannot nest/);
    assert.throws(() => parseMarkup('<q s=bob>"Hi"</q>'), /speaker cluster "bob" has no mention/);
    assert.throws(() => parseMarkup('<q>"Hi"</q>'), /needs s=CLUSTER/);
    assert.throws(() => parseMarkup('<p> Ann</p>'), /starts or ends with a space/);
    assert.throws(() => parseMarkup('<p>Ann</o>'), /closes <p>/);
  });

  it('own gold places items by offset or occurrence and refuses a wrong offset', () => {
    const text = 'Bo met Bo.';
    const doc = convertOwn('t', text, { entities: [{ text: 'Bo', occurrence: 2, type: 'person', cluster: 'b' }], dates: [] });
    assert.equal(doc.entities[0].start, 7);
    assert.deepEqual(doc.layers, { entities: true, dates: true, quotes: false, speakers: false });
    assert.throws(
      () => convertOwn('t', text, { entities: [{ text: 'Bo', start: 1, type: 'person', cluster: 'b' }] }),
      /own\/t: "Bo" is not at offset 1/,
    );
  });
});

/** TIMEX3 values as TimeML writes them (dates, times, parts of day, weeks, seasons, quarters, sets, durations, refs). */
const TIMEX_VALUE =
  /^(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}Z?|T(?:MO|AF|EV|NI))?|-XX)?|-W\d{2}(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?|\d{3}X?|FY\d{4}|XXXX-WXX-(?:[1-7]|WE)|XXXX-XX(?:-XXT\d{2}:\d{2})?|XXXX-(?:SP|SU|FA|WI)|T\d{2}:\d{2}|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE))+|PT(?:(?:\d+|X)[HMS])+|PRESENT_REF|PAST_REF|FUTURE_REF|\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2})$/;
const LEADING_NON_NAME = /^(?:the|a|an|mr\.?|mrs\.?|ms\.?|dr\.?|sir|dame|president|mayor|judge|chief)\s/i;

describe('eval: gold-own documents', () => {
  it('every document parses and every quote slices to its text', () => {
    const dir = path.join(EVAL_DIR, 'gold-own');
    const ids = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5));
    assert.ok(ids.length > 0);
    for (const id of ids) {
      const doc = convertOwn(
        id,
        readFileSync(path.join(dir, `${id}.txt`), 'utf8'),
        JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')),
      );
      for (const q of doc.quotes) assert.equal(doc.text.slice(q.start, q.end), q.text, `${id}: ${q.text}`);
    }
  });

  // Articles that came from an earlier fresh set keep their marked sources in gold-own/marked/.
  it('commits what gold-own/marked converts to', () => {
    const dir = path.join(EVAL_DIR, 'gold-own');
    const generated = convertMarkedSources(dir);
    assert.ok(generated.length >= 24, `${generated.length} marked sources in gold-own/marked`);
    for (const f of generated) {
      assert.equal(
        readFileSync(path.join(dir, `${f.id}.txt`), 'utf8'),
        f.text,
        `gold-own/${f.id}.txt is stale: run node out/test/eval/freshGold.js test/eval/gold-own`,
      );
      assert.equal(
        readFileSync(path.join(dir, `${f.id}.json`), 'utf8'),
        f.json,
        `gold-own/${f.id}.json is stale: run node out/test/eval/freshGold.js test/eval/gold-own`,
      );
    }
  });
});

describe('eval: the fresh set', () => {
  const generated = convertMarkedSources();
  const docs: GoldDoc[] = generated.map((f) => convertOwn(f.id, f.text, JSON.parse(f.json) as OwnSpec, 'fresh'));

  // Articles leave fresh for gold-own once their errors have been read (see fresh/README.md).
  it('holds articles of 250-700 words, each with a document date', () => {
    assert.ok(docs.length > 0, 'the fresh set is empty: write new articles before changing rules');
    for (const d of docs) {
      const words = d.text.split(/\s+/).filter(Boolean).length;
      assert.ok(words >= 250 && words <= 700, `${d.id}: ${words} words`);
      assert.match(d.documentDate ?? '', /^\d{4}-\d{2}-\d{2}$/, d.id);
    }
  });

  it('commits exactly what the marked sources convert to', () => {
    for (const f of generated) {
      assert.equal(
        readFileSync(path.join(FRESH_DIR, `${f.id}.txt`), 'utf8'),
        f.text,
        `${f.id}.txt is stale: run node out/test/eval/freshGold.js`,
      );
      assert.equal(
        readFileSync(path.join(FRESH_DIR, `${f.id}.json`), 'utf8'),
        f.json,
        `${f.id}.json is stale: run node out/test/eval/freshGold.js`,
      );
    }
    const committed = readdirSync(FRESH_DIR)
      .filter((f) => /\.(txt|json)$/.test(f))
      .map((f) => f.replace(/\.(txt|json)$/, ''));
    assert.deepEqual([...new Set(committed)].sort(), generated.map((f) => f.id).sort());
  });

  it('every gold span slices exactly to its text, and spans of a layer never overlap', () => {
    for (const d of docs) {
      for (const layer of [d.entities, d.dates, d.quotes]) {
        layer.forEach((s, i) => {
          assert.equal(d.text.slice(s.start, s.end), s.text, `${d.id}: ${s.text}`);
          // Only a quote may hold another (a remark quoted inside a transcript turn).
          const prev = layer[i - 1];
          const nested = layer === d.quotes && prev && s.end <= prev.end;
          if (prev && !nested) assert.ok(prev.end <= s.start, `${d.id}: "${prev.text}" overlaps "${s.text}"`);
        });
      }
    }
  });

  it('follows the conventions: bare names, TimeML values, quotes with marks and speakers', () => {
    for (const d of docs) {
      for (const e of d.entities) {
        assert.doesNotMatch(e.text, LEADING_NON_NAME, `${d.id}: name with a determiner or title: ${e.text}`);
        // A full stop ends a name only in an abbreviation ("B.C.", "U.S.", "Calif.", "Systems Inc.").
        const abbreviated = /(?:^|\s)[A-Z][a-z]{1,4}\.$/.test(e.text);
        if (!abbreviated) assert.doesNotMatch(e.text, /[\s,;:]$|^[^.]*\.$/, `${d.id}: ${e.text}`);
      }
      for (const t of d.dates) {
        assert.doesNotMatch(
          t.text,
          /^(?:on|in|at(?! least)|by|since|for|from|until|over|during)\s/i,
          `${d.id}: date with its preposition: ${t.text}`,
        );
        for (const v of t.values) assert.match(v, TIMEX_VALUE, `${d.id}: value ${v} of "${t.text}"`);
      }
      for (const q of d.quotes) {
        const lineStart = d.text.lastIndexOf('\n', q.start - 1) + 1;
        const label = d.text.slice(lineStart, q.start).replace(/\(([A-Z ]+)\)/, '$1');
        const transcriptTurn = /^[A-Z][A-Z .()]+: $/.test(label) || /^(?:Operator|Moderator|Host): $/.test(label);
        // Call transcripts put "Name -- Role" on a line of its own and the turn in the next paragraph.
        const previousLine = d.text.slice(0, lineStart).trimEnd().split('\n').pop() ?? '';
        const labelledParagraph = label === '' && /^[\p{Lu}][\p{L}.' -]+ -- \S/u.test(previousLine);
        if (transcriptTurn || labelledParagraph) {
          assert.ok(!q.text.includes('\n'), `${d.id}: a transcript turn ends with its line`);
          continue;
        }
        assert.match(q.text, /^["“‘']/, `${d.id}: quote must start with its mark: ${q.text.slice(0, 40)}`);
        assert.match(q.text, /["”’'][^\w]*$/u, `${d.id}: quote must end with its mark: ${q.text.slice(-40)}`);
        if (q.speaker) assert.ok(q.speaker.length > 0);
      }
    }
  });

  it('annotates every double or opening curly quotation mark as a quote or a neutral span', () => {
    for (const d of docs) {
      const covered = [...d.quotes.map((q): [number, number] => [q.start, q.end]), ...(d.neutralQuotes ?? [])];
      for (let i = 0; i < d.text.length; i++) {
        if (!/["“”‘]/.test(d.text[i])) continue;
        assert.ok(
          covered.some(([s, e]) => i >= s && i < e),
          `${d.id}: unannotated quotation mark at ${i}: ${d.text.slice(i, i + 40)}`,
        );
      }
    }
  });
});
