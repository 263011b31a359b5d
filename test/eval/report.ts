// Turns score totals into figures (JSON) and readable tables (stdout).
import { CalibrationLayers, CalibrationSummary, summarise } from './calibration';
import { bcubedF, prf, Count, Ratio, Totals } from './score';

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

export interface Accuracy {
  accuracy: number | null;
  correct: number;
  total: number;
}

export interface Metrics {
  docs: number;
  entities: {
    strict: Prf;
    relaxed: Prf;
    untypedStrict: Prf;
    person: Prf;
    organization: Prf;
    place: Prf;
    personRelaxed: Prf;
    organizationRelaxed: Prf;
    placeRelaxed: Prf;
  };
  aliases: { p: number; r: number; f1: number; mentions: number };
  dates: { strict: Prf; relaxed: Prf; valueStrict: Accuracy; valueRelaxed: Accuracy };
  quotes: { strict: Prf; relaxed: Prf };
  speakers: Accuracy;
  calibration: Record<keyof CalibrationLayers, CalibrationSummary>;
}

const pct = (x: number) => Math.round(x * 1000) / 10;
const toPrf = (c: Count): Prf => {
  const { p, r, f1 } = prf(c);
  return { p: pct(p), r: pct(r), f1: pct(f1), tp: c.tp, predicted: c.predicted, gold: c.gold };
};
const toAcc = (r: Ratio): Accuracy => ({ accuracy: r.total ? pct(r.correct / r.total) : null, correct: r.correct, total: r.total });

export function metrics(t: Totals): Metrics {
  const b = bcubedF(t.bcubed);
  const e = t.entities;
  return {
    docs: t.docs,
    entities: {
      strict: toPrf(e.strict),
      relaxed: toPrf(e.relaxed),
      untypedStrict: toPrf(e.untyped),
      person: toPrf(e.byType.person.strict),
      organization: toPrf(e.byType.organization.strict),
      place: toPrf(e.byType.place.strict),
      personRelaxed: toPrf(e.byType.person.relaxed),
      organizationRelaxed: toPrf(e.byType.organization.relaxed),
      placeRelaxed: toPrf(e.byType.place.relaxed),
    },
    aliases: { p: pct(b.p), r: pct(b.r), f1: pct(b.f1), mentions: t.bcubed.mentions },
    dates: {
      strict: toPrf(t.dates.strict),
      relaxed: toPrf(t.dates.relaxed),
      valueStrict: toAcc(t.dates.valueStrict),
      valueRelaxed: toAcc(t.dates.valueRelaxed),
    },
    quotes: { strict: toPrf(t.quotes.strict), relaxed: toPrf(t.quotes.relaxed) },
    speakers: toAcc(t.speakers),
    calibration: {
      speaker: summarise(t.calibration.speaker),
      entityType: summarise(t.calibration.entityType),
      dateValue: summarise(t.calibration.dateValue),
    },
  };
}

const f = (x: number) => x.toFixed(1).padStart(5);
const cellPrf = (x: Prf) => (x.gold || x.predicted ? `${f(x.f1)} (${f(x.p)}/${f(x.r)}) n=${x.gold}` : '—');
const cellAcc = (x: Accuracy) => (x.accuracy === null ? '—' : `${f(x.accuracy)}% (${x.correct}/${x.total})`);

const ROWS: Array<[string, (m: Metrics) => string]> = [
  ['entities strict F1 (P/R)', (m) => cellPrf(m.entities.strict)],
  ['  person', (m) => cellPrf(m.entities.person)],
  ['  organization', (m) => cellPrf(m.entities.organization)],
  ['  place', (m) => cellPrf(m.entities.place)],
  ['entities relaxed', (m) => cellPrf(m.entities.relaxed)],
  ['  person relaxed', (m) => cellPrf(m.entities.personRelaxed)],
  ['  organization relaxed', (m) => cellPrf(m.entities.organizationRelaxed)],
  ['  place relaxed', (m) => cellPrf(m.entities.placeRelaxed)],
  ['entities strict, any type', (m) => cellPrf(m.entities.untypedStrict)],
  [
    'aliases B-cubed F1 (P/R)',
    (m) => (m.aliases.mentions ? `${f(m.aliases.f1)} (${f(m.aliases.p)}/${f(m.aliases.r)}) n=${m.aliases.mentions}` : '—'),
  ],
  ['dates strict extent', (m) => cellPrf(m.dates.strict)],
  ['dates relaxed extent', (m) => cellPrf(m.dates.relaxed)],
  ['date value acc. (strict)', (m) => cellAcc(m.dates.valueStrict)],
  ['date value acc. (relaxed)', (m) => cellAcc(m.dates.valueRelaxed)],
  ['quotes strict', (m) => cellPrf(m.quotes.strict)],
  ['quotes relaxed', (m) => cellPrf(m.quotes.relaxed)],
  ['speaker accuracy', (m) => cellAcc(m.speakers)],
];

function grid(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatTable(title: string, perCorpus: Record<string, Metrics>, overall: Metrics): string {
  const cols = Object.keys(perCorpus);
  const header = ['', ...cols.map((c) => `${c} (${perCorpus[c].docs} docs)`), 'overall'];
  const rows = ROWS.map(([label, get]) => [label, ...cols.map((c) => get(perCorpus[c])), get(overall)]);
  return `\n== ${title} ==  cells: F1 (P/R) n=gold, in %\n${grid(header, rows)}\n`;
}

const KEY: Array<[string, (m: Metrics) => number | null, string]> = [
  ['entities strict F1', (m) => (m.entities.strict.gold ? m.entities.strict.f1 : null), '>= 80'],
  ['organizations strict F1', (m) => (m.entities.organization.gold ? m.entities.organization.f1 : null), '>= 75'],
  ['aliases B-cubed F1', (m) => (m.aliases.mentions ? m.aliases.f1 : null), '>= 95'],
  ['dates strict extent F1', (m) => (m.dates.strict.gold ? m.dates.strict.f1 : null), '>= 80'],
  ['date value accuracy (strict)', (m) => m.dates.valueStrict.accuracy, '>= 90'],
  ['direct quotes F1', (m) => (m.quotes.strict.gold ? m.quotes.strict.f1 : null), '>= 95'],
  ['speaker accuracy', (m) => m.speakers.accuracy, '>= 90'],
];

export function formatComparison(
  base: Metrics,
  engine: Metrics,
  basePer: Record<string, Metrics>,
  enginePer: Record<string, Metrics>,
): string {
  const cols = Object.keys(enginePer);
  const show = (x: number | null) => (x === null ? '—' : x.toFixed(1));
  const header = ['', ...cols.flatMap((c) => [`${c} base`, `${c} engine`]), 'overall base', 'overall engine', 'target'];
  const rows = KEY.map(([label, get, target]) => [
    label,
    ...cols.flatMap((c) => [show(get(basePer[c])), show(get(enginePer[c]))]),
    show(get(base)),
    show(get(engine)),
    target,
  ]);
  return `\n== baseline vs engine (key figures, %) ==\n${grid(header, rows)}\n`;
}
