// Intermediate results passed between engine passes (not part of the Analysis contract).
import type { EntityType, Span } from './types';

/** A name found in the text, before aliases are resolved. Offsets are document offsets. */
export interface NameCandidate extends Span {
  /** Best guess of the type; null when the names pass could not tell. */
  type: EntityType | null;
  /** Title or job written next to this mention ("President", "External Affairs Minister"). */
  role: string | null;
  /** For a social handle (@DrSJaishankar) or an embedded-post signature: the name it belongs to, if written. */
  ownerName?: string | null;
  /** 'weak': only a capitalised word at a sentence start or in a headline; kept if the name is confirmed elsewhere. */
  evidence?: 'strong' | 'weak';
  /** Type suggested by the words around the name ("news agency PTI", "Lavrov said", "in Kursk"). */
  hint?: EntityType | null;
  /** A social handle such as @narendramodi. */
  handle?: boolean;
  /** Not an entity: a product, work or vehicle name ("the novel Angel Catbird", "Space Shuttle Atlantis").
   *  Never reported; the aliases pass drops other mentions of the same name with it. */
  nonEntity?: boolean;
  /** Kept only when an alias step joins it to a longer name ("HOLLOWAY:" after "DEREK HOLLOWAY"). */
  needsLongForm?: boolean;
  /** A country named as a sports team here ("Belgium defeated Panama 3 – 0"). */
  team?: boolean;
  /** The decision trace: the ids of the rules that set `type` and `hint` (rules/entityRules.ts). */
  typeRule?: string;
  hintRule?: string;
}

/** A quotation found by the quotes pass, before attribution. */
export interface QuoteCandidate extends Span {
  /** Index of the paragraph the quote starts in, and the one it ends in. */
  firstParagraph: number;
  lastParagraph: number;
}
