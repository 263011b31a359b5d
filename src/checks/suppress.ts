// Where the user has silenced a check: `ignore` annotations from the sidecar (already re-anchored
// in Analysis.annotations.ignored) and Markdown comments `<!-- news-lens-disable CODE -->`, which
// silence CODE (or every check when none is named) from the comment to a matching
// `<!-- news-lens-enable CODE -->` or the end of the article.
import type { Analysis } from '../analysis/types';
import { CHECK_CODES, type CheckCode, type Finding } from './types';

interface Range {
  code: CheckCode | null;
  start: number;
  end: number;
}

const COMMENT = /<!--\s*news-lens-(disable|enable)\b([^>]*?)-->/g;

function commentRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const open = new Map<CheckCode | null, number>();
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const named = m[2].split(/[\s,]+/).filter((c): c is CheckCode => (CHECK_CODES as readonly string[]).includes(c));
    const codes: Array<CheckCode | null> = named.length ? named : [null];
    for (const code of codes) {
      if (m[1] === 'disable') {
        if (!open.has(code)) open.set(code, m.index);
      } else if (open.has(code)) {
        ranges.push({ code, start: open.get(code)!, end: m.index + m[0].length });
        open.delete(code);
      }
    }
  }
  for (const [code, start] of open) ranges.push({ code, start, end: Infinity });
  return ranges;
}

/** A predicate: true when the finding is silenced. */
export function suppressions(analysis: Analysis, text: string): (f: Finding) => boolean {
  const ranges: Range[] = text.includes('news-lens-') ? commentRanges(text) : [];
  for (const i of analysis.annotations?.ignored ?? []) ranges.push({ code: i.code as CheckCode, start: i.start, end: i.end });
  if (!ranges.length) return () => false;
  // A disable comment covers what starts after it; an `ignore` target what overlaps it.
  return (f) => ranges.some((r) => (r.code === null || r.code === f.code) && f.end > r.start && f.start < Math.max(r.end, r.start + 1));
}
