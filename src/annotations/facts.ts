// The facts an Analysis holds, as one mutable working copy the annotations are applied to, with an
// index of entity mentions by position (1,000 annotations must apply in a few milliseconds).
import type { Analysis, DateMention, DateType, Entity, EntityType, Provenance, Quote, Span } from '../analysis/types';

export interface Range {
  start: number;
  end: number;
}

export interface Located {
  entity: Entity;
  mention: Span;
}

export const rangeKey = (r: Range) => `${r.start}:${r.end}`;
const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const sameRange = (a: Range, b: Range) => a.start === b.start && a.end === b.end;
const inside = (a: Range, outer: Range) => a.start >= outer.start && a.end <= outer.end;

/** The user made or changed this fact. */
export function markUser(x: Provenance): void {
  x.source = 'user';
  x.reviewed = true;
}

function nextNumber(ids: readonly string[]): number {
  let max = 0;
  for (const id of ids) max = Math.max(max, Number(/\d+$/.exec(id)?.[0] ?? 0));
  return max + 1;
}

export class Facts {
  readonly entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  /** Entities whose mentions changed: their aliases (and name, unless renamed) are recomputed. */
  readonly touched = new Set<Entity>();
  readonly renamed = new Set<Entity>();
  /** Spans the user rejected as names. */
  readonly rejected = new Set<string>();
  /** A merged entity's id -> the id of the entity it joined. */
  private readonly redirect = new Map<string, string>();
  private readonly byStart = new Map<number, Located[]>();
  private longestMention = 0;
  private nextEntity: number;
  private nextQuote: number;
  private nextDate: number;

  constructor(
    analysis: Analysis,
    readonly text: string,
  ) {
    this.entities = analysis.entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: e.mentions.map((m) => ({ ...m })) }));
    this.quotes = analysis.quotes.map((q) => ({ ...q, speaker: q.speaker && { ...q.speaker } }));
    this.dates = analysis.dates.map((d) => ({ ...d }));
    for (const entity of this.entities) for (const mention of entity.mentions) this.index({ entity, mention });
    this.nextEntity = nextNumber(this.entities.map((e) => e.id));
    this.nextQuote = nextNumber(this.quotes.map((q) => q.id));
    this.nextDate = nextNumber(this.dates.map((d) => d.id));
  }

  span(r: Range): Span {
    return { start: r.start, end: r.end, text: this.text.slice(r.start, r.end) };
  }

  // ----- names -----

  private index(loc: Located): void {
    const list = this.byStart.get(loc.mention.start);
    if (list) list.push(loc);
    else this.byStart.set(loc.mention.start, [loc]);
    this.longestMention = Math.max(this.longestMention, loc.mention.end - loc.mention.start);
  }

  mentionAt(r: Range): Located | undefined {
    return this.byStart.get(r.start)?.find((l) => l.mention.end === r.end);
  }

  mentionsOverlapping(r: Range): Located[] {
    const out: Located[] = [];
    for (let s = Math.max(0, r.start - this.longestMention + 1); s < r.end; s++) {
      for (const l of this.byStart.get(s) ?? []) if (overlaps(l.mention, r)) out.push(l);
    }
    return out;
  }

  /** The mention at r; else the shortest one containing r; else the first one inside r. */
  holderOf(r: Range): Located | undefined {
    const exact = this.mentionAt(r);
    if (exact) return exact;
    const near = this.mentionsOverlapping(r);
    const containing = near
      .filter((l) => inside(r, l.mention))
      .sort((a, b) => a.mention.end - a.mention.start - (b.mention.end - b.mention.start));
    return containing[0] ?? near.find((l) => inside(l.mention, r));
  }

  removeMention(loc: Located): void {
    const list = this.byStart.get(loc.mention.start);
    if (list) {
      const i = list.indexOf(loc);
      if (i >= 0) list.splice(i, 1);
      if (!list.length) this.byStart.delete(loc.mention.start);
    }
    const i = loc.entity.mentions.indexOf(loc.mention);
    if (i >= 0) loc.entity.mentions.splice(i, 1);
    this.touched.add(loc.entity);
  }

  addMention(entity: Entity, r: Range): Span {
    const mention = this.span(r);
    markUser(mention);
    entity.mentions.push(mention);
    this.index({ entity, mention });
    this.touched.add(entity);
    return mention;
  }

  /** An entity of this type already known by this name or surface form, else a new one. */
  entityFor(type: EntityType, name: string): Entity {
    const known = this.entities.find((e) => e.type === type && e.mentions.length > 0 && (e.name === name || e.aliases.includes(name)));
    return known ?? this.newEntity(type, name);
  }

  newEntity(type: EntityType, name: string): Entity {
    const entity: Entity = { id: `e${this.nextEntity++}`, type, name, role: null, aliases: [name], mentions: [] };
    markUser(entity);
    this.entities.push(entity);
    return entity;
  }

  /** Every mention of `from` joins `into`; speakers that named `from` name `into`. */
  mergeEntity(from: Entity, into: Entity): void {
    for (const mention of [...from.mentions]) {
      const loc = this.mentionAt(mention)!;
      this.removeMention(loc);
      this.addMention(into, mention);
    }
    for (const alias of from.aliases) if (!into.aliases.includes(alias)) into.aliases.push(alias);
    into.role ??= from.role;
    this.redirect.set(from.id, into.id);
    markUser(into);
  }

  // ----- quotes and dates -----

  quoteAt(r: Range): Quote | undefined {
    // the innermost: a remark quoted inside a transcript turn before the turn
    return this.quotes.find((q) => sameRange(q, r)) ?? this.quotes.filter((q) => inside(r, q)).pop();
  }

  newQuote(r: Range): Quote {
    const replaced = this.quotes.filter((q) => overlaps(q, r));
    const kept = replaced.find((q) => q.speaker && !overlaps(q.speaker, r));
    this.quotes = this.quotes.filter((q) => !overlaps(q, r));
    const quote: Quote = { id: `q${this.nextQuote++}`, ...this.span(r), speaker: kept?.speaker ?? null, cue: kept?.cue ?? null };
    markUser(quote);
    this.quotes.push(quote);
    return quote;
  }

  dateAt(r: Range): DateMention | undefined {
    return this.dates.find((d) => sameRange(d, r)) ?? this.dates.find((d) => inside(r, d));
  }

  newDate(r: Range, value: string | null, type: DateType): DateMention {
    this.dates = this.dates.filter((d) => !overlaps(d, r));
    const date: DateMention = { id: `d${this.nextDate++}`, ...this.span(r), type, value };
    markUser(date);
    this.dates.push(date);
    return date;
  }

  removeDatesInside(r: Range): void {
    this.dates = this.dates.filter((d) => !inside(d, r));
  }

  removeMentionsInside(r: Range): void {
    for (const loc of this.mentionsOverlapping(r)) if (inside(loc.mention, r)) this.removeMention(loc);
  }

  // ----- result -----

  /** The facts as Analysis fields: empty entities dropped, speakers relinked, provenance filled in. */
  finish(): Pick<Analysis, 'entities' | 'quotes' | 'dates'> {
    for (const entity of this.touched) this.refreshNames(entity);
    const entities = this.entities.filter((e) => e.mentions.length > 0);
    const alive = new Set(entities.map((e) => e.id));
    for (const q of this.quotes) {
      if (!q.speaker) continue;
      const at = this.mentionAt(q.speaker);
      q.speaker.entityId = at ? at.entity.id : this.follow(q.speaker.entityId, alive);
    }
    for (const e of entities) {
      e.source ??= 'engine';
      for (const m of e.mentions) m.source ??= 'engine';
    }
    for (const x of [...this.quotes, ...this.dates]) x.source ??= 'engine';
    const byStart = (a: Range, b: Range) => a.start - b.start || b.end - a.end;
    return { entities, quotes: this.quotes.sort(byStart), dates: this.dates.sort(byStart) };
  }

  private follow(id: string | null, alive: ReadonlySet<string>): string | null {
    for (let hops = 0; id && !alive.has(id) && hops < 1000; hops++) id = this.redirect.get(id) ?? null;
    return id && alive.has(id) ? id : null;
  }

  /** Aliases are the surface forms still mentioned (old order first); the name follows unless renamed. */
  private refreshNames(entity: Entity): void {
    entity.mentions.sort((a, b) => a.start - b.start);
    const forms = new Set(entity.mentions.map((m) => m.text));
    if (!forms.size) return;
    const aliases = [...entity.aliases.filter((a) => forms.has(a)), ...[...forms].filter((f) => !entity.aliases.includes(f))];
    if (!this.renamed.has(entity) && !forms.has(entity.name)) entity.name = aliases.reduce((a, b) => (b.length > a.length ? b : a));
    entity.aliases = forms.has(entity.name) ? [entity.name, ...aliases.filter((a) => a !== entity.name)] : aliases;
  }
}
