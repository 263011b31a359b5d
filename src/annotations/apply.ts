// Applies the user's sidecar to the engine's Analysis (DESIGN.md, "The user's annotations"):
// annotations in file order, later ones winning; each re-anchored first, an orphan reported and
// skipped. Conflicts have one defined result each (README, "Correct and annotate"):
// - a name the user rejected is no speaker: a quote whose speaker was that mention loses its speaker;
//   a later `speaker` annotation can name that text again (as a speaker that is not a name);
// - a correction of text that holds no fact of its kind adds one (retype, value, speaker);
// - a merge into text that is not a name (rejected, or never found) is not applied and is reported;
// - an added name replaces the mentions it overlaps (the user's span wins); with scope "all", other
//   occurrences inside a longer name ("Jordan" in "Michael Jordan") are left alone.
import type { Analysis, AnnotationSummary, DateType, EntityType } from '../analysis/types';
import { buildDocument } from '../analysis/document';
import { findStoryDates } from '../analysis/analyze';
import { anchorTarget, Occurrences, quoteText } from './anchor';
import { Facts, markUser, type Range } from './facts';
import type { Annotation, Scope, Sidecar } from './types';
import { sidecarDocumentDate } from './sidecar';

const NAME_KINDS = new Set(['person', 'organization', 'place']);

interface Context {
  facts: Facts;
  text: string;
  occurrences: Occurrences;
  summary: Required<AnnotationSummary>;
}

/** null when applied, else why not. */
type Outcome = string | null;

/**
 * The Analysis with the sidecar applied (pure; `analysis` is not changed). The sidecar's
 * documentDate wins over the analysis's: when they differ, the dates are found again with the
 * engine's date pass against the sidecar's date, before any annotation applies.
 */
export function applyAnnotations(analysis: Analysis, text: string, sidecar: Sidecar): Analysis {
  const documentDate = sidecarDocumentDate(sidecar) ?? analysis.documentDate;
  const base =
    documentDate === analysis.documentDate
      ? analysis
      : { ...analysis, documentDate, dates: findStoryDates(buildDocument(text), documentDate) };
  const ctx: Context = {
    facts: new Facts(base, text),
    text,
    occurrences: new Occurrences(text),
    summary: { applied: 0, orphaned: [], ignored: [] },
  };
  for (const a of sidecar.annotations) {
    const outcome = applyOne(ctx, a);
    if (outcome === null) ctx.summary.applied++;
    else ctx.summary.orphaned.push({ id: a.id, reason: outcome });
  }
  return { ...base, ...ctx.facts.finish(), annotations: ctx.summary };
}

function applyOne(ctx: Context, a: Annotation): Outcome {
  const found = anchorTarget(ctx.text, a.target, ctx.occurrences);
  if ('orphan' in found) return found.orphan;
  const anchor = withoutSpace(ctx.text, found);
  if (!anchor) return `${quoteText(a.target.exact)} is only spaces`;
  switch (a.action) {
    case 'add':
      return add(ctx, a, anchor);
    case 'reject':
      return reject(ctx, a, anchor);
    case 'retype':
      return retype(ctx, a, anchor);
    case 'merge':
      return merge(ctx, a, anchor);
    case 'split':
      return split(ctx, a, anchor);
    case 'rename':
      return rename(ctx, a, anchor);
    case 'speaker':
      return speaker(ctx, a, anchor);
    case 'value':
      return value(ctx, a, anchor);
    case 'accept':
      return accept(ctx, a, anchor);
    case 'ignore':
      return ignore(ctx, a, anchor);
    default:
      return `unknown action ${JSON.stringify(a.action)}`;
  }
}

/** A fact's span never starts or ends with white space (a selection may). */
function withoutSpace(text: string, r: Range): Range | null {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** The anchor, and with scope "all" every other occurrence of its text. */
function scopeRanges(ctx: Context, a: Annotation, anchor: Range, defaultScope: Scope): Range[] {
  if ((a.scope ?? defaultScope) === 'this') return [anchor];
  const length = anchor.end - anchor.start;
  const others = ctx.occurrences.of(ctx.text.slice(anchor.start, anchor.end)).filter((s) => s !== anchor.start);
  return [anchor, ...others.map((start) => ({ start, end: start + length }))];
}

/**
 * An occurrence found by scope "all" that lies within a longer name ("Jordan" in "Michael Jordan")
 * or overlaps a date ("May" in "May 5") is not a name of its own.
 */
function withinLongerName(ctx: Context, r: Range): boolean {
  return (
    ctx.facts.mentionsOverlapping(r).some((l) => l.mention.start < r.start || l.mention.end > r.end) ||
    ctx.facts.dates.some((d) => d.start < r.end && r.start < d.end)
  );
}

/** The user's name at r: it replaces the mentions and dates it overlaps. */
function addName(ctx: Context, type: EntityType, r: Range): void {
  const { facts } = ctx;
  for (const loc of facts.mentionsOverlapping(r)) facts.removeMention(loc);
  facts.removeDatesInside(r);
  facts.addMention(facts.entityFor(type, ctx.text.slice(r.start, r.end)), r);
}

function add(ctx: Context, a: Annotation, anchor: Range): Outcome {
  const kind = a.kind!;
  if (NAME_KINDS.has(kind)) {
    scopeRanges(ctx, a, anchor, 'all').forEach((r, i) => {
      if (i === 0 || !withinLongerName(ctx, r)) addName(ctx, kind as EntityType, r);
    });
  } else {
    for (const r of scopeRanges(ctx, a, anchor, 'this')) {
      if (kind === 'quote') addQuote(ctx, r);
      else addDate(ctx, r, a.value ?? null);
    }
  }
  return null;
}

function addQuote(ctx: Context, r: Range) {
  const existing = ctx.facts.quotes.find((q) => q.start === r.start && q.end === r.end);
  if (existing) {
    markUser(existing);
    return existing;
  }
  return ctx.facts.newQuote(r);
}

function addDate(ctx: Context, r: Range, value: string | null): void {
  const { facts } = ctx;
  const existing = facts.dates.find((d) => d.start === r.start && d.end === r.end);
  if (existing) {
    if (value !== null) setDateValue(existing, value);
    markUser(existing);
    return;
  }
  const overlapped = facts.dates.find((d) => d.start < r.end && r.start < d.end);
  facts.removeMentionsInside(r);
  const v = value ?? overlapped?.value ?? null;
  facts.newDate(r, v, v ? dateTypeOf(v, overlapped?.type ?? 'date') : (overlapped?.type ?? 'date'));
}

function setDateValue(date: { value: string | null; type: DateType }, value: string): void {
  date.value = value;
  date.type = dateTypeOf(value, date.type);
}

/** The type a value implies: P5D a duration (or a set, if it was one), T10:45 a time, else a date. */
export function dateTypeOf(value: string, previous: DateType): DateType {
  if (/_REF$/.test(value)) return 'date';
  if (value.startsWith('P')) return previous === 'set' ? 'set' : 'duration';
  if (/^XXXX-WXX/.test(value)) return 'set';
  if (value.includes('T')) return 'time';
  return previous === 'set' && value.startsWith('XXXX') ? 'set' : 'date';
}

function reject(ctx: Context, a: Annotation, anchor: Range): Outcome {
  const { facts } = ctx;
  const names = !a.kind || NAME_KINDS.has(a.kind);
  const quotes = !a.kind || a.kind === 'quote';
  const dates = !a.kind || a.kind === 'date';
  const onlyQuoteOrDate =
    !facts.mentionAt(anchor) && (facts.quotes.some((q) => sameRange(q, anchor)) || facts.dates.some((d) => sameRange(d, anchor)));
  const defaultScope: Scope = (a.kind && !names) || (!a.kind && onlyQuoteOrDate) ? 'this' : 'all';
  for (const r of scopeRanges(ctx, a, anchor, defaultScope)) {
    const quoteOrDateHere = facts.quotes.some((q) => sameRange(q, r)) || facts.dates.some((d) => sameRange(d, r));
    if (names) rejectNames(ctx, r, !quoteOrDateHere);
    if (quotes) facts.quotes = facts.quotes.filter((q) => !sameRange(q, r));
    if (dates) facts.dates = facts.dates.filter((d) => !sameRange(d, r));
  }
  return null;
}

/** Removes the mention at r (and, when r holds no quote or date, the mentions inside r). */
function rejectNames(ctx: Context, r: Range, andInside: boolean): void {
  const { facts } = ctx;
  const at = facts.mentionAt(r);
  const gone = andInside
    ? facts.mentionsOverlapping(r).filter((l) => l.mention.start >= r.start && l.mention.end <= r.end)
    : at
      ? [at]
      : [];
  for (const loc of gone) {
    facts.removeMention(loc);
    facts.rejected.add(`${loc.mention.start}:${loc.mention.end}`);
    for (const q of facts.quotes) {
      if (q.speaker && sameRange(q.speaker, loc.mention)) {
        q.speaker = null;
        markUser(q);
      }
    }
  }
  facts.rejected.add(`${r.start}:${r.end}`);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start === b.start && a.end === b.end;
}

function retype(ctx: Context, a: Annotation, anchor: Range): Outcome {
  const { facts } = ctx;
  const type = a.type!;
  const onlyThis = a.scope === 'this';
  scopeRanges(ctx, a, anchor, 'all').forEach((r, i) => {
    const loc = i === 0 ? facts.holderOf(r) : facts.mentionAt(r);
    if (!loc) {
      if (i === 0 || !withinLongerName(ctx, r)) addName(ctx, type, r);
      return;
    }
    loc.mention.reviewed = true; // the user said what this text is
    if (loc.entity.type === type) markUser(loc.entity);
    else if (onlyThis && loc.entity.mentions.length > 1) {
      facts.removeMention(loc);
      facts.addMention(facts.entityFor(type, loc.mention.text), loc.mention);
    } else {
      loc.entity.type = type;
      markUser(loc.entity);
    }
  });
  return null;
}

function merge(ctx: Context, a: Annotation, anchor: Range): Outcome {
  const { facts } = ctx;
  const intoAnchor = anchorTarget(ctx.text, a.into!, ctx.occurrences);
  const intoText = quoteText(a.into!.exact);
  if ('orphan' in intoAnchor) return `the name it is the same as, ${intoText}, is no longer in the article`;
  const into = facts.holderOf(intoAnchor);
  if (!into) {
    const rejected = facts.rejected.has(`${intoAnchor.start}:${intoAnchor.end}`);
    return `${intoText} is not a name${rejected ? ' (you rejected it)' : ''}, so there is nothing to merge into`;
  }
  const from = facts.holderOf(anchor);
  if (!from) {
    for (const loc of facts.mentionsOverlapping(anchor)) facts.removeMention(loc);
    facts.addMention(into.entity, anchor);
    markUser(into.entity);
  } else if (from.entity !== into.entity) {
    facts.mergeEntity(from.entity, into.entity);
  } else {
    markUser(into.entity);
  }
  return null;
}

function split(ctx: Context, a: Annotation, anchor: Range): Outcome {
  const { facts } = ctx;
  const loc = facts.holderOf(anchor);
  if (!loc) return `${quoteText(a.target.exact)} is not a name, so there is nothing to split`;
  if (loc.entity.mentions.length === 1) {
    markUser(loc.entity);
    return null;
  }
  facts.removeMention(loc);
  facts.addMention(facts.newEntity(loc.entity.type, loc.mention.text), loc.mention);
  return null;
}

function rename(ctx: Context, a: Annotation, anchor: Range): Outcome {
  const loc = ctx.facts.holderOf(anchor);
  if (!loc) return `${quoteText(a.target.exact)} is not a name, so it cannot be renamed`;
  const name = typeof a.name === 'string' ? a.name.trim() : '';
  if (!name) return 'the new name is empty';
  loc.entity.name = name;
  ctx.facts.renamed.add(loc.entity);
  ctx.facts.touched.add(loc.entity);
  markUser(loc.entity);
  return null;
}

function speaker(ctx: Context, a: Annotation, anchor: Range): Outcome {
  const { facts } = ctx;
  let who = null;
  if (a.speaker) {
    const found = anchorTarget(ctx.text, a.speaker, ctx.occurrences);
    const at = 'orphan' in found ? null : withoutSpace(ctx.text, found);
    if (!at) return `the speaker's text ${quoteText(a.speaker.exact)} is no longer in the article`;
    who = { ...facts.span(at), entityId: facts.holderOf(at)?.entity.id ?? null };
  }
  const quote = facts.quoteAt(anchor) ?? addQuote(ctx, anchor);
  quote.speaker = who;
  markUser(quote);
  return null;
}

function value(ctx: Context, a: Annotation, anchor: Range): Outcome {
  const date = ctx.facts.dateAt(anchor);
  if (!date) addDate(ctx, anchor, a.value!);
  else {
    setDateValue(date, a.value!);
    markUser(date);
  }
  return null;
}

function accept(ctx: Context, a: Annotation, anchor: Range): Outcome {
  const { facts } = ctx;
  let found = false;
  scopeRanges(ctx, a, anchor, facts.mentionAt(anchor) ? 'all' : 'this').forEach((r, i) => {
    const loc = facts.mentionAt(r);
    if (loc) loc.mention.reviewed = loc.entity.reviewed = true;
    const quote = facts.quotes.find((q) => sameRange(q, r));
    if (quote) quote.reviewed = true;
    const date = facts.dates.find((d) => sameRange(d, r));
    if (date) date.reviewed = true;
    if (i === 0) found = !!(loc || quote || date);
  });
  return found ? null : `nothing to accept at ${quoteText(a.target.exact)}: no name, quote or date is there`;
}

function ignore(ctx: Context, a: Annotation, anchor: Range): Outcome {
  for (const r of scopeRanges(ctx, a, anchor, 'this')) ctx.summary.ignored.push({ id: a.id, code: a.code!, start: r.start, end: r.end });
  return null;
}
