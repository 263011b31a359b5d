// Span labels other annotation tools use, mapped to News Lens facts (case is ignored).
export const LABEL_KINDS: Record<string, 'person' | 'organization' | 'place' | 'quote' | 'date' | 'speaker'> = {
  person: 'person',
  per: 'person',
  people: 'person',
  organization: 'organization',
  organisation: 'organization',
  org: 'organization',
  company: 'organization',
  place: 'place',
  location: 'place',
  loc: 'place',
  gpe: 'place',
  quote: 'quote',
  quotation: 'quote',
  date: 'date',
  time: 'date',
  timex: 'date',
  timex3: 'date',
  duration: 'date',
  set: 'date',
  speaker: 'speaker',
  source: 'speaker',
};

/** Relation types that link a quote and the one who said it. */
export const SPEAKER_RELATIONS = new Set(['speaker', 'said', 'source', 'attribution']);
