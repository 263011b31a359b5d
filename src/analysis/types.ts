// The Analysis contract (see DESIGN.md). Offsets are 0-based, end-exclusive UTF-16 code units.

/** Who made a fact (DESIGN.md): absent means not known (no sidecar was applied). */
export interface Provenance {
  /** "user" when the user's annotations created or changed it. */
  source?: 'engine' | 'user';
  /** true when the user accepted it or made it. */
  reviewed?: boolean;
}

export interface Span extends Provenance {
  start: number;
  end: number;
  /** Always exactly text.slice(start, end). */
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place';

export interface Entity extends Provenance {
  id: string;
  type: EntityType;
  /** Canonical (longest, most complete) name. */
  name: string;
  /** Title or job, e.g. "President", "External Affairs Minister"; null when none is given. */
  role: string | null;
  /** Distinct surface forms, canonical first. */
  aliases: string[];
  /** Sorted by start. */
  mentions: Span[];
}

export interface Speaker extends Span {
  entityId: string | null;
}

export interface Quote extends Span {
  id: string;
  speaker: Speaker | null;
  /** Reporting verb or phrase: "said", "told", "according to"; null when unknown. */
  cue: string | null;
}

export type DateType = 'date' | 'time' | 'duration' | 'set';

export interface DateMention extends Span {
  id: string;
  type: DateType;
  /** ISO/TIMEX3-style value at the precision the text gives: 2024, 2024-02, 2024-02-13, 2024-W07, 2024-02-13T10:45, P5D, PRESENT_REF. */
  value: string | null;
}

export interface Analysis {
  file: string | null;
  /** YYYY-MM-DD, or null when the article gives none and no override was set. */
  documentDate: string | null;
  entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  /** Present when the article has a sidecar (DESIGN.md, "The user's annotations"). */
  annotations?: AnnotationSummary;
}

export interface AnalyzeOptions {
  /** Shown in Analysis.file (repository-relative for the CLI, URI path for the editor). */
  file?: string | null;
  /** YYYY-MM-DD; overrides the date read from the article. */
  documentDate?: string | null;
}

/** What the user's sidecar did to this Analysis. */
export interface AnnotationSummary {
  applied: number;
  orphaned: Array<{ id: string; reason: string }>;
  /** Re-anchored `ignore` annotations: the editorial check `code` does not report [start, end). */
  ignored?: Array<{ id: string; code: string; start: number; end: number }>;
}
