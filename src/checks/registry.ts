// Every editorial check: its stable code, default severity, and the README section that explains it.
import type { Check, CheckCode, Severity } from './types';
export { readmeHeading } from './types';
import { nameVariant } from './name-variant';
import { weekdayMismatch } from './weekday-mismatch';
import { unclosedQuote } from './unclosed-quote';
import { unattributedQuote } from './unattributed-quote';
import { firstReference } from './first-reference';
import { roleMismatch } from './role-mismatch';
import { dateAfterPublication } from './date-after-publication';

export interface CheckInfo {
  code: CheckCode;
  defaultSeverity: Severity;
  /** One line for SARIF rules and settings. */
  summary: string;
  /** Anchor of the check's README section (`#check-name-variant`). */
  anchor: string;
  run: Check;
}

const info = (code: CheckCode, defaultSeverity: Severity, summary: string, run: Check): CheckInfo => ({
  code,
  defaultSeverity,
  summary,
  anchor: `check-${code}`,
  run,
});

export const CHECKS: readonly CheckInfo[] = [
  info('name-variant', 'warning', 'A name is spelled two ways in the article.', nameVariant),
  info('weekday-mismatch', 'warning', 'A weekday does not match the full date beside it.', weekdayMismatch),
  info('unclosed-quote', 'warning', 'A quotation mark opens and never closes, or closes without opening.', unclosedQuote),
  info('unattributed-quote', 'info', 'A full-sentence direct quote has no speaker.', unattributedQuote),
  info('first-reference', 'info', 'A person is called by surname before the first mention with the full name.', firstReference),
  info('role-mismatch', 'info', 'One person is given two different titles.', roleMismatch),
  info('date-after-publication', 'warning', 'A date after the publication date in a past-tense clause.', dateAfterPublication),
];

export function checkInfo(code: CheckCode): CheckInfo {
  return CHECKS.find((c) => c.code === code)!;
}
