import type { Rule } from './rule';

/** Registered as the passes get their ids (see index.ts). */
export const SPEAKER_RULES: readonly Rule[] = [];
