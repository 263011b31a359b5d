// What every attribution sieve reads (see ../attribution.ts): the token overlay (tokens.ts), the noun-phrase
// grammar of speakers (phrases.ts) and coreference (coreference.ts), built once per document.
import type { QuoteCandidate } from '../candidates';
import type { DocumentModel } from '../document';
import type { Entity } from '../types';
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
    this.coref = new Coreference(this);
  }

  /** The attribution of a sieve: `rule`, unless the phrase is an organization's spokesperson. */
  attribution(phrase: SpeakerPhrase, pos: number, cue: string | null, rule: string): Attribution {
    return { speaker: this.coref.resolve(phrase, pos), cue, rule: phrase.viaSpokesperson ? 'spokesperson-for-organization' : rule };
  }
}
