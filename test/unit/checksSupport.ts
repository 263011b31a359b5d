// Helpers for the editorial-check tests: run the real engine and the checks on a text.
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';
import { runChecks, type CheckCode, type CheckDiagnostic, type RunChecksOptions } from '../../src/checks';

export function check(text: string, options: RunChecksOptions & { documentDate?: string } = {}): CheckDiagnostic[] {
  return runChecks(analyze(text, { documentDate: options.documentDate ?? null }), text, options);
}

/** The diagnostics of one code, each with the text it covers. */
export function found(
  text: string,
  code: CheckCode,
  options: RunChecksOptions & { documentDate?: string; analysis?: Analysis } = {},
): Array<CheckDiagnostic & { covered: string }> {
  const all = options.analysis ? runChecks(options.analysis, text, options) : check(text, options);
  return all.filter((d) => d.code === code).map((d) => ({ ...d, covered: text.slice(d.start, d.end) }));
}
