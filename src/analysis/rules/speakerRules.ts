import type { Rule } from './rule';

/**
 * How each quote got its speaker (`quote.why.speaker`). The attribution sieves (src/analysis/attribution/sieves)
 * record one of these ids; `no-speaker` and `transcript-interviewer` are decisions too.
 */
export const SPEAKER_RULES: readonly Rule[] = [
  { id: 'transcript-turn', description: 'the transcript label before the answer' },
  {
    id: 'self-named-turn',
    description: 'a transcript label naming no one (`HOST:`): the person who introduces themselves in one of its turns (“I’m Ada Fenn”)',
  },
  { id: 'call-transcript-turn', description: 'the speaker line (`Name -- Title`) above a call-transcript turn' },
  { id: 'transcript-interviewer', description: 'an interviewer’s question, which has no named speaker' },
  { id: 'signed-post', description: 'the signature under the quoted post' },
  { id: 'trailing-signature', description: 'the name after a dash after the quote' },
  { id: 'trailing-verb-name', description: 'the reporting verb and name after the quote' },
  { id: 'trailing-name-verb', description: 'the name and reporting verb after the quote' },
  { id: 'leading-cue', description: 'the name and reporting verb before the quote' },
  { id: 'saying-of-person', description: 'the owner of the saying, motto or advice that introduces the quote (“his advice was:”)' },
  { id: 'according-to', description: '“according to” and the source named with it' },
  { id: 'headline-quote', description: 'the person the story introduces after a headline that opens with the quote' },
  { id: 'sentence-cue', description: 'the reporting verb earlier in the quote’s sentence' },
  {
    id: 'partial-characterising-verb',
    description: 'the subject of a verb such as “called” or “found” around a quote inside its sentence',
  },
  {
    id: 'spokesperson-for-organization',
    description:
      'an unnamed spokesperson (or “she” or “the spokesman” after one), speaking for the organization named with them or, with none, the one that just spoke',
  },
  {
    id: 'organization-role-noun',
    description:
      'an organization’s role noun (“the agency said”, “the company said”): the organization of that kind, the one that just spoke, or for “the company” the business named most (no public body)',
  },
  {
    id: 'document-author',
    description: 'the author of the statement or report that is quoted, named with it earlier or speaking just before',
  },
  {
    id: 'distant-pronoun-antecedent',
    description:
      'a “he” or “she” with no antecedent in the last three paragraphs: the nearest person of that gender (or unknown) up to eight back',
  },
  {
    id: 'pronoun-chain',
    description: 'a “he” or “she” whose nearest mention stands in a sentence opened by the same pronoun: that pronoun’s referent',
  },
  {
    id: 'narrator-object-antecedent',
    description: 'a pronoun after “I talked to X” or “we met X”: the person the narrator spoke to, though an object',
  },
  {
    id: 'described-person',
    description: 'a definite role no named person holds (“said the hotelier”): the one person named in this or the previous paragraph',
  },
  {
    id: 'age-described-person',
    description:
      'an age as a noun (“said the 61-year-old”) with no one named at that age: the person named last in this or the previous paragraph',
  },
  {
    id: 'unnamed-official-organization',
    description: '“the official said” after “a senior official of the ministry”: the organization that official was introduced with',
  },
  {
    id: 'study-lead-author',
    description: 'a study’s authors or the paper itself (“the authors write”): the person the article names as its lead author',
  },
  {
    id: 'role-antecedent',
    description: 'an “it” or “they” after “the company”, “the spokesperson” or “the complaint”: whom that phrase stands for',
  },
  {
    id: 'person-role-antecedent',
    description: 'a “he” or “she” after “the minister”, “the coach” in this or the previous sentence: the person who holds that role',
  },
  { id: 'group-named-after-person', description: 'the person a family or campaign is named after (“the Brennan campaign”)' },
  { id: 'same-paragraph', description: 'the speaker of the other quotes in the same paragraph' },
  { id: 'paragraph-continuation', description: 'the speaker of the previous paragraph, which this quote continues' },
  { id: 'preceding-narration', description: 'the person the narration just before the quote is about' },
  { id: 'colon-introduction', description: 'the person introduced by the sentence ending in a colon before the quote' },
  { id: 'partial-echo', description: 'the speaker of the longer quote these words repeat' },
  { id: 'no-speaker', description: 'no cue names a speaker' },
];
