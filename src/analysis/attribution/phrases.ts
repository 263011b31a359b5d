// The noun-phrase grammar of speakers: reads the phrase that names (or points to) a speaker next
// to a reporting verb, forwards ("said Ambassador Mohib") or backwards ("the agency's chief
// executive, Philip Duffy, said"), and the subject of a verb or a sentence. Reads the token overlay
// only; turning a pronoun or a role noun into an entity is coreference.ts's work.
import type { Entity } from '../types';
import {
  DEPARTMENT_WORDS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  DOCUMENT_VERBS,
  NOUN_VERBS,
  ORG_ROLE_NOUNS,
  PERSON_PRONOUNS,
  PERSON_ROLE_NOUNS,
  REPORTING_VERBS,
  TITLES,
  TO_VERBS,
  VERB_MODIFIERS,
} from '../lexicon/reporting';
import {
  FUNCTION_WORDS,
  GROUP_NOUNS,
  INTRO_WORDS,
  NAMED_GROUP_NOUNS,
  OBJECT_MARKERS,
  POSSESSIVES,
  SPOKES_NOUNS,
  SUBORDINATORS,
  COORDINATORS,
  POSSESSIVE_SUBJECTS,
  RELATIVE_PERSON_PRONOUNS,
  ROLE_POSSESSIVES,
} from '../lexicon/speakerPhrases';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/dateWords';
import { POST_NOMINALS } from '../lexicon/titles';

/** At most this many lower-case title words between an organization and its officer ("Lumora chief executive Priya Varadan"). */
const TITLE_WORDS_AFTER_ORGANIZATION = 3;
import type { MentionRef, Tok, TokenIndex } from './tokens';
import { isNameWord, isParticle, isPronoun } from './words';
import { keptIndex } from './keptIndexes';

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
  /** The speaker rule that turned the phrase at the cue into this one ("the statement" -> its author). */
  viaRule?: string;
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
/** The longest parenthesis ("(NNPC)", "(R-Texas)") read past between a subject and its verb. */
const MAX_PARENTHESIS_TOKENS = 4;
/** At most this many describing words between a possessive and its document: "the Department's own annual review". */
const DOCUMENT_ADJECTIVES = 2;
/** The longest relative clause (", who studies ... research,") read past between a person and their verb. */
const RELATIVE_CLAUSE_TOKENS = 30;
/** How far back "the statement" looks for the statement named with its author. */
const DOCUMENT_LOOKBACK_PARAGRAPHS = 2;
/** How far after "In a statement," its subject's reporting verb may stand. */
const DOCUMENT_SUBJECT_TOKENS = 8;
const DEFINITE = new Set(['the', 'this', 'that']);
/** "the 72-year-old": an age used as a noun. */
const AGE_WORD = /^\d{1,3}-year-old$/;
/** At most this many words (the determiner and adjectives) before the document noun opening a clause: "An internal audit". */
const OPENING_DOCUMENT_WORDS = 3;
/** A capitalised day or month read as a name is no speaker ("published last Friday found"). */
const DATE_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);

export class NounPhrases {
  private readonly tokens: Tok[];
  private readonly mentions: MentionRef[];

  constructor(private readonly ix: TokenIndex) {
    this.tokens = ix.tokens;
    this.mentions = ix.mentions;
  }

  /** The speaker phrase that ends at token i (reading backwards), or null. */
  phraseEndingAt(i: number, lo: number): SpeakerPhrase | null {
    const t = this.tokens[i];
    if (!t || i < lo || t.quote >= 0) return null;
    if (isPronoun(t.lower)) return this.pronounPhrase(i);
    // "Ruth Mangan BL said", "Sam Reid MP told": the letters after a name are not part of it.
    if (t.mention < 0 && POST_NOMINALS.has(t.lower) && this.tokens[i - 1]?.mention >= 0) return this.phraseEndingAt(i - 1, lo);
    if (t.mention >= 0 || isNameWord(t.text)) {
      // Back over the name and the titles in front of it: "director General Suleiman al-Amr".
      let j = i;
      while (j - 1 >= lo && i - j < 8) {
        const p = this.tokens[j - 1];
        if (p.quote >= 0 || p.paragraph !== t.paragraph) break;
        if (isNameWord(p.text) || TITLES.has(p.lower) || p.mention >= 0) {
          j--;
          continue;
        }
        const joins = isParticle(p.text) || (p.lower === 'of' && this.ofJoins(j - 2));
        if (joins && j - 2 >= lo && isNameWord(this.tokens[j - 2].text)) {
          j--;
          continue;
        }
        break;
      }
      return this.namePhrase(j, i);
    }
    // "the report warned": a document noun after a determiner is a noun, though "report" is a verb too.
    const documentNoun = DOCUMENT_NOUNS.has(t.lower) && DETERMINERS.has(this.tokens[i - 1]?.lower ?? '');
    const noun = /^\p{Ll}[\p{Ll}\-]*$/u.test(t.text) || AGE_WORD.test(t.text);
    if (noun && !FUNCTION_WORDS.has(t.lower) && (documentNoun || !REPORTING_VERBS.has(t.lower))) {
      // "the minister", "the agency's chief executive", "the Home Office letter"
      let j = i;
      let found = false;
      let words = 0;
      while (j - 1 >= lo && words++ < 5) {
        const p = this.tokens[j - 1];
        if (p.quote >= 0 || p.paragraph !== t.paragraph) break;
        if (DETERMINERS.has(p.lower)) {
          j--;
          found = true;
          break;
        }
        // "A Department of Health and Social Care spokesperson": a name before the head is read whole.
        if (p.mention >= 0 && this.mentions[p.mention].firstTok >= lo) {
          j = this.mentions[p.mention].firstTok;
          continue;
        }
        if (/^[\p{L}\-]+(?:['’]s?)?$/u.test(p.text) && !FUNCTION_WORDS.has(p.lower) && !REPORTING_VERBS.has(p.lower)) {
          j--;
          continue;
        }
        break;
      }
      if (!found) j = i; // bare plural "officials", "researchers": the head alone
      return this.rolePhrase(j, i);
    }
    return null;
  }

  /** The speaker phrase that starts at token i (reading forwards), or null. */
  phraseStartingAt(i: number, hi: number, nounPhrase = false): SpeakerPhrase | null {
    let t = this.tokens[i];
    if (!t || i > hi || t.quote >= 0) return null;
    if (nounPhrase) return this.nounPhraseFrom(i, hi);
    // "its director, Paul Mensah": a possessive opens a noun phrase, not a pronoun subject.
    const n = this.tokens[i + 1];
    if (POSSESSIVES.has(t.lower) && i + 1 <= hi && isDescriptor(n) && n.paragraph === t.paragraph) return this.nounPhraseFrom(i, hi);
    if (isPronoun(t.lower)) return this.pronounPhrase(i);
    // "the Environment Agency": a determiner before a name is not part of it.
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
      const nameNext = x && k + 1 <= hi && x.quote < 0 && x.paragraph === t.paragraph && (isNameWord(x.text) || x.mention >= 0);
      if (nameNext) t = this.tokens[(i = k + 1)];
    }
    if (t.mention >= 0 || isNameWord(t.text) || TITLES.has(t.lower)) return this.titlesAndNameFrom(i, det, hi);
    return DETERMINERS.has(t.lower) ? this.nounPhraseFrom(i, hi) : null;
  }

  /** Titles and a name from token i on (det: the determiner before them, or -1), as phraseStartingAt reads them. */
  private titlesAndNameFrom(i: number, det: number, hi: number): SpeakerPhrase | null {
    let j = this.nameEndFrom(i, hi);
    // "the Crown prosecutor, Mark Tedeschi": a name used as a modifier; read the whole noun phrase.
    if (det >= 0 && j + 1 <= hi && isDescriptor(this.tokens[j + 1])) return this.phraseStartingAt(det, hi, true);
    // "The Ethiopian envoy, Dawit Bekele": a title phrase with the name in apposition.
    const last = this.tokens[j];
    if (TITLES.has(last.lower) && last.mention < 0 && this.tokens[j + 1]?.text === ',' && j + 2 <= hi) {
      const name = this.phraseStartingAt(j + 2, hi);
      if (name && (name.kind === 'mention' || name.kind === 'name')) return name;
    }
    // "a Coast Guard spokesman said": the organization's spokesperson (see documentSource).
    if (j > i && SPOKES_NOUNS.has(last.lower) && last.mention < 0) return this.rolePhrase(det >= 0 ? det : i, j);
    // A lower-case title alone ("director") is no name.
    while (j > i && !isNameWord(this.tokens[j].text) && this.tokens[j].mention < 0) j--;
    if (isNameWord(this.tokens[j].text) || this.tokens[j].mention >= 0) return this.namePhrase(det >= 0 ? det : i, j);
    return DETERMINERS.has(this.tokens[i].lower) ? this.nounPhraseFrom(i, hi) : null;
  }

  /** The last token of the titles and name from i on: "Central Bank of Kenya Governor Kamau Thugge". */
  private nameEndFrom(i: number, hi: number): number {
    const paragraph = this.tokens[i].paragraph;
    let j = i;
    while (j + 1 <= hi && j - i < 10) {
      const x = this.tokens[j + 1];
      if (x.quote >= 0 || x.paragraph !== paragraph) break;
      if (isNameWord(x.text) || TITLES.has(x.lower) || x.mention >= 0) {
        j++;
        continue;
      }
      const joins = isParticle(x.text) || (x.lower === 'of' && this.ofJoins(j));
      if (joins && isNameWord(this.tokens[j + 2]?.text ?? '') && j + 2 <= hi) {
        j++;
        continue;
      }
      break;
    }
    return j;
  }

  /** "the agency's chief executive" from its determiner at i; a name in apposition after it wins. */
  private nounPhraseFrom(i: number, hi: number): SpeakerPhrase | null {
    const paragraph = this.tokens[i].paragraph;
    let j = i;
    while (j + 1 <= hi && j - i < 5) {
      const x = this.tokens[j + 1];
      if (x.quote >= 0 || x.paragraph !== paragraph) break;
      const noun = !REPORTING_VERBS.has(x.lower) || this.isModifierNoun(j + 1, hi);
      if ((/^[\p{L}\-]+(?:['’]s)?$/u.test(x.text) || AGE_WORD.test(x.text)) && !FUNCTION_WORDS.has(x.lower) && noun) {
        j++;
        continue;
      }
      break;
    }
    if (j === i) return null;
    // "the agency's chief executive, Philip Duffy": the name in apposition names the speaker.
    if (this.tokens[j + 1]?.text === ',' && j + 2 <= hi) {
      const name = this.phraseStartingAt(j + 2, hi);
      if (name && (name.kind === 'mention' || name.kind === 'name')) return name;
    }
    return this.rolePhrase(i, j);
  }

  /** "the state health department": a word that is also a reporting verb, used as a noun before the phrase's head. */
  private isModifierNoun(k: number, hi: number): boolean {
    const n = this.tokens[k + 1];
    return (
      NOUN_VERBS.has(this.tokens[k].lower) &&
      k + 1 <= hi &&
      !!n &&
      n.quote < 0 &&
      /^\p{Ll}[\p{Ll}\-]*$/u.test(n.text) &&
      !FUNCTION_WORDS.has(n.lower) &&
      !REPORTING_VERBS.has(n.lower)
    );
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

  /** A role phrase over tokens a..b, its last word the head: "the minister", "a Coast Guard spokesman". */
  private rolePhrase(a: number, b: number): SpeakerPhrase {
    const first = this.tokens[a];
    const last = this.tokens[b];
    // ("The company's statement": the owner's head word without its 's.)
    return {
      kind: 'role',
      firstTok: a,
      lastTok: b,
      start: first.start,
      end: last.end,
      entity: null,
      head: last.lower.replace(/['’]s$/, ''),
    };
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
    const first = a;
    while (a <= b && FUNCTION_WORDS.has(this.tokens[a].lower)) a++;
    if (a > b) return null;
    const core = (k: number) => TITLES.has(this.tokens[k].lower) && !DEPARTMENT_WORDS.has(this.tokens[k].lower);
    if (core(b) && this.tokens[b].mention < 0) {
      // Only a title ("the President said", "the MP said"): a role phrase pointing back to a person, its determiner kept.
      return this.rolePhrase(a - 1 >= first && this.tokens[a - 1].lower === 'the' ? a - 1 : a, b);
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
      return this.rolePhrase(s, s);
    }
    const entity = this.entityByName(s, b);
    return { kind: 'name', firstTok: s, lastTok: b, start: this.tokens[s].start, end: this.tokens[b].end, entity, head: '' };
  }

  /** The entity whose name or alias is written here (exactly, or as its last word). */
  private entityByName(a: number, b: number): Entity | null {
    const text = this.ix.doc.text.slice(this.tokens[a].start, this.tokens[b].end).toLowerCase();
    // Performance: the first entity by name or alias, else the first person by last word, from
    // indexes built once (was a scan of every entity per call), and kept across runs (keptIndexes.ts).
    const names = (this.names ??= keptIndex(this.ix, 'entities by name', () => namesIndex(this.ix.entities)));
    const i = names.byName.get(text) ?? (a === b ? names.byLastWord.get(text) : undefined);
    return i === undefined ? null : this.ix.entities[i];
  }

  private names: NamesIndex | undefined;

  /** The subject of the reporting verb at token v: "Putin told", "Georgi Ivanov, the ..., said". */
  subjectBefore(v: number, lo: number): SpeakerPhrase | null {
    let i = v - 1;
    // "Sunak defended the record whilst promising ...": an -ing adjunct shares the sentence's subject.
    if (this.tokens[v].lower.endsWith('ing') && i >= lo && SUBORDINATORS.has(this.tokens[i].lower)) return this.sentenceSubject(v, lo);
    // "The authority suspended the licence, accusing it of ...": a participle after a comma, the same.
    const participle = this.tokens[v].lower.endsWith('ing') && i > lo && this.tokens[i].text === ',';
    // ("He wanted it done quickly, saying ...": the pronoun opening the sentence when no name is its subject.)
    const shared = participle ? (this.sentenceSubject(v, lo) ?? this.personSubject(lo, i)) : null;
    if (shared) return shared;
    while (i >= lo && (VERB_MODIFIERS.has(this.tokens[i].lower) || this.isToVerb(i))) i -= this.isToVerb(i) ? 2 : 1;
    i = this.beforeParenthesis(i, lo);
    if (i < lo) return null;
    // "Colleen Ferris, who told me, ...": the relative clause's subject is the person before the comma.
    if (RELATIVE_PERSON_PRONOUNS.has(this.tokens[i].lower) && i - 2 >= lo && this.tokens[i - 1].text === ',') {
      const antecedent = this.phraseEndingAt(i - 2, lo);
      if (antecedent && this.isSpeakerLike(antecedent)) return antecedent;
    }
    // "Dolan framed the article but told the paper ...": a second verb shares the sentence's subject.
    if (COORDINATORS.has(this.tokens[i].lower) && i > lo) return this.coordinatedSubject(lo, i, v);
    if (this.tokens[i].text === ',') return this.appositionSubject(i, lo);
    const p = this.phraseEndingAt(i, lo);
    const subject = (p && (this.unclosedApposition(p, lo) ?? this.personOfPlace(p, lo) ?? this.locatedSubject(p, lo))) ?? p;
    return this.isSpeakerLike(subject) ? subject : (this.openingDocument(lo, v) ?? subject);
  }

  /** located-subject: "A spokesperson for the Royal College of Nursing in Wales said": the place after "in" locates the subject. */
  private locatedSubject(p: SpeakerPhrase, lo: number): SpeakerPhrase | null {
    if (p.kind !== 'mention' || p.entity?.type !== 'place') return null;
    const k = p.firstTok - 1;
    if (k - 1 < lo || (this.tokens[k].lower !== 'in' && this.tokens[k].lower !== 'at')) return null;
    const q = this.phraseEndingAt(k - 1, lo);
    return q && q.kind === 'mention' && this.isSpeakerLike(q) ? q : null;
  }

  /**
   * person-of-place: "Sen. Alicia Moreno of Pittsburgh called the bill ...", "Sarah Byrne of Greater Manchester Police said":
   * the person, not the place or body after "of" or "from".
   */
  private personOfPlace(p: SpeakerPhrase, lo: number): SpeakerPhrase | null {
    if (p.kind !== 'mention' || (p.entity?.type !== 'place' && p.entity?.type !== 'organization')) return null;
    let of = p.firstTok - 1;
    if (this.tokens[of]?.lower === 'the') of--;
    if (of - 1 < lo || !/^(?:of|from)$/.test(this.tokens[of].lower)) return null;
    const mi = this.tokens[of - 1].mention;
    return mi >= 0 && this.mentions[mi].entity.type === 'person' ? this.mentionPhrase(mi) : null;
  }

  /**
   * The subject a verb after "and"/"but" at token c shares with the clause from lo: the phrase opening
   * the clause (after an opening participle clause: "Reached by phone, she declined ... but said"),
   * "The current Microsoft CEO Steve Ballmer expressed ... and described"; else its first person or organization.
   */
  private coordinatedSubject(lo: number, c: number, v: number): SpeakerPhrase | null {
    const intro = this.ix.introClauseEnd(lo);
    const start = intro >= 0 && intro < c ? intro + 1 : lo;
    const opening = this.phraseStartingAt(start, c - 1);
    if (opening && this.isSpeakerLike(opening)) return opening;
    // "The current Microsoft CEO Steve Ballmer": the person the opening noun phrase ends with.
    let end = start;
    const inPhrase = (t: Tok) => t.quote < 0 && (DETERMINERS.has(t.lower) || isNameWord(t.text) || t.mention >= 0 || TITLES.has(t.lower));
    while (end + 1 < c && (inPhrase(this.tokens[end + 1]) || (isDescriptor(this.tokens[end + 1]) && inPhrase(this.tokens[end + 2])))) end++;
    for (let k = opening ? Math.max(opening.lastTok, end) : end; k >= start; k--) {
      const mi = this.tokens[k].mention;
      if (mi >= 0 && this.mentions[mi].entity.type === 'person') return this.mentionPhrase(mi);
    }
    return this.personSubject(lo, c) ?? this.sentenceSubject(v, lo);
  }

  /** A phrase that can be a verb's speaking subject: a mention, a pronoun, a person's or an organization's role, a document. */
  private isSpeakerLike(p: SpeakerPhrase | null): boolean {
    if (!p) return false;
    if (p.kind === 'role') return DOCUMENT_NOUNS.has(p.head) || SPOKES_NOUNS.has(p.head) || isRoleNoun(p.head);
    return p.kind !== 'name' || !!p.entity || !DATE_WORDS.has(this.tokens[p.lastTok].lower);
  }

  /**
   * "A report by Audit Wales earlier this year warned ...", "An internal audit at the railway published
   * in May found ...": a document opening the clause before v is its subject, whatever follows it.
   */
  openingDocument(lo: number, v: number): SpeakerPhrase | null {
    if (!DETERMINERS.has(this.tokens[lo]?.lower ?? '')) return null;
    for (let k = lo + 1; k < v && k - lo <= OPENING_DOCUMENT_WORDS; k++) {
      const t = this.tokens[k];
      if (t.quote >= 0 || t.mention >= 0) return null;
      if (DOCUMENT_NOUNS.has(t.lower)) return this.rolePhrase(lo, k);
      if (!/^\p{Ll}[\p{Ll}\-]*$/u.test(t.text) || FUNCTION_WORDS.has(t.lower)) return null;
    }
    return null;
  }

  /** "The Nigerian National Petroleum Company Limited (NNPC) said": the subject ends before a short parenthesis. */
  private beforeParenthesis(i: number, lo: number): number {
    if (this.tokens[i]?.text !== ')') return i;
    for (let k = i - 1; k >= lo && i - k <= MAX_PARENTHESIS_TOKENS + 1; k--) if (this.tokens[k].text === '(') return k - 1;
    return i;
  }

  /** The subject of a verb right after the comma at i, which closes an apposition or a clause. */
  private appositionSubject(i: number, lo: number): SpeakerPhrase | null {
    const relative = this.relativeClauseAntecedent(i, lo);
    if (relative) return relative;
    // Find the comma that opens it.
    let k = i - 1;
    while (k >= lo && i - k < 15 && this.tokens[k].text !== ',' && !this.ix.isBarrier(k, -1)) k--;
    const inner = this.phraseEndingAt(i - 1, k >= lo && this.tokens[k].text === ',' ? k + 1 : lo);
    if (k < lo || this.tokens[k].text !== ',') return inner;
    // "the chief executive, Philip Duffy, said": the whole apposition is a name.
    const named = !!inner && (inner.kind === 'mention' || inner.kind === 'name');
    const titlesOnly = named && this.onlyTitles(k + 1, inner.firstTok);
    const whole = titlesOnly && isPersonLike(inner);
    if (whole && inner.kind === 'mention') return inner;
    // "Cynthia Thompson, curator ... at the University of Arkansas, Fayetteville, said": a known
    // person opening the clause, before a longer apposition.
    const first = this.openingName(lo, k);
    if (first?.kind === 'mention') return first;
    if (whole) return inner;
    const outer = this.phraseEndingAt(k - 1, lo);
    if (outer && isPersonLike(outer)) return outer;
    if (first) return first;
    // "The building's manager, Jin Park, says": a name after a person's role is that person, whatever else it was read as.
    if (titlesOnly && outer?.kind === 'role' && PERSON_ROLE_NOUNS.has(outer.head)) return inner;
    // "The council's consultants, Arden Partners, found": a known organization names the role before it.
    if (titlesOnly && outer?.kind === 'role' && inner.kind === 'mention' && inner.entity?.type === 'organization') return inner;
    // "The painting's owners, the Kessler family, said": a family or a campaign named in apposition.
    const owner = inner && this.groupOwner(inner);
    if (owner && owner !== inner) return owner;
    return outer ?? inner;
  }

  /**
   * "Dr Ada Fenn, who studies lakes at the university and was not involved in the research, called":
   * a relative clause of a person, however long, between commas before the verb (comma at i); its
   * antecedent is the subject. Null when no ", who" opens one within the sentence.
   */
  private relativeClauseAntecedent(i: number, lo: number): SpeakerPhrase | null {
    let relative = false;
    for (let k = i - 1; k - 1 > lo && i - k <= RELATIVE_CLAUSE_TOKENS; k--) {
      if (this.ix.isBarrier(k, -1)) return null;
      // "Dr Ada Fenn, a sleep specialist at Dunmore who was not involved, called": the clause hangs on an apposition.
      relative ||= RELATIVE_PERSON_PRONOUNS.has(this.tokens[k].lower);
      if (!relative || this.tokens[k - 1].text !== ',') continue;
      const antecedent = this.phraseEndingAt(this.beforeParenthesis(k - 2, lo), lo);
      if (antecedent && isPersonLike(antecedent) && antecedent.kind !== 'pronoun') return antecedent;
      if (RELATIVE_PERSON_PRONOUNS.has(this.tokens[k].lower)) return null;
    }
    return null;
  }

  /**
   * "the Kessler family", "the Brennan campaign": a family, campaign or camp speaks for the person it
   * is named after (the name before the noun). Other phrases are returned as they are.
   */
  groupOwner(p: SpeakerPhrase): SpeakerPhrase {
    if (p.kind !== 'role' || !NAMED_GROUP_NOUNS.has(p.head) || p.lastTok - 1 < p.firstTok) return p;
    const k = p.lastTok - 1;
    const t = this.tokens[k];
    const via = { viaSpokesperson: p.viaSpokesperson, viaRule: p.viaRule ?? 'group-named-after-person' };
    if (t.mention >= 0 && this.mentions[t.mention].entity.type === 'person') return { ...this.mentionPhrase(t.mention), ...via };
    // "Her campaign posted": the person the possessive refers to.
    if (PERSON_PRONOUNS.has(t.lower) && t.quote < 0) return { ...this.pronounPhrase(k), ...via };
    if (!isNameWord(t.text) || t.mention >= 0) return p;
    const name = this.namePhrase(k, k);
    return name && name.kind === 'name' ? { ...name, ...via } : p;
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
    const w = next?.lower;
    if (next && (w === 'from' || w === 'by' || w === 'of' || w === 'for' || w === 'at')) {
      // "A report by the General Auditing Commission published last Friday": the organization named, not a longer phrase.
      const named = this.organizationMentionAt(p.lastTok + 2);
      if (named) return this.spokenFor(p, named);
      const author = w === 'at' && !SPOKES_NOUNS.has(p.head) ? null : this.phraseStartingAt(p.lastTok + 2, Math.max(hi, p.lastTok + 2));
      if (author) return this.spokenFor(p, author);
    }
    const definite = DEFINITE.has(this.tokens[p.firstTok].lower);
    // "Her statement", "the ministry's annual report": the owner the possessive names wrote it.
    const owner = DOCUMENT_NOUNS.has(p.head) ? this.documentOwner(p.lastTok) : null;
    const author = owner ?? (definite && DOCUMENT_NOUNS.has(p.head) ? this.earlierDocumentAuthor(p) : null);
    return author ? { ...author, viaRule: 'document-author' } : p;
  }

  /**
   * The owner of the document noun at token k, written by a possessive before it past at most
   * two describing words: "her statement", "the Department's own review". Null when there is none.
   */
  private documentOwner(k: number): SpeakerPhrase | null {
    for (let j = k - 1; j >= 0 && k - j <= DOCUMENT_ADJECTIVES + 1; j--) {
      const t = this.tokens[j];
      if (t.quote >= 0 || t.paragraph !== this.tokens[k].paragraph) return null;
      const owner = this.possessorAt(j);
      if (owner) return owner.kind === 'role' && !isRoleNoun(owner.head) ? null : owner;
      if (!/^\p{Ll}[\p{Ll}\-]*$/u.test(t.text) || FUNCTION_WORDS.has(t.lower)) return null;
    }
    return null;
  }

  /** document-by-kind: "a council report", "a ministry statement": an organization's kind noun right before the document. */
  private authorNounBefore(k: number): SpeakerPhrase | null {
    const t = this.tokens[k - 1];
    return t && t.quote < 0 && t.mention < 0 && /^\p{Ll}+$/u.test(t.text) && ORG_ROLE_NOUNS.has(t.lower)
      ? this.rolePhrase(k - 1, k - 1)
      : null;
  }

  /** statement-then-subject: "In a statement, the civic body said ...": the subject of the reporting verb after the comma. */
  private subjectAfterDocument(k: number): SpeakerPhrase | null {
    const comma = this.tokens[k + 1]?.text === ',' ? k + 1 : -1;
    if (comma < 0) return null;
    for (let v = comma + 2; v < this.tokens.length && v - comma <= DOCUMENT_SUBJECT_TOKENS; v++) {
      const t = this.tokens[v];
      if (t.quote >= 0 || /^[.;!?]$/.test(t.text) || t.sentenceStart !== this.tokens[k].sentenceStart) return null;
      if (this.ix.isReportingVerb(v)) return this.subjectBefore(v, comma + 1);
    }
    return null;
  }

  /**
   * "the statement said" after "the Kessler family said in a statement": the author of the same
   * document named earlier (this or the two previous paragraphs), the subject of the verb that put it
   * out or the name after "from" or "by". Null when none is named.
   */
  private earlierDocumentAuthor(p: SpeakerPhrase): SpeakerPhrase | null {
    const paragraph = this.tokens[p.firstTok].paragraph;
    for (let k = p.firstTok - 1; k >= 0 && this.tokens[k].paragraph >= paragraph - DOCUMENT_LOOKBACK_PARAGRAPHS; k--) {
      const t = this.tokens[k];
      if (t.quote >= 0 || t.lower !== p.head) continue;
      const n = this.tokens[k + 1];
      // "An internal audit at Cascadia Freight Railway found ...": the organization it was made at.
      const at = n && (n.lower === 'from' || n.lower === 'by' || n.lower === 'at') ? this.organizationMentionAt(k + 2) : null;
      if (at) return at;
      const owner = this.documentOwner(k) ?? this.authorNounBefore(k);
      if (owner) return owner;
      if (n && (n.lower === 'from' || n.lower === 'by')) return this.phraseStartingAt(k + 2, Math.min(this.tokens.length - 1, k + 12));
      for (let v = k - 1; v >= Math.max(t.sentenceStart, k - 4); v--) {
        if (this.ix.isReportingVerb(v) || DOCUMENT_VERBS.has(this.tokens[v].lower)) return this.subjectBefore(v, t.sentenceStart);
      }
      return this.subjectAfterDocument(k);
    }
    return null;
  }

  /**
   * The owner written by the possessive at token i: "his" (as "he"), "Fenn's" (the name), "my aunt's"
   * (the role "my aunt", head "aunt"). Null when token i is no possessive.
   */
  possessorAt(i: number): SpeakerPhrase | null {
    const t = this.tokens[i];
    if (!t || t.quote >= 0) return null;
    const subject = POSSESSIVE_SUBJECTS.get(t.lower);
    if (subject) return { ...this.pronounPhrase(i), head: subject };
    const owner = /^(.+)['’]s$/u.exec(t.text);
    if (!owner) return null;
    if (t.mention >= 0) return this.mentionPhrase(t.mention);
    if (isNameWord(owner[1])) return this.phraseEndingAt(i, Math.max(0, i - 4));
    let j = i;
    while (j - 1 >= 0 && i - j < 3 && this.tokens[j - 1].quote < 0) {
      const p = this.tokens[j - 1];
      const opener = DETERMINERS.has(p.lower) || ROLE_POSSESSIVES.has(p.lower);
      if (!opener && !/^\p{Ll}[\p{Ll}\-]*$/u.test(p.text)) break;
      j--;
      if (opener) break;
    }
    return { ...this.rolePhrase(j, i), head: owner[1].toLowerCase() };
  }

  /** The organization mention starting at token k (after a determiner there), as a phrase; else null. */
  private organizationMentionAt(k: number): SpeakerPhrase | null {
    if (DETERMINERS.has(this.tokens[k]?.lower ?? '')) k++;
    // "for the ruling New Patriotic Party", "for the state-owned Kenya Power": describing words before the name.
    for (let n = 0; n < 3 && this.isDescribingWord(k); n++) k++;
    const t = this.tokens[k];
    if (!t || t.quote >= 0 || t.mention < 0) return null;
    const m = this.mentions[t.mention];
    return m.firstTok === k && m.entity.type === 'organization' ? this.mentionPhrase(t.mention) : null;
  }

  /** A lower-case word outside names that may describe the name after it ("ruling", "state-owned"; unlike isDescriptor,
   *  a word that can be a reporting verb counts). */
  private isDescribingWord(k: number): boolean {
    const t = this.tokens[k];
    return (
      !!t && t.quote < 0 && t.mention < 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !DETERMINERS.has(t.lower)
    );
  }

  private spokenFor(p: SpeakerPhrase, author: SpeakerPhrase): SpeakerPhrase {
    return SPOKES_NOUNS.has(p.head) ? { ...author, viaSpokesperson: true } : author;
  }

  /**
   * A person who opens the sentence at s as its subject, a verb-like lower-case word right after:
   * "Ferri praised ...", "Mayor Lucia Bertoni, 52, said ...", "She laughed.". Else null.
   */
  personSubject(s: number, hi: number): SpeakerPhrase | null {
    const intro = this.ix.introClauseEnd(s);
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
      for (let k = lo; k < v; k++)
        if (this.tokens[k].text === ',') {
          lo = k + 1;
          break;
        }
    }
    for (let k = lo; k < v; k++) {
      const t = this.tokens[k];
      if (t.quote >= 0 || t.mention < 0) continue;
      const m = this.mentions[t.mention];
      if (m.entity.type === 'place') {
        k = m.lastTok;
        continue;
      }
      const before = this.tokens[m.firstTok - 1];
      if (before && OBJECT_MARKERS.has(before.lower)) {
        k = m.lastTok;
        continue;
      }
      return this.mentionPhrase(this.titledPersonAfter(t.mention, v) ?? t.mention);
    }
    return null;
  }

  /** "according to CSIRO oceanographer Dr Jess Whitfield": the titled person after an organization phrase, else the phrase. */
  titledPerson(p: SpeakerPhrase, hi: number): SpeakerPhrase {
    const mi = p.kind === 'mention' ? this.tokens[p.firstTok].mention : -1;
    const person = mi >= 0 ? this.titledPersonAfter(mi, hi + 1) : null;
    return person === null ? p : this.mentionPhrase(person);
  }

  /** "Lumora chief executive Priya Varadan": the person an organization's title words lead to (the subject), or null. */
  private titledPersonAfter(mi: number, v: number): number | null {
    const m = this.mentions[mi];
    if (m.entity.type !== 'organization') return null;
    let k = m.lastTok + 1;
    // "Apple chief executive Steve Jobs", "Apple CEO Steve Jobs"
    const titleWord = (t: Tok) => /^\p{Ll}+$/u.test(t.text) || (TITLES.has(t.lower) && t.mention < 0);
    while (k < v && k - m.lastTok <= TITLE_WORDS_AFTER_ORGANIZATION && titleWord(this.tokens[k])) k++;
    const person = this.tokens[k]?.mention ?? -1;
    return k > m.lastTok + 1 && k < v && person >= 0 && this.mentions[person].entity.type === 'person' ? person : null;
  }
}

function isRoleNoun(lower: string): boolean {
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return (
    PERSON_ROLE_NOUNS.has(lower) ||
    ORG_ROLE_NOUNS.has(lower) ||
    PERSON_ROLE_NOUNS.has(singular) ||
    ORG_ROLE_NOUNS.has(singular) ||
    GROUP_NOUNS.has(lower)
  );
}

/** A lower-case word that can describe a name written after it: "council leader", "striker". */
function isDescriptor(t: Tok | undefined): boolean {
  return (
    !!t &&
    t.quote < 0 &&
    /^\p{Ll}[\p{Ll}\-]*$/u.test(t.text) &&
    !FUNCTION_WORDS.has(t.lower) &&
    !REPORTING_VERBS.has(t.lower) &&
    !DETERMINERS.has(t.lower) &&
    !isPronoun(t.lower)
  );
}

/** A phrase that can name a person: a person mention, a name not known as something else, a pronoun. */
function isPersonLike(p: SpeakerPhrase): boolean {
  if (p.kind === 'mention') return p.entity?.type === 'person';
  if (p.kind === 'name') return !p.entity || p.entity.type === 'person';
  return p.kind === 'pronoun' && PERSON_PRONOUNS.has(p.head);
}

/** Entity indexes by lower-cased name or alias (the first entity), and persons by their name's last word (the first person). */
interface NamesIndex {
  byName: Map<string, number>;
  byLastWord: Map<string, number>;
}

function namesIndex(entities: readonly Entity[]): NamesIndex {
  const byName = new Map<string, number>();
  const byLastWord = new Map<string, number>();
  entities.forEach((e, i) => {
    for (const al of e.aliases) if (!byName.has(al.toLowerCase())) byName.set(al.toLowerCase(), i);
    if (!byName.has(e.name.toLowerCase())) byName.set(e.name.toLowerCase(), i);
    const last = e.name.toLowerCase().split(/\s+/).pop()!;
    if (e.type === 'person' && !byLastWord.has(last)) byLastWord.set(last, i);
  });
  return { byName, byLastWord };
}
