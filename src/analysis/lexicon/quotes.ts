// Word lists for finding quotes (src/analysis/quotes.ts) and reading interview transcripts
// (src/analysis/attribution/sieves/turns.ts). All entries lower case.

/** Words that start with an elision apostrophe: 'em, 'tis, 'n' (rock 'n' roll), 'cause, 'til. */
export const ELISION_WORDS: readonly string[] = [
  'em', 'tis', 'twas', 'n', 'cause', 'cos', 'til', 'bout', 'round', 'nuff', 'ol', 's', 'sup', 'kay', 'neath', 'tween', 'fraid',
];

/** The small words titles keep in lower case ("Lord of the Rings"). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'vs', 'vs.', 'from', 'with', 'de', 'la', 'le', 'du', 'von',
  'van', '&',
]);

/** Paragraph labels (`Note: ...`, `Photo: ...`) that are not a transcript speaker. */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'note', 'update', 'editor', "editor's note", 'photo', 'image', 'source', 'sources', 'related', 'read more', 'see also', 'watch',
  'warning', 'correction', 'disclaimer', 'caption', 'credit', 'transcript', 'title', 'date', 'author', 'by', 'tags', 'category',
  'location', 'subject', 'summary', 'background', 'context', 'analysis', 'opinion', 'live', 'breaking', 'exclusive', 'video',
  'audio', 'listen', 'also', 'more', 'q&a',
]);

/** Roles a transcript puts in brackets after the speaker's name (`DEREK HOLLOWAY (ANCHOR):`). */
export const TRANSCRIPT_ROLES: ReadonlySet<string> = new Set([
  'host', 'co-host', 'anchor', 'co-anchor', 'reporter', 'correspondent', 'presenter', 'moderator', 'interviewer', 'guest',
  'caller', 'narrator', 'analyst', 'commentator', 'producer', 'voice-over', 'voiceover', 'translator', 'interpreter',
  'off-camera', 'on camera', 'live', 'video', 'audio', 'archive', 'recording', 'panellist', 'panelist', 'chair',
]);

/** Speaker lines of a call transcript that carry no name (`Operator` before the operator's turn). */
export const UNNAMED_SPEAKER_LINES: ReadonlySet<string> = new Set([
  'operator', 'moderator', 'unidentified speaker', 'unidentified analyst',
]);

/** Words of a job title on a call transcript's speaker line (`Maria Chen -- Chief Financial Officer`): one must appear. */
export const CALL_TITLE_WORDS: ReadonlySet<string> = new Set([
  'officer', 'analyst', 'director', 'president', 'chief', 'head', 'manager', 'vice', 'ceo', 'cfo', 'coo', 'cto', 'chairman',
  'chairwoman', 'chair', 'founder', 'partner', 'relations', 'treasurer', 'secretary', 'executive', 'controller', 'counsel',
  'senator', 'representative', 'witness', 'commissioner', 'governor', 'minister', 'spokesperson', 'spokesman', 'spokeswoman',
  'researcher', 'economist', 'strategist', 'associate', 'principal', 'md', 'evp', 'svp', 'vp',
]);

/** Nouns of an interview: "an interview with X", "a conversation with X". */
export const INTERVIEW_NOUNS: ReadonlySet<string> = new Set([
  'interview', 'interviews', 'conversation', 'q&a', 'chat', 'discussion', 'exchange', 'podcast',
]);

/** Verbs of talking to someone: "Y spoke to X", "Y interviewed X", "sat down with X". */
export const TALK_VERBS: ReadonlySet<string> = new Set([
  'spoke', 'speaks', 'talked', 'talks', 'sat', 'interviewed', 'interviews', 'interviewing', 'questioned', 'met', 'caught', 'chatted',
]);

/** How a speaker names themselves in their own turn ("HOST: Good morning, I'm Ada Fenn."); the name follows. */
export const SELF_INTRODUCTIONS: readonly string[] = ["i'm", 'i’m', 'i am', 'my name is'];

/** Lower-case words that end the run of descriptors between "interview with" and the name. */
export const INTERVIEW_STOP_WORDS: ReadonlySet<string> = new Set([
  'with', 'to', 'by', 'interviewed', 'interview', 'the', 'a', 'an', 'and', 'of', 'for', 'spoke', 'talked', 'was', 'is', 'said',
]);
