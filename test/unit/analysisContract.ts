// The Analysis contract (DESIGN.md) as one checker, shared by the fuzz and pathological suites:
// every span slices exactly, lies inside the text, has no surrounding whitespace, spans of a kind
// are sorted and do not overlap (quotes may nest: a remark quoted inside a transcript turn), ids are
// unique, speakers point at real entities, and the result is plain JSON data (it is the JSON export).
import * as assert from 'node:assert/strict';
import type { Analysis, Span } from '../../src/analysis/types';

const DATE_TYPES = new Set(['date', 'time', 'duration', 'set']);
const ENTITY_TYPES = new Set(['person', 'organization', 'place']);

function checkSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.end <= text.length, `${what} [${span.start},${span.end}) lies inside the text (length ${text.length})`);
  assert.ok(span.start < span.end, `${what} [${span.start},${span.end}) is not empty`);
  assert.equal(text.slice(span.start, span.end), span.text, `${what}: text.slice(start, end) === text`);
  assert.ok(!/^\s|\s$/u.test(span.text), `${what} ${JSON.stringify(span.text)} has no surrounding whitespace`);
}

function checkSortedDisjoint(spans: Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1];
    const b = spans[i];
    assert.ok(a.start <= b.start, `${what} sorted: ${JSON.stringify(a.text)}@${a.start} before ${JSON.stringify(b.text)}@${b.start}`);
    assert.ok(
      a.end <= b.start,
      `${what} do not overlap: ${JSON.stringify(a.text)}@${a.start}-${a.end} and ${JSON.stringify(b.text)}@${b.start}-${b.end}`,
    );
  }
}

/** Quotes: sorted, and any two either apart or one wholly inside the other (a remark inside a transcript turn). */
function checkSortedNested(spans: Span[], what: string): void {
  const open: Span[] = [];
  spans.forEach((b, i) => {
    const a = spans[i - 1];
    if (a)
      assert.ok(a.start <= b.start, `${what} sorted: ${JSON.stringify(a.text)}@${a.start} before ${JSON.stringify(b.text)}@${b.start}`);
    while (open.length && open[open.length - 1].end <= b.start) open.pop();
    const outer = open[open.length - 1];
    assert.ok(
      !outer || b.end <= outer.end,
      `${what} nest or stay apart: ${JSON.stringify(outer?.text)}@${outer?.start}-${outer?.end} and ${JSON.stringify(b.text)}@${b.start}-${b.end}`,
    );
    open.push(b);
  });
}

function checkIds(items: Array<{ id: string }>, prefix: string): void {
  const ids = new Set<string>();
  for (const it of items) {
    assert.equal(typeof it.id, 'string');
    assert.ok(it.id.startsWith(prefix), `id ${it.id} starts with ${prefix}`);
    assert.ok(!ids.has(it.id), `id ${it.id} is unique`);
    ids.add(it.id);
  }
}

export function checkAnalysis(text: string, a: Analysis): void {
  assert.ok(a.documentDate === null || /^\d{4}-\d{2}-\d{2}$/.test(a.documentDate), `documentDate ${a.documentDate} is YYYY-MM-DD or null`);
  if (a.documentDate) {
    const d = new Date(`${a.documentDate}T00:00:00Z`);
    assert.ok(
      !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === a.documentDate,
      `documentDate ${a.documentDate} is a real calendar date`,
    );
  }
  checkIds(a.entities, 'e');
  checkIds(a.quotes, 'q');
  checkIds(a.dates, 'd');
  const entityIds = new Set(a.entities.map((e) => e.id));
  const allMentions: Span[] = [];
  for (const e of a.entities) {
    assert.ok(ENTITY_TYPES.has(e.type), `entity type ${e.type}`);
    assert.equal(typeof e.name, 'string');
    assert.ok(e.name.length > 0, 'entity name is not empty');
    assert.ok(e.role === null || typeof e.role === 'string', 'role is a string or null');
    assert.ok(Array.isArray(e.aliases) && e.aliases.every((x) => typeof x === 'string'), 'aliases are strings');
    for (const m of e.mentions) checkSpan(text, m, `mention of ${e.id}`);
    checkSortedDisjoint(e.mentions, `mentions of ${e.id}`);
    allMentions.push(...e.mentions);
  }
  allMentions.sort((x, y) => x.start - y.start || x.end - y.end);
  checkSortedDisjoint(allMentions, 'entity mentions');
  for (const q of a.quotes) {
    checkSpan(text, q, `quote ${q.id}`);
    assert.ok(q.cue === null || typeof q.cue === 'string', 'cue is a string or null');
    if (q.speaker) {
      checkSpan(text, q.speaker, `speaker of ${q.id}`);
      assert.ok(
        q.speaker.entityId === null || entityIds.has(q.speaker.entityId),
        `speaker.entityId ${q.speaker.entityId} refers to an entity`,
      );
    }
  }
  checkSortedNested(a.quotes, 'quotes');
  for (const d of a.dates) {
    checkSpan(text, d, `date ${d.id}`);
    assert.ok(DATE_TYPES.has(d.type), `date type ${d.type}`);
    assert.ok(d.value === null || (typeof d.value === 'string' && d.value.length > 0), `date value ${d.value}`);
  }
  checkSortedDisjoint(a.dates, 'dates');
  checkJsonSafe(a, 'analysis');
}

/** Numbers finite, no functions or cycles: the JSON export must say exactly what the object says. */
function checkJsonSafe(value: unknown, path: string, seen = new Set<object>()): void {
  if (typeof value === 'number') assert.ok(Number.isFinite(value), `${path} is a finite number`);
  else if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
    assert.fail(`${path} is not JSON (${typeof value})`);
  else if (value && typeof value === 'object') {
    assert.ok(!seen.has(value), `${path} is not a cycle`);
    seen.add(value);
    for (const [k, v] of Object.entries(value)) checkJsonSafe(v, `${path}.${k}`, seen);
    seen.delete(value);
  }
}
