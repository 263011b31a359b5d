// Helpers for the annotation tests: hand-built analyses (independent of the engine's current
// accuracy), targets by text, and sidecars.
import type { Analysis, DateType, EntityType, Span } from '../../src/analysis/types';
import { makeTarget, type Annotation, type Sidecar, type Target } from '../../src/annotations';

/** `Hale` is the first "Hale" of the text, `Hale#2` the second. */
export function at(text: string, needle: string): Span {
  const [what, nth] = needle.split('#');
  let i = -1;
  for (let n = 0; n < Number(nth ?? 1); n++) {
    i = text.indexOf(what, i + 1);
    if (i < 0) throw new Error(`${needle} is not in the text`);
  }
  return { start: i, end: i + what.length, text: what };
}

export function targetOf(text: string, needle: string): Target {
  const s = at(text, needle);
  return makeTarget(text, s.start, s.end);
}

export interface FactsSpec {
  names?: Array<[EntityType, ...string[]]>;
  /** [quote, speaker needle or null, speaker entity index or null] */
  quotes?: Array<[string, string | null, number | null]>;
  dates?: Array<[string, DateType, string | null]>;
  documentDate?: string | null;
}

export function analysisOf(text: string, spec: FactsSpec): Analysis {
  const entities = (spec.names ?? []).map(([type, ...needles], i) => {
    const mentions = needles.map((n) => at(text, n)).sort((a, b) => a.start - b.start);
    const aliases = [...new Set(mentions.map((m) => m.text))].sort((a, b) => b.length - a.length);
    return { id: `e${i + 1}`, type, name: aliases[0], role: null, aliases, mentions };
  });
  const quotes = (spec.quotes ?? []).map(([q, speaker, entity], i) => ({
    id: `q${i + 1}`,
    ...at(text, q),
    speaker: speaker === null ? null : { ...at(text, speaker), entityId: entity === null ? null : `e${entity + 1}` },
    cue: 'said',
  }));
  const dates = (spec.dates ?? []).map(([d, type, value], i) => ({ id: `d${i + 1}`, ...at(text, d), type, value }));
  return { file: 'story.txt', documentDate: spec.documentDate ?? null, entities, quotes, dates };
}

let counter = 0;

/** An annotation with a fresh id; the target (and into / speaker) given as needles. */
export function note(text: string, action: Annotation['action'], needle: string, fields: Record<string, unknown> = {}): Annotation {
  const a: Annotation = { id: `u${++counter}`, action, target: targetOf(text, needle), created: '2026-12-02T10:00:00Z' };
  for (const [k, v] of Object.entries(fields)) {
    a[k] = (k === 'into' || k === 'speaker') && typeof v === 'string' ? targetOf(text, v) : v;
  }
  return a;
}

export function sidecarOf(...annotations: Annotation[]): Sidecar {
  return { version: 1, annotations };
}
