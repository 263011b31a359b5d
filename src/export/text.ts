// Offset helpers shared by the writers. The engine's offsets are UTF-16 code units (DESIGN.md);
// some consumers want 1-based line/column or Unicode code points instead.

export interface LineColumn {
  /** 1-based line. Lines end at \n, \r\n or a lone \r, like VS Code. */
  line: number;
  /** 1-based column in UTF-16 code units (what VS Code's "Go to Line/Column" expects). */
  column: number;
}

/** Maps UTF-16 offsets of `text` to 1-based line/column; builds the line index once. */
export function lineIndex(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

/**
 * Maps UTF-16 offsets to Unicode code point offsets (what Python's str indexes, so what brat,
 * Prodigy and doccano use). Identity when the text has no astral characters (the common case).
 */
export function codePointIndex(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (offset) => offset;
  // below[i] = number of surrogate pairs that end before UTF-16 offset i.
  const below = new Uint32Array(text.length + 1);
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    below[i] = pairs;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        below[i + 1] = pairs + 1; // an offset inside a pair should not happen; map it to the pair's start
        pairs++;
        i++;
      }
    }
  }
  below[text.length] = pairs;
  return (offset) => offset - below[Math.max(0, Math.min(offset, text.length))];
}

/** The inverse of codePointIndex, for readers of brat/JSONL spans (tests, importers). */
export function utf16Index(text: string): (codePointOffset: number) => number {
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (cp) => map[Math.max(0, Math.min(cp, map.length - 1))];
}
