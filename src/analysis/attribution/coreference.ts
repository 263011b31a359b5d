// Coreference for speakers: what a pronoun ("he said") or a role noun ("the minister said",
// "the carrier said") refers to, read back (and for a role, ahead) from the quote over the entity
// mentions of the token overlay; and a speaker's nearest mention before a position.
import type { Entity, EntityType, Speaker } from '../types';
import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  ORG_KIND_WORDS,
  ORG_ROLE_NOUNS,
  PERSON_PRONOUNS,
  PERSON_ROLE_NOUNS,
  ROLE_SYNONYMS,
  COMPANY_NOUNS,
  INDEFINITE_DETERMINERS,
  STUDY_NOUNS,
  LED_WORK_NOUNS,
  UNNAMED_ROLE_NOUNS,
  PLURAL_PRONOUNS,
  PUBLIC_BODY_WORDS,
  REPORTING_VERBS,
  THING_PRONOUNS,
  TITLES,
} from '../lexicon/reporting';
import {
  FUNCTION_WORDS,
  INTRO_WORDS,
  NOT_SUBJECT_NAMES,
  OBJECT_MARKERS,
  POSSESSIVES,
  ROLE_POSSESSIVES,
  SPOKES_NOUNS,
  TURN_SPEAKER_PRONOUNS,
  UNNAMED_MEMBER_NOUNS,
  MEMBER_PREPOSITIONS,
} from '../lexicon/speakerPhrases';
import { type Gender, Genders, nounGender, pronounGender } from './gender';
import type { NounPhrases, SpeakerPhrase } from './phrases';
import type { MentionRef, Tok, TokenIndex } from './tokens';
import { isNameWord, isPronoun } from './words';
import { ORG_CUES } from '../lexicon/cues';
import { keptIndex } from './keptIndexes';

/** How far back "the carrier" looks for its organization, and ahead "their manager" for the person introduced. */
const ROLE_LOOKBACK_PARAGRAPHS = 2;
/** How many pronouns a pronoun-chain follows back. */
const PRONOUN_CHAIN_DEPTH = 3;
/** A headline is at most this long. */
const HEADLINE_CHARS = 160;
const ROLE_LOOKAHEAD_PARAGRAPHS = 3;
/** The lede: a role there ("their manager") may be named by the next paragraph's speaker. */
const LEDE_PARAGRAPHS = 2;
/** At most this many tokens (titles, a comma) between a title-like mention and the name it describes. */
const APPOSITION_GAP = 3;
/** How far back "the 72-year-old" looks for the person named with that age. */
const DESCRIBED_PERSON_PARAGRAPHS = 1;
/** How far back "her son" looks for "her son, Kevin Dolan". */
const APPOSITION_LOOKBACK_PARAGRAPHS = 30;
/** How far back a pronoun looks for its antecedent; and, finding none, for a person of its gender further back. */
const PRONOUN_LOOKBACK_PARAGRAPHS = 3;
const PRONOUN_CHAIN_PARAGRAPHS = 8;
/** How far back (in tokens) a pronoun looks for an unnamed spokesperson. */
const SPOKESPERSON_LOOKBACK_TOKENS = 120;
/** How far back an unnamed spokesperson looks for the organization that spoke ("Qantas said ... a spokesman said"). */
const SPOKESPERSON_LOOKBACK_PARAGRAPHS = 1;
/** The longest relative clause read past between an organization and its verb. */
const RELATIVE_CLAUSE_TOKENS = 16;
/** The longest parenthesis ("(NDRCC)") read past between an organization and its verb. */
const MAX_PARENTHESIS_TOKENS = 4;
/** How far back "the authors" look for the study's lead author (inside the sieve-reuse window, reuse.ts). */
const STUDY_LEAD_LOOKBACK_PARAGRAPHS = 30;
/** How far after a person's name "the study's lead author" may stand. */
const LEAD_AUTHOR_WINDOW = 16;
/** How many of the last organizations named "the company" chooses from. */
const COMPANY_CANDIDATES = 3;

export class Coreference {
  private readonly tokens: Tok[];
  private readonly mentions: MentionRef[];
  /** Read by the sieves' reuse layer too (reuse.ts): a gender decided by the whole article's pronouns. */
  readonly genders: Genders;

  constructor(
    private readonly ix: TokenIndex,
    private readonly phrases: NounPhrases,
  ) {
    this.tokens = ix.tokens;
    this.mentions = ix.mentions;
    this.genders = new Genders(ix);
  }

  /** Turns a phrase into the Speaker of the contract, resolving pronouns and role nouns before `pos`. */
  resolve(phrase: SpeakerPhrase, pos: number): Speaker {
    const span = { start: phrase.start, end: phrase.end, text: this.ix.doc.text.slice(phrase.start, phrase.end) };
    let entity = phrase.entity;
    if (!entity && phrase.kind === 'pronoun' && THING_PRONOUNS.has(phrase.head)) entity = this.documentAntecedent(phrase);
    if (!entity && phrase.kind === 'pronoun') entity = this.roleAntecedent(phrase) ?? this.personRoleAntecedent(phrase);
    if (!entity && phrase.kind === 'pronoun') entity = this.antecedent(phrase, pos) ?? this.distantAntecedent(phrase, pos);
    if (!entity && phrase.kind === 'role' && STUDY_NOUNS.has(phrase.head)) entity = this.leadAuthor(phrase);
    if (!entity && phrase.kind === 'role' && SPOKES_NOUNS.has(phrase.head)) entity = this.spokespersonOrganization(phrase.lastTok, 1);
    if (!entity && phrase.kind === 'role') entity = this.namedInApposition(phrase);
    if (!entity && phrase.kind === 'role' && UNNAMED_MEMBER_NOUNS.has(phrase.head)) entity = this.memberOrganization(phrase);
    // "a police spokesperson" that found no police: not whichever organization spoke last.
    const modifiedSpokes = SPOKES_NOUNS.has(phrase.head) && phrase.lastTok > phrase.firstTok + 1;
    if (!entity && phrase.kind === 'role' && !modifiedSpokes) entity = this.roleReferent(phrase, pos);
    if (!entity) entity = this.personOfAge(phrase);
    // "The report called it ...", no author named: the organization that spoke just before.
    if (!entity && phrase.kind === 'role' && DOCUMENT_NOUNS.has(phrase.head) && DETERMINERS.has(this.tokens[phrase.firstTok].lower)) {
      entity = this.organizationThatSpoke(pos, this.tokens[phrase.firstTok].paragraph);
    }
    return { ...span, entityId: entity ? entity.id : null };
  }

  /**
   * What a pronoun refers to: working back sentence by sentence from pos (this and the three previous
   * paragraphs, outside quotes), the first fitting mention of the nearest sentence that has one: the
   * subject of a news sentence comes first ("Ferreira will now choose between Asante and Dunne").
   * Mentions right after "told", "to", "with" ... are objects and are skipped.
   */
  private antecedent(phrase: SpeakerPhrase, pos: number, back = PRONOUN_LOOKBACK_PARAGRAPHS, depth = 0): Entity | null {
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
    // ("According to Dr Jess Whitfield, ..., a rise she called": the source of "according to" is the referent.)
    const opener = this.tokens[own];
    const participle = /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(opener?.text ?? '') && opener?.lower !== 'according';
    const intro = participle ? this.ix.introClauseEnd(own) : -1;
    const skipBefore = intro >= 0 && intro < phrase.firstTok ? intro : -1;
    // "she": a person known as a man is skipped, and one known as a woman wins over one of unknown gender.
    const gender = pronounGender(w);
    const fits = (m: MentionRef) => !gender || this.genders.of(m.entity) === gender;
    let sentence = -1;
    let candidate: MentionRef | null = null;
    let fitting: MentionRef | null = null;
    for (let mi = this.ix.lastMentionBefore(pos); mi >= 0; mi--) {
      let m = this.mentions[mi];
      const t = this.tokens[m.firstTok];
      if (t.sentenceStart !== sentence) {
        if (candidate) break;
        sentence = t.sentenceStart;
      }
      if (t.paragraph < paragraph - back) break;
      if (t.quote >= 0 || !want.includes(m.entity.type)) continue;
      if (t.sentenceStart === own && m.lastTok < skipBefore) continue;
      // "I talked to Dale Hruska ... He told me": whom the narrator ("I", "we") spoke to is more than an object.
      if (this.objectMarked(m) && !TURN_SPEAKER_PRONOUNS.has(this.tokens[t.sentenceStart].lower)) continue;
      if (candidate && this.modifiesNext(m, candidate)) continue;
      if (gender && this.genders.of(m.entity) && !fits(m)) {
        // "Tane" read as Wiremu Tane, when "she" is Mere Tane: the namesake of the pronoun's gender.
        const namesake = this.namesakeOf(m, gender);
        if (!namesake) continue;
        m = { ...m, entity: namesake };
      }
      candidate = m;
      if (fits(m)) fitting = m;
    }
    if (fitting) candidate = fitting;
    const chained = candidate && depth < PRONOUN_CHAIN_DEPTH ? this.chainedPronoun(w, candidate, pos, back, depth) : null;
    if (chained) {
      this.via.set(phrase.firstTok, 'pronoun-chain');
      return chained;
    }
    if (PERSON_PRONOUNS.has(w)) {
      // "A spokeswoman for the library said ... "...," she said": the unnamed spokesperson after the last name.
      const spokes = this.unnamedSpokespersonBetween(candidate ? candidate.lastTok : -1, phrase.firstTok, paragraph, gender);
      const organization = spokes >= 0 ? this.spokespersonOrganization(spokes, 1) : null;
      if (organization) return organization;
      // "Marsh disagreed. He said ...", "Marsh" no entity: the pronoun is that unknown person, not one named before.
      if (this.unknownSubjectBetween(candidate ? candidate.lastTok : -1, phrase.firstTok, paragraph)) return null;
    }
    if (candidate && this.objectMarked(candidate)) this.via.set(phrase.firstTok, 'narrator-object-antecedent');
    return candidate ? candidate.entity : null;
  }

  /**
   * role-antecedent: `the company said in a statement. "...," it said`, `The spokesperson said ... "...," they said`,
   * `"...," the complaint says. It describes ...`: an "it" or "they" whose nearest antecedent in this or the previous
   * sentence (outside quotes) is a definite organization, spokesperson or document noun is whom that phrase stands for.
   */
  private roleAntecedent(phrase: SpeakerPhrase): Entity | null {
    const thing = THING_PRONOUNS.has(phrase.head);
    if (!thing && !PLURAL_PRONOUNS.has(phrase.head)) return null;
    const own = this.tokens[phrase.firstTok].sentenceStart;
    const lo = own > 0 ? this.tokens[own - 1].sentenceStart : own;
    for (let k = phrase.firstTok - 1; k > lo; k--) {
      const t = this.tokens[k];
      if (t.quote >= 0) continue;
      if (t.mention >= 0) {
        const type = this.mentions[t.mention].entity.type;
        if (type === 'organization' || (!thing && type === 'person')) return null;
        continue;
      }
      const noun = ORG_ROLE_NOUNS.has(t.lower) || (thing ? DOCUMENT_NOUNS.has(t.lower) : SPOKES_NOUNS.has(t.lower));
      if (!noun || this.tokens[k - 1].lower !== 'the') continue;
      const role = this.rolePhrase(k - 1, k);
      const source = DOCUMENT_NOUNS.has(t.lower) ? this.phrases.documentSource(role, k) : role;
      const id = source.entity?.id ?? this.resolve(source, source.start).entityId;
      const e = id ? (this.ix.entities.find((x) => x.id === id) ?? null) : null;
      if (e) this.via.set(phrase.firstTok, 'role-antecedent');
      return e;
    }
    return null;
  }

  /** The role phrase of tokens first..last, headed by the last ("the minister", "the labour ministry"). */
  private rolePhrase(first: number, last: number): SpeakerPhrase {
    const head = this.tokens[last];
    return { kind: 'role', firstTok: first, lastTok: last, start: this.tokens[first].start, end: head.end, entity: null, head: head.lower };
  }

  /**
   * person-role-antecedent: `The minister was unmoved. "...," she said`: a "he" or "she" whose nearest antecedent in
   * this or the previous sentence (outside quotes) is a definite person role ("the minister", "the coach") is the person
   * who holds that role; a named person or a spokesperson nearer to the pronoun leaves it to the other rules.
   */
  private personRoleAntecedent(phrase: SpeakerPhrase): Entity | null {
    if (!PERSON_PRONOUNS.has(phrase.head)) return null;
    const own = this.tokens[phrase.firstTok].sentenceStart;
    const lo = own > 0 ? this.tokens[own - 1].sentenceStart : own;
    for (let k = phrase.firstTok - 1; k > lo; k--) {
      const t = this.tokens[k];
      if (t.quote >= 0) continue;
      if (t.mention >= 0 && this.mentions[t.mention].entity.type === 'person') return null;
      if (t.mention >= 0) continue;
      if (SPOKES_NOUNS.has(t.lower)) return null;
      if (!(PERSON_ROLE_NOUNS.has(t.lower) || TITLES.has(t.lower)) || this.tokens[k - 1].lower !== 'the') continue;
      const e = this.roleReferent(this.rolePhrase(k - 1, k), this.tokens[k - 1].start);
      const known = e && this.genders.of(e);
      const gender = pronounGender(phrase.head);
      if (!e || e.type !== 'person' || (gender && known && known !== gender)) return null;
      this.via.set(phrase.firstTok, 'person-role-antecedent');
      return e;
    }
    return null;
  }

  /**
   * pronoun-chain: "She said the lake was designed with Taranaki Whānui and Ngāti Toa. ... "...," she said": when the
   * nearest mention stands in a sentence that opens with the same pronoun, that pronoun is the subject and the referent
   * is its own.
   */
  private chainedPronoun(w: string, candidate: MentionRef, pos: number, back: number, depth: number): Entity | null {
    const s = this.tokens[candidate.firstTok].sentenceStart;
    const opener = this.tokens[s];
    if (!opener || opener.lower !== w || !PERSON_PRONOUNS.has(w) || opener.quote >= 0 || s >= candidate.firstTok) return null;
    const phrase: SpeakerPhrase = { kind: 'pronoun', firstTok: s, lastTok: s, start: opener.start, end: opener.end, entity: null, head: w };
    const e = this.antecedent(phrase, opener.start, back, depth + 1);
    return e && e !== candidate.entity ? e : null;
  }

  /** A mention right after "told", "to", "with" ... (not "according to"): an object. */
  private objectMarked(m: MentionRef): boolean {
    const before = this.tokens[m.firstTok - 1];
    return !!before && OBJECT_MARKERS.has(before.lower) && this.tokens[m.firstTok - 2]?.lower !== 'according' && !this.frontedTopic(m);
  }

  /** fronted-topic: "For Maluleke, back after a suspension, the goal was little comfort": the sentence is about him. */
  private frontedTopic(m: MentionRef): boolean {
    const marker = m.firstTok - 1;
    return this.tokens[marker].sentenceStart === marker && this.tokens[m.lastTok + 1]?.text === ',';
  }

  /**
   * "she says" in a profile whose last paragraphs name no one ("She moved to Dublin ... She kept
   * bees"): a gendered pronoun that finds no antecedent within three paragraphs takes the nearest
   * fitting person further back (rule distant-pronoun-antecedent); not one known as the other gender.
   */
  private distantAntecedent(phrase: SpeakerPhrase, pos: number): Entity | null {
    const gender = pronounGender(phrase.head);
    if (!gender || !PERSON_PRONOUNS.has(phrase.head)) return null;
    const e = this.antecedent(phrase, pos, PRONOUN_CHAIN_PARAGRAPHS);
    if (!e || e.type !== 'person' || (this.genders.of(e) ?? gender) !== gender) return null;
    this.via.set(phrase.firstTok, 'distant-pronoun-antecedent');
    return e;
  }

  /** The speaker rule of the pronouns (by first token) resolved in a way of their own: from afar, to an object. */
  private readonly via = new Map<number, string>();

  /** The speaker rule by which the pronoun phrase was resolved, when it has one of its own. */
  pronounRule(phrase: SpeakerPhrase): string | undefined {
    return phrase.kind === 'pronoun' || phrase.kind === 'role' ? this.via.get(phrase.firstTok) : undefined;
  }

  /**
   * True when a sentence after token `after` and before `before` (this or the previous paragraph)
   * opens with a capitalised name no entity covers, followed by a lower-case verb: a person the
   * entity pass missed is that sentence's subject.
   */
  private unknownSubjectBetween(after: number, before: number, paragraph: number): boolean {
    const own = this.tokens[before].sentenceStart;
    for (let s = this.tokens[own - 1]?.sentenceStart ?? -1; s > after && this.tokens[s].paragraph >= paragraph - 1;) {
      const t = this.tokens[s];
      const v = this.tokens[s + 1];
      const name = t.quote < 0 && t.mention < 0 && isNameWord(t.text) && !NOT_SUBJECT_NAMES.has(t.lower) && !INTRO_WORDS.has(t.lower);
      const verb = !!v && v.quote < 0 && /^\p{Ll}+(?:ed|s)$/u.test(v.text) && !FUNCTION_WORDS.has(v.lower) && !POSSESSIVES.has(v.lower);
      if (name && verb && !isPronoun(v.lower)) return true;
      if (s === 0) break;
      s = this.tokens[s - 1].sentenceStart;
    }
    return false;
  }

  /**
   * "The audit, completed in August, described ... . It said ...": "it" opening a sentence after one
   * whose subject is a document is that document, which speaks for its author (phrases.documentSource).
   */
  private documentAntecedent(phrase: SpeakerPhrase): Entity | null {
    const own = this.tokens[phrase.firstTok].sentenceStart;
    const previous = this.tokens[own - 1];
    if (own !== phrase.firstTok || !previous || previous.paragraph < this.tokens[own].paragraph - 1) return null;
    const document = this.phrases.openingDocument(previous.sentenceStart, own);
    if (!document) return null;
    const source = this.phrases.documentSource(document, own - 1);
    if (source === document) return null;
    const id = source.entity?.id ?? this.resolve(source, source.start).entityId;
    return this.ix.entities.find((e) => e.id === id) ?? null;
  }

  /** The one other person, of this gender or unknown, whose last name a one-word mention is ("Tane": Mere Tane, not Wiremu Tane). */
  private namesakeOf(m: MentionRef, gender: Gender): Entity | null {
    if (m.firstTok !== m.lastTok) return null;
    const word = this.tokens[m.firstTok].lower;
    const namesakes = (this.peopleByLastName().get(word) ?? []).filter((e) => e !== m.entity && (this.genders.of(e) ?? gender) === gender);
    return namesakes.length === 1 ? namesakes[0] : null;
  }

  private lastNames: Map<string, Entity[]> | undefined;

  /** Person entities by the last word of their name, lower case, in entity order (namesakeOf asked every entity per call). */
  private peopleByLastName(): Map<string, Entity[]> {
    if (this.lastNames) return this.lastNames;
    const byLastName = new Map<string, Entity[]>();
    for (const e of this.ix.entities) {
      if (e.type !== 'person') continue;
      const last = e.name.toLowerCase().split(/\s+/).pop()!;
      const list = byLastName.get(last);
      if (list) list.push(e);
      else byLastName.set(last, [e]);
    }
    return (this.lastNames = byLastName);
  }

  /**
   * "the 72-year-old said" after "Tavi Rokan, 72,": the person named with that age (in this or the
   * previous paragraph). Other descriptions ("the driver") may be someone unnamed and are left alone.
   */
  private personOfAge(phrase: SpeakerPhrase): Entity | null {
    if (phrase.kind !== 'role' || this.tokens[phrase.firstTok].lower !== 'the') return null;
    const age = /^(\d{1,3})-year-old$/.exec(phrase.head);
    if (!age) return null;
    const paragraph = this.tokens[phrase.firstTok].paragraph;
    for (let k = phrase.firstTok - 1; k >= 0 && this.tokens[k].paragraph >= paragraph - DESCRIBED_PERSON_PARAGRAPHS; k--) {
      const t = this.tokens[k];
      if (t.text !== age[1] || t.quote >= 0) continue;
      const before = this.tokens[k - 1]?.text === ',' || this.tokens[k - 1]?.text === '(' ? k - 2 : -1;
      const person = before >= 0 ? this.personMentionAt(before, false) : null;
      if (person) return person;
    }
    return this.nearestPersonOfNoOtherAge(phrase, age[1]);
  }

  /**
   * age-described-person: "the 61-year-old said" when no one was named with that age: the person named last
   * in this or the previous paragraph, unless that person was given another age or "a 61-year-old" came in unnamed.
   */
  private nearestPersonOfNoOtherAge(phrase: SpeakerPhrase, age: string): Entity | null {
    const paragraph = this.tokens[phrase.firstTok].paragraph;
    let from = phrase.firstTok;
    while (from > 0 && this.tokens[from - 1].paragraph >= paragraph - DESCRIBED_PERSON_PARAGRAPHS) from--;
    for (let k = from; k < phrase.firstTok; k++) if (this.tokens[k].quote < 0 && this.tokens[k].lower === `${age}-year-old`) return null;
    for (let k = phrase.firstTok - 1; k >= from; k--) {
      const person = this.personMentionAt(k, false);
      if (!person) continue;
      const stated = this.tokens[k + 1]?.text === ',' && /^\d{1,3}$/.test(this.tokens[k + 2]?.text ?? '');
      if (stated) return null;
      this.via.set(phrase.firstTok, 'age-described-person');
      return person;
    }
    return null;
  }

  /**
   * The last token after `after` and before `before` (outside quotes, in this or the previous
   * paragraph) that is an unnamed spokesperson, or -1.
   */
  private unnamedSpokespersonBetween(after: number, before: number, paragraph: number, gender: Gender | null): number {
    for (let k = before - 1; k > after && before - k <= SPOKESPERSON_LOOKBACK_TOKENS; k--) {
      const t = this.tokens[k];
      if (t.paragraph < paragraph - 1) break;
      if (t.quote >= 0 || t.mention >= 0 || !SPOKES_NOUNS.has(t.lower)) continue;
      // "a spokeswoman for Khumo said ... he said": "he" is not that spokeswoman.
      if (gender && nounGender(t.lower) && nounGender(t.lower) !== gender) continue;
      return this.isNamedAfter(k) ? -1 : k;
    }
    return -1;
  }

  /** "spokesman Jim Bell", "a spokesman, Jim Bell,": the spokesperson at k is named. */
  private isNamedAfter(k: number): boolean {
    const n = this.tokens[k + 1];
    const name = (t: Tok | undefined) =>
      !!t && t.quote < 0 && (t.mention >= 0 ? this.mentions[t.mention].entity.type === 'person' : isNameWord(t.text));
    return name(n) || (n?.text === ',' && name(this.tokens[k + 2]));
  }

  /**
   * The organization the unnamed spokesperson at token s speaks for: the one named with them ("a Coast
   * Guard spokesman", "a spokeswoman for the library", "a company spokesman": the company the article
   * named); for "the spokesman" with none, the organization the previous spokesperson spoke for.
   */
  spokespersonOrganization(s: number, depth: number): Entity | null {
    const t = this.tokens[s];
    const phrase = this.phrases.phraseEndingAt(s, Math.max(0, s - 4));
    if (!phrase || phrase.kind !== 'role' || this.isNamedAfter(s)) return null;
    const source = this.phrases.documentSource(phrase, Math.min(this.tokens.length - 1, s + 12));
    if (source !== phrase) {
      const e = source.entity ?? (source.kind === 'role' ? this.roleReferent(source, source.start) : null);
      if (e && e.type !== 'place') return e;
    }
    for (let k = phrase.firstTok; k < phrase.lastTok; k++) {
      const w = this.tokens[k].lower;
      if (!ORG_ROLE_NOUNS.has(w)) continue;
      const e = this.roleReferent({ ...phrase, head: w, firstTok: k, lastTok: k }, this.tokens[k].start);
      // "Police say ..." then "a police spokesperson": the unnamed police, not the council named before.
      if (e?.type === 'organization' && !this.wordSince(w, e, k)) return e;
    }
    const named = this.organizationNamedBy(phrase);
    if (named) return named;
    if (depth <= 0 || !DETERMINERS.has(this.tokens[phrase.firstTok].lower)) return null;
    for (let k = phrase.firstTok - 1; k >= 0 && t.paragraph - this.tokens[k].paragraph <= ROLE_LOOKBACK_PARAGRAPHS; k--) {
      const x = this.tokens[k];
      if (x.quote < 0 && x.mention < 0 && SPOKES_NOUNS.has(x.lower)) {
        const earlier = this.spokespersonOrganization(k, depth - 1);
        if (earlier) return earlier;
        break;
      }
    }
    // "The Local Government Association said ... '...,' a spokesman said": the organization that just
    // spoke; not for "a police spokesperson", whose own word names another.
    if (phrase.lastTok !== phrase.firstTok + 1) return null;
    return this.organizationThatSpoke(t.start, t.paragraph, SPOKESPERSON_LOOKBACK_PARAGRAPHS);
  }

  /** "A Bophelo spokesperson" after "Bophelo Bulk Water": a capitalised word in the phrase that opens an organization's name. */
  private organizationNamedBy(phrase: SpeakerPhrase): Entity | null {
    for (let k = phrase.firstTok; k < phrase.lastTok; k++) {
      const t = this.tokens[k];
      if (t.mention >= 0 || !isNameWord(t.text)) continue;
      // ("A Pirates spokesperson" for Orlando Pirates: a word of the name that is no organization word.)
      const named = (x: Entity) => x.name.split(' ')[0] === t.text || (x.name.split(' ').includes(t.text) && !ORG_CUES.has(t.lower));
      const e = this.ix.entities.find((x) => x.type === 'organization' && (x.aliases.includes(t.text) || named(x)));
      if (e) return e;
    }
    return null;
  }

  /**
   * "Workplace Relations Minister Andrew Kemp", "Ward councillor Shaun Jacobs", "The Minister of State
   * for Petroleum Resources, Ibrahim Danjuma,": two person mentions with only titles, a comma or a
   * describing word between them are one noun phrase; its head, the name after, is the referent.
   */
  private modifiesNext(m: MentionRef, next: MentionRef): boolean {
    if (m.entity.type !== 'person' || next.entity.type !== 'person' || next.firstTok - m.lastTok > APPOSITION_GAP + 1) return false;
    for (let k = m.lastTok + 1; k < next.firstTok; k++) {
      const t = this.tokens[k];
      // ("Rangi praised Fenwick": a verb between them is no description.)
      const verb = /^\p{Ll}+ed$/u.test(t.text) || REPORTING_VERBS.has(t.lower);
      const describes = t.text === ',' || TITLES.has(t.lower) || (/^\p{Ll}[\p{Ll}\-]*$/u.test(t.text) && !verb);
      if (t.quote >= 0 || !describes || FUNCTION_WORDS.has(t.lower)) return false;
    }
    return true;
  }

  /**
   * "her son" after "her son, Kevin Dolan," or "Kevin Dolan, her son,": a definite role whose head
   * noun was written earlier next to a person's name is that person (the latest such, outside quotes).
   */
  private namedInApposition(phrase: SpeakerPhrase): Entity | null {
    const first = this.tokens[phrase.firstTok].lower;
    if (phrase.firstTok === phrase.lastTok || !(DETERMINERS.has(first) || ROLE_POSSESSIVES.has(first))) return null;
    const paragraph = this.tokens[phrase.firstTok].paragraph;
    for (let k = phrase.firstTok - 1; k >= 0 && paragraph - this.tokens[k].paragraph <= APPOSITION_LOOKBACK_PARAGRAPHS; k--) {
      const t = this.tokens[k];
      // A person introduced since with this role ("Minister Ada Fenn") is the nearer referent.
      const m = t.mention >= 0 && t.quote < 0 ? this.mentions[t.mention].entity : null;
      if (
        m?.type === 'person' &&
        m.role &&
        m.role
          .toLowerCase()
          .split(/[\s-]+/)
          .includes(phrase.head)
      )
        return m;
      if (t.quote >= 0 || t.mention >= 0 || t.lower !== phrase.head) continue;
      const after = this.tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
      const named = this.personMentionAt(after, true);
      if (named) return named;
      let b = k - 1; // "Kevin Dolan, her son": back over the role's modifiers to the comma
      while (b > 0 && k - b <= 3 && this.tokens[b].text !== ',' && /^\p{Ll}/u.test(this.tokens[b].text)) b--;
      const before = this.tokens[b]?.text === ',' ? this.personMentionAt(b - 1, false) : null;
      if (before) return before;
    }
    return null;
  }

  /**
   * unnamed-official-organization: "the official said" after "A senior official of ESUTH, who asked not to be named,":
   * the organization that unnamed official was introduced with (in this or the previous paragraph).
   */
  private memberOrganization(phrase: SpeakerPhrase): Entity | null {
    if (this.tokens[phrase.firstTok].lower !== 'the' || phrase.lastTok !== phrase.firstTok + 1) return null;
    const paragraph = this.tokens[phrase.firstTok].paragraph;
    for (let k = phrase.firstTok - 1; k >= 0 && this.tokens[k].paragraph >= paragraph - DESCRIBED_PERSON_PARAGRAPHS; k--) {
      const t = this.tokens[k];
      if (t.quote >= 0 || t.mention >= 0 || t.lower !== phrase.head) continue;
      const indefinite = [1, 2, 3].some((d) => INDEFINITE_DETERMINERS.has(this.tokens[k - d]?.lower ?? ''));
      if (!indefinite || !MEMBER_PREPOSITIONS.has(this.tokens[k + 1]?.lower ?? '')) return null;
      const at = this.tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
      const mi = this.tokens[at]?.mention ?? -1;
      const organization = mi >= 0 && this.mentions[mi].firstTok === at ? this.mentions[mi].entity : this.bodyNamedAt(at);
      if (organization?.type !== 'organization') return null;
      this.via.set(phrase.firstTok, 'unnamed-official-organization');
      return organization;
    }
    return null;
  }

  /** "(an official of) the labour ministry": a lower-case body noun, one modifier before it at most, as the body it names. */
  private bodyNamedAt(at: number): Entity | null {
    for (const k of [at, at + 1]) {
      const t = this.tokens[k];
      if (!t || t.quote >= 0 || t.mention >= 0 || !/^\p{Ll}/u.test(t.text)) return null;
      if (!ORG_ROLE_NOUNS.has(t.lower)) continue;
      // "the labour ministry": the body whose name has both words ("Ministry of Labour and Employment") first
      const modifier = k > at ? this.tokens[at].lower : null;
      const both = modifier && this.ix.entities.find((e) => e.type === 'organization' && hasWords(e.name, [modifier, t.lower]));
      if (both) return both;
      return this.roleReferent(this.rolePhrase(at, k), this.tokens[at].start);
    }
    return null;
  }

  /** The person whose mention starts (or, with starts false, ends) at token k, outside quotes. */
  private personMentionAt(k: number, starts: boolean): Entity | null {
    const t = this.tokens[k];
    if (!t || t.quote >= 0 || t.mention < 0) return null;
    const m = this.mentions[t.mention];
    if (m.entity.type !== 'person' || (starts ? m.firstTok : m.lastTok) !== k) return null;
    return m.entity;
  }

  /** True when `word` stands on its own (outside quotes and mentions) between e's last mention before token k and k. */
  private wordSince(word: string, e: Entity, k: number): boolean {
    for (let j = k - 1; j >= 0; j--) {
      const t = this.tokens[j];
      if (t.mention >= 0 && this.mentions[t.mention].entity === e) return false;
      if (t.quote < 0 && t.mention < 0 && t.lower === word) return true;
    }
    return false;
  }

  /** "the minister" -> the last person whose role names a minister; "the agency" -> the last agency. */
  private roleReferent(phrase: SpeakerPhrase, pos: number): Entity | null {
    const head = phrase.head;
    const personRole = PERSON_ROLE_NOUNS.has(head) || TITLES.has(head);
    const orgRole = ORG_ROLE_NOUNS.has(head);
    if (!personRole && !orgRole) return null;
    const kinds = [head, ...(ORG_KIND_WORDS.get(head) ?? [])];
    // The last mention before pos of a person whose role has the head word, or of an organization whose name has a kind word.
    const before = this.ix.lastMentionBefore(pos);
    let found = -1;
    // "the judge" after "Ms Justice Siobhán Rafferty": a role word and the titles that say the same.
    if (personRole)
      for (const w of [head, ...(ROLE_SYNONYMS.get(head) ?? [])])
        found = Math.max(found, lastAtOrBefore(this.referents().byRoleWord.get(w), before));
    if (orgRole) for (const w of kinds) found = Math.max(found, lastAtOrBefore(this.referents().byNameWord.get(w), before));
    if (found >= 0) return this.mentions[found].entity;
    // ("a Delhi auto parts supplier" is a business not named yet.)
    if (orgRole && COMPANY_NOUNS.has(head) && !INDEFINITE_DETERMINERS.has(this.tokens[phrase.firstTok].lower)) {
      const company = this.mainOrganizationBefore(pos);
      if (company) return company;
    }
    const at = this.ix.tokenAt(pos);
    const paragraph = at >= 0 ? this.tokens[at].paragraph : this.ix.doc.paragraphs.length;
    // "Qantas says ..." then "the carrier said": the organization that spoke just before.
    if (orgRole) {
      // "the governor's office" speaks for its owner, not for whichever organization is near.
      const owned = this.tokens.slice(phrase.firstTok, phrase.lastTok + 1).some((t) => /['’]s$/.test(t.text));
      // "the spokesperson" is the one introduced before, for whichever organization they spoke.
      const nearby = owned || SPOKES_NOUNS.has(head) ? null : this.onlyOrganizationNear(pos, paragraph);
      const spoke = this.organizationThatSpoke(pos, paragraph) ?? nearby;
      if (spoke) return spoke;
    }
    // Only a definite role ("their manager", "the minister"), not a bare title ("executive").
    const determined = DETERMINERS.has(this.tokens[phrase.firstTok].lower) || POSSESSIVES.has(this.tokens[phrase.firstTok].lower);
    if (personRole && determined) return this.roleIntroducedAfter(head, pos, paragraph) ?? this.soleRecentPerson(phrase, pos, paragraph);
    // headline-title: "Taoiseach dismisses rent freeze as 'a slogan'": a bare title in the headline is the person the story
    // introduces with it ("Taoiseach Conor Brennan has rejected ...").
    return personRole && this.inHeadline(paragraph) ? this.roleIntroducedAfter(head, pos, paragraph, false) : null;
  }

  /**
   * described-person: "Winston Beckford, president of the association, ... "...," said the hotelier": a definite role
   * that no named person holds is the one person the narration named in this or the previous paragraph.
   */
  private soleRecentPerson(phrase: SpeakerPhrase, pos: number, paragraph: number): Entity | null {
    // "the driver", "the witness" may be someone the story has not named; "a negotiator" is someone new.
    if (UNNAMED_ROLE_NOUNS.has(phrase.head) || this.tokens[phrase.firstTok].lower !== 'the') return null;
    let person: Entity | null = null;
    let described = false;
    for (let mi = this.ix.lastMentionBefore(pos); mi >= 0; mi--) {
      const m = this.mentions[mi];
      const t = this.tokens[m.firstTok];
      if (t.paragraph < paragraph - DESCRIBED_PERSON_PARAGRAPHS) break;
      if (t.quote >= 0 || m.entity.type !== 'person' || m.firstTok >= phrase.firstTok) continue;
      if (person && person !== m.entity) return null;
      person = m.entity;
      // "Winston Beckford, president of ...": introduced with a description.
      described ||= this.tokens[m.lastTok + 1]?.text === ',';
    }
    if (!person || !described) return null;
    this.via.set(phrase.firstTok, 'described-person');
    return person;
  }

  /**
   * study-lead-author: "Researchers led by hydrologist Hanna Lindgren ...", "Dr. Priya Ramanathan, ... the study's lead
   * author": the person named as a study's lead nearest before the phrase (within STUDY_LEAD_LOOKBACK_PARAGRAPHS), else
   * just after it; "the authors write" and "the paper warns" speak for them.
   */
  private leadAuthor(phrase: SpeakerPhrase): Entity | null {
    const paragraph = this.tokens[phrase.firstTok].paragraph;
    const before = this.ix.lastMentionBefore(this.tokens[phrase.firstTok].start);
    let found: MentionRef | undefined;
    for (let mi = before; mi >= 0 && !found; mi--) {
      if (this.tokens[this.mentions[mi].firstTok].paragraph < paragraph - STUDY_LEAD_LOOKBACK_PARAGRAPHS) break;
      if (this.isLeadAuthorMention(this.mentions[mi])) found = this.mentions[mi];
    }
    for (let mi = before + 1; mi < this.mentions.length && !found; mi++) {
      if (this.tokens[this.mentions[mi].firstTok].paragraph > paragraph + ROLE_LOOKAHEAD_PARAGRAPHS) break;
      if (this.isLeadAuthorMention(this.mentions[mi])) found = this.mentions[mi];
    }
    if (found) this.via.set(phrase.firstTok, 'study-lead-author');
    return found?.entity ?? null;
  }

  /** A person's mention outside quotes with "led by" before it, or "lead author" just before or after it in its sentence. */
  private isLeadAuthorMention(m: MentionRef): boolean {
    if (m.entity.type !== 'person' || this.tokens[m.firstTok].quote >= 0) return false;
    const t = (k: number) => this.tokens[k]?.lower;
    const leadRoleAt = (k: number) => t(k) === 'lead' && /^(?:author|researcher)s?$/.test(t(k + 1) ?? '');
    // ("led by CSIRO oceanographer Dr Wen Li": titles and the employer may stand between.)
    if ([1, 2, 3, 4, 5].some((d) => t(m.firstTok - d) === 'by' && t(m.firstTok - d - 1) === 'led')) return true;
    // "The lead author, Dr Mei Lin Tan": the role just before the name.
    if ([2, 3, 4, 5].some((d) => leadRoleAt(m.firstTok - d))) return true;
    const sentence = this.tokens[m.firstTok].sentenceStart;
    for (let k = m.lastTok + 1; k <= m.lastTok + LEAD_AUTHOR_WINDOW && this.tokens[k]?.sentenceStart === sentence; k++) {
      if (leadRoleAt(k) || (t(k) === 'led' && LED_WORK_NOUNS.has(t(k + 2) ?? ''))) return true;
    }
    return false;
  }

  /** The first paragraph when it is one short line without a full stop: a headline. */
  private inHeadline(paragraph: number): boolean {
    const p = this.ix.doc.paragraphs[paragraph];
    return paragraph === 0 && !!p && p.text.length <= HEADLINE_CHARS && !p.text.includes('\n') && !/[.!?]["”’]?$/.test(p.text.trimEnd());
  }

  private referentIndex: { byRoleWord: Map<string, number[]>; byNameWord: Map<string, number[]> } | undefined;

  /**
   * Performance: the mentions (ascending indexes) by the words of their person's role and of their
   * organization's name, built once per document (a role noun used to scan every mention before it).
   */
  private referents(): { byRoleWord: Map<string, number[]>; byNameWord: Map<string, number[]> } {
    // Kept across runs while the entities and mentions are unchanged (keptIndexes.ts).
    return (this.referentIndex ??= keptIndex(this.ix, 'mentions by role word', () => this.buildReferents()));
  }

  private buildReferents(): { byRoleWord: Map<string, number[]>; byNameWord: Map<string, number[]> } {
    const byRoleWord = new Map<string, number[]>();
    const byNameWord = new Map<string, number[]>();
    // Each entity's words are read once, not once per mention.
    const wordsOf = new Map<Entity, { index: Map<string, number[]>; words: string[] } | null>();
    const readWords = (e: Entity) => {
      // ("Lt. Carla Benavides": the title without its full stop, as ROLE_SYNONYMS spells it.)
      if (e.type === 'person' && e.role)
        return {
          index: byRoleWord,
          words: [
            ...new Set(
              e.role
                .toLowerCase()
                .replace(/\./g, '')
                .split(/[\s-]+/),
            ),
          ],
        };
      if (e.type === 'organization') return { index: byNameWord, words: [...new Set(e.name.toLowerCase().split(/\s+/))] };
      return null;
    };
    this.mentions.forEach(({ entity }, mi) => {
      let read = wordsOf.get(entity);
      if (read === undefined) wordsOf.set(entity, (read = readWords(entity)));
      if (!read) return;
      for (const w of read.words) {
        const list = read.index.get(w);
        if (list) list.push(mi);
        else read.index.set(w, [mi]);
      }
    });
    return { byRoleWord, byNameWord };
  }

  /**
   * The last organization named right before a reporting verb ("Qantas says", "The union, which
   * represents 3,000 nurses, said"), in this or the `back` previous paragraphs.
   */
  private organizationThatSpoke(pos: number, paragraph: number, back = ROLE_LOOKBACK_PARAGRAPHS): Entity | null {
    for (let mi = this.ix.lastMentionBefore(pos); mi >= 0; mi--) {
      const m = this.mentions[mi];
      if (this.tokens[m.firstTok].paragraph < paragraph - back) break;
      const spoke = this.tokens[m.firstTok].quote < 0 && this.ix.isReportingVerb(this.verbAfterRelativeClause(m.lastTok + 1));
      if (m.entity.type === 'organization' && spoke) return m.entity;
    }
    return null;
  }

  /**
   * sole-organization-nearby: "according to Transvia Ontario ... the agency said": the one organization named outside
   * quotes in this or the `back` previous paragraphs, when it is the only one there.
   */
  private onlyOrganizationNear(pos: number, paragraph: number, back = ROLE_LOOKBACK_PARAGRAPHS): Entity | null {
    let only: Entity | null = null;
    for (let mi = this.ix.lastMentionBefore(pos); mi >= 0; mi--) {
      const m = this.mentions[mi];
      if (this.tokens[m.firstTok].paragraph < paragraph - back) break;
      if (m.entity.type !== 'organization' || this.tokens[m.firstTok].quote >= 0 || m.entity === only) continue;
      if (only) return null;
      only = m.entity;
    }
    return only;
  }

  /** The token after a short parenthesis at k ("(NDRCC)" in "the National Disaster Council (NDRCC) said"), else k. */
  private afterParenthesis(k: number): number {
    if (this.tokens[k]?.text !== '(') return k;
    for (let j = k + 1; j < this.tokens.length && j - k <= MAX_PARENTHESIS_TOKENS + 1; j++) if (this.tokens[j].text === ')') return j + 1;
    return k;
  }

  /**
   * The token after a relative clause or apposition between commas at k (", which represents ...,"),
   * else k; past a short parenthesis first.
   */
  private verbAfterRelativeClause(k: number): number {
    k = this.afterParenthesis(k);
    if (this.tokens[k]?.text !== ',') return k;
    for (let j = k + 1; j < this.tokens.length && j - k <= RELATIVE_CLAUSE_TOKENS; j++) {
      const t = this.tokens[j];
      if (t.quote >= 0 || /^[.!?;]$/.test(t.text) || t.paragraph !== this.tokens[k].paragraph) return k;
      if (t.text === ',' && this.ix.isReportingVerb(j + 1)) return j + 1;
    }
    return k;
  }

  /**
   * "the company": of the last few organizations named before pos that are no public body (not "the
   * City Council") and not after "by", "with" ... ("owned by Pellham
   * Minerals"), the one the article names most often, the latest on a tie; with none, the same
   * among those after "by", "with" ("talks with Pinecrest Group ... the company said").
   */
  private mainOrganizationBefore(pos: number): Entity | null {
    return mostNamed(this.lastCompanies(pos, false)) ?? mostNamed(this.lastCompanies(pos, true));
  }

  /** The last few distinct organizations named before pos outside quotes that can be a company (objects too, or not). */
  private lastCompanies(pos: number, objects: boolean): Entity[] {
    const seen: Entity[] = [];
    for (let mi = this.ix.lastMentionBefore(pos); mi >= 0 && seen.length < COMPANY_CANDIDATES; mi--) {
      const m = this.mentions[mi];
      if (m.entity.type !== 'organization' || seen.includes(m.entity) || this.tokens[m.firstTok].quote >= 0) continue;
      if (isPublicBody(m.entity)) continue;
      if (objects || !this.isObject(m)) seen.push(m.entity);
    }
    return seen;
  }

  /** A mention after "by", "with" ..., also past a determiner or a possessive between: "owned by Australia's Pellham Minerals". */
  private isObject(m: MentionRef): boolean {
    const before = this.tokens[m.firstTok - 1];
    if (!before) return false;
    if (OBJECT_MARKERS.has(before.lower)) return true;
    const between = DETERMINERS.has(before.lower) || /['’]s$/u.test(before.text);
    return between && OBJECT_MARKERS.has(this.tokens[m.firstTok - 2]?.lower ?? '');
  }

  /** "their manager says ..." in the lede, then "Manager Mark Ellery said": the person the story introduces next. */
  private roleIntroducedAfter(head: string, pos: number, paragraph: number, anySpeaker = true): Entity | null {
    for (let mi = this.ix.lastMentionBefore(pos) + 1; mi < this.mentions.length; mi++) {
      const m = this.mentions[mi];
      if (this.tokens[m.firstTok].paragraph > paragraph + ROLE_LOOKAHEAD_PARAGRAPHS) break;
      const e = m.entity;
      if (
        e.type === 'person' &&
        e.role &&
        e.mentions[0].start === m.start &&
        e.role
          .toLowerCase()
          .split(/[\s-]+/)
          .includes(head)
      )
        return e;
    }
    return anySpeaker && paragraph <= LEDE_PARAGRAPHS ? this.speakerIntroducedAfter(pos, paragraph) : null;
  }

  /**
   * "their manager says ..." in the lede, then `"...," says Mark Ellery, who took charge`: the first
   * person the story introduces after it (named for the first time) next to a reporting verb.
   */
  private speakerIntroducedAfter(pos: number, paragraph: number): Entity | null {
    for (let mi = this.ix.lastMentionBefore(pos) + 1; mi < this.mentions.length; mi++) {
      const m = this.mentions[mi];
      const t = this.tokens[m.firstTok];
      if (t.paragraph > paragraph + 1) break;
      if (m.entity.type !== 'person' || t.quote >= 0 || m.entity.mentions[0].start !== m.start) continue;
      if (this.ix.isReportingVerb(m.firstTok - 1) || this.ix.isReportingVerb(m.lastTok + 1)) return m.entity;
    }
    return null;
  }

  /** The last mention of an entity that ends before pos, as a Speaker; null when there is none. */
  mentionOfBefore(entityId: string, pos: number): Speaker | null {
    for (let mi = this.ix.lastMentionBefore(pos); mi >= 0; mi--) {
      const m = this.mentions[mi];
      if (m.entity.id !== entityId || this.tokens[m.firstTok].quote >= 0) continue;
      return { start: m.start, end: m.end, text: this.ix.doc.text.slice(m.start, m.end), entityId };
    }
    return null;
  }
}

/** Whether a name has each of the lower-case words. */
function hasWords(name: string, lowerWords: readonly string[]): boolean {
  const own = name.toLowerCase().split(/\s+/);
  return lowerWords.every((w) => own.includes(w));
}

/** The entity named most often (the first of the list on a tie), or null. */
function mostNamed(entities: readonly Entity[]): Entity | null {
  let best: Entity | null = null;
  for (const e of entities) if (!best || e.mentions.length > best.mentions.length) best = e;
  return best;
}

/** An organization whose name has a public-body word ("Spokane City Council", "Office of the City Auditor"): no company. */
function isPublicBody(e: Entity): boolean {
  return e.name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => PUBLIC_BODY_WORDS.has(w));
}

/** The largest of the ascending indexes that is at most `max`, or -1. */
function lastAtOrBefore(indexes: readonly number[] | undefined, max: number): number {
  if (!indexes) return -1;
  let lo = 0;
  let hi = indexes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (indexes[mid] <= max) {
      found = indexes[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
