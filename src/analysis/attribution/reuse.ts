// Reuse of each quote's own sieve result (attribution.ts, before the neighbour passes) across
// versions of a document: after an edit only the quotes near it run their sieves again.
//
// A result is looked up by everything the sieves can read for that quote, so a reused result is
// the one a cold run computes:
// - its window: the paragraphs from WINDOW_BEFORE before its first paragraph to WINDOW_AFTER (and
//   at least WINDOW_AFTER_TOKENS tokens) after its last, each by its text, the gap before it, and
//   the mentions and quotes in it at paragraph-relative offsets. Every look by paragraphs or
//   tokens (coreference.ts: 30 paragraphs back for appositions and a study's lead author, 3 back for
//   pronouns, 3 ahead for roles; phrases.ts, sieves/headline.ts, sentence.ts: a few tokens) stays inside it;
// - what some rules read without bound (the namesakes and label indexes, the gender from the
//   whole article's pronouns, "the company" and "the minister" searching all earlier mentions):
//   every entity's fields and gender, and the sequence of mentions with what those searches read
//   of each. These are one document-wide string; when it changes, nothing is reused;
// - where the window lies in that sequence, and, near the document's start (the lede rules), its
//   paragraph index.
// Transcript turns (labelled or on a call) read the whole introduction and are never reused; a
// remark quoted inside a turn is reused like any quote (its sieves skip the turn rule and read
// only its window, where the key records which quotes are remarks). Keep the window constants at least as wide as the farthest rule looks.
import { callTurnSpeakers, turnLabel } from '../quotes';
import { paragraphSlot } from '../paragraphMemo';
import type { Attribution, QuoteInfo, SieveContext } from './context';
import { forgetKeptIndexes, keepIndexesFor } from './keptIndexes';

/**
 * A list refilled on every use without giving its storage back (setting an array's length to 0
 * does, and refilling it then allocates again: thousands of times per edit).
 */
class Scratch<T> {
  private items: T[] = [];
  private length = 0;

  clear(): void {
    this.length = 0;
  }

  set(items: T[]): void {
    this.items = items;
    this.length = items.length;
  }

  push(a: T): void {
    this.items[this.length++] = a;
  }

  push3(a: T, b: T, c: T): void {
    this.push(a);
    this.push(b);
    this.push(c);
  }

  push4(a: T, b: T, c: T, d: T): void {
    this.push3(a, b, c);
    this.push(d);
  }

  equals(other: readonly T[]): boolean {
    if (other.length !== this.length) return false;
    for (let i = 0; i < other.length; i++) if (this.items[i] !== other[i]) return false;
    return true;
  }

  sameAs(other: Scratch<T>): boolean {
    if (other.length !== this.length) return false;
    for (let i = 0; i < this.length; i++) if (this.items[i] !== other.items[i]) return false;
    return true;
  }

  toArray(): T[] {
    return this.items.slice(0, this.length);
  }
}

const WINDOW_BEFORE = 31;
const WINDOW_AFTER = 5;
const WINDOW_AFTER_TOKENS = 64;
/** Paragraph signatures interned to small numbers; the table is dropped when it grows this large. */
const MAX_SIGNATURES = 200_000;

/**
 * A kept result: its quote's key (what the quote reads besides its window's paragraphs, KEY_FIELDS
 * numbers), what the window held (paragraph ids), both compared number by number, and the sieves'
 * result, speaker offsets relative to the window's first paragraph.
 */
interface KeptResult {
  key: readonly number[];
  window: readonly number[];
  result: Attribution | null;
}
/**
 * A quote's key: whether its window opens the document (then the quote's paragraph, else -1),
 * whether it closes it, the window's first mention, the quote's offsets from the window's start,
 * its paragraphs from the window's first, its place among the window's quotes, the window's length.
 */
const KEY_FIELDS = 9;
/** Results of the last run by a hash of their keys. */
let lastResults = new Map<number, KeptResult[]>();
let lastFacts: DocumentFacts | null = null;
const signatureIds = new Map<string, number>();
/** Counts the drops of signatureIds: an id from before a drop names nothing now. */
let epoch = 0;

/** What one paragraph's id was computed from (paragraphId), by the paragraph's sentences array. */
interface ParagraphFacts {
  gap: string;
  numbers: number[];
  entityIds: string[];
  id: number;
  epoch: number;
}
const paragraphFacts = paragraphSlot<ParagraphFacts>();
/** Where paragraphId collects a paragraph's facts before comparing them (one paragraph at a time). */
const scratchFacts = { numbers: new Scratch<number>(), entityIds: new Scratch<string>() };

/** Quotes whose sieve result was reused or computed, since the process started (tests, the edit profile). */
export const sieveMemoCounters = { reused: 0, computed: 0 };

/** Forgets every reused result (cold runs). */
export function clearSieveMemo(): void {
  forgetKeptIndexes();
  lastResults = new Map();
  lastFacts = null;
  signatureIds.clear();
  epoch++;
}

export class SieveMemo {
  private readonly results = new Map<number, KeptResult[]>();
  private readonly paragraphIds: number[];
  /** Per paragraph: the index of its first mention and of its first quote (or where they would be). */
  private readonly firstMention: number[];
  private readonly firstQuote: number[];
  /** Per quote: its key's hash (-1: never reused), its key, its window's first and last paragraph. */
  private readonly hashes: number[];
  private readonly keys: Int32Array;
  private readonly windows: Int32Array;

  constructor(private readonly ctx: SieveContext) {
    // Collected into the scratch facts; kept (copied) only when they differ from last run's.
    const facts = scratchDocumentFacts.fill(ctx);
    const sameFacts = !!lastFacts?.equals(facts);
    // Numbers given again after the table is dropped would name other paragraphs in the old keys.
    if (!sameFacts || signatureIds.size > MAX_SIGNATURES) {
      clearSieveMemo();
      lastFacts = facts.copy();
    }
    this.firstMention = firstIndexes(ctx.doc.paragraphs.length, ctx.mentions.length, (i) => ctx.tokens[ctx.mentions[i].firstTok].paragraph);
    this.firstQuote = firstIndexes(ctx.doc.paragraphs.length, ctx.quotes.length, (i) => ctx.quotes[i].quote.firstParagraph);
    this.paragraphIds = ctx.doc.paragraphs.map((_, pi) => this.paragraphId(pi));
    keepIndexesFor(ctx, sameFacts, this.paragraphIds);
    this.keys = new Int32Array(ctx.quotes.length * KEY_FIELDS);
    this.windows = new Int32Array(ctx.quotes.length * 2);
    this.hashes = ctx.quotes.map((q) => this.keyOf(q));
  }

  /** The quote's result from the last run (a fresh copy at this run's offsets), or undefined. */
  reused(q: QuoteInfo): Attribution | null | undefined {
    const hash = this.hashes[q.index];
    if (hash < 0) return undefined;
    const stored = lastResults.get(hash)?.find((kept) => this.fits(kept, q.index));
    if (stored === undefined) return undefined;
    sieveMemoCounters.reused++;
    this.keep(hash, stored);
    return shifted(stored.result, this.windowStart(q));
  }

  store(q: QuoteInfo): void {
    sieveMemoCounters.computed++;
    const hash = this.hashes[q.index];
    if (hash < 0 || !this.inWindow(q)) return;
    const i = q.index;
    const key = Array.from(this.keys.subarray(i * KEY_FIELDS, (i + 1) * KEY_FIELDS));
    const window = this.paragraphIds.slice(this.windows[2 * i], this.windows[2 * i + 1] + 1);
    this.keep(hash, { key, window, result: shifted(q.result, -this.windowStart(q)) });
  }

  /** Keeps a result for the next run (once: quotes with equal keys and windows have one result). */
  private keep(hash: number, kept: KeptResult): void {
    const list = this.results.get(hash);
    if (!list) this.results.set(hash, [kept]);
    else if (!list.some((k) => sameNumbers(k.key, kept.key) && sameNumbers(k.window, kept.window))) list.push(kept);
  }

  /** Whether a kept result has quote i's key and its window's paragraph ids. */
  private fits(kept: KeptResult, i: number): boolean {
    for (let f = 0; f < KEY_FIELDS; f++) if (kept.key[f] !== this.keys[i * KEY_FIELDS + f]) return false;
    const lo = this.windows[2 * i];
    const hi = this.windows[2 * i + 1];
    if (kept.window.length !== hi - lo + 1) return false;
    for (let k = 0; k < kept.window.length; k++) if (kept.window[k] !== this.paragraphIds[lo + k]) return false;
    return true;
  }

  /** A speaker outside the window would not move with it: such a result is not kept. */
  private inWindow(q: QuoteInfo): boolean {
    const speaker = q.result?.speaker;
    if (!speaker) return true;
    const last = this.ctx.doc.paragraphs[this.windowEnd(q.quote.lastParagraph)];
    return speaker.start >= this.windowStart(q) && speaker.end <= last.end;
  }

  /** Keeps this run's results (only those: the memo holds one document's quotes). */
  finish(): void {
    lastResults = this.results;
  }

  private windowStart(q: QuoteInfo): number {
    return this.ctx.doc.paragraphs[Math.max(0, q.quote.firstParagraph - WINDOW_BEFORE)].start;
  }

  /** Writes the quote's key and window into this run's arrays; returns the key's hash, or -1 when the quote is never reused. */
  private keyOf(q: QuoteInfo): number {
    const ctx = this.ctx;
    const p1 = q.quote.firstParagraph;
    const p2 = q.quote.lastParagraph;
    if (q.container < 0 && (turnLabel(ctx.doc.paragraphs[p1]) || callTurnSpeakers(ctx.doc)[p1])) return -1;
    const lo = Math.max(0, p1 - WINDOW_BEFORE);
    const hi = this.windowEnd(p2);
    this.windows[2 * q.index] = lo;
    this.windows[2 * q.index + 1] = hi;
    const base = ctx.doc.paragraphs[lo].start;
    const at = q.index * KEY_FIELDS;
    const key = this.keys;
    key[at] = lo === 0 ? p1 : -1;
    key[at + 1] = hi === ctx.doc.paragraphs.length - 1 ? 1 : 0;
    key[at + 2] = this.firstMention[lo];
    key[at + 3] = q.quote.start - base;
    key[at + 4] = q.quote.end - base;
    key[at + 5] = p1 - lo;
    key[at + 6] = p2 - p1;
    key[at + 7] = q.index - this.firstQuote[lo];
    key[at + 8] = hi - lo;
    // A small non-negative integer (a map key that allocates nothing); equal keys are told apart by fits().
    let hash = 0;
    for (let f = 0; f < KEY_FIELDS; f++) hash = (Math.imul(hash, 31) + key[at + f]) | 0;
    return hash & 0x3fffffff;
  }

  private windowEnd(p2: number): number {
    const { paragraphs } = this.ctx.doc;
    const tokensFrom = this.ctx.paragraphFirstTok[p2 + 1] ?? this.ctx.tokens.length;
    let hi = Math.min(paragraphs.length - 1, p2 + WINDOW_AFTER);
    while (hi < paragraphs.length - 1 && (this.ctx.paragraphFirstTok[hi + 1] ?? this.ctx.tokens.length) - tokensFrom < WINDOW_AFTER_TOKENS)
      hi++;
    return hi;
  }

  /** A number for what the sieves read of one paragraph: its text, the gap before it, its mentions and quote marks. */
  private paragraphId(pi: number): number {
    const ctx = this.ctx;
    const p = ctx.doc.paragraphs[pi];
    const gapFrom = pi > 0 ? ctx.doc.paragraphs[pi - 1].end : 0;
    // Collected into scratch arrays first: they are copied only when they differ from last run's.
    const scratch = scratchFacts;
    scratch.numbers.clear();
    scratch.entityIds.clear();
    this.collectFacts(pi, scratch);
    // The same sentences array is the same text (document.ts): equal facts then give the id without a signature.
    const known = paragraphFacts.get(p.sentences);
    if (
      known &&
      known.epoch === epoch &&
      // The gap compared in place (no slice per paragraph and run).
      known.gap.length === p.start - gapFrom &&
      ctx.doc.text.startsWith(known.gap, gapFrom) &&
      scratch.numbers.equals(known.numbers) &&
      scratch.entityIds.equals(known.entityIds)
    )
      return known.id;
    const gap = ctx.doc.text.slice(gapFrom, p.start);
    const facts: ParagraphFacts = { gap, numbers: scratch.numbers.toArray(), entityIds: scratch.entityIds.toArray(), id: -1, epoch };
    const signature = [p.text, gap, facts.numbers.join(','), facts.entityIds.join(',')].join('\u0001');
    let id = signatureIds.get(signature);
    if (id === undefined) signatureIds.set(signature, (id = signatureIds.size));
    facts.id = id;
    paragraphFacts.set(p.sentences, facts);
    return id;
  }

  /**
   * The paragraph's mentions (offsets and tokens relative to it, and entity ids), its quotes and
   * which quote each token lies in (relative to its first quote; before it is negative), each list after its length.
   */
  private collectFacts(pi: number, facts: { numbers: Scratch<number>; entityIds: Scratch<string> }): void {
    const ctx = this.ctx;
    const { numbers, entityIds } = facts;
    const p = ctx.doc.paragraphs[pi];
    const firstTok = ctx.paragraphFirstTok[pi];
    numbers.push(this.firstMention[pi + 1] - this.firstMention[pi]);
    for (let mi = this.firstMention[pi]; mi < this.firstMention[pi + 1]; mi++) {
      const m = ctx.mentions[mi];
      numbers.push4(m.start - p.start, m.end - p.start, m.firstTok - firstTok, m.lastTok - firstTok);
      entityIds.push(m.entity.id);
    }
    numbers.push(this.firstQuote[pi + 1] - this.firstQuote[pi]);
    for (let qi = this.firstQuote[pi]; qi < this.firstQuote[pi + 1]; qi++) {
      const q = ctx.quotes[qi];
      numbers.push4(q.quote.start - p.start, q.quote.end - p.start, q.quote.lastParagraph - pi, q.container >= 0 ? 1 : 0);
    }
    const end = ctx.paragraphFirstTok[pi + 1] ?? ctx.tokens.length;
    if (!ctx.quotedParagraphs[pi]) {
      // No token of it lies in a quote: what the walk below finds, without reading every token.
      if (firstTok < end) numbers.push3(0, 0, 0);
      return;
    }
    let previous = -2;
    for (let k = firstTok; k < end; k++) {
      const quote = ctx.tokens[k].quote;
      if (quote !== previous) numbers.push3(k - firstTok, quote < 0 ? 0 : 1, quote < 0 ? 0 : quote - this.firstQuote[pi]);
      previous = quote;
    }
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * For items in paragraph order, the index of each paragraph's first item (the next paragraph's
 * when it has none), with one more entry for the end.
 */
function firstIndexes(paragraphs: number, items: number, paragraphOf: (i: number) => number): number[] {
  const first = new Array<number>(paragraphs + 1);
  let i = 0;
  for (let pi = 0; pi <= paragraphs; pi++) {
    while (i < items && paragraphOf(i) < pi) i++;
    first[pi] = i;
  }
  return first;
}

/**
 * What rules read without bound: each entity (in order) with its gender, and each mention's
 * entity, whether it lies in a quote and whether an object marker precedes it ("the company"
 * skips organizations after "by", "with" ...). Kept as arrays and compared field by field: one
 * joined string per run cost more than the sieves it saved.
 */
export class DocumentFacts {
  private readonly entities = new Scratch<unknown>();
  private readonly mentions = new Scratch<string>();
  private readonly flags = new Scratch<number>();

  constructor(ctx?: SieveContext) {
    if (ctx) this.fill(ctx);
  }

  /** Collects the facts of ctx in place of what this held. */
  fill(ctx: SieveContext): this {
    const { entities, mentions, flags } = this;
    entities.clear();
    mentions.clear();
    flags.clear();
    for (const e of ctx.entities) {
      entities.push4(e.id, e.type, e.name, e.role);
      entities.push(e.aliases.length);
      for (const a of e.aliases) entities.push(a);
      entities.push(e.mentions.length);
      entities.push(ctx.coref.genders.of(e));
    }
    for (const m of ctx.mentions) {
      mentions.push(m.entity.id);
      flags.push((ctx.tokens[m.firstTok].quote >= 0 ? 1 : 0) | (m.afterObjectMarker ? 2 : 0));
    }
    return this;
  }

  copy(): DocumentFacts {
    const copy = new DocumentFacts();
    copy.entities.set(this.entities.toArray());
    copy.mentions.set(this.mentions.toArray());
    copy.flags.set(this.flags.toArray());
    return copy;
  }

  equals(other: DocumentFacts): boolean {
    return this.entities.sameAs(other.entities) && this.mentions.sameAs(other.mentions) && this.flags.sameAs(other.flags);
  }
}

/** Where SieveMemo collects this run's document-wide facts before comparing them with last run's. */
const scratchDocumentFacts = new DocumentFacts();

/** A copy of an attribution with its speaker's offsets moved by delta (a fresh object: later passes add to it). */
function shifted(r: Attribution | null, delta: number): Attribution | null {
  if (!r) return r;
  if (!r.speaker) return { ...r };
  return { ...r, speaker: { ...r.speaker, start: r.speaker.start + delta, end: r.speaker.end + delta } };
}
