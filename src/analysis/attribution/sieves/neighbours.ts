// Sieves that run after every quote had its own chance: a quote with no cue of its own shares the
// speaker of the quotes around it. Within a paragraph (`"A," he said. "B."` and `"A." "B," he said.`),
// and across paragraphs when a paragraph opens with a quote and nothing in it names a speaker:
// it continues the previous paragraph's last quote. Partial (scare) quotes never borrow a speaker.
import { WEAK_VERBS } from '../../lexicon/reporting';
import type { Attribution, QuoteInfo, SieveContext } from '../context';
import { clauseStart } from './leading';

const named = (q: QuoteInfo) => !!q.result?.speaker;
const open = (q: QuoteInfo) => !q.partial && !q.result?.speaker && !q.result?.final;

function borrow(q: QuoteInfo, from: QuoteInfo): void {
  const r: Attribution = { speaker: from.result!.speaker, cue: q.result?.cue ?? from.result!.cue, rule: 'same-paragraph' };
  q.result = r;
}

export function sameParagraph(ctx: SieveContext): void {
  forEachParagraph(ctx, (quotes) => propagateWithin(quotes));
}

export function paragraphContinuation(ctx: SieveContext): void {
  let previous: QuoteInfo[] = [];
  forEachParagraph(ctx, (quotes) => {
    const first = quotes[0];
    const pi = first.quote.firstParagraph;
    const p = ctx.doc.paragraphs[pi];
    if (pi > 0 && first.quote.start === p.start && open(first) && !quotes.some(named)) {
      const prevLast = previous[previous.length - 1];
      const fromQuote = prevLast && named(prevLast) && prevLast.quote.lastParagraph === pi - 1 ? prevLast : null;
      const speaker = previousParagraphSpeaker(ctx, pi - 1, fromQuote);
      if (speaker) {
        const rule = speaker.rule === 'colon-introduction' ? speaker.rule : 'paragraph-continuation';
        first.result = { speaker: speaker.speaker, cue: first.result?.cue ?? speaker.cue, rule };
        propagateWithin(quotes);
      }
    }
    previous = quotes;
  });
}

/**
 * A quote that starts a sentence after narration in its own paragraph, with no cue of its own:
 * the narration before it names the speaker (`Mayor Lucia Bertoni said the town had been
 * preparing. "We knew the slope was moving."`, `Ferri praised the decision. "She saved lives."`).
 * Runs last, on what the cue and neighbour sieves left open.
 */
export function precedingNarration(ctx: SieveContext): void {
  forEachParagraph(ctx, (quotes) => {
    let changed = false;
    let after = -1; // last token of the previous quote in this paragraph
    for (const q of quotes) {
      const before = ctx.tokens[q.firstTok - 1];
      const first = ctx.paragraphFirstTok[q.quote.firstParagraph];
      if (open(q) && before && q.firstTok - 1 >= first && /^[.!?:]$/.test(before.text) && before.quote < 0) {
        const from = Math.max(first, after + 1);
        const r = narrationSpeaker(ctx, from, q.firstTok, null);
        if (r) {
          const rule = r.rule === 'colon-introduction' ? r.rule : 'preceding-narration';
          q.result = { speaker: r.speaker, cue: q.result?.cue ?? null, rule };
          changed = true;
        }
      }
      after = q.lastTok;
    }
    if (changed) propagateWithin(quotes);
  });
}

/** At most this many partial quotes are looked up as echoes (each look-up reads all quoted text once). */
const MAX_ECHO_LOOKUPS = 200;

/**
 * A partial quote with no speaker that repeats, word for word, part of an attributed full quote or
 * post in the same article is that speaker's words: `Jaishankar held a "comprehensive and
 * productive" meeting` echoes his post "A comprehensive and productive meeting with ...". At least
 * three words, whole words only, and all the quotes it echoes have one speaker. The speaker span is
 * the speaker's nearest mention before the partial quote (else the full quote's speaker span).
 */
export function partialEchoes(ctx: SieveContext): void {
  const sources = ctx.quotes.filter((q) => !q.partial && q.result?.speaker);
  if (!sources.length || !ctx.quotes.some((q) => q.partial && !q.result?.speaker && !q.result?.final)) return;
  const hay = echoHayOf(sources.map((q) => normalise(q.quote.text)));
  const { starts } = hay;
  let lookups = 0;
  for (const q of ctx.quotes) {
    if (!q.partial || q.result?.speaker || q.result?.final) continue;
    if (++lookups > MAX_ECHO_LOOKUPS) break;
    const needle = normalise(q.quote.text.slice(1, -1)).trim();
    if (!/\S\s+\S+\s+\S/.test(needle)) continue; // three words or more: two-word echoes are often jargon ("route out")
    let found: QuoteInfo | null = null;
    let agree = true;
    for (const at of echoesOf(hay, needle)) {
      if (!agree) break;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      const src = sources[lo];
      if (!found) found = src;
      else if (!sameSpeaker(found, src)) agree = false;
    }
    if (!found || !agree) continue;
    const speaker = found.result!.speaker!;
    const near = speaker.entityId ? ctx.coref.mentionOfBefore(speaker.entityId, q.quote.start) : null;
    q.result = { speaker: near ?? speaker, cue: q.result?.cue ?? null, rule: 'partial-echo' };
  }
}

/**
 * The attributed quotes' normalised texts as one string to search, with where each starts, and
 * where each needle occurs in it as whole words. After an edit the texts are the same strings
 * (normalise() is memoised), so the last one is kept while they are.
 */
interface EchoHay {
  parts: string[];
  text: string;
  starts: number[];
  hits: Map<string, number[]>;
}
let lastHay: EchoHay | null = null;

function echoHayOf(parts: string[]): EchoHay {
  if (lastHay && sameStrings(lastHay.parts, parts)) return lastHay;
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    starts.push(at);
    at += part.length + 1;
  }
  lastHay = { parts, text: parts.join('\n') + '\n', starts, hits: new Map() };
  return lastHay;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function echoesOf(hay: EchoHay, needle: string): number[] {
  let hits = hay.hits.get(needle);
  if (hits) return hits;
  hits = [];
  const { text } = hay;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + needle.length])) hits.push(at);
  }
  hay.hits.set(needle, hits);
  return hits;
}

/** Normalised quote texts by text: after an edit the same quotes are normalised again (bounded; a plain cache). */
const normalisedTexts = new Map<string, string>();
const MAX_NORMALISED_TEXTS = 20_000;

function normalise(t: string): string {
  let n = normalisedTexts.get(t);
  if (n === undefined) {
    if (normalisedTexts.size >= MAX_NORMALISED_TEXTS) normalisedTexts.clear();
    n = t.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
    normalisedTexts.set(t, n);
  }
  return n;
}
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const sameSpeaker = (a: QuoteInfo, b: QuoteInfo) => {
  const x = a.result!.speaker!;
  const y = b.result!.speaker!;
  return x.entityId ? x.entityId === y.entityId : x.text === y.text;
};

/** Who is speaking at the end of paragraph pi (see narrationSpeaker). */
function previousParagraphSpeaker(ctx: SieveContext, pi: number, fromQuote: QuoteInfo | null): Attribution | null {
  const first = ctx.paragraphFirstTok[pi];
  const end = ctx.paragraphFirstTok[pi + 1] ?? ctx.tokens.length;
  if (end <= first) return fromQuote?.result ?? null;
  return narrationSpeaker(ctx, first, end, fromQuote);
}

/**
 * Who is speaking at the end of the narration in tokens first..end-1: the subject of an
 * introduction ending in a colon ("The Ethiopian envoy, Dawit Bekele, was blunter:"), else
 * whichever comes last of the last attributed quote and the last reported speech ("Dr Priya
 * Natarajan ... said the team had ..."), else a person who is the subject of the last sentence
 * ("Ferri praised the mayor's decision.").
 */
function narrationSpeaker(ctx: SieveContext, first: number, end: number, fromQuote: QuoteInfo | null): Attribution | null {
  const last = end - 1;
  // The colon introduction is a whole sentence of narration, its subject a known entity or a name
  // of two words or more (not "Writing in a blog post, ...:", "The Guardian cited examples ...:").
  if (ctx.tokens[last].text === ':' && ctx.tokens[last].quote < 0 && ctx.tokens[last].sentenceStart >= first) {
    const who = ctx.phrases.phraseStartingAt(ctx.tokens[last].sentenceStart, last - 1);
    // "Her campaign posted on X:": the person a campaign or family speaks for.
    const speaker = who ? ctx.coref.resolve(ctx.phrases.groupOwner(who), who.start) : null;
    const longName = !!who && who.kind === 'name' && who.lastTok > who.firstTok;
    if (speaker && (speaker.entityId || longName)) return { speaker, cue: null, rule: 'colon-introduction' };
  }
  const after = fromQuote ? fromQuote.lastTok : first - 1;
  for (let k = last; k > after; k--) {
    if (!ctx.isReportingVerb(k) || WEAK_VERBS.has(ctx.tokens[k].lower)) continue;
    const who = ctx.phrases.subjectBefore(k, Math.max(first, clauseStart(ctx, k, -1)));
    if (who && who.kind !== 'role') return { speaker: ctx.coref.resolve(who, who.start), cue: null, rule: 'preceding-narration' };
  }
  if (fromQuote) return fromQuote.result;
  const s = Math.max(first, ctx.tokens[last].sentenceStart);
  if (ctx.tokens[s].quote >= 0) return null;
  const who = ctx.phrases.personSubject(s, last);
  return who ? { speaker: ctx.coref.resolve(who, who.start), cue: null, rule: 'preceding-narration' } : null;
}

function propagateWithin(quotes: QuoteInfo[]): void {
  let carry: QuoteInfo | null = null;
  for (const q of quotes) {
    if (named(q)) carry = q;
    else if (carry && open(q)) borrow(q, carry);
  }
  carry = null;
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i];
    if (named(q)) carry = q;
    else if (carry && open(q)) borrow(q, carry);
  }
}

/** Calls fn with each paragraph's quotes (by the paragraph a quote starts in), in document order. */
function forEachParagraph(ctx: SieveContext, fn: (quotes: QuoteInfo[]) => void): void {
  for (const group of paragraphGroups(ctx)) fn(group);
}

/** Each paragraph's quotes, grouped once per context (three passes read them; none changes a group). */
const groupsOf = new WeakMap<SieveContext, QuoteInfo[][]>();

function paragraphGroups(ctx: SieveContext): QuoteInfo[][] {
  let groups = groupsOf.get(ctx);
  if (groups) return groups;
  groups = [];
  let group: QuoteInfo[] = [];
  for (const q of ctx.quotes) {
    if (group.length && group[0].quote.firstParagraph !== q.quote.firstParagraph) {
      groups.push(group);
      group = [];
    }
    group.push(q);
  }
  if (group.length) groups.push(group);
  groupsOf.set(ctx, groups);
  return groups;
}
