// The editorial checks (issue 10): Analysis + text -> diagnostics. Pure: the CLI and the editor
// both call runChecks, so they show the same problems.
import { buildDocument, type DocumentModel } from '../analysis/document';
import type { Analysis } from '../analysis/types';
import { lineIndex } from '../export/text';
import { CHECKS } from './registry';
import { suppressions } from './suppress';
import type { CheckDiagnostic, Finding, RunChecksOptions, Severity } from './types';

export { CHECKS, checkInfo, readmeHeading, type CheckInfo } from './registry';
export { toSarif, type SarifInput } from './sarif';
export * from './types';

/** At most this many diagnostics per article: a broken article should not flood the Problems panel. */
export const MAX_DIAGNOSTICS = 500;

const MILDER: Record<Severity, Severity> = { error: 'info', warning: 'info', info: 'info', hint: 'hint' };

export function runChecks(analysis: Analysis, text: string, options: RunChecksOptions = {}): CheckDiagnostic[] {
  const silenced = suppressions(analysis, text);
  const found: Array<{ finding: Finding; severity: Severity }> = [];
  let doc: DocumentModel | undefined;
  const input = { analysis, text, document: () => (doc ??= buildDocument(text)) };
  for (const check of CHECKS) {
    const setting = options.severities?.[check.code] ?? check.defaultSeverity;
    if (setting === 'off') continue;
    for (const finding of check.run(input)) {
      if (!silenced(finding)) found.push({ finding, severity: finding.mild ? MILDER[setting] : setting });
    }
  }
  found.sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);
  const position = lineIndex(text);
  return found.slice(0, MAX_DIAGNOSTICS).map(({ finding, severity }) => {
    const { line, column } = position(finding.start);
    const d: CheckDiagnostic = {
      code: finding.code,
      severity,
      start: finding.start,
      end: finding.end,
      line,
      column,
      message: finding.message,
      related: finding.related ?? [],
    };
    if (finding.fix) d.fix = finding.fix;
    return d;
  });
}
