import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import type { Entity } from '../../src/analysis/types';
import type { NameCandidate } from '../../src/analysis/candidates';
import { ALIAS_STEPS, UnionFind, type AliasStep } from '../../src/analysis/entities';
import { aliasContext } from '../../src/analysis/entities/aliasContext';
import { joinBareHeads } from '../../src/analysis/entities/bareHeads';
import { joinClippedForms } from '../../src/analysis/entities/clippedForms';
import { joinExactRepeats } from '../../src/analysis/entities/exactRepeats';
import { joinHandlesToNames } from '../../src/analysis/entities/handleOwners';
import { joinShortForms } from '../../src/analysis/entities/shortForms';
import { joinWrittenOwners } from '../../src/analysis/entities/writtenOwners';

const entity = (entities: Entity[], name: string) => {
  const e = entities.find((x) => x.aliases.includes(name));
  assert.ok(e, `no entity with alias ${name}: ${JSON.stringify(entities.map((x) => x.aliases))}`);
  return e;
};

describe('aliases and types', () => {
  const text = [
    'President Vladimir Putin invited Indian Prime Minister Narendra Modi as External Affairs Minister S Jaishankar called at the Kremlin.',
    '"We will be glad to see Prime Minister Modi," Putin told Jaishankar.',
    'Jaishankar met FM Sergey Lavrov. Lavrov said talks went well.',
    'Conveyed the greetings of PM @narendramodi. — Dr. S. Jaishankar (@DrSJaishankar) December 27, 2023',
  ].join('\n\n');
  const a = analyze(text);

  it('joins full names, surnames, titles and handles into one entity per person', () => {
    const putin = entity(a.entities, 'Putin');
    assert.equal(putin.name, 'Vladimir Putin');
    assert.equal(putin.role, 'President');
    assert.equal(putin.type, 'person');
    const modi = entity(a.entities, '@narendramodi');
    assert.equal(modi.name, 'Narendra Modi');
    assert.equal(modi.role, 'Prime Minister');
    const j = entity(a.entities, '@DrSJaishankar');
    assert.deepEqual([...j.aliases].sort(), ['@DrSJaishankar', 'Jaishankar', 'S Jaishankar', 'S. Jaishankar'].sort());
    assert.equal(j.role, 'External Affairs Minister');
    const lavrov = entity(a.entities, 'Lavrov');
    assert.equal(lavrov.name, 'Sergey Lavrov');
    assert.equal(lavrov.mentions.length, 2);
  });

  it('numbers entities by first mention, mentions sorted, spans exact', () => {
    assert.equal(a.entities[0].name, 'Vladimir Putin');
    a.entities.forEach((e, i) => {
      assert.equal(e.id, `e${i + 1}`);
      for (let k = 1; k < e.mentions.length; k++) assert.ok(e.mentions[k].start > e.mentions[k - 1].start);
      for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    });
    const firsts = a.entities.map((e) => e.mentions[0].start);
    assert.deepEqual(
      firsts,
      [...firsts].sort((x, y) => x - y),
    );
  });

  it('confirms a sentence-initial surname through the full name elsewhere', () => {
    const r = analyze('Okonkwo arrived late.\n\nLater, Chidi Okonkwo spoke to reporters.');
    const e = entity(r.entities, 'Okonkwo');
    assert.equal(e.name, 'Chidi Okonkwo');
    assert.equal(e.mentions.length, 2);
    const r2 = analyze('Reporters arrived late. Nobody spoke.');
    assert.deepEqual(r2.entities, []);
  });

  it('joins an acronym to the name it abbreviates, by brackets or by initials', () => {
    const r = analyze(
      'The World Health Organization (WHO) warned on Monday. WHO officials said the Global Ocean Council would help; GOC agreed.',
    );
    const who = entity(r.entities, 'WHO');
    assert.equal(who.name, 'World Health Organization');
    assert.equal(who.type, 'organization');
    assert.equal(who.mentions.length, 3);
    assert.equal(entity(r.entities, 'GOC').name, 'Global Ocean Council');
  });

  it('sends a shared surname to the nearest full name before it', () => {
    const r = analyze('George Bush spoke first. Bush left.\n\nThen Laura Bush arrived. Bush smiled.');
    const george = entity(r.entities, 'George Bush');
    const laura = entity(r.entities, 'Laura Bush');
    assert.equal(george.mentions.length, 2);
    assert.equal(laura.mentions.length, 2);
  });

  it('keeps a place and an organization with the same name apart', () => {
    const r = analyze('Protests spread across Panama on Monday. The carrier Panama said it would fly again.');
    const types = r.entities
      .filter((e) => e.aliases.includes('Panama'))
      .map((e) => e.type)
      .sort();
    assert.ok(types.includes('place') && types.includes('organization'), JSON.stringify(r.entities));
  });

  it('an organization and its short name ("Freedom Magazine", "Freedom") are one entity', () => {
    const r = analyze('Freedom Magazine published a reply. Freedom is run by the church.');
    const e = entity(r.entities, 'Freedom');
    assert.equal(e.name, 'Freedom Magazine');
    assert.equal(e.type, 'organization');
  });

  it('drops the bare name of a vehicle or work named elsewhere with its cue', () => {
    const b = analyze('Space Shuttle Meridian flew in 1990.\n\nMeridian will go on display at the museum, said Ruth Okonkwo.');
    assert.ok(!b.entities.some((e) => e.aliases.includes('Meridian')), JSON.stringify(b.entities.map((e) => e.aliases)));
    assert.ok(b.entities.some((e) => e.name === 'Ruth Okonkwo'));
  });

  it('makes every country a team in a match report, and only there', () => {
    const b = analyze('Norway defeated Chile 2 – 1. Peru beat Ghana 3 – 0.\n\nNorway had more possession. Chile scored late.');
    for (const n of ['Norway', 'Chile', 'Peru', 'Ghana']) assert.equal(entity(b.entities, n).type, 'organization', n);
    const c = analyze('Norway signed a treaty with Chile.');
    assert.equal(entity(c.entities, 'Norway').type, 'place');
  });

  it('keeps a specific abbreviated title over a bare one from a list', () => {
    const b = analyze('FM Sergey Lavrov met Ministers Manturov and Lavrov.');
    assert.equal(entity(b.entities, 'Lavrov').role, 'FM');
    assert.equal(entity(b.entities, 'Manturov').role, 'Minister');
  });
});

describe('union-find', () => {
  it('joins sets transitively and keeps the smallest member as the root', () => {
    const uf = new UnionFind(6);
    uf.union(4, 2);
    uf.union(2, 5);
    uf.union(3, 1);
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].map((i) => uf.find(i)),
      [0, 1, 2, 1, 2, 2],
    );
    uf.union(5, 3);
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].map((i) => uf.find(i)),
      [0, 1, 1, 1, 1, 1],
    );
    uf.union(1, 4);
    assert.equal(uf.find(4), 1);
  });
});

describe('alias steps, one at a time', () => {
  /** Mentions laid out one after another, as the names pass would give them. */
  const mentions = (...parts: Array<Partial<NameCandidate> & { text: string }>): NameCandidate[] => {
    let at = 0;
    return parts.map((p) => {
      const c: NameCandidate = { type: null, role: null, ...p, start: at, end: at + p.text.length };
      at = c.end + 10;
      return c;
    });
  };
  /** The root of each mention after one step alone. */
  const roots = (step: AliasStep, list: NameCandidate[]) => {
    const context = aliasContext(list);
    step(context);
    return list.map((_, i) => context.groups.find(i));
  };

  it('runs every step, each once', () => {
    assert.equal(new Set(ALIAS_STEPS).size, ALIAS_STEPS.length);
    assert.equal(ALIAS_STEPS.length, 9);
  });

  it('bare heads: "Authority" joins the nearest organization before it with that head word', () => {
    const list = mentions(
      { text: 'Lenford Port Authority', type: 'organization' },
      { text: 'Communications Authority of Tarn', type: 'organization' },
      { text: 'Authority' },
    );
    const context = aliasContext(list);
    joinBareHeads(context);
    assert.equal(context.groups.find(2), context.groups.find(1));
    assert.notEqual(context.groups.find(0), context.groups.find(1));
  });

  it('exact repeats: same text joins, a place and an organization stay apart, a shared surname waits', () => {
    const list = mentions(
      { text: 'Panama', type: 'place' },
      { text: 'Panama', type: 'organization' },
      { text: 'Panama', type: 'place' },
      { text: 'George Bush', type: 'person' },
      { text: 'Laura Bush', type: 'person' },
      { text: 'Bush' },
      { text: 'Bush' },
    );
    assert.deepEqual(roots(joinExactRepeats, list), [0, 1, 0, 3, 4, 5, 6]);
  });

  it('written owners: a bracketed short form joins the first mention of its owner', () => {
    const list = mentions(
      { text: 'World Health Organization', type: 'organization' },
      { text: 'WHO', ownerName: 'World Health Organization' },
    );
    assert.deepEqual(roots(joinWrittenOwners, list), [0, 0]);
  });

  it('short forms: a surname joins the nearest full name before it, else the first after', () => {
    const list = mentions(
      { text: 'Bush' },
      { text: 'George Bush', type: 'person' },
      { text: 'Bush' },
      { text: 'Laura Bush', type: 'person' },
      { text: 'Bush' },
      { text: 'Global Ocean Council', type: 'organization' },
      { text: 'GOC' },
    );
    assert.deepEqual(roots(joinShortForms, list), [0, 0, 0, 3, 3, 5, 5]);
  });

  it('clipped forms: one untyped word joins an organization named before whose first word it clips', () => {
    const list = mentions({ text: 'Met' }, { text: 'Metropolitan Police', type: 'organization' }, { text: 'Met' }, { text: 'Metro' });
    assert.deepEqual(roots(joinClippedForms, list), [0, 1, 1, 1]);
  });

  it('handles: a handle with no written owner joins the name it spells, never a place', () => {
    const list = mentions(
      { text: 'Narendra Modi', type: 'person' },
      { text: '@narendramodi', handle: true },
      { text: 'Kursk', type: 'place' },
      { text: '@kursk', handle: true },
    );
    assert.deepEqual(roots(joinHandlesToNames, list), [0, 0, 2, 3]);
  });
});
