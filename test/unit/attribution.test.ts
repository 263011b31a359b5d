import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildDocument } from '../../src/analysis/document';
import { findQuotes } from '../../src/analysis/quotes';
import { NEIGHBOUR_PASSES, SIEVES, attributeQuotes } from '../../src/analysis/attribution';
import { analyze } from '../../src/analysis/analyze';
import type { Entity, EntityType, Quote } from '../../src/analysis/types';

interface EntitySpec {
  type: EntityType;
  name: string;
  role?: string;
  aliases?: string[];
}

/**
 * Entities as the entities pass would give them: every written occurrence of a name or alias
 * (longest first, whole words) becomes a mention. Attribution is tested on its own this way.
 */
function entitiesFor(text: string, specs: EntitySpec[]): Entity[] {
  const taken: Array<[number, number]> = [];
  const entities: Entity[] = specs.map((s, i) => ({
    id: `e${i + 1}`,
    type: s.type,
    name: s.name,
    role: s.role ?? null,
    aliases: [s.name, ...(s.aliases ?? [])],
    mentions: [],
  }));
  const forms = entities.flatMap((e) => e.aliases.map((a) => ({ e, a }))).sort((x, y) => y.a.length - x.a.length);
  for (const { e, a } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index;
      const end = s + a.length;
      if (taken.some(([x, y]) => s < y && x < end)) continue;
      taken.push([s, end]);
      e.mentions.push({ start: s, end, text: a });
    }
  }
  for (const e of entities) e.mentions.sort((x, y) => x.start - y.start);
  return entities;
}

function attribute(text: string, specs: EntitySpec[] = []): { quotes: Quote[]; name: (q: Quote) => string | null } {
  const doc = buildDocument(text);
  const entities = entitiesFor(text, specs);
  const quotes = attributeQuotes(findQuotes(doc), entities, doc);
  for (const q of quotes) {
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
  }
  const name = (q: Quote) => (q.speaker?.entityId ? entities.find((e) => e.id === q.speaker!.entityId)!.name : null);
  return { quotes, name };
}

const PUTIN: EntitySpec = { type: 'person', name: 'Vladimir Putin', role: 'President', aliases: ['Putin'] };
const JAISHANKAR: EntitySpec = { type: 'person', name: 'S Jaishankar', role: 'External Affairs Minister', aliases: ['Jaishankar'] };

describe('attribution: cue next to the quote', () => {
  it('"...," X told Y: the speaker is X, the cue "told"', () => {
    const {
      quotes: [q],
      name,
    } = attribute('"We will be glad to see you in Russia," Putin told Jaishankar, news agency PTI reported.', [PUTIN, JAISHANKAR]);
    assert.equal(q.speaker?.text, 'Putin');
    assert.equal(name(q), 'Vladimir Putin');
    assert.equal(q.cue, 'told');
  });

  it('"...," said X, dropping the title in front of the name', () => {
    const {
      quotes: [q],
    } = attribute('"Seventeen years ago, this would not have been possible," said Ambassador Mohib.');
    assert.equal(q.speaker?.text, 'Mohib');
    assert.equal(q.speaker?.entityId, null);
    assert.equal(q.cue, 'said');
  });

  it('"...," X said in a post on X: the cue is the verb as written', () => {
    const text =
      '"Honoured to call on President Putin this evening. Conveyed the warm greetings," Jaishankar said in a post on X (formerly Twitter).';
    const {
      quotes: [q],
      name,
    } = attribute(text, [PUTIN, JAISHANKAR]);
    assert.equal(q.speaker?.text, 'Jaishankar');
    assert.equal(name(q), 'S Jaishankar');
    assert.equal(q.cue, 'said');
  });

  it('X said: "..." and X said "..." before the quote', () => {
    const a = attribute('Finance Minister John Mbadi said: "The talks are going well."');
    assert.equal(a.quotes[0].speaker?.text, 'John Mbadi');
    const b = attribute('Jaishankar said in a post on X: "A wide ranging meeting."', [JAISHANKAR]);
    assert.equal(b.quotes[0].speaker?.text, 'Jaishankar');
    assert.equal(b.quotes[0].cue, 'said');
    const c = attribute('Home Secretary Suella Braverman told GB News: "We have an unsustainable situation."');
    assert.equal(c.quotes[0].speaker?.text, 'Suella Braverman');
    assert.equal(c.quotes[0].cue, 'told');
  });

  it('reads a subject with an apposition on either side of the name', () => {
    const a = attribute(
      "Speaking in Shrewsbury, the agency's chief executive, Philip Duffy, said: 'The barriers did exactly what they were designed to do.'",
    );
    assert.equal(a.quotes[0].speaker?.text, 'Philip Duffy');
    const b = attribute(
      '"Had it happened an hour later it would have been much worse," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.',
      [{ type: 'organization', name: 'Saudi Gazette' }],
    );
    assert.equal(b.quotes[0].speaker?.text, 'Khaled Al-Maeena');
    const c = attribute('Jeff Rathke, the State Department spokesperson, said, "We urge the governments of the region to work together."');
    assert.equal(c.quotes[0].speaker?.text, 'Jeff Rathke');
  });

  it('keeps the person, not the employer, in "said X of Y" and a title before a long name', () => {
    const a = attribute('"Lab results are one thing," said Martin Fell of Greenway Metals, a recycling company.', [
      { type: 'organization', name: 'Greenway Metals' },
    ]);
    assert.equal(a.quotes[0].speaker?.text, 'Martin Fell');
    const b = attribute('"We expect the trend to continue," Central Bank of Kenya Governor Kamau Thugge told reporters.', [
      { type: 'organization', name: 'Central Bank of Kenya' },
    ]);
    assert.equal(b.quotes[0].speaker?.text, 'Kamau Thugge');
  });

  it('takes a description before the name off: "council leader Margaret Ellison told"', () => {
    const {
      quotes: [q],
    } = attribute('"This is a good day for the harbour," council leader Margaret Ellison told reporters after the vote.');
    assert.equal(q.speaker?.text, 'Margaret Ellison');
  });

  it('gives the speaker span with a null entity when the name is not an entity', () => {
    const {
      quotes: [q],
    } = attribute('"We were told the pumps would be running," said Margaret Hughes, 67.');
    assert.deepEqual(q.speaker && { text: q.speaker.text, entityId: q.speaker.entityId }, { text: 'Margaret Hughes', entityId: null });
  });

  it('according to X, after or before the quote', () => {
    const a = attribute('By then, "her skin was weeping, her body malnourished", according to the Sydney Morning Herald.', [
      { type: 'organization', name: 'Sydney Morning Herald' },
    ]);
    assert.equal(a.quotes[0].speaker?.text, 'Sydney Morning Herald');
    assert.equal(a.quotes[0].cue, 'according to');
    const b = attribute(
      'According to the council\'s chief engineer, David Osei, the wall will be "at least a metre higher than the old one."',
    );
    assert.equal(b.quotes[0].speaker?.text, 'David Osei');
    assert.equal(b.quotes[0].cue, 'According to');
  });

  it('a signature under a quoted post: "..." — Name', () => {
    const {
      quotes: [q],
    } = attribute('"So far, it\'s the Internet: 1, Scientology: 0. But it\'s a long game." - Matthew Ingram');
    assert.equal(q.speaker?.text, 'Matthew Ingram');
  });

  it('a period-closed quote does not take the subject of a new sentence that carries on', () => {
    const {
      quotes: [q],
    } = attribute('"The plan is dead." Smith said the council would meet again in June to discuss it.');
    // "Smith said the council would..." starts new reported speech; no trailing cue for the quote.
    assert.equal(q.cue, null);
  });
});

describe('attribution: pronouns and roles', () => {
  it('"..." he said -> the last person named before the quote (the seed article case)', () => {
    const text =
      'Meanwhile, Putin also highlighted that the trade turnover between Russia and India is growing.\n\n"Our trade turnover is growing. The growth rate this year is even higher," he said.';
    const {
      quotes: [q],
      name,
    } = attribute(text, [PUTIN, { type: 'place', name: 'Russia' }, { type: 'place', name: 'India' }]);
    assert.equal(q.speaker?.text, 'he');
    assert.equal(name(q), 'Vladimir Putin');
    assert.equal(q.cue, 'said');
  });

  it('prefers the subject of the previous sentence over an object named later in it', () => {
    const text =
      "Ferreira will now have to choose between Asante and the veteran striker Paul Dunne. 'That is a nice problem to have,' he said.";
    const {
      quotes: [q],
      name,
    } = attribute(text, [
      { type: 'person', name: 'Luis Ferreira', aliases: ['Ferreira'] },
      { type: 'person', name: 'Kwame Asante', aliases: ['Asante'] },
      { type: 'person', name: 'Paul Dunne' },
    ]);
    assert.equal(name(q), 'Luis Ferreira');
  });

  it('skips a person who is only the object of "told"', () => {
    const text = 'Putin told Jaishankar that ties were strong.\n\n"We will keep growing," he said.';
    const {
      quotes: [q],
      name,
    } = attribute(text, [PUTIN, JAISHANKAR]);
    assert.equal(name(q), 'Vladimir Putin');
  });

  it('"the minister said" -> the last person whose role is a minister', () => {
    const text =
      'President Vladimir Putin met External Affairs Minister S Jaishankar at the Kremlin.\n\n"Our ties are at a high point," the minister said.';
    const {
      quotes: [q],
      name,
    } = attribute(text, [PUTIN, JAISHANKAR, { type: 'organization', name: 'Kremlin' }]);
    assert.equal(q.speaker?.text, 'the minister');
    assert.equal(name(q), 'S Jaishankar');
  });

  it('"the agency said" -> the last organization called an agency', () => {
    const text = 'The Environment Agency and Shropshire Council met on Friday.\n\n"The barriers held," the agency said.';
    const {
      quotes: [q],
      name,
    } = attribute(text, [
      { type: 'organization', name: 'Environment Agency' },
      { type: 'organization', name: 'Shropshire Council' },
    ]);
    assert.equal(name(q), 'Environment Agency');
  });

  it('a written source names its author: "the Home Office letter reads"', () => {
    const {
      quotes: [q],
      name,
    } = attribute('The Home Office letter reads "we may extend the use of the questionnaire".', [
      { type: 'organization', name: 'Home Office' },
    ]);
    assert.equal(name(q), 'Home Office');
  });
});

describe('attribution: quotes without a cue of their own', () => {
  it("a second quote in the paragraph shares the first one's speaker, both ways", () => {
    const a = attribute('"If the data allows it, we will act," Thugge said. "But we are not there yet."');
    assert.deepEqual(
      a.quotes.map((q) => q.speaker?.text),
      ['Thugge', 'Thugge'],
    );
    const b = attribute('"We were asleep for forty minutes." "Then we woke up," Ferreira said.');
    assert.deepEqual(
      b.quotes.map((q) => q.speaker?.text),
      ['Ferreira', 'Ferreira'],
    );
  });

  it("a paragraph that is only a quote continues the previous quote's speaker", () => {
    const text =
      '"Seventeen years ago, this would not have been possible," said Ambassador Mohib.\n\n"They represent our aspirations and resilience."';
    const { quotes } = attribute(text);
    assert.deepEqual(
      quotes.map((q) => q.speaker?.text),
      ['Mohib', 'Mohib'],
    );
  });

  it('a paragraph-opening quote continues the reported speech or the colon introduction before it', () => {
    const a = attribute(
      'Dr Priya Natarajan, who led the research, said the team had been surprised.\n\n"When we first saw the yields, we assumed we had made a mistake."',
    );
    assert.equal(a.quotes[0].speaker?.text, 'Priya Natarajan');
    const b = attribute('The Ethiopian envoy, Dawit Bekele, was blunter:\n\n“The dam is built. The water flows.”');
    assert.equal(b.quotes[0].speaker?.text, 'Dawit Bekele');
  });

  it("a partial quote in reported speech takes the reporting clause's subject", () => {
    const text = 'Georgi Ivanov, the council\'s opposition leader, said after the interview that the revised plan would "change nothing".';
    const {
      quotes: [q],
    } = attribute(text);
    assert.equal(q.speaker?.text, 'Georgi Ivanov');
    assert.equal(q.cue, 'said');
  });

  it('a partial quote after a characterising verb takes its subject', () => {
    const {
      quotes: [q],
    } = attribute('The council\'s leader, Cllr Tom Hughes, called the attack "senseless" on Sunday.');
    assert.equal(q.speaker?.text, 'Tom Hughes');
    assert.equal(q.cue, 'called');
  });

  it('an -ing clause shares the subject of its sentence', () => {
    const text = 'During Prime Minister\'s Questions, Sunak defended the record whilst promising: "We are working as quickly as possible."';
    const {
      quotes: [q],
      name,
    } = attribute(text, [
      { type: 'person', name: 'Rishi Sunak', aliases: ['Sunak'] },
      { type: 'organization', name: "Prime Minister's Questions" },
    ]);
    assert.equal(name(q), 'Rishi Sunak');
  });

  it('"in the words of" names the speaker in apposition', () => {
    const {
      quotes: [q],
    } = attribute('In the words of the Crown prosecutor, Mark Tedeschi, QC, "the child spent months in pain."');
    assert.equal(q.speaker?.text, 'Mark Tedeschi');
  });

  it("a scare quote never borrows a neighbour's speaker", () => {
    const text = '"We are ready," Putin said.\n\nOn Tuesday, Jaishankar held a "comprehensive and productive" meeting with Denis Manturov.';
    const { quotes } = attribute(text, [PUTIN, JAISHANKAR]);
    assert.equal(quotes[0].speaker?.text, 'Putin');
    assert.equal(quotes[1].speaker, null);
  });
});

describe('attribution: narration before the quote, spokespeople, echoes', () => {
  const BERTONI: EntitySpec = { type: 'person', name: 'Lucia Bertoni', role: 'Mayor', aliases: ['Bertoni'] };
  const FERRI: EntitySpec = { type: 'person', name: 'Marco Ferri', aliases: ['Ferri'] };

  it("a quote after reported speech in its own paragraph is the reporter's subject's", () => {
    const text = 'Mayor Lucia Bertoni said the town had been preparing for weeks. "We knew the slope was moving."';
    const {
      quotes: [q],
      name,
    } = attribute(text, [BERTONI]);
    assert.equal(name(q), 'Lucia Bertoni');
    assert.equal(q.speaker?.text, 'Lucia Bertoni');
    assert.equal(q.cue, null);
  });

  it("a quote after a sentence whose subject is a person is that person's; the next quotes follow it", () => {
    const text = 'Ferri praised the decision to evacuate early. "She saved lives." "That is not an exaggeration."';
    const { quotes, name } = attribute(text, [FERRI, BERTONI]);
    assert.deepEqual(quotes.map(name), ['Marco Ferri', 'Marco Ferri']);
  });

  it('not when the sentence opens with something else, or the quote is inside the sentence', () => {
    assert.equal(
      attribute('The road praised nobody. Ferri left. The slope moved again. "It is sliding."', [FERRI]).quotes[0].speaker,
      null,
    );
    assert.equal(attribute('Ferri praised the "very brave" decision.', [FERRI]).quotes[0].speaker, null);
    assert.equal(attribute('Ferri was arrested on Monday. "It was a shock."', [FERRI]).quotes[0].speaker, null, 'a passive subject');
    assert.equal(attribute('Ferri was furious. "It was a shock."', [FERRI]).quotes[0].speaker?.text, 'Ferri');
  });

  it("after an opening participle clause, the main clause's subject speaks; names inside the clause are not the pronoun's referent", () => {
    const text = "Ferri refused to be drawn. Asked whether Bertoni deserved it, he smiled. 'You will have to ask her.'";
    const {
      quotes: [q],
      name,
    } = attribute(text, [FERRI, BERTONI]);
    assert.equal(q.speaker?.text, 'he');
    assert.equal(name(q), 'Marco Ferri');
    const temporal = attribute('When Ferri arrived, he was furious. "It was a shock."', [FERRI]);
    assert.equal(temporal.name(temporal.quotes[0]), 'Marco Ferri');
  });

  it('a colon introduction names the speaker only when its subject is a known entity', () => {
    const known = attribute('Procter & Gamble spokeswoman Jennifer Chelune spoke about the incident: "We don\'t know what caused it."', [
      { type: 'person', name: 'Jennifer Chelune' },
      { type: 'organization', name: 'Procter & Gamble' },
    ]);
    assert.equal(known.name(known.quotes[0]), 'Jennifer Chelune');
    const writing = attribute('Writing in a blog post, the columnist dubbed the conflict: "Scientology vs. the Internet, part XVII".');
    assert.equal(writing.quotes[0].speaker, null);
  });

  it('an unnamed spokesperson speaks for the organization named with them', () => {
    const kestrel: EntitySpec = { type: 'organization', name: 'Kestrel Homes' };
    const hartley: EntitySpec = { type: 'person', name: 'Owen Hartley' };
    const text =
      "Owen Hartley said: 'It is a victory.'\n\n'We are disappointed,' a spokeswoman for the developer, Kestrel Homes, said. 'We will consider an appeal.'";
    const { quotes, name } = attribute(text, [kestrel, hartley]);
    assert.deepEqual(quotes.map(name), ['Owen Hartley', 'Kestrel Homes', 'Kestrel Homes']);
    assert.equal(quotes[1].cue, 'said');
    const before = attribute('A spokesman for Kestrel Homes said: "We will appeal."', [kestrel]);
    assert.equal(before.name(before.quotes[0]), 'Kestrel Homes');
  });

  it('an apposition of titles left unclosed before the verb: the person before it speaks', () => {
    const text = 'Scott Carson, president and CEO of Boeing Commercial Airplanes said, "This has been a wonderful day."';
    const {
      quotes: [q],
      name,
    } = attribute(text, [
      { type: 'person', name: 'Scott Carson' },
      { type: 'organization', name: 'Boeing Commercial Airplanes' },
    ]);
    assert.equal(name(q), 'Scott Carson');
    const place = attribute('In London, the president of France said, "We agree."', [
      { type: 'place', name: 'London' },
      { type: 'place', name: 'France' },
    ]);
    assert.notEqual(place.quotes[0].speaker?.text, 'London');
  });

  it('a person opening the clause before a long apposition that ends in a place', () => {
    const text =
      'Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville, said, "These images serve as documentation."';
    const specs: EntitySpec[] = [
      { type: 'person', name: 'Cynthia Thompson' },
      { type: 'organization', name: 'University of Arkansas' },
    ];
    const {
      quotes: [q],
      name,
    } = attribute(text, specs);
    assert.equal(name(q), 'Cynthia Thompson');
    const duffy = attribute("The agency's chief executive, Philip Duffy, said: 'The barriers worked.'", [
      { type: 'person', name: 'Philip Duffy' },
    ]);
    assert.equal(duffy.quotes[0].speaker?.text, 'Philip Duffy');
  });

  it('a capitalised reporting word inside a name is no verb: "As Heald told The Huffington Post, ..."', () => {
    const text = 'As Heald told The Huffington Post, "The climate projections are quite consistent."';
    const {
      quotes: [q],
      name,
    } = attribute(text, [
      { type: 'person', name: 'Colette Heald', aliases: ['Heald'] },
      { type: 'organization', name: 'Huffington Post' },
    ]);
    assert.equal(name(q), 'Colette Heald');
    assert.equal(q.cue, 'told');
  });

  it('"its director, Paul Mensah, told": the name in apposition after a possessive', () => {
    const text = 'Economists at the Fiscal Institute were worried. "The gap is still there," its director, Paul Mensah, told reporters.';
    const {
      quotes: [q],
      name,
    } = attribute(text, [
      { type: 'person', name: 'Paul Mensah' },
      { type: 'organization', name: 'Fiscal Institute' },
    ]);
    assert.equal(name(q), 'Paul Mensah');
    assert.equal(q.cue, 'told');
  });

  it('a partial quote echoing three or more words of an attributed quote takes its speaker', () => {
    const text =
      '"A comprehensive and productive meeting with Manturov," Jaishankar wrote.\n\nOn Tuesday, Jaishankar held a "comprehensive and productive" meeting that produced "very important" deals and a "new route out".\n\n"We found a new route out of the crisis," Putin said.';
    const { quotes, name } = attribute(text, [JAISHANKAR, PUTIN]);
    const byText = new Map(quotes.map((q) => [q.text, q]));
    const echo = byText.get('"comprehensive and productive"')!;
    assert.equal(name(echo), 'S Jaishankar');
    assert.equal(echo.speaker?.start, text.indexOf('Jaishankar held'), 'the nearest mention before the echo');
    assert.equal(byText.get('"very important"')!.speaker, null);
    assert.equal(name(byText.get('"new route out"')!), 'Vladimir Putin');
  });

  it('no echo when the words were said by two different speakers, or are only two words', () => {
    const text =
      '"We want a fair deal for everyone," Putin said. "We want a fair deal too," Jaishankar said.\n\nBoth spoke of "a fair deal" and "we want a fair" outcome.';
    const { quotes } = attribute(text, [JAISHANKAR, PUTIN]);
    assert.ok(quotes.filter((q) => q.text === '"a fair deal"' || q.text === '"we want a fair"').every((q) => q.speaker === null));
  });
});

describe('attribution: interview transcripts', () => {
  it('A: turns are the interviewee, Q: turns nobody', () => {
    const text =
      'The following interview with Mayor Elena Petrova was recorded on Monday. Petrova spoke for an hour.\n\nQ: What happens now?\n\nA: We go back to the table.';
    const { quotes, name } = attribute(text, [{ type: 'person', name: 'Elena Petrova', role: 'Mayor', aliases: ['Petrova'] }]);
    assert.equal(quotes.length, 2);
    assert.equal(quotes[0].speaker, null);
    assert.equal(quotes[1].speaker?.text, 'A');
    assert.equal(name(quotes[1]), 'Elena Petrova');
  });

  it('the introduction names the interviewer (Q:) and the interviewee (A:)', () => {
    const reyes: EntitySpec = { type: 'person', name: 'Daniel Reyes', aliases: ['Reyes'] };
    const solberg: EntitySpec = { type: 'person', name: 'Ingrid Solberg', aliases: ['Solberg'] };
    const weekly: EntitySpec = { type: 'organization', name: 'Coastline Weekly' };
    const turns = '\n\nQ: How ready is the port?\n\nA: Readier than it was.';
    for (const intro of [
      "Coastline Weekly's Daniel Reyes spoke to harbour master Ingrid Solberg about the port.",
      'Ingrid Solberg was interviewed by Daniel Reyes.',
      'Daniel Reyes sat down with Ingrid Solberg last week.',
    ]) {
      const { quotes, name } = attribute(intro + turns, [reyes, solberg, weekly]);
      assert.deepEqual(quotes.map(name), ['Daniel Reyes', 'Ingrid Solberg'], intro);
      assert.deepEqual(
        quotes.map((q) => q.speaker?.text),
        ['Q', 'A'],
      );
    }
    const pub = attribute('In an interview with Coastline Weekly, the harbour master Ingrid Solberg spoke about the port.' + turns, [
      solberg,
      weekly,
    ]);
    assert.deepEqual(pub.quotes.map(pub.name), ['Coastline Weekly', 'Ingrid Solberg']);
  });

  it('NAME: turns name their speaker', () => {
    const text = 'PETROVA: We go back to the table.\n\nIVANOV: That changes nothing.\n\nPETROVA: It changes the budget.';
    const { quotes, name } = attribute(text, [{ type: 'person', name: 'Elena Petrova', aliases: ['Petrova'] }]);
    assert.deepEqual(
      quotes.map((q) => q.speaker?.text),
      ['PETROVA', 'IVANOV', 'PETROVA'],
    );
    assert.equal(name(quotes[0]), 'Elena Petrova');
    assert.equal(quotes[1].speaker?.entityId, null);
  });
});

describe('attribution: call transcripts and remarks quoted inside turns', () => {
  const call =
    'Operator\n\nWelcome to the Marlow Mills results call.\n\nJoan Petit -- Chief Financial Officer\n\nThanks. Sales rose.\n\n' +
    'Sales were steady in the north.\n\nOwen Hale -- Analyst, Barrow Securities\n\nAnd prices?';
  const people: EntitySpec[] = [
    { type: 'person', name: 'Joan Petit', aliases: ['Petit'] },
    { type: 'person', name: 'Owen Hale' },
  ];

  it('a call turn is spoken by the person on the speaker line above it; Operator turns by no one', () => {
    const { quotes, name } = attribute(call, people);
    assert.deepEqual(
      quotes.map((q) => [q.text, q.speaker?.text ?? null, name(q), q.why?.speaker]),
      [
        ['Welcome to the Marlow Mills results call.', null, null, 'no-speaker'],
        ['Thanks. Sales rose.', 'Joan Petit', 'Joan Petit', 'call-transcript-turn'],
        ['Sales were steady in the north.', 'Joan Petit', 'Joan Petit', 'call-transcript-turn'],
        ['And prices?', 'Owen Hale', 'Owen Hale', 'call-transcript-turn'],
      ],
    );
    // the speaker span is the name on the line
    const q = quotes[1];
    assert.equal(call.slice(q.speaker!.start, q.speaker!.end), 'Joan Petit');
  });

  const interview =
    'Presenter Tom Abbot spoke to grower Leila Hart about the frost.\n\n' +
    'ABBOT: I met Rosa Lind, who told me, "The vines are gone." Is it that bad?\n\n' +
    'HART: My grandfather always said "never plant early." We waited, and I told the bank "not yet" twice.\n\n' +
    'ABBOT: And the buyers?\n\nHART: They said "sell now" anyway.';
  const cast: EntitySpec[] = [
    { type: 'person', name: 'Tom Abbot', aliases: ['Abbot'] },
    { type: 'person', name: 'Leila Hart', aliases: ['Hart'] },
    { type: 'person', name: 'Rosa Lind' },
  ];

  it('a remark quoted inside a turn takes the cue in its own sentence, not the turn speaker', () => {
    const { quotes, name } = attribute(interview, cast);
    const remark = (t: string) => quotes.find((q) => q.text === t)!;
    assert.equal(name(remark('"The vines are gone."')), 'Rosa Lind');
    // an unnamed relative is no one the article names
    assert.equal(remark('"never plant early."').speaker?.entityId ?? null, null);
    // "I told ...": the turn's own speaker
    assert.equal(name(remark('"not yet"')), 'Leila Hart');
    // "They said" in Hart's turn is not Hart, and the neighbouring turn does not lend its speaker
    assert.equal(remark('"sell now"').speaker?.entityId ?? null, null);
    // the turns themselves keep their labels
    assert.deepEqual(quotes.filter((q) => !q.text.startsWith('"')).map(name), ['Tom Abbot', 'Leila Hart', 'Tom Abbot', 'Leila Hart']);
  });

  it('"X, who told me," names X in narration too', () => {
    const { quotes, name } = attribute('We found Rosa Lind, who told us, "The vines are gone."', cast);
    assert.equal(name(quotes[0]), 'Rosa Lind');
  });

  it('a remark inside a call turn is read the same way', () => {
    const text = call.replace('Thanks. Sales rose.', 'Thanks. Our chairman told me, "We hold prices." Sales rose.');
    const { quotes, name } = attribute(text, people);
    const remark = quotes.find((q) => q.text === '"We hold prices."')!;
    assert.equal(remark.speaker?.text, 'Our chairman');
    assert.equal(name(remark), null);
    assert.equal(name(quotes.find((q) => q.text.startsWith('Thanks.'))!), 'Joan Petit');
  });
});

describe('attribution: embedded posts', () => {
  const NOWICKI: EntitySpec = { type: 'person', name: 'Tomasz Nowicki', aliases: ['Nowicki', '@TNowickiMP'] };
  it('the signature names the author of an unmarked post; mentions inside the post stay mentions', () => {
    const text =
      'Nowicki posted a video.\n\nThis budget does nothing for Vladimir Putin.\n\n\n\nNot one word on rents. pic.twitter.com/Qw3rTy — Tomasz Nowicki (@TNowickiMP) March 5, 2024';
    const {
      quotes: [q],
      name,
    } = attribute(text, [NOWICKI, PUTIN]);
    assert.equal(q.speaker?.text, 'Tomasz Nowicki');
    assert.equal(q.speaker?.start, text.lastIndexOf('Tomasz Nowicki'));
    assert.equal(name(q), 'Tomasz Nowicki');
    assert.equal(q.cue, null);
  });

  it("leaves titles out of the speaker span, and falls back to the handle's entity or the written name", () => {
    const jai: EntitySpec = { type: 'person', name: 'S. Jaishankar', aliases: ['Jaishankar', '@DrSJaishankar'] };
    const {
      quotes: [q],
      name,
    } = attribute('A useful meeting with FM Lavrov. — Dr. S. Jaishankar (@DrSJaishankar) December 27, 2023', [jai]);
    assert.equal(q.speaker?.text, 'S. Jaishankar');
    assert.equal(name(q), 'S. Jaishankar');
    const handleOnly = attribute('We will be back! — glasto team (@GlastoFest) on X', [
      { type: 'organization', name: 'Glastonbury', aliases: ['@GlastoFest'] },
    ]);
    assert.equal(handleOnly.quotes.length, 0, 'a lower-case signature is not read as a name');
    const unknown = attribute('We will be back! — Worthy Farm (@GlastoFest) on X');
    assert.equal(unknown.quotes[0].speaker?.text, 'Worthy Farm');
    assert.equal(unknown.quotes[0].speaker?.entityId, null);
  });

  it('a marked quote signed in its own paragraph or in the next one', () => {
    const ost: EntitySpec = { type: 'person', name: 'Helen Ostrowski', aliases: ['Ostrowski'] };
    const same = attribute('Business was cautious.\n\n"Growth needs certainty." — Helen Ostrowski (@HOstrowski) on X', [ost]);
    assert.equal(same.name(same.quotes[0]), 'Helen Ostrowski');
    const next = attribute(
      'Business was cautious, Putin said.\n\n"Growth needs certainty."\n\n— Helen Ostrowski (@HOstrowski) March 5, 2024',
      [ost, PUTIN],
    );
    assert.equal(next.name(next.quotes[0]), 'Helen Ostrowski');
    const bare = attribute(
      'Business was cautious, Putin said.\n\n"Growth needs certainty."\n\n— Helen Ostrowski, chair of the Chamber of Commerce',
      [ost, PUTIN],
    );
    assert.equal(bare.name(bare.quotes[0]), 'Helen Ostrowski');
    assert.equal(bare.quotes[0].speaker?.text, 'Helen Ostrowski');
    const prose = attribute('Putin said: "Growth needs certainty." It was late.\n\n— Helen Ostrowski', [ost, PUTIN]);
    assert.equal(prose.name(prose.quotes[0]), 'Vladimir Putin', 'only under a paragraph that is the quote alone');
  });
});

describe('attribution: seed article through the whole engine', () => {
  it('names Putin, Jaishankar and "he" (Putin) as the seed article\'s speakers, and Jaishankar for his posts', () => {
    const text = readFileSync('seeds/000_114cf2c0402081cf.txt', 'utf8');
    const a = analyze(text);
    const [glad, honoured, post1, trade, scare1, scare2, post2] = a.quotes;
    const entityName = (q: Quote) => a.entities.find((e) => e.id === q.speaker?.entityId)?.aliases ?? [];
    assert.deepEqual([glad.speaker?.text, glad.cue], ['Putin', 'told']);
    assert.ok(entityName(glad).includes('Putin'));
    assert.deepEqual([honoured.speaker?.text, honoured.cue], ['Jaishankar', 'said']);
    assert.ok(entityName(honoured).some((n) => n.includes('Jaishankar')));
    assert.deepEqual([trade.speaker?.text, trade.cue], ['he', 'said']);
    assert.ok(entityName(trade).includes('Putin'));
    for (const post of [post1, post2]) {
      assert.equal(post.speaker?.entityId, honoured.speaker?.entityId);
      assert.ok(post.speaker?.text.includes('Jaishankar'));
      assert.equal(post.cue, null);
    }
    // Lavrov and Manturov inside the posts are still entity mentions.
    const inside = (q: Quote) => a.entities.filter((e) => e.mentions.some((m) => m.start >= q.start && m.end <= q.end)).map((e) => e.name);
    assert.ok(inside(post1).includes('Sergey Lavrov'));
    assert.ok(inside(post2).includes('Denis Manturov'));
    // The scare quote "comprehensive and productive" echoes his second post; "very important" echoes nothing.
    assert.equal(scare1.text, '"comprehensive and productive"');
    assert.equal(scare1.speaker?.entityId, honoured.speaker?.entityId);
    assert.equal(scare1.speaker?.text, 'Jaishankar');
    assert.equal(scare2.speaker, null);
    assert.deepEqual(
      a.quotes.map((q) => q.id),
      ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'],
    );
  });
});

describe('attribution: the sieve chain', () => {
  it('names every sieve and neighbour pass with its own kebab-case id', () => {
    const ids = [...SIEVES.map((s) => s.id), ...NEIGHBOUR_PASSES.map((p) => p.id)];
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
    assert.equal(new Set(ids).size, ids.length);
  });
});
