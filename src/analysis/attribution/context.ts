// What every attribution sieve reads (see ../attribution.ts): the token overlay (tokens.ts), the noun-phrase
// grammar of speakers (phrases.ts) and coreference (coreference.ts), built once per document.
import type { QuoteCandidate } from '../candidates';
import type { DocumentModel } from '../document';
import type { Entity } from '../types';
import { DOCUMENT_NOUNS, ORG_ROLE_NOUNS, PERSON_PRONOUNS } from '../lexicon/reporting';
import { SPOKES_NOUNS } from '../lexicon/speakerPhrases';
import { Coreference } from './coreference';
import { NounPhrases, type SpeakerPhrase } from './phrases';
import { type Attribution, TokenIndex } from './tokens';

export type { Attribution, MentionRef, QuoteInfo, Tok } from './tokens';
export type { SpeakerPhrase } from './phrases';

export class SieveContext extends TokenIndex {
  readonly phrases: NounPhrases;
  readonly coref: Coreference;

  constructor(doc: DocumentModel, quotes: QuoteCandidate[], entities: Entity[]) {
    super(doc, quotes, entities);
    this.phrases = new NounPhrases(this);
    this.coref = new Coreference(this, this.phrases);
  }

  private byId: Map<string, Entity> | undefined;

  entityById(id: string): Entity | undefined {
    this.byId ??= new Map(this.entities.map((e) => [e.id, e]));
    return this.byId.get(id);
  }

  /** The attribution of a sieve: `rule`, unless the phrase is an organization's spokesperson. */
  attribution(phrase: SpeakerPhrase, pos: number, cue: string | null, rule: string): Attribution {
    phrase = this.phrases.groupOwner(phrase);
    const speaker = this.coref.resolve(phrase, pos);
    // "a company spokesman", or "she" after "a spokeswoman for the library" (a person pronoun resolves to an organization only so).
    const organization = !!speaker.entityId && this.entityById(speaker.entityId)?.type === 'organization';
    const spokesperson = phrase.viaSpokesperson || (organization && (SPOKES_NOUNS.has(phrase.head) || PERSON_PRONOUNS.has(phrase.head)));
    // "The report called it ...", its author not named: the organization that spoke before (coreference.ts).
    const document = organization && phrase.kind === 'role' && DOCUMENT_NOUNS.has(phrase.head);
    // "the agency said", "the company said": an organization's role noun resolved to it.
    const organizationRole = organization && phrase.kind === 'role' && ORG_ROLE_NOUNS.has(phrase.head);
    const fallback = document ? 'document-author' : organizationRole ? 'organization-role-noun' : (this.coref.pronounRule(phrase) ?? rule);
    const chosen = spokesperson ? 'spokesperson-for-organization' : (phrase.viaRule ?? fallback);
    return { speaker, cue, rule: chosen };
  }
}
