// The editorial checks' result: DESIGN.md's diagnostic objects (`news-lens check --format json`).
import type { DocumentModel } from '../analysis/document';
import type { Analysis } from '../analysis/types';

export const CHECK_CODES = [
  'name-variant',
  'weekday-mismatch',
  'unclosed-quote',
  'unattributed-quote',
  'first-reference',
  'role-mismatch',
  'date-after-publication',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface RelatedSpan {
  start: number;
  end: number;
  message: string;
}

export interface Fix {
  start: number;
  end: number;
  replacement: string;
}

export interface CheckDiagnostic {
  code: CheckCode;
  severity: Severity;
  start: number;
  end: number;
  /** 1-based line of `start` (lines end at \n, \r\n or a lone \r, as in VS Code). */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units. */
  column: number;
  message: string;
  related: RelatedSpan[];
  fix?: Fix;
}

/** What one check finds, before severities, suppressions and positions are applied. */
export interface Finding {
  code: CheckCode;
  start: number;
  end: number;
  message: string;
  related?: RelatedSpan[];
  fix?: Fix;
  /** A milder finding of the same code (e.g. spellings that differ only in diacritics): at most `info`. */
  mild?: boolean;
}

export interface CheckInput {
  analysis: Analysis;
  text: string;
  /** The article's paragraphs and sentences, built once for all checks (on first use). */
  document: () => DocumentModel;
}

export type Check = (input: CheckInput) => Finding[];

export interface RunChecksOptions {
  severities?: Partial<Record<CheckCode, SeveritySetting>>;
}

/** The README heading of a check's section (its Markdown anchor is `check-<code>`). */
export function readmeHeading(code: CheckCode): string {
  return `### Check \`${code}\``;
}
