import type { Rule } from './rule';

/** Registered as the passes get their ids (see index.ts). */
export const DATE_VALUE_RULES: readonly Rule[] = [];
