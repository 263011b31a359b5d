// The decision trace of the names and dates passes: every entity type and every date value names a
// registered rule, and analyze() keeps the trace only with `explain`.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/analysis/analyze';
import { ENTITY_TYPE_RULES, DATE_VALUE_RULES, ruleById } from '../../src/analysis/rules';
import { NAME_TYPE_RULES } from '../../src/analysis/names/typeRules';

const SEEDS = path.join(__dirname, '..', '..', '..', 'seeds');
const seedTexts = () => readdirSync(SEEDS).map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
const entityIds = new Set(ENTITY_TYPE_RULES.map((r) => r.id));
const dateIds = new Set(DATE_VALUE_RULES.map((r) => r.id));

describe('decision trace: entity types and date values', () => {
  it('registers every rule of the names type table, once, with a description', () => {
    for (const r of NAME_TYPE_RULES) assert.ok(entityIds.has(r.id), r.id);
    for (const r of [...ENTITY_TYPE_RULES, ...DATE_VALUE_RULES]) {
      assert.match(r.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(r.description.length > 10, r.id);
      assert.equal(ruleById(r.id), r);
    }
    assert.equal(new Set(NAME_TYPE_RULES.map((r) => r.id)).size, NAME_TYPE_RULES.length);
  });

  it('names a registered rule for every entity type and date value of every seed', () => {
    for (const text of seedTexts()) {
      const a = analyze(text, { explain: true });
      assert.ok(a.entities.length > 0 || a.dates.length > 0);
      for (const e of a.entities) assert.ok(e.why && entityIds.has(e.why.type), `${e.name}: ${e.why?.type}`);
      for (const d of a.dates) assert.ok(d.why && dateIds.has(d.why.value), `${d.text}: ${d.why?.value}`);
    }
  });

  it('leaves the trace out without explain', () => {
    const a = analyze('Mayor Ana Ruiz of Portsmouth said on Tuesday that the works would take nine months.', {
      documentDate: '2024-03-14',
    });
    assert.ok(a.entities.length > 0 && a.dates.length > 0);
    for (const e of a.entities) assert.equal(e.why, undefined);
    for (const d of a.dates) assert.equal(d.why, undefined);
  });

  it('says which rule typed a made-up name', () => {
    const why = (text: string, name: string) =>
      analyze(text, { explain: true, documentDate: '2024-03-14' }).entities.find((e) => e.name === name)?.why?.type;
    assert.equal(why('Finance Minister Carla Bentove spoke first.', 'Carla Bentove'), 'title-person');
    assert.equal(why('The decision angered the Grenwick Valley Railway on Monday.', 'Grenwick Valley Railway'), 'organization-head-word');
    assert.equal(why('Shares fell, news agency Torvap reported.', 'Torvap'), 'organization-word-before');
  });

  it('says which rule gave a made-up date its value', () => {
    const why = (text: string, t: string) =>
      analyze(text, { explain: true, documentDate: '2024-03-14' }).dates.find((d) => d.text === t)?.why?.value;
    assert.equal(why('The council met yesterday.', 'yesterday'), 'day-word');
    assert.equal(why('Repairs will take nine months.', 'nine months'), 'counted-duration');
    assert.equal(why('The vote was held on March 3, 2021.', 'March 3, 2021'), 'chrono-month-day');
    assert.equal(why('They met every weekend.', 'every weekend'), 'every-set');
  });
});
