// Gold annotations made in other tools (brat, Prodigy, doccano) as a sidecar: the corrections that
// turn the engine's Analysis of the text into exactly those facts, every one of them reviewed.
import type { Analysis, DateType, EntityType } from '../analysis/types';
import { makeTarget } from './anchor';
import { applyAnnotations } from './apply';
import type { Annotation, Sidecar } from './types';

export interface GoldName {
  start: number;
  end: number;
  type: EntityType;
  /** Names with the same group are one entity (brat `*` Alias); none: the engine decides. */
  group?: string;
}

export interface GoldQuote {
  start: number;
  end: number;
  /** undefined: the source says nothing about the speaker; null: nobody. */
  speaker?: { start: number; end: number } | null;
}

export interface GoldDate {
  start: number;
  end: number;
  value?: string;
  type?: DateType;
}

export interface GoldFacts {
  names: GoldName[];
  quotes: GoldQuote[];
  dates: GoldDate[];
  documentDate?: string | null;
}

type Range = { start: number; end: number };
const key = (r: Range) => `${r.start}:${r.end}`;

/**
 * The sidecar that makes `engine` (the engine's Analysis of `text`) say what `gold` says: engine
 * facts the gold data lacks are rejected, missing ones added, types, groups, speakers and date
 * values corrected, and the rest accepted. A kind the gold data has none of (names, quotes or
 * dates: a names-only corpus) is left as the engine found it. `created` stamps every annotation.
 */
export function sidecarFromGold(text: string, engine: Analysis, gold: GoldFacts, created: string): Sidecar {
  const out: Annotation[] = [];
  const push = (a: Omit<Annotation, 'id' | 'created'>) => out.push({ id: `u${out.length + 1}`, ...a, created } as Annotation);
  const target = (r: Range) => makeTarget(text, r.start, r.end);
  const goldNames = new Map(gold.names.map((n) => [key(n), n]));
  const goldQuotes = new Set(gold.quotes.map(key));
  const goldDates = new Set(gold.dates.map(key));

  if (gold.names.length)
    for (const e of engine.entities)
      for (const m of e.mentions) if (!goldNames.has(key(m))) push({ action: 'reject', target: target(m), kind: e.type, scope: 'this' });
  if (gold.quotes.length)
    for (const q of engine.quotes) if (!goldQuotes.has(key(q))) push({ action: 'reject', target: target(q), kind: 'quote', scope: 'this' });
  if (gold.dates.length)
    for (const d of engine.dates) if (!goldDates.has(key(d))) push({ action: 'reject', target: target(d), kind: 'date', scope: 'this' });

  const engineMention = new Map(engine.entities.flatMap((e) => e.mentions.map((m) => [key(m), e.type] as const)));
  for (const n of gold.names) {
    if (engineMention.get(key(n)) === n.type) push({ action: 'accept', target: target(n), scope: 'this' });
    else push({ action: 'add', target: target(n), kind: n.type, scope: 'this' });
  }
  groupNames(text, engine, gold, out, push);

  const engineQuotes = new Set(engine.quotes.map(key));
  for (const q of gold.quotes)
    push({
      action: engineQuotes.has(key(q)) ? 'accept' : 'add',
      target: target(q),
      ...(engineQuotes.has(key(q)) ? {} : { kind: 'quote' }),
      scope: 'this',
    } as Annotation);
  const sofar = applyAnnotations(engine, text, { version: 1, annotations: out });
  const speakerNow = new Map(sofar.quotes.map((q) => [key(q), q.speaker ? key(q.speaker) : null]));
  for (const q of gold.quotes) {
    if (q.speaker === undefined) continue;
    if (speakerNow.get(key(q)) !== (q.speaker ? key(q.speaker) : null))
      push({ action: 'speaker', target: target(q), speaker: q.speaker ? target(q.speaker) : null });
  }

  const engineDates = new Map(engine.dates.map((d) => [key(d), d]));
  for (const d of gold.dates) {
    const mine = engineDates.get(key(d));
    if (!mine) push({ action: 'add', target: target(d), kind: 'date', scope: 'this', ...(d.value ? { value: d.value } : {}) });
    else if (d.value && d.value !== mine.value) push({ action: 'value', target: target(d), value: d.value });
    else push({ action: 'accept', target: target(d), scope: 'this' });
  }
  const sidecar: Sidecar = { version: 1, annotations: out };
  if (gold.documentDate && gold.documentDate !== engine.documentDate) sidecar.documentDate = gold.documentDate;
  return sidecar;
}

/**
 * Splits and merges so the names of each gold group are one entity and no entity holds names of
 * two groups. Worked out on the state after the names are added (simulated once).
 */
function groupNames(
  text: string,
  engine: Analysis,
  gold: GoldFacts,
  sofar: Annotation[],
  push: (a: Omit<Annotation, 'id' | 'created'>) => void,
): void {
  const groups = new Map<string, GoldName[]>();
  for (const n of gold.names) if (n.group !== undefined) groups.set(n.group, [...(groups.get(n.group) ?? []), n]);
  if (!groups.size) return;
  const state = applyAnnotations(engine, text, { version: 1, annotations: sofar });
  const entityOf = new Map<string, string>();
  const members = new Map<string, Set<string>>(); // entity id -> keys of its mentions
  for (const e of state.entities) {
    members.set(e.id, new Set(e.mentions.map(key)));
    for (const m of e.mentions) entityOf.set(key(m), e.id);
  }
  const onlyGroup = (entityId: string | undefined, keys: Set<string>) =>
    !!entityId && [...members.get(entityId)!].every((k) => keys.has(k));
  const target = (r: Range) => makeTarget(text, r.start, r.end);
  for (const names of groups.values()) {
    const keys = new Set(names.map(key));
    const [home, ...rest] = [...names].sort((a, b) => a.start - b.start);
    const homeEntity = entityOf.get(key(home));
    const homeSplit = !onlyGroup(homeEntity, keys);
    if (homeSplit) push({ action: 'split', target: target(home) });
    for (const m of rest) {
      const entity = entityOf.get(key(m));
      if (entity === homeEntity && !homeSplit) continue;
      if (homeSplit || !onlyGroup(entity, keys)) push({ action: 'split', target: target(m) });
      push({ action: 'merge', target: target(m), into: target(home) });
    }
  }
}

/** What of `gold` the annotated Analysis does not say (empty when the import is exact). */
export function goldMismatches(result: Analysis, gold: GoldFacts): string[] {
  const problems: string[] = [];
  const mention = new Map(result.entities.flatMap((e) => e.mentions.map((m) => [key(m), e] as const)));
  for (const n of gold.names) {
    const e = mention.get(key(n));
    if (!e || e.type !== n.type) problems.push(`the ${n.type} at ${n.start}-${n.end}`);
  }
  const quotes = new Map(result.quotes.map((q) => [key(q), q]));
  for (const q of gold.quotes) {
    const mine = quotes.get(key(q));
    if (!mine) problems.push(`the quote at ${q.start}-${q.end}`);
    else if (q.speaker !== undefined && (mine.speaker ? key(mine.speaker) : null) !== (q.speaker ? key(q.speaker) : null))
      problems.push(`the speaker of the quote at ${q.start}-${q.end}`);
  }
  const dates = new Map(result.dates.map((d) => [key(d), d]));
  for (const d of gold.dates) {
    const mine = dates.get(key(d));
    if (!mine || (d.value && mine.value !== d.value)) problems.push(`the date at ${d.start}-${d.end}`);
  }
  return problems;
}
