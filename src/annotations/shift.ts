// Targets follow the edits the editor sees, exactly: a change before a target moves it, a change
// inside it edits its `exact`, a change that removes its text leaves `exact` as it was (the next
// anchoring then finds that text elsewhere or reports the annotation orphaned).
import { CONTEXT_CHARS, anchorTarget, makeTarget, Occurrences } from './anchor';
import type { Annotation, Sidecar, Target } from './types';

/** One replacement of [start, end) of the text before the edit by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * The sidecar with every target moved through one edit event: `changes` as VS Code reports them
 * for one event (non-overlapping, each with offsets in the text before the event, any order).
 */
export function shiftSidecar(sidecar: Sidecar, changes: readonly TextChange[]): Sidecar {
  if (!changes.length) return sidecar;
  const descending = [...changes].sort((a, b) => b.start - a.start || b.end - a.end);
  return { ...sidecar, annotations: sidecar.annotations.map((a) => shiftAnnotation(a, descending)) };
}

function shiftAnnotation(a: Annotation, changes: readonly TextChange[]): Annotation {
  const out: Annotation = { ...a, target: shiftTarget(a.target, changes) };
  if (a.into) out.into = shiftTarget(a.into, changes);
  if (a.speaker) out.speaker = shiftTarget(a.speaker, changes);
  return out;
}

/** Changes from the last to the first, so each one's offsets are still those of the old text. */
export function shiftTarget(target: Target, descending: readonly TextChange[]): Target {
  let t = target;
  for (const c of descending) t = shiftOnce(t, c);
  return t;
}

function shiftOnce(t: Target, c: TextChange): Target {
  const delta = c.text.length - (c.end - c.start);
  if (c.end <= t.start) {
    // Before the target (typing right before it included): it moves; its prefix sees the change.
    const prefix = t.prefix === undefined ? undefined : editPrefix(t.prefix, t.start, c);
    return withContext({ ...t, start: t.start + delta, end: t.end + delta }, prefix, t.suffix);
  }
  if (c.start >= t.end) {
    const suffix = t.suffix === undefined ? undefined : editSuffix(t.suffix, t.end, c);
    return withContext({ ...t }, t.prefix, suffix);
  }
  if (c.start >= t.start && c.end <= t.end && !(c.start === t.start && c.end === t.end)) return editInside(t, c, delta);
  if (c.start === t.start && c.end === t.end && c.text === t.exact) return t; // replaced by the same text
  // The change removes or replaces the target's text (in whole or at an edge): keep `exact` as it
  // was, at the nearest position, so anchoring looks for it again.
  const start = t.start < c.start ? t.start : c.start + c.text.length;
  return { ...t, start, end: start };
}

function withContext(t: Target, prefix: string | undefined, suffix: string | undefined): Target {
  if (prefix !== undefined) t.prefix = prefix;
  if (suffix !== undefined) t.suffix = suffix;
  return t;
}

/** An edit strictly inside the target (or at one end of it, not all of it): `exact` takes it. */
function editInside(t: Target, c: TextChange, delta: number): Target {
  const edited = t.exact.slice(0, c.start - t.start) + c.text + t.exact.slice(c.end - t.start);
  const lead = /^\s*/.exec(edited)![0].length;
  const trail = /\s*$/.exec(edited)![0].length;
  if (lead === edited.length) return { ...t, start: c.start, end: c.start }; // nothing left but space
  const exact = edited.slice(lead, edited.length - trail);
  const out: Target = { ...t, start: t.start + lead, end: t.end + delta - trail, exact };
  if (lead) out.prefix = ((t.prefix ?? '') + edited.slice(0, lead)).slice(-CONTEXT_CHARS);
  if (trail) out.suffix = (edited.slice(edited.length - trail) + (t.suffix ?? '')).slice(0, CONTEXT_CHARS);
  return out;
}

/** The prefix (the text just before `start`) after a change that ends at or before `start`. */
function editPrefix(prefix: string, start: number, c: TextChange): string {
  const from = start - prefix.length;
  if (c.end <= from) return prefix;
  const kept = c.start >= from ? prefix.slice(0, c.start - from) : '';
  return (kept + c.text + prefix.slice(c.end - from)).slice(-CONTEXT_CHARS);
}

/** The suffix (the text from `end` on) after a change that starts at or after `end`. */
function editSuffix(suffix: string, end: number, c: TextChange): string {
  const to = end + suffix.length;
  if (c.start >= to) return suffix;
  const tail = c.end <= to ? suffix.slice(c.end - end) : '';
  return (suffix.slice(0, c.start - end) + c.text + tail).slice(0, CONTEXT_CHARS);
}

/**
 * The sidecar with each target that anchors in `text` moved to where it anchors, with its context
 * taken afresh from `text`; orphaned targets are left as they are. Returns `sidecar` itself when
 * nothing moved (so a caller can tell whether to write).
 */
export function reanchorSidecar(text: string, sidecar: Sidecar): Sidecar {
  const occurrences = new Occurrences(text);
  let changed = false;
  const fresh = (t: Target): Target => {
    const a = anchorTarget(text, t, occurrences);
    if ('orphan' in a) return t;
    const made = makeTarget(text, a.start, a.end);
    if (made.start === t.start && made.end === t.end && made.prefix === t.prefix && made.suffix === t.suffix) return t;
    changed = true;
    return { ...t, ...made };
  };
  const annotations = sidecar.annotations.map((a) => {
    const out: Annotation = { ...a, target: fresh(a.target) };
    if (a.into) out.into = fresh(a.into);
    if (a.speaker) out.speaker = fresh(a.speaker);
    return out;
  });
  return changed ? { ...sidecar, annotations } : sidecar;
}
