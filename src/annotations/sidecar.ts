// Reading and writing the sidecar file `<article>.newslens.json` (pure: strings in, strings out).
import type { Annotation, Sidecar } from './types';
import { DOCUMENT_DATE_PATTERN, sidecarErrors } from './validate';

export const SIDECAR_SUFFIX = '.newslens.json';

/** `story.txt` -> `story.txt.newslens.json` (named after the full file name, in the same folder). */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

/** The sidecar's publication date, when it sets a valid one. */
export function sidecarDocumentDate(sidecar: Sidecar): string | null {
  const d = sidecar.documentDate;
  return typeof d === 'string' && DOCUMENT_DATE_PATTERN.test(d) ? d : null;
}

export function isSidecarFileName(name: string): boolean {
  return name.toLowerCase().endsWith(SIDECAR_SUFFIX);
}

export type ParsedSidecar = { ok: true; sidecar: Sidecar } | { ok: false; error: string };

/** Most problems listed in one message; the rest are counted. */
const MAX_LISTED_ERRORS = 3;

/** Parses and validates a sidecar's text. A leading BOM is allowed (editors on Windows write one). */
export function parseSidecar(json: string): ParsedSidecar {
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${jsonErrorMessage(json, e)}` };
  }
  const errors = sidecarErrors(value);
  if (errors.length) {
    const more = errors.length > MAX_LISTED_ERRORS ? `; and ${errors.length - MAX_LISTED_ERRORS} more` : '';
    return { ok: false, error: errors.slice(0, MAX_LISTED_ERRORS).join('; ') + more };
  }
  return { ok: true, sidecar: value as Sidecar };
}

/** JSON.parse's message with a line and column added when it only gives a position. */
function jsonErrorMessage(json: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const m = /at position (\d+)/.exec(message);
  if (!m || /line \d+/.test(message)) return message;
  const before = json.replace(/^\uFEFF/, '').slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

/** 2-space JSON with a final newline; every field, known or not, is written back. */
export function serializeSidecar(sidecar: Sidecar): string {
  return JSON.stringify(sidecar, null, 2) + '\n';
}

/** An empty sidecar, for an article that has none yet. */
export function emptySidecar(): Sidecar {
  return { version: 1, annotations: [] };
}

/** The next free id of the form u<n> (`u1`, `u2`, ...). */
export function newAnnotationId(sidecar: Sidecar): string {
  return `u${maxIdNumber(sidecar.annotations) + 1}`;
}

function maxIdNumber(annotations: readonly Annotation[]): number {
  let max = 0;
  for (const a of annotations) {
    const m = /^u(\d+)$/.exec(a.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

/**
 * Joins this window's sidecar (`base`) with the one on disk, by annotation id, losing nothing:
 * every annotation of either is kept; for one id in both, base's copy wins (its targets follow this
 * window's text; it is the same annotation when id, action and creation time agree). An
 * annotation on disk that is the same as one in base under another id (the same action, texts,
 * fields and creation time) is not added twice; one on disk whose id base already
 * uses for a different annotation (two windows numbered theirs alike) gets a new id. Top-level
 * fields: base's win, disk's fill what base lacks.
 */
export function mergeSidecars(base: Sidecar, disk: Sidecar): Sidecar {
  const byId = new Map(base.annotations.map((a) => [a.id, a]));
  const contents = new Set(base.annotations.map(contentKey));
  let next = Math.max(maxIdNumber(base.annotations), maxIdNumber(disk.annotations));
  const added: Annotation[] = [];
  for (const a of disk.annotations) {
    const mine = byId.get(a.id);
    if (mine && mine.created === a.created && mine.action === a.action) continue; // the same annotation
    const key = contentKey(a);
    if (contents.has(key)) continue;
    contents.add(key);
    const clash = mine !== undefined;
    const kept = clash ? { ...a, id: `u${++next}` } : a;
    byId.set(kept.id, kept);
    added.push(kept);
  }
  const merged: Sidecar = { ...disk, ...base, annotations: [...base.annotations, ...added] };
  if (base.documentDate === undefined && disk.documentDate !== undefined) merged.documentDate = disk.documentDate;
  return merged;
}

/** What an annotation says, without its id and without target positions (which follow edits). */
function contentKey(a: Annotation): string {
  const texts = (t: unknown) => (t && typeof t === 'object' ? (t as { exact?: unknown }).exact : t);
  const { id: _id, target, into, speaker, ...rest } = a;
  return stableJson({ ...rest, target: texts(target), into: texts(into), speaker: texts(speaker) });
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
