// The one registry of rule ids (DESIGN.md's `why` fields, `--explain`, `npm run eval -- --errors`,
// and the confidence tables). Ids are stable kebab-case: rename one only with its tests and tables.
// Each layer keeps its rules in its own file; a rule is { id, description } so the trace can be
// put into words (the quote hover, the eval's error lists).
import { ENTITY_TYPE_RULES } from './entityRules';
import { SPEAKER_RULES } from './speakerRules';
import { DATE_VALUE_RULES } from './dateRules';
import type { Rule } from './rule';

export type { Rule } from './rule';
export { ENTITY_TYPE_RULES, SPEAKER_RULES, DATE_VALUE_RULES };

const ALL: readonly Rule[] = [...ENTITY_TYPE_RULES, ...SPEAKER_RULES, ...DATE_VALUE_RULES];
const BY_ID = new Map(ALL.map((r) => [r.id, r]));

/** The rule with this id, or undefined for an unknown id. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** Every registered id is unique (checked by the unit tests). */
export function allRules(): readonly Rule[] {
  return ALL;
}
