// Coreference for speakers: what a pronoun ("he said") or a role noun ("the minister said",
// "the carrier said") refers to, read back (and for a role, ahead) from the quote over the entity
// mentions of the token overlay; and a speaker's nearest mention before a position.
import type { Entity, EntityType, Speaker } from '../types';
import {
  DETERMINERS,
  ORG_ROLE_NOUNS,
  PERSON_PRONOUNS,
  PERSON_ROLE_NOUNS,
  PLURAL_PRONOUNS,
  THING_PRONOUNS,
  TITLES,
} from '../lexicon/reporting';
import { OBJECT_MARKERS, POSSESSIVES } from '../lexicon/speakerPhrases';
import type { SpeakerPhrase } from './phrases';
import type { MentionRef, Tok, TokenIndex } from './tokens';

/** How far back "the carrier" looks for its organization, and ahead "their manager" for the person introduced. */
const ROLE_LOOKBACK_PARAGRAPHS = 2;
const ROLE_LOOKAHEAD_PARAGRAPHS = 3;

export class Coreference {
  private readonly tokens: Tok[];
  private readonly mentions: MentionRef[];

  constructor(private readonly ix: TokenIndex) {
    this.tokens = ix.tokens;
    this.mentions = ix.mentions;
  }

  /** Turns a phrase into the Speaker of the contract, resolving pronouns and role nouns before `pos`. */
  resolve(phrase: SpeakerPhrase, pos: number): Speaker {
    const span = { start: phrase.start, end: phrase.end, text: this.ix.doc.text.slice(phrase.start, phrase.end) };
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
    const intro = /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(this.tokens[own]?.text ?? '') ? this.ix.introClauseEnd(own) : -1;
    const skipBefore = intro >= 0 && intro < phrase.firstTok ? intro : -1;
    let sentence = -1;
    let candidate: Entity | null = null;
    for (let mi = this.ix.lastMentionBefore(pos); mi >= 0; mi--) {
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

  /** "the minister" -> the last person whose role names a minister; "the agency" -> the last agency. */
  private roleReferent(phrase: SpeakerPhrase, pos: number): Entity | null {
    const head = phrase.head;
    const personRole = PERSON_ROLE_NOUNS.has(head) || TITLES.has(head);
    const orgRole = ORG_ROLE_NOUNS.has(head);
    if (!personRole && !orgRole) return null;
    for (let mi = this.ix.lastMentionBefore(pos); mi >= 0; mi--) {
      const e = this.mentions[mi].entity;
      if (
        personRole &&
        e.type === 'person' &&
        e.role &&
        e.role
          .toLowerCase()
          .split(/[\s-]+/)
          .includes(head)
      )
        return e;
      if (orgRole && e.type === 'organization' && e.name.toLowerCase().split(/\s+/).includes(head)) return e;
    }
    if (orgRole && (head === 'company' || head === 'firm' || head === 'group')) {
      for (let mi = this.ix.lastMentionBefore(pos); mi >= 0; mi--) {
        if (this.mentions[mi].entity.type === 'organization') return this.mentions[mi].entity;
      }
    }
    const at = this.ix.tokenAt(pos);
    const paragraph = at >= 0 ? this.tokens[at].paragraph : this.ix.doc.paragraphs.length;
    // "Qantas says ..." then "the carrier said": the organization that spoke just before.
    if (orgRole) {
      for (let mi = this.ix.lastMentionBefore(pos); mi >= 0; mi--) {
        const m = this.mentions[mi];
        if (this.tokens[m.firstTok].paragraph < paragraph - ROLE_LOOKBACK_PARAGRAPHS) break;
        const spoke = this.tokens[m.firstTok].quote < 0 && this.ix.isReportingVerb(m.lastTok + 1);
        if (m.entity.type === 'organization' && spoke) return m.entity;
      }
    }
    // Only a definite role ("their manager", "the minister"), not a bare title ("executive").
    const determined = DETERMINERS.has(this.tokens[phrase.firstTok].lower) || POSSESSIVES.has(this.tokens[phrase.firstTok].lower);
    return personRole && determined ? this.roleIntroducedAfter(head, pos, paragraph) : null;
  }

  /** "their manager says ..." in the lede, then "Manager Mark Ellery said": the person the story introduces next. */
  private roleIntroducedAfter(head: string, pos: number, paragraph: number): Entity | null {
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
