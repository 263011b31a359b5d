// Hand-written validation of a parsed sidecar. It accepts exactly what
// schemas/annotations.schema.json accepts (test/unit/annotations-schema.test.ts runs both on the
// same files), with messages a person can act on.
import { ADD_KINDS, ANNOTATION_ACTIONS, SCOPES } from './types';

/** A real calendar date as YYYY-MM-DD, leap years included (the schema's pattern, so both agree). */
export const DOCUMENT_DATE_PATTERN =
  /^(?!0000)\d{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)$|^(?!0000)(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29$/;

/**
 * A date value as the engine writes them (ISO / TIMEX3 style): 2024, 2024-02, 2024-02-13, 2024-W07,
 * 2024-Q1, 202 (a decade), XXXX-02-13, 2024-02-13T10:45, 2024-02-13TEV, P5D, PT2H, PRESENT_REF.
 */
export const DATE_VALUE_PATTERN =
  /^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P(?:T?[0-9X.]+[YMWDHS])+|[0-9X]{2,4}(?:-[0-9A-Z]{1,3}){0,2}(?:T[0-9A-Z:.+-]+)?)$/;

/** Whether `value` is a date value the sidecar accepts (the editor's input box uses it too). */
export function isDateValue(value: string): boolean {
  return DATE_VALUE_PATTERN.test(value);
}

const ENTITY_TYPES = ['person', 'organization', 'place'] as const;

/** Fields every action needs besides id, action and target. */
const REQUIRED_BY_ACTION: Record<string, string[]> = {
  add: ['kind'],
  retype: ['type'],
  merge: ['into'],
  rename: ['name'],
  speaker: ['speaker'],
  value: ['value'],
  ignore: ['code'],
};

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : JSON.stringify(v);
}

/** Error messages (empty when valid), each naming where in the file the problem is. */
export function sidecarErrors(value: unknown): string[] {
  const errors: string[] = [];
  if (!isObject(value)) return [`the file must hold a JSON object, not ${describe(value)}`];
  if (value.version !== 1) errors.push(`"version" must be 1, got ${'version' in value ? describe(value.version) : 'nothing'}`);
  if (
    'documentDate' in value &&
    value.documentDate !== null &&
    !(typeof value.documentDate === 'string' && DOCUMENT_DATE_PATTERN.test(value.documentDate))
  ) {
    errors.push(`"documentDate" must be a date as YYYY-MM-DD or null, got ${describe(value.documentDate)}`);
  }
  if (!Array.isArray(value.annotations)) {
    errors.push(`"annotations" must be an array, got ${'annotations' in value ? describe(value.annotations) : 'nothing'}`);
  } else {
    value.annotations.forEach((a, i) => errors.push(...annotationErrors(a, `annotations[${i}]`)));
  }
  return errors;
}

function annotationErrors(a: unknown, at: string): string[] {
  if (!isObject(a)) return [`${at} must be an object, not ${describe(a)}`];
  const errors: string[] = [];
  const need = (ok: boolean, field: string, what: string) => {
    if (!ok) errors.push(`${at}.${field} must be ${what}, got ${field in a ? describe(a[field]) : 'nothing'}`);
  };
  need(typeof a.id === 'string' && a.id.length > 0, 'id', 'a non-empty string');
  need(
    typeof a.action === 'string' && (ANNOTATION_ACTIONS as readonly string[]).includes(a.action),
    'action',
    `one of ${ANNOTATION_ACTIONS.join(', ')}`,
  );
  errors.push(...targetErrors(a.target, `${at}.target`));
  for (const field of REQUIRED_BY_ACTION[a.action as string] ?? []) {
    if (!(field in a)) errors.push(`${at}.${field} is required for "${String(a.action)}"`);
  }
  if ('kind' in a) need((ADD_KINDS as readonly unknown[]).includes(a.kind), 'kind', `one of ${ADD_KINDS.join(', ')}`);
  if ('scope' in a) need((SCOPES as readonly unknown[]).includes(a.scope), 'scope', '"all" or "this"');
  if ('type' in a) need((ENTITY_TYPES as readonly unknown[]).includes(a.type), 'type', `one of ${ENTITY_TYPES.join(', ')}`);
  if ('into' in a) errors.push(...targetErrors(a.into, `${at}.into`));
  if ('speaker' in a && a.speaker !== null) errors.push(...targetErrors(a.speaker, `${at}.speaker`));
  if ('name' in a) need(typeof a.name === 'string' && a.name.trim().length > 0, 'name', 'a non-empty string');
  if ('value' in a)
    need(
      typeof a.value === 'string' && isDateValue(a.value),
      'value',
      'a date value such as 2024-03-04, 2024-W10, 2024-03-04T10:45 or P5D',
    );
  if ('code' in a) need(typeof a.code === 'string' && a.code.length > 0, 'code', 'a non-empty string');
  if ('created' in a) need(typeof a.created === 'string', 'created', 'a string');
  return errors;
}

function targetErrors(t: unknown, at: string): string[] {
  if (!isObject(t)) return [`${at} must be an object with start, end and exact, not ${t === undefined ? 'nothing' : describe(t)}`];
  const errors: string[] = [];
  for (const field of ['start', 'end']) {
    const v = t[field];
    if (!(typeof v === 'number' && Number.isInteger(v) && v >= 0))
      errors.push(`${at}.${field} must be a whole number of 0 or more, got ${field in t ? describe(v) : 'nothing'}`);
  }
  if (!(typeof t.exact === 'string' && t.exact.length > 0))
    errors.push(`${at}.exact must be a non-empty string, got ${'exact' in t ? describe(t.exact) : 'nothing'}`);
  for (const field of ['prefix', 'suffix']) {
    if (field in t && typeof t[field] !== 'string') errors.push(`${at}.${field} must be a string, got ${describe(t[field])}`);
  }
  return errors;
}
