// What every attribution sieve reads: the document's tokens in one flat array, which quote (if
// any) each token lies in, which entity mention covers each token, and helpers that read the
// noun phrase naming a speaker next to a reporting verb. Built once per document in linear time.
import type { QuoteCandidate } from '../candidates';
import type { DocumentModel, Token } from '../document';
import type { Entity, EntityType, Speaker } from '../types';
import {
  DEPARTMENT_WORDS, DETERMINERS, DOCUMENT_NOUNS, FIRST_PERSON_PRONOUNS, ORG_ROLE_NOUNS, PERSON_PRONOUNS, PERSON_ROLE_NOUNS,
  PLURAL_PRONOUNS, REPORTING_VERBS, THING_PRONOUNS, TITLES, TO_VERBS, VERB_MODIFIERS,
} from '../lexicon/reporting';

export interface Tok extends Token {
  lower: string;
  paragraph: number;
  /** Index of the first token of this token's sentence. */
  sentenceStart: number;
  /** Index (into ctx.quotes) of the quote this token lies in, or -1. */
  quote: number;
  /** Index (into ctx.mentions) of the entity mention covering this token, or -1. */
  mention: number;
}

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  /** Token range covered, inclusive. */
  firstTok: number;
  lastTok: number;
}

/** A noun phrase that names (or points to) a speaker. Token range inclusive. */
export interface SpeakerPhrase {
  kind: 'mention' | 'name' | 'pronoun' | 'role';
  firstTok: number;
  lastTok: number;
  start: number;
  end: number;
  entity: Entity | null;
  /** Lower-cased head word for role phrases ("minister"), pronoun for pronouns. */
  head: string;
  /** Set by documentSource when an unnamed spokesperson was read as their organization. */
  viaSpokesperson?: boolean;
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
  result: Attribution | null;
}

export class SieveContext {
  readonly tokens: Tok[] = [];
  readonly mentions: MentionRef[] = [];
  readonly quotes: QuoteInfo[] = [];
  readonly entities: Entity[];
  /** Index of each paragraph's first token (paragraphs without tokens point at the next one). */
  readonly paragraphFirstTok: number[] = [];

  constructor(readonly doc: DocumentModel, quotes: QuoteCandidate[], entities: Entity[]) {
    this.entities = entities;
    for (const p of doc.paragraphs) {
      this.paragraphFirstTok.push(this.tokens.length);
      for (const s of p.sentences) {
        const sentenceStart = this.tokens.length;
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
          this.tokens.push({ start: t.start, end: t.end, text: t.text, lower: t.text.toLowerCase(), paragraph: p.index, sentenceStart, quote: -1, mention: -1 });
        }
      }
    }
    const all: Array<{ start: number; end: number; entity: Entity }> = [];
    for (const e of entities) for (const m of e.mentions) all.push({ start: m.start, end: m.end, entity: e });
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    // Mentions and quotes are both sorted: one forward walk over the tokens marks each.
    let mi = 0;
    for (let ti = 0; ti < this.tokens.length && mi < all.length; ti++) {
      const t = this.tokens[ti];
      while (mi < all.length && all[mi].end <= t.start) mi++;
      if (mi >= all.length) break;
      const m = all[mi];
      if (m.start < t.end && t.start < m.end) {
        const last = this.mentions[this.mentions.length - 1];
        if (!last || last.start !== m.start) this.mentions.push({ start: m.start, end: m.end, entity: m.entity, firstTok: ti, lastTok: ti });
        else last.lastTok = ti;
        t.mention = this.mentions.length - 1;
      }
    }
    let ti = 0;
    quotes.forEach((q, qi) => {
      while (ti < this.tokens.length && this.tokens[ti].end <= q.start) ti++;
      const first = ti;
      while (ti < this.tokens.length && this.tokens[ti].start < q.end) this.tokens[ti++].quote = qi;
      const info: QuoteInfo = { index: qi, quote: q, firstTok: first, lastTok: ti - 1, partial: false, result: null };
      info.partial = this.isPartial(info);
      this.quotes.push(info);
    });
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
      if (this.tokens[mid].start >= offset) { ans = mid; hi = mid - 1; } else lo = mid + 1;
    }
    return ans;
  }

  /** True when the quote has quotation marks (transcript turns have none). */
  hasMarks(q: QuoteInfo): boolean {
    return /^["'“”„‘’‚«»‹›]/.test(q.quote.text);
  }

  // A partial quote sits inside a sentence: a word (not a cue or colon) right before it, and no
  // sentence or clause punctuation at its end: `held a "comprehensive and productive" meeting`.
  private isPartial(q: QuoteInfo): boolean {
    if (!this.hasMarks(q)) return false;
    const before = this.tokens[q.firstTok - 1];
    if (!before || before.paragraph !== this.tokens[q.firstTok]?.paragraph) return false;
    if (!/^[\p{L}\p{N}]/u.test(before.text) || REPORTING_VERBS.has(before.lower)) return false;
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
    if (!t || t.quote >= 0 || !REPORTING_VERBS.has(t.lower)) return false;
    // After a determiner it is a noun: "in a post on X", "the report".
    const p = this.tokens[i - 1];
    if (p && p.paragraph === t.paragraph && DETERMINERS.has(p.lower)) return false;
    // Part of a name: "The Huffington Post". (A capital alone proves nothing: Title Case headlines say "Says".)
    if (t.mention >= 0) return false;
    // "claim", "reports", "questions" are nouns too: as verbs they follow a name, a pronoun or "also".
    if (NOUN_VERBS.has(t.lower)) return !!p && (isNameWord(p.text) || isPronoun(p.lower) || VERB_MODIFIERS.has(p.lower) || p.mention >= 0);
    return true;
  }

  // ----- noun phrases -----

  /** The speaker phrase that ends at token i (reading backwards), or null. */
  phraseEndingAt(i: number, lo: number): SpeakerPhrase | null {
    const t = this.tokens[i];
    if (!t || i < lo || t.quote >= 0) return null;
    if (isPronoun(t.lower)) return this.pronounPhrase(i);
    if (t.mention >= 0 || isNameWord(t.text)) {
      // Back over the name and the titles in front of it: "director General Suleiman al-Amr".
      let j = i;
      while (j - 1 >= lo && i - j < 8) {
        const p = this.tokens[j - 1];
        if (p.quote >= 0 || p.paragraph !== t.paragraph) break;
        if (isNameWord(p.text) || TITLES.has(p.lower) || p.mention >= 0) { j--; continue; }
        if ((isParticle(p.text) || (p.lower === 'of' && this.ofJoins(j - 2))) && j - 2 >= lo && isNameWord(this.tokens[j - 2].text)) { j--; continue; }
        break;
      }
      return this.namePhrase(j, i);
    }
    // "the report warned": a document noun after a determiner is a noun, though "report" is a verb too.
    const documentNoun = DOCUMENT_NOUNS.has(t.lower) && DETERMINERS.has(this.tokens[i - 1]?.lower ?? '');
    if (/^\p{Ll}[\p{Ll}\-]*$/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && (documentNoun || !REPORTING_VERBS.has(t.lower))) {
      // "the minister", "the agency's chief executive", "the Home Office letter"
      let j = i;
      let found = false;
      while (j - 1 >= lo && i - j < 5) {
        const p = this.tokens[j - 1];
        if (p.quote >= 0 || p.paragraph !== t.paragraph) break;
        if (DETERMINERS.has(p.lower)) { j--; found = true; break; }
        if (/^[\p{L}\-]+(?:['’]s?)?$/u.test(p.text) && !FUNCTION_WORDS.has(p.lower) && !REPORTING_VERBS.has(p.lower)) { j--; continue; }
        break;
      }
      if (!found) j = i; // bare plural "officials", "researchers": the head alone
      return { kind: 'role', firstTok: j, lastTok: i, start: this.tokens[j].start, end: t.end, entity: null, head: t.lower };
    }
    return null;
  }

  /** The speaker phrase that starts at token i (reading forwards), or null. */
  phraseStartingAt(i: number, hi: number, nounPhrase = false): SpeakerPhrase | null {
    let t = this.tokens[i];
    if (!t || i > hi || t.quote >= 0) return null;
    if (nounPhrase) return this.nounPhraseFrom(i, hi);
    // "its director, Paul Mensah": a possessive opens a noun phrase, not a pronoun subject.
    if (POSSESSIVES.has(t.lower) && i + 1 <= hi && isDescriptor(this.tokens[i + 1]) && this.tokens[i + 1].paragraph === t.paragraph) return this.nounPhraseFrom(i, hi);
    if (isPronoun(t.lower)) return this.pronounPhrase(i);
    // "the Environment Agency": a determiner before a name is not part of it.
    const n = this.tokens[i + 1];
    let det = -1;
    if (DETERMINERS.has(t.lower) && n && i + 1 <= hi && (isNameWord(n.text) || n.mention >= 0) && n.quote < 0) {
      det = i;
      t = this.tokens[++i];
    }
    // "council leader Margaret Ellison", "veteran striker Paul Dunne": lower-case words describing the name.
    if (isDescriptor(t)) {
      let k = i;
      while (k + 1 <= hi && k - i < 3 && isDescriptor(this.tokens[k + 1])) k++;
      const x = this.tokens[k + 1];
      if (x && k + 1 <= hi && x.quote < 0 && x.paragraph === t.paragraph && (isNameWord(x.text) || x.mention >= 0)) t = this.tokens[(i = k + 1)];
    }
    if (t.mention >= 0 || isNameWord(t.text) || TITLES.has(t.lower)) {
      // Forward over titles and the name: "Central Bank of Kenya Governor Kamau Thugge".
      let j = i;
      while (j + 1 <= hi && j - i < 10) {
        const x = this.tokens[j + 1];
        if (x.quote >= 0 || x.paragraph !== t.paragraph) break;
        if (isNameWord(x.text) || TITLES.has(x.lower) || x.mention >= 0) { j++; continue; }
        if ((isParticle(x.text) || (x.lower === 'of' && this.ofJoins(j))) && isNameWord(this.tokens[j + 2]?.text ?? '') && j + 2 <= hi) { j++; continue; }
        break;
      }
      // "the Crown prosecutor, Mark Tedeschi": a name used as a modifier; read the whole noun phrase.
      if (det >= 0 && j + 1 <= hi && isDescriptor(this.tokens[j + 1])) return this.phraseStartingAt(det, hi, true);
      // "The Ethiopian envoy, Dawit Bekele": a title phrase with the name in apposition.
      const after = this.tokens[j + 1];
      if (TITLES.has(this.tokens[j].lower) && this.tokens[j].mention < 0 && after?.text === ',' && j + 2 <= hi) {
        const name = this.phraseStartingAt(j + 2, hi);
        if (name && (name.kind === 'mention' || name.kind === 'name')) return name;
      }
      // "a Coast Guard spokesman said": the organization's spokesperson (see documentSource).
      if (j > i && SPOKES_NOUNS.has(this.tokens[j].lower) && this.tokens[j].mention < 0) {
        const from = det >= 0 ? det : i;
        return { kind: 'role', firstTok: from, lastTok: j, start: this.tokens[from].start, end: this.tokens[j].end, entity: null, head: this.tokens[j].lower };
      }
      // A lower-case title alone ("director") is no name.
      while (j > i && !isNameWord(this.tokens[j].text) && this.tokens[j].mention < 0) j--;
      if (isNameWord(this.tokens[j].text) || this.tokens[j].mention >= 0) return this.namePhrase(i, j);
      if (!DETERMINERS.has(t.lower)) return null;
    }
    if (DETERMINERS.has(t.lower)) return this.nounPhraseFrom(i, hi);
    return null;
  }

  /** "the agency's chief executive" from its determiner at i; a name in apposition after it wins. */
  private nounPhraseFrom(i: number, hi: number): SpeakerPhrase | null {
    const t = this.tokens[i];
    {
      let j = i;
      while (j + 1 <= hi && j - i < 5) {
        const x = this.tokens[j + 1];
        if (x.quote >= 0 || x.paragraph !== t.paragraph) break;
        if (/^[\p{L}\-]+(?:['’]s)?$/u.test(x.text) && !FUNCTION_WORDS.has(x.lower) && !REPORTING_VERBS.has(x.lower)) { j++; continue; }
        break;
      }
      if (j === i) return null;
      const head = this.tokens[j];
      const role: SpeakerPhrase = { kind: 'role', firstTok: i, lastTok: j, start: t.start, end: head.end, entity: null, head: head.lower };
      // "the agency's chief executive, Philip Duffy": the name in apposition names the speaker.
      if (this.tokens[j + 1]?.text === ',' && j + 2 <= hi) {
        const name = this.phraseStartingAt(j + 2, hi);
        if (name && (name.kind === 'mention' || name.kind === 'name')) return name;
      }
      return role;
    }
  }

  /** True when tokens a..b-1 are all titles ("Cllr", "Dr"): nothing but a name follows the comma. */
  private onlyTitles(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (!TITLES.has(this.tokens[k].lower)) return false;
    return true;
  }

  /** "of" joins a title or an institution to what follows ("Minister of Education", "Bank of Kenya"), not a person to an employer. */
  private ofJoins(before: number): boolean {
    const w = this.tokens[before]?.lower ?? '';
    return TITLES.has(w) || ORG_ROLE_NOUNS.has(w);
  }

  private mentionPhrase(mi: number): SpeakerPhrase {
    const m = this.mentions[mi];
    return { kind: 'mention', firstTok: m.firstTok, lastTok: m.lastTok, start: m.start, end: m.end, entity: m.entity, head: '' };
  }

  private pronounPhrase(i: number): SpeakerPhrase {
    const t = this.tokens[i];
    return { kind: 'pronoun', firstTok: i, lastTok: i, start: t.start, end: t.end, entity: null, head: t.lower };
  }

  /**
   * The name at the end of tokens a..b, without the titles in front: "Ambassador Mohib" -> Mohib,
   * "Central Bank of Kenya Governor Kamau Thugge" -> Kamau Thugge, "Minister of Education Stefania
   * Giannini" -> Stefania Giannini; "Environment Agency" stays whole. A mention covering the last
   * word wins over raw text.
   */
  private namePhrase(a: number, b: number): SpeakerPhrase | null {
    while (a <= b && FUNCTION_WORDS.has(this.tokens[a].lower)) a++;
    if (a > b) return null;
    const core = (k: number) => TITLES.has(this.tokens[k].lower) && !DEPARTMENT_WORDS.has(this.tokens[k].lower);
    if (core(b) && this.tokens[b].mention < 0) {
      // Only a title ("the President said"): a role phrase pointing back to a person.
      return { kind: 'role', firstTok: a, lastTok: b, start: this.tokens[a].start, end: this.tokens[b].end, entity: null, head: this.tokens[b].lower };
    }
    const last = this.tokens[b];
    if (last.mention >= 0) {
      const m = this.mentions[last.mention];
      if (m.firstTok >= a || this.tokens[m.firstTok].quote < 0) return this.mentionPhrase(last.mention);
    }
    let s = b;
    while (s - 1 >= a) {
      const w = this.tokens[s - 1];
      if (core(s - 1) || w.lower === 'of') break;
      if (!isNameWord(w.text) && !isParticle(w.text)) break;
      if (DEPARTMENT_WORDS.has(w.lower) && s - 2 >= a && (this.tokens[s - 2].lower === 'of' || core(s - 2))) break;
      s--;
    }
    if (s === b && isPronoun(this.tokens[s].lower)) return this.pronounPhrase(s);
    if (s === b && this.tokens[s].mention < 0 && isRoleNoun(this.tokens[s].lower)) {
      // A capitalised common noun at a sentence start: "Officials said", "Police said".
      return { kind: 'role', firstTok: s, lastTok: s, start: this.tokens[s].start, end: this.tokens[s].end, entity: null, head: this.tokens[s].lower };
    }
    return { kind: 'name', firstTok: s, lastTok: b, start: this.tokens[s].start, end: this.tokens[b].end, entity: this.entityByName(s, b), head: '' };
  }

  /** The entity whose name or alias is written here (exactly, or as its last word). */
  private entityByName(a: number, b: number): Entity | null {
    const text = this.doc.text.slice(this.tokens[a].start, this.tokens[b].end).toLowerCase();
    // Performance: the first entity by name or alias, else the first person by last word, from
    // indexes built once (was a scan of every entity per call).
    if (!this.byName) {
      this.byName = new Map();
      this.byLastWord = new Map();
      for (const e of this.entities) {
        for (const al of e.aliases) if (!this.byName.has(al.toLowerCase())) this.byName.set(al.toLowerCase(), e);
        if (!this.byName.has(e.name.toLowerCase())) this.byName.set(e.name.toLowerCase(), e);
        const last = e.name.toLowerCase().split(/\s+/).pop()!;
        if (e.type === 'person' && !this.byLastWord.has(last)) this.byLastWord.set(last, e);
      }
    }
    return this.byName.get(text) ?? (a === b ? (this.byLastWord!.get(text) ?? null) : null);
  }

  private byName: Map<string, Entity> | undefined;
  private byLastWord: Map<string, Entity> | undefined;

  /** The subject of the reporting verb at token v: "Putin told", "Georgi Ivanov, the ..., said". */
  subjectBefore(v: number, lo: number): SpeakerPhrase | null {
    let i = v - 1;
    // "Sunak defended the record whilst promising ...": an -ing adjunct shares the sentence's subject.
    if (this.tokens[v].lower.endsWith('ing') && i >= lo && SUBORDINATORS.has(this.tokens[i].lower)) return this.sentenceSubject(v, lo);
    while (i >= lo && (VERB_MODIFIERS.has(this.tokens[i].lower) || this.isToVerb(i))) i -= this.isToVerb(i) ? 2 : 1;
    if (i < lo) return null;
    if (this.tokens[i].text === ',') {
      // Apposition: find the comma that opens it.
      let k = i - 1;
      while (k >= lo && i - k < 15 && this.tokens[k].text !== ',' && !this.isBarrier(k, -1)) k--;
      const inner = this.phraseEndingAt(i - 1, k >= lo && this.tokens[k].text === ',' ? k + 1 : lo);
      if (k >= lo && this.tokens[k].text === ',') {
        // "the chief executive, Philip Duffy, said": the whole apposition is a name.
        const whole = !!inner && (inner.kind === 'mention' || inner.kind === 'name') && isPersonLike(inner) && this.onlyTitles(k + 1, inner.firstTok);
        if (whole && inner.kind === 'mention') return inner;
        // "Cynthia Thompson, curator ... at the University of Arkansas, Fayetteville, said": a known
        // person opening the clause, before a longer apposition.
        const first = this.openingName(lo, k);
        if (first?.kind === 'mention') return first;
        if (whole) return inner;
        const outer = this.phraseEndingAt(k - 1, lo);
        if (outer && isPersonLike(outer)) return outer;
        if (first) return first;
        if (outer) return outer;
      }
      return inner;
    }
    const p = this.phraseEndingAt(i, lo);
    return (p && this.unclosedApposition(p, lo)) ?? p;
  }

  /** "to" after "used", "liked" ... ("used to say"): skipped with its verb between subject and verb. */
  private isToVerb(i: number): boolean {
    return this.tokens[i].lower === 'to' && TO_VERBS.has(this.tokens[i - 1]?.lower ?? '');
  }

  /** A person's name that is the whole first comma-separated part of the clause lo..end, or null. */
  private openingName(lo: number, end: number): SpeakerPhrase | null {
    let c = lo;
    while (c < end && this.tokens[c].text !== ',') c++;
    if (c >= end || c === lo) return null;
    const who = this.phraseEndingAt(c - 1, lo);
    if (!who || !isPersonLike(who) || who.kind === 'pronoun') return null;
    return this.onlyTitles(lo, who.firstTok) ? who : null;
  }

  /**
   * "Scott Carson, president and CEO of Boeing Commercial Airplanes said": an apposition of title
   * words left unclosed before the verb; the person before its comma is the subject.
   */
  private unclosedApposition(p: SpeakerPhrase, lo: number): SpeakerPhrase | null {
    if (p.entity?.type === 'person') return null;
    let k = p.firstTok - 1;
    let titles = TITLES.has(this.tokens[p.firstTok].lower) ? 1 : 0;
    while (k > lo && p.firstTok - k < 8) {
      const t = this.tokens[k];
      if (TITLES.has(t.lower)) titles++;
      else if (t.lower !== 'and' && t.lower !== 'of' && t.lower !== 'the' && !isDescriptor(t)) break;
      k--;
    }
    if (!titles || k <= lo || this.tokens[k].text !== ',') return null;
    const who = this.phraseEndingAt(k - 1, lo);
    return who && (who.kind === 'mention' ? who.entity?.type === 'person' : who.kind === 'name') ? who : null;
  }

  /**
   * A written source names its author: "the Home Office letter reads" -> Home Office,
   * "a statement from the ministry said" -> the ministry. An unnamed spokesperson speaks for the
   * organization named with them: "a spokeswoman for the developer, Kestrel Homes" -> Kestrel Homes,
   * "a Kestrel Homes spokeswoman" -> Kestrel Homes. Other phrases are returned as they are.
   */
  documentSource(p: SpeakerPhrase, hi: number): SpeakerPhrase {
    if (p.kind !== 'role' || !(DOCUMENT_NOUNS.has(p.head) || SPOKES_NOUNS.has(p.head))) return p;
    for (let k = p.firstTok; k <= p.lastTok; k++) {
      const mi = this.tokens[k].mention;
      if (mi >= 0 && this.mentions[mi].entity.type !== 'place') return this.spokenFor(p, this.mentionPhrase(mi));
    }
    const next = this.tokens[p.lastTok + 1];
    if (next && (next.lower === 'from' || next.lower === 'by' || next.lower === 'of' || next.lower === 'for' || (next.lower === 'at' && SPOKES_NOUNS.has(p.head)))) {
      const author = this.phraseStartingAt(p.lastTok + 2, Math.max(hi, p.lastTok + 2));
      if (author) return this.spokenFor(p, author);
    }
    return p;
  }

  private spokenFor(p: SpeakerPhrase, author: SpeakerPhrase): SpeakerPhrase {
    return SPOKES_NOUNS.has(p.head) ? { ...author, viaSpokesperson: true } : author;
  }

  /** The attribution of a sieve: `rule`, unless the phrase is an organization's spokesperson. */
  attribution(phrase: SpeakerPhrase, pos: number, cue: string | null, rule: string): Attribution {
    return { speaker: this.resolve(phrase, pos), cue, rule: phrase.viaSpokesperson ? 'spokesperson-for-organization' : rule };
  }

  /**
   * A person who opens the sentence at s as its subject, a verb-like lower-case word right after:
   * "Ferri praised ...", "Mayor Lucia Bertoni, 52, said ...", "She laughed.". Else null.
   */
  personSubject(s: number, hi: number): SpeakerPhrase | null {
    const intro = this.introClauseEnd(s);
    let i = intro >= 0 && intro < hi ? intro + 1 : s;
    while (i < hi && TITLES.has(this.tokens[i].lower) && this.tokens[i].mention < 0) i++;
    const t = this.tokens[i];
    if (!t || t.quote >= 0) return null;
    let phrase: SpeakerPhrase | null = null;
    if (t.mention >= 0 && this.mentions[t.mention].entity.type === 'person') phrase = this.mentionPhrase(t.mention);
    else if (PERSON_PRONOUNS.has(t.lower) && (i > s || /^\p{Lu}/u.test(t.text))) phrase = this.pronounPhrase(i);
    if (!phrase) return null;
    let k = phrase.lastTok + 1;
    let be = false;
    // (k++ outside the ||=: a short-circuited right side never advanced k, an endless loop after a BE form)
    for (; k <= hi && VERB_MODIFIERS.has(this.tokens[k].lower); k++) if (BE_FORMS.has(this.tokens[k].lower)) be = true;
    const v = this.tokens[k];
    if (!v || k > hi || v.quote >= 0 || !/^\p{Ll}+$/u.test(v.text) || FUNCTION_WORDS.has(v.lower)) return null;
    // "Smith was arrested on Monday." is no speaker's sentence: a passive subject does nothing.
    if (be && /(?:ed|en|wn)$/.test(v.lower)) return null;
    return phrase;
  }

  /** The first person or organization named in the narration between lo and v: a news sentence's subject. */
  private sentenceSubject(v: number, lo: number): SpeakerPhrase | null {
    // "During Prime Minister's Questions, Sunak defended ...": skip an introductory phrase.
    if (INTRO_WORDS.has(this.tokens[lo].lower) || this.tokens[lo].lower.endsWith('ing')) {
      for (let k = lo; k < v; k++) if (this.tokens[k].text === ',') { lo = k + 1; break; }
    }
    for (let k = lo; k < v; k++) {
      const t = this.tokens[k];
      if (t.quote >= 0 || t.mention < 0) continue;
      const m = this.mentions[t.mention];
      if (m.entity.type === 'place') { k = m.lastTok; continue; }
      const before = this.tokens[m.firstTok - 1];
      if (before && OBJECT_MARKERS.has(before.lower)) { k = m.lastTok; continue; }
      return this.mentionPhrase(t.mention);
    }
    return null;
  }

  // ----- resolution -----

  /** Turns a phrase into the Speaker of the contract, resolving pronouns and role nouns before `pos`. */
  resolve(phrase: SpeakerPhrase, pos: number): Speaker {
    const span = { start: phrase.start, end: phrase.end, text: this.doc.text.slice(phrase.start, phrase.end) };
    let entity = phrase.entity;
    if (!entity && phrase.kind === 'pronoun') entity = this.antecedent(phrase, pos);
    if (!entity && phrase.kind === 'role') entity = this.roleReferent(phrase, pos);
    return { ...span, entityId: entity ? entity.id : null };
  }

  /**
   * What a pronoun refers to: working back sentence by sentence from pos (this and the three previous
   * paragraphs, outside quotes), the first fitting mention of the nearest sentence that has one: the
   * subject of a news sentence comes first ("Ferreira will now choose between Asante and Dunne").
   * Mentions right after "told", "to", "with" ... are objects and are skipped.
   */
  private antecedent(phrase: SpeakerPhrase, pos: number): Entity | null {
    const w = phrase.head;
    let want: EntityType[];
    if (PERSON_PRONOUNS.has(w)) want = ['person'];
    else if (THING_PRONOUNS.has(w)) want = ['organization', 'place'];
    else if (PLURAL_PRONOUNS.has(w)) want = ['organization', 'person'];
    else return null; // I, we, you: the writer or an unnamed group
    const paragraph = this.tokens[phrase.firstTok].paragraph;
    // "Asked whether Ortega deserved it, he smiled", "Speaking to Lavrov, he ...": a name inside an
    // opening participle clause of the pronoun's own sentence is its object, not the pronoun's
    // referent ("When Smith arrived, he ..." is left alone).
    const own = this.tokens[phrase.firstTok].sentenceStart;
    const intro = /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(this.tokens[own]?.text ?? '') ? this.introClauseEnd(own) : -1;
    const skipBefore = intro >= 0 && intro < phrase.firstTok ? intro : -1;
    let sentence = -1;
    let candidate: Entity | null = null;
    for (let mi = this.lastMentionBefore(pos); mi >= 0; mi--) {
      const m = this.mentions[mi];
      const t = this.tokens[m.firstTok];
      if (t.sentenceStart !== sentence) {
        if (candidate) return candidate;
        sentence = t.sentenceStart;
      }
      if (t.paragraph < paragraph - 3) break;
      if (t.quote >= 0 || !want.includes(m.entity.type)) continue;
      if (t.sentenceStart === own && m.lastTok < skipBefore) continue;
      const before = this.tokens[m.firstTok - 1];
      if (before && OBJECT_MARKERS.has(before.lower) && this.tokens[m.firstTok - 2]?.lower !== 'according') continue;
      candidate = m.entity;
    }
    return candidate;
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

  /** "the minister" -> the last person whose role names a minister; "the agency" -> the last agency. */
  private roleReferent(phrase: SpeakerPhrase, pos: number): Entity | null {
    const head = phrase.head;
    const personRole = PERSON_ROLE_NOUNS.has(head) || TITLES.has(head);
    const orgRole = ORG_ROLE_NOUNS.has(head);
    if (!personRole && !orgRole) return null;
    for (let mi = this.lastMentionBefore(pos); mi >= 0; mi--) {
      const e = this.mentions[mi].entity;
      if (personRole && e.type === 'person' && e.role && e.role.toLowerCase().split(/[\s-]+/).includes(head)) return e;
      if (orgRole && e.type === 'organization' && e.name.toLowerCase().split(/\s+/).includes(head)) return e;
    }
    if (orgRole && (head === 'company' || head === 'firm' || head === 'group')) {
      for (let mi = this.lastMentionBefore(pos); mi >= 0; mi--) if (this.mentions[mi].entity.type === 'organization') return this.mentions[mi].entity;
    }
    const at = this.tokenAt(pos);
    const paragraph = at >= 0 ? this.tokens[at].paragraph : this.doc.paragraphs.length;
    // "Qantas says ..." then "the carrier said": the organization that spoke just before.
    if (orgRole) {
      for (let mi = this.lastMentionBefore(pos); mi >= 0; mi--) {
        const m = this.mentions[mi];
        if (this.tokens[m.firstTok].paragraph < paragraph - ROLE_LOOKBACK_PARAGRAPHS) break;
        if (m.entity.type === 'organization' && this.tokens[m.firstTok].quote < 0 && this.isReportingVerb(m.lastTok + 1)) return m.entity;
      }
    }
    // Only a definite role ("their manager", "the minister"), not a bare title ("executive").
    const determined = DETERMINERS.has(this.tokens[phrase.firstTok].lower) || POSSESSIVES.has(this.tokens[phrase.firstTok].lower);
    return personRole && determined ? this.roleIntroducedAfter(head, pos, paragraph) : null;
  }

  /** "their manager says ..." in the lede, then "Manager Mark Ellery said": the person the story introduces next. */
  private roleIntroducedAfter(head: string, pos: number, paragraph: number): Entity | null {
    for (let mi = this.lastMentionBefore(pos) + 1; mi < this.mentions.length; mi++) {
      const m = this.mentions[mi];
      if (this.tokens[m.firstTok].paragraph > paragraph + ROLE_LOOKAHEAD_PARAGRAPHS) break;
      const e = m.entity;
      if (e.type === 'person' && e.role && e.mentions[0].start === m.start && e.role.toLowerCase().split(/[\s-]+/).includes(head)) return e;
    }
    return null;
  }

  /** The last mention of an entity that ends before pos, as a Speaker; null when there is none. */
  mentionOfBefore(entityId: string, pos: number): Speaker | null {
    for (let mi = this.lastMentionBefore(pos); mi >= 0; mi--) {
      const m = this.mentions[mi];
      if (m.entity.id === entityId && this.tokens[m.firstTok].quote < 0) return { start: m.start, end: m.end, text: this.doc.text.slice(m.start, m.end), entityId };
    }
    return null;
  }

  private lastMentionBefore(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].end <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  }
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'be']);

/** How far back "the carrier" looks for its organization, and ahead "their manager" for the person introduced. */
const ROLE_LOOKBACK_PARAGRAPHS = 2;
const ROLE_LOOKAHEAD_PARAGRAPHS = 3;

/** Markdown emphasis and link brackets: no part of a speaker phrase. */
const MARKDOWN_MARKS = new Set(['*', '**', '_', '__', '[', ']']);

const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our']);

/** People who speak for an organization. */
const SPOKES_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'representative', 'representatives']);

const OBJECT_MARKERS = new Set(['told', 'to', 'with', 'by', 'for', 'on', 'at', 'from', 'about', 'met', 'meet', 'meets', 'called', 'thanked', 'invited', 'urged', 'asked', 'against', 'than']);

const INTRO_WORDS = new Set(['during', 'in', 'on', 'at', 'after', 'before', 'following', 'despite', 'for', 'with', 'as', 'while', 'since', 'when', 'amid', 'under', 'from', 'by', 'asked', 'speaking']);

const SUBORDINATORS = new Set(['while', 'whilst', 'after', 'before', 'when', 'by', 'as', 'without', 'in', 'since', 'despite']);

/** Reporting verbs that are more often nouns; as verbs they follow their subject directly. */
const NOUN_VERBS = new Set([
  'claim', 'claims', 'report', 'reports', 'post', 'posts', 'note', 'notes', 'comment', 'comments', 'tweet', 'tweets',
  'answer', 'answers', 'question', 'questions', 'warning', 'reply', 'replies', 'promise', 'promises', 'state', 'states',
  'charge', 'charges', 'rule', 'rules', 'message', 'messages', 'text', 'texts', 'email', 'emails', 'blog', 'blogs',
  'estimate', 'estimates', 'point', 'points', 'counter', 'plea', 'protest', 'protests', 'demand', 'demands', 'vow', 'vows',
  'pledge', 'pledges', 'boast', 'boasts', 'joke', 'jokes', 'cry', 'cries', 'query', 'queries', 'sigh', 'remark', 'remarks',
  'complaint', 'concern', 'hint', 'hints', 'tout', 'worry', 'worries', 'answer', 'reason', 'reasons',
]);

/** Words never part of a speaker phrase. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'that',
  'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'there', 'here', 'when', 'where', 'while', 'if',
  'then', 'than', 'so', 'not', 'no', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'also', 'after', 'before',
  'during', 'about', 'into', 'over', 'under', 'again', 'later', 'earlier', 'now', 'today', 'yesterday',
  'meanwhile', 'however', 'asked', 'according', 'speaking', 'adding', 'saying', 'it', 'its', 'what', 'how', 'why',
  'all', 'just', 'very', 'said', 'says', 'told', 'added', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'last', 'next', 'week', 'year', 'month', 'day', 'night', 'morning', 'evening', 'afternoon',
  'up', 'out', 'down', 'off', 'too', 'such', 'both', 'each', 'more', 'most', 'other', 'some', 'any', 'only',
]);

const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'le', 'la', 'du', 'bin', 'bint', 'ibn', 'al', 'el', 'abu', 'dos', 'das', 'y']);

function isParticle(text: string): boolean {
  return NAME_PARTICLES.has(text.toLowerCase()) && /^\p{Ll}/u.test(text);
}

/** A capitalised word or an initial: "Putin", "S.", "Al-Maeena", "McMichael-Phillips", "@handle" not included. */
export function isNameWord(text: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’.\-]*$/u.test(text) && !PRONOUN_CAPS.has(text);
}

const PRONOUN_CAPS = new Set(['He', 'She', 'They', 'It', 'I', 'We', 'You', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'Him', 'Them']);

function isRoleNoun(lower: string): boolean {
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return PERSON_ROLE_NOUNS.has(lower) || ORG_ROLE_NOUNS.has(lower) || PERSON_ROLE_NOUNS.has(singular) || ORG_ROLE_NOUNS.has(singular)
    || ['critics', 'residents', 'people', 'experts', 'analysts', 'officials', 'witnesses', 'police', 'researchers', 'scientists', 'authorities', 'investigators', 'prosecutors', 'protesters', 'supporters', 'opponents'].includes(lower);
}

/** A lower-case word that can describe a name written after it: "council leader", "striker". */
function isDescriptor(t: Tok | undefined): boolean {
  return !!t && t.quote < 0 && /^\p{Ll}[\p{Ll}\-]*$/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !REPORTING_VERBS.has(t.lower)
    && !DETERMINERS.has(t.lower) && !isPronoun(t.lower);
}

/** A phrase that can name a person: a person mention, a name not known as something else, a pronoun. */
function isPersonLike(p: SpeakerPhrase): boolean {
  if (p.kind === 'mention') return p.entity?.type === 'person';
  if (p.kind === 'name') return !p.entity || p.entity.type === 'person';
  return p.kind === 'pronoun' && PERSON_PRONOUNS.has(p.head);
}

export function isPronoun(lower: string): boolean {
  return PERSON_PRONOUNS.has(lower) || PLURAL_PRONOUNS.has(lower) || THING_PRONOUNS.has(lower) || FIRST_PERSON_PRONOUNS.has(lower);
}
