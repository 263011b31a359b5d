import type { Rule } from './rule';

/** Registered as the passes get their ids (see index.ts). */
export const ENTITY_TYPE_RULES: readonly Rule[] = [];
