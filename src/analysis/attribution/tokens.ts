// The token overlay every attribution sieve reads: the document's tokens in one flat array, which
// paragraph, sentence and quote (if any) each token lies in, and which entity mention covers it.
// Built once per document in linear time; look-ups are array reads or binary searches.
import type { QuoteCandidate } from '../candidates';
import type { DocumentModel, Paragraph, Token } from '../document';
import type { Entity, Span, Speaker } from '../types';
import { DETERMINERS, NOUN_VERBS, PASSIVE_AUXILIARIES, REPORTING_VERBS, VERB_MODIFIERS } from '../lexicon/reporting';
import { FEMALE_PRONOUNS, INTRO_WORDS, MALE_PRONOUNS, OBJECT_MARKERS, PUT_FORMS } from '../lexicon/speakerPhrases';
import { isNameWord, isPronoun } from './words';
import { paragraphSlot } from '../paragraphMemo';

export interface Tok extends Token {
  lower: string;
  paragraph: number;
  /** Index of the first token of this token's sentence. */
  sentenceStart: number;
  /** Index (into quotes) of the quote this token lies in, or -1. */
  quote: number;
  /** Index (into mentions) of the entity mention covering this token, or -1. */
  mention: number;
}

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  /** Token range covered, inclusive. */
  firstTok: number;
  lastTok: number;
  /** The token before it is an object marker ("told Smith"): set when the ref is marked (reuse.ts reads it per mention). */
  afterObjectMarker: boolean;
}

export interface Attribution {
  speaker: Speaker | null;
  cue: string | null;
  /** Set when a sieve decided the quote has no nameable speaker (an interviewer's question). */
  final?: boolean;
  /** The id of the rule that chose the speaker (src/analysis/rules/speakerRules.ts). */
  rule: string;
}

export interface QuoteInfo {
  index: number;
  quote: QuoteCandidate;
  /** First and last token of the quote (its quotation marks when it has them). */
  firstTok: number;
  lastTok: number;
  /** A short quote inside a sentence ("scare quote", partial quote). */
  partial: boolean;
  /** Quoted words that continue the narration before them (a word right before the opening mark), however they end. */
  embedded: boolean;
  /** Index of the transcript turn this quote lies wholly inside (a remark quoted in a turn), or -1. */
  container: number;
  result: Attribution | null;
}

/** Markdown emphasis and link brackets: no part of a speaker phrase. */
const MARKDOWN_MARKS = new Set(['*', '**', '_', '__', '[', ']']);

/**
 * One paragraph's tokens as the overlay holds them, with each token's sentence start relative to
 * the paragraph's first token. Performance: after an edit almost every paragraph keeps its
 * sentences (document.ts shares the arrays while the paragraph does not move), so its tokens are
 * reused instead of built again; only the document-wide fields are written per document.
 */
interface ParagraphOverlay {
  readonly tokens: Tok[];
  readonly sentenceStarts: number[];
  /** Tokens (paragraph-relative) that are gendered pronouns: the gender votes read only these (gender.ts). */
  readonly genderedPronouns: number[];
  /** The overlay build that last used these tokens: one paragraph's objects serve one place per document. */
  usedBy: number;
}
const overlays_ = paragraphSlot<ParagraphOverlay>();
let overlayBuilds = 0;

/** The overlay of p for this build: `kept` (p's last overlay) unless missing or already placed in this build. */
function paragraphOverlay(p: Paragraph, build: number, kept: ParagraphOverlay | undefined): ParagraphOverlay {
  let overlay = kept;
  if (!overlay || overlay.usedBy === build) {
    overlay = newOverlay(p);
    overlays_.set(p.sentences, overlay);
  }
  overlay.usedBy = build;
  return overlay;
}

function newOverlay(p: Paragraph): ParagraphOverlay {
  const tokens: Tok[] = [];
  const sentenceStarts: number[] = [];
  const genderedPronouns: number[] = [];
  for (const s of p.sentences) {
    const sentenceStart = tokens.length;
    let linkTargetEnd = -1;
    for (let ti = 0; ti < s.tokens.length; ti++) {
      const t = s.tokens[ti];
      // Markdown is read through: `said **Ines Moreau**`, `said [Ines Moreau](https://…)`.
      if (t.start < linkTargetEnd) continue;
      if (MARKDOWN_MARKS.has(t.text)) {
        const n = s.tokens[ti + 1];
        if (t.text === ']' && n?.text === '(' && n.start === t.end) linkTargetEnd = p.text.indexOf(')', n.end - p.start) + p.start + 1;
        continue;
      }
      // Fields written out: object spread is many times slower here, on every token.
      const lower = t.text.toLowerCase();
      if (MALE_PRONOUNS.has(lower) || FEMALE_PRONOUNS.has(lower)) genderedPronouns.push(tokens.length);
      tokens.push({ start: t.start, end: t.end, text: t.text, lower, paragraph: p.index, sentenceStart: 0, quote: -1, mention: -1 });
      sentenceStarts.push(sentenceStart);
    }
  }
  return { tokens, sentenceStarts, genderedPronouns, usedBy: 0 };
}

/** Places one paragraph's tokens at `base`, every per-document field written again (quote and mention are marked later). */
function writeTokens(tokens: Tok[], overlay: ParagraphOverlay, paragraph: number, base: number): void {
  const { tokens: own, sentenceStarts } = overlay;
  for (let k = 0; k < own.length; k++) {
    const t = own[k];
    t.paragraph = paragraph;
    t.sentenceStart = base + sentenceStarts[k];
    t.quote = -1;
    t.mention = -1;
    tokens[base + k] = t;
  }
}

/**
 * What the last token index laid out, for the next one: a paragraph with the same overlay at the
 * same first token, used by no other index since, is where the last run left it. Only one
 * document's index is kept: analysing another in between only costs the reuse.
 */
interface Layout {
  build: number;
  overlays: ParagraphOverlay[];
  firstTok: number[];
  tokens: Tok[];
  mentions: MentionRef[];
  quotes: QuoteInfo[];
  /** How the mentions were laid out per paragraph (markMentions), or null when they were marked in one walk. */
  mentionLayout: MentionLayout | null;
}
let lastLayout: Layout | null = null;

/**
 * The entity mentions of one index by paragraph: each paragraph's spans (start and end, in order)
 * from spanFrom[pi], its mention refs from refFrom[pi], and for each ref the span (counted from
 * its paragraph's first) that made it.
 */
interface MentionLayout {
  spanFrom: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  refFrom: Int32Array;
  refSpan: number[];
}

/** Sets back to -1 every quote mark the index made (all lie in its quotes' token ranges). */
function clearQuoteMarks(layout: Layout): void {
  const { tokens } = layout;
  for (const q of layout.quotes) for (let k = q.firstTok; k <= q.lastTok; k++) tokens[k].quote = -1;
}

/** Sets back to -1 the mention marks of the index's mentions from..to-1 (all lie in their token ranges). */
function clearMentionMarks(layout: Layout, from: number, to: number): void {
  const { tokens, mentions } = layout;
  for (let r = from; r < to; r++) for (let k = mentions[r].firstTok; k <= mentions[r].lastTok; k++) tokens[k].mention = -1;
}

/** Index of the first token at or after `from` whose end is past `offset` (tokens are sorted): galloping, then binary search. */
function firstEndingAfter(tokens: readonly Tok[], from: number, offset: number): number {
  if (from >= tokens.length || tokens[from].end > offset) return from;
  let step = 1;
  let lo = from; // tokens[lo].end <= offset
  while (lo + step < tokens.length && tokens[lo + step].end <= offset) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, tokens.length); // tokens[hi].end > offset, or the end
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The indexes of spans sorted by start, the longer first where two start together, else in list
 * order. Performance: each span is one number (start, then length reversed, then index) sorted by
 * the typed array's own sort, without a comparator; spans too far out for a double's 53 bits take the comparator.
 */
export function byStartLongestFirst(spans: readonly Span[]): ArrayLike<number> {
  let maxStart = 0;
  let maxLength = 0;
  for (const s of spans) {
    if (s.start > maxStart) maxStart = s.start;
    if (s.end - s.start > maxLength) maxLength = s.end - s.start;
  }
  const indexes = 2 ** Math.ceil(Math.log2(spans.length + 1));
  const lengths = 2 ** Math.ceil(Math.log2(maxLength + 2));
  if ((maxStart + 1) * lengths * indexes > Number.MAX_SAFE_INTEGER || spans.some((s) => s.end < s.start))
    return spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || spans[b].end - spans[a].end);
  const keys = new Float64Array(spans.length);
  spans.forEach((s, i) => (keys[i] = (s.start * lengths + (lengths - 1 - (s.end - s.start))) * indexes + i));
  keys.sort();
  const order = new Uint32Array(spans.length);
  for (let k = 0; k < keys.length; k++) order[k] = keys[k] % indexes;
  return order;
}

/** Where markMentions lists every entity's mentions: the same storage each run (these lists are long). */
const mentionScratch = { spans: [] as Span[], owners: [] as Entity[] };

/** Every entity's mentions with their entities, and the order that sorts them (byStartLongestFirst). */
interface SortedMentions {
  spans: Span[];
  owners: Entity[];
  order: ArrayLike<number>;
}

function sortedMentions(entities: readonly Entity[]): SortedMentions {
  const { spans, owners } = mentionScratch;
  let n = 0;
  for (const e of entities)
    for (const m of e.mentions) {
      spans[n] = m;
      owners[n++] = e;
    }
  spans.length = owners.length = n;
  return { spans, owners, order: byStartLongestFirst(spans) };
}

/**
 * Where each paragraph's mentions start in the sorted order (one more entry for the end), or null
 * when some mention does not lie inside a paragraph (then they are marked in one walk).
 */
function spansByParagraph({ spans, order }: SortedMentions, doc: DocumentModel): Int32Array | null {
  const { paragraphs } = doc;
  const from = new Int32Array(paragraphs.length + 1);
  let pi = 0;
  for (let k = 0; k < order.length; k++) {
    const s = spans[order[k]];
    while (pi < paragraphs.length && paragraphs[pi].end <= s.start) from[++pi] = k;
    if (pi >= paragraphs.length || s.start < paragraphs[pi].start || s.end > paragraphs[pi].end) return null;
  }
  while (pi < paragraphs.length) from[++pi] = order.length;
  return from;
}

/** Whether paragraph pi had, in the last layout, the spans lo..hi-1 of this one. */
function sameSpans(was: MentionLayout, pi: number, starts: Int32Array, ends: Int32Array, lo: number, hi: number): boolean {
  const from = was.spanFrom[pi];
  if (was.spanFrom[pi + 1] - from !== hi - lo) return false;
  for (let k = 0; k < hi - lo; k++) if (was.starts[from + k] !== starts[lo + k] || was.ends[from + k] !== ends[lo + k]) return false;
  return true;
}

/**
 * A mention of `entity` from token ti: the last index's object at this place when it had the same
 * span and first token (re-aimed at this run's entity), else a new one. Only the token index uses these.
 */
function mentionRef(old: MentionRef | undefined, m: Span, entity: Entity, ti: number, tokens: readonly Tok[]): MentionRef {
  const afterObjectMarker = followsObjectMarker(tokens, ti);
  if (!old || old.start !== m.start || old.end !== m.end || old.firstTok !== ti)
    return { start: m.start, end: m.end, entity, firstTok: ti, lastTok: ti, afterObjectMarker };
  old.entity = entity;
  old.lastTok = ti;
  old.afterObjectMarker = afterObjectMarker;
  return old;
}

/** Whether the token before token ti is an object marker. */
function followsObjectMarker(tokens: readonly Tok[], ti: number): boolean {
  return ti > 0 && OBJECT_MARKERS.has(tokens[ti - 1].lower);
}

export class TokenIndex {
  tokens: Tok[] = [];
  readonly mentions: MentionRef[] = [];
  readonly quotes: QuoteInfo[] = [];
  /** Index of each paragraph's first token (paragraphs without tokens point at the next one). */
  readonly paragraphFirstTok: number[] = [];
  /** Every gendered pronoun token ("he", "her" ...), in order. */
  readonly genderedPronouns: number[] = [];
  /** Per paragraph, 1 when some token of it was marked as lying in a quote (it may have been unmarked since), else 0. */
  readonly quotedParagraphs: Uint8Array;
  private overlays: ParagraphOverlay[] = [];
  private build = 0;
  /** Per paragraph: whether its token slots are the last index's, as they were (addTokens). */
  private reused: boolean[] = [];
  private mentionLayout: MentionLayout | null = null;

  constructor(
    readonly doc: DocumentModel,
    quotes: QuoteCandidate[],
    readonly entities: Entity[],
  ) {
    this.quotedParagraphs = new Uint8Array(doc.paragraphs.length);
    const spans = sortedMentions(entities);
    const byParagraph = spansByParagraph(spans, doc);
    this.addTokens(!!byParagraph);
    if (byParagraph) this.markMentionsByParagraph(spans, byParagraph);
    else this.markMentions(spans);
    this.markQuotes(quotes);
    lastLayout = {
      build: this.build,
      overlays: this.overlays,
      firstTok: this.paragraphFirstTok,
      tokens: this.tokens,
      mentions: this.mentions,
      quotes: this.quotes,
      mentionLayout: this.mentionLayout,
    };
  }

  /** Lays out the tokens; `byParagraph`: the mentions will be marked paragraph by paragraph (their marks are cleared there). */
  private addTokens(byParagraph: boolean): void {
    const build = ++overlayBuilds;
    const last = lastLayout;
    // The marks of the last run are cleared first: its tokens may be reused as they are below.
    if (last) clearQuoteMarks(last);
    if (last && !(byParagraph && last.mentionLayout)) clearMentionMarks(last, 0, last.mentions.length);
    // A paragraph whose overlay the last run (and no run since) put at the same first token keeps its slots as they are.
    let base = 0;
    const reused: boolean[] = [];
    this.overlays = this.doc.paragraphs.map((p, pi) => {
      const kept = overlays_.get(p.sentences);
      const usedBefore = kept?.usedBy;
      const overlay = paragraphOverlay(p, build, kept);
      reused.push(!!last && overlay === kept && kept === last.overlays[pi] && usedBefore === last.build && last.firstTok[pi] === base);
      base += overlay.tokens.length;
      return overlay;
    });
    // Performance: the array is sized once (pushing 100,000s of tokens grows and copies it many times),
    // and is last run's array when there was one: its unchanged stretches need no writes.
    if (last) this.tokens = last.tokens;
    this.tokens.length = base;
    base = 0;
    this.doc.paragraphs.forEach((p, pi) => {
      this.paragraphFirstTok.push(base);
      const overlay = this.overlays[pi];
      for (const k of overlay.genderedPronouns) this.genderedPronouns.push(base + k);
      if (!reused[pi]) writeTokens(this.tokens, overlay, p.index, base);
      base += overlay.tokens.length;
    });
    this.reused = reused;
    this.build = build;
  }

  // Mentions and quotes are both sorted: one forward walk over the tokens marks each.
  private markMentions(spans: SortedMentions): void {
    this.walkMentions(spans, 0, 0, spans.order.length);
  }

  /**
   * The walk of markMentions over the sorted mentions lo..hi-1 from token `from`; returns the
   * index of the span that made each new ref, counted from lo.
   */
  private walkMentions({ spans, owners, order }: SortedMentions, from: number, lo: number, hi: number, refSpan?: number[]): void {
    const kept = lastLayout?.mentions ?? [];
    let mi = lo;
    for (let ti = from; ti < this.tokens.length && mi < hi; ti++) {
      // Tokens ending before the next mention starts overlap none: skipped without reading each.
      ti = firstEndingAfter(this.tokens, ti, spans[order[mi]].start);
      if (ti >= this.tokens.length) break;
      const t = this.tokens[ti];
      while (mi < hi && spans[order[mi]].end <= t.start) mi++;
      if (mi >= hi) break;
      const m = spans[order[mi]];
      if (m.start < t.end && t.start < m.end) {
        const last = this.mentions[this.mentions.length - 1];
        if (last?.start === m.start) last.lastTok = ti;
        else {
          this.mentions.push(mentionRef(kept[this.mentions.length], m, owners[order[mi]], ti, this.tokens));
          refSpan?.push(mi - lo);
        }
        t.mention = this.mentions.length - 1;
      }
    }
  }

  /**
   * markMentions paragraph by paragraph (every mention lies inside one: the walk gives the same
   * refs). A paragraph whose token slots and mention spans are the last index's, its refs starting
   * at the same index, keeps the last refs and their marks; any other is walked, the last index's
   * marks in its reused slots cleared first.
   */
  private markMentionsByParagraph(sorted: SortedMentions, spanFrom: Int32Array): void {
    const { spans, owners, order } = sorted;
    const last = lastLayout;
    const was = last?.mentionLayout ?? null;
    const paragraphs = this.doc.paragraphs.length;
    const starts = new Int32Array(order.length);
    const ends = new Int32Array(order.length);
    for (let k = 0; k < order.length; k++) {
      starts[k] = spans[order[k]].start;
      ends[k] = spans[order[k]].end;
    }
    const refFrom = new Int32Array(paragraphs + 1);
    const refSpan: number[] = [];
    for (let pi = 0; pi < paragraphs; pi++) {
      refFrom[pi] = this.mentions.length;
      const lo = spanFrom[pi];
      const hi = spanFrom[pi + 1];
      const reused = !!last && !!was && this.reused[pi];
      if (reused && was.refFrom[pi] === this.mentions.length && sameSpans(was, pi, starts, ends, lo, hi)) {
        for (let r = was.refFrom[pi]; r < was.refFrom[pi + 1]; r++) {
          const ref = last.mentions[r];
          ref.entity = owners[order[lo + was.refSpan[r]]];
          // The token before the paragraph's first is the last paragraph's, which may have changed.
          if (ref.firstTok === this.paragraphFirstTok[pi]) ref.afterObjectMarker = followsObjectMarker(this.tokens, ref.firstTok);
          this.mentions.push(ref);
          refSpan.push(was.refSpan[r]);
        }
        continue;
      }
      if (reused) clearMentionMarks(last, was.refFrom[pi], was.refFrom[pi + 1]);
      if (hi > lo) this.walkMentions(sorted, this.paragraphFirstTok[pi], lo, hi, refSpan);
    }
    refFrom[paragraphs] = this.mentions.length;
    this.mentionLayout = { spanFrom, starts, ends, refFrom, refSpan };
  }

  // A turn that holds quoted remarks is narration for them: its own words stay unmarked, so the
  // sieves read the cue around each remark as they would in an article.
  private markQuotes(quotes: QuoteCandidate[]): void {
    let ti = 0;
    let outer: QuoteInfo | null = null;
    let unmarked: QuoteInfo | null = null;
    quotes.forEach((q, qi) => {
      const container = outer && q.start >= outer.quote.start && q.end <= outer.quote.end ? outer : null;
      if (container) {
        if (unmarked !== container) this.unmark((unmarked = container));
        while (ti > container.firstTok && this.tokens[ti - 1].end > q.start) ti--;
      }
      ti = firstEndingAfter(this.tokens, this.searchFrom(ti, q), q.start);
      const first = ti;
      while (ti < this.tokens.length && this.tokens[ti].start < q.end) {
        const t = this.tokens[ti++];
        t.quote = qi;
        this.quotedParagraphs[t.paragraph] = 1;
      }
      const info: QuoteInfo = {
        index: qi,
        quote: q,
        firstTok: first,
        lastTok: ti - 1,
        partial: false,
        embedded: false,
        container: -1,
        result: null,
      };
      info.container = container ? container.index : -1;
      info.embedded = this.isEmbedded(info);
      info.partial = info.embedded && this.isPartial(info);
      this.quotes.push(info);
      if (!container) outer = this.hasMarks(info) ? null : info;
    });
  }

  /**
   * Where markQuotes looks for quote q's first token: its paragraph's first token when that lies past
   * `ti` (every token before it ends before the paragraph, hence before q). Performance: the search
   * from the last quote's end read tokens across the paragraphs between them.
   */
  private searchFrom(ti: number, q: QuoteCandidate): number {
    const paragraph = this.doc.paragraphs[q.firstParagraph];
    const first = this.paragraphFirstTok[q.firstParagraph];
    return paragraph && paragraph.start <= q.start && first > ti ? first : ti;
  }

  private unmark(q: QuoteInfo): void {
    for (let k = q.firstTok; k <= q.lastTok; k++) if (this.tokens[k].quote === q.index) this.tokens[k].quote = -1;
  }

  tok(i: number): Tok | undefined {
    return this.tokens[i];
  }

  /** Index of the first token starting at or after a document offset, or -1. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].start >= offset) {
        ans = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return ans;
  }

  /** Index of the last mention that ends at or before pos, or -1. */
  lastMentionBefore(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].end <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  /** True when the quote has quotation marks (transcript turns have none). */
  hasMarks(q: QuoteInfo): boolean {
    return /^["'“”„‘’‚«»‹›]/.test(q.quote.text);
  }

  // An embedded quote continues the narration: a word (not a cue or colon) right before it: `called
  // the delays "unacceptable."`. It is partial when it ends without sentence or clause punctuation:
  // `held a "comprehensive and productive" meeting`.
  private isEmbedded(q: QuoteInfo): boolean {
    if (!this.hasMarks(q)) return false;
    const before = this.tokens[q.firstTok - 1];
    if (!before || before.paragraph !== this.tokens[q.firstTok]?.paragraph) return false;
    // "called the warning "..."": a reporting verb's form used as a noun (after a determiner) is narration.
    return /^[\p{L}\p{N}]/u.test(before.text) && !this.isReportingVerb(q.firstTok - 1);
  }

  private isPartial(q: QuoteInfo): boolean {
    const inner = q.quote.text.slice(1, -1).trimEnd();
    return !/[.!?,;:…\u2014\-]$/.test(inner);
  }

  /** A token that ends a stretch of narration: sentence punctuation, or a token inside a quote. */
  isBarrier(i: number, ownQuote: number): boolean {
    const t = this.tokens[i];
    if (!t) return true;
    if (t.quote >= 0 && t.quote !== ownQuote) return true;
    return /^[.!?]$/.test(t.text);
  }

  isReportingVerb(i: number): boolean {
    const t = this.tokens[i];
    // "As my neighbour put it,", "Ferris put it simply:": "put it" reports words.
    if (t && t.quote < 0 && PUT_FORMS.has(t.lower) && this.tokens[i + 1]?.lower === 'it') return true;
    if (!t || t.quote >= 0 || !REPORTING_VERBS.has(t.lower)) return false;
    // After a determiner it is a noun: "in a post on X", "the report".
    const p = this.tokens[i - 1];
    if (p && p.paragraph === t.paragraph && DETERMINERS.has(p.lower)) return false;
    // passive-not-reporting: "nurses were being asked to cover", "he was told": the subject did not say it.
    if (p && p.paragraph === t.paragraph && PASSIVE_AUXILIARIES.has(p.lower) && /(?:ed|told|said|written|given|shown)$/.test(t.lower))
      return false;
    // Part of a name: "The Huffington Post". (A capital alone proves nothing: Title Case headlines say "Says".)
    if (t.mention >= 0) return false;
    // "claim", "reports", "questions" are nouns too: as verbs they follow a name, a pronoun or "also".
    if (NOUN_VERBS.has(t.lower)) return !!p && (isNameWord(p.text) || isPronoun(p.lower) || VERB_MODIFIERS.has(p.lower) || p.mention >= 0);
    return true;
  }

  /** The comma closing an opening clause ("Asked whether ...,", "Speaking in Rome,") of the sentence at s, or -1. */
  introClauseEnd(s: number): number {
    const first = this.tokens[s];
    if (!first || !(INTRO_WORDS.has(first.lower) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first.text))) return -1;
    for (let k = s + 1; k < this.tokens.length && k - s < 25; k++) {
      const t = this.tokens[k];
      if (t.sentenceStart !== s || t.quote >= 0) return -1;
      if (t.text === ',') return k;
    }
    return -1;
  }
}
