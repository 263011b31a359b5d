// Markdown parts that are not prose for the checks: front matter, fenced and inline code, HTML
// comments. They are blanked (same length, line breaks kept) so offsets stay exact.
const NOT_PROSE =
  /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)|^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:\n[ \t]*\1[^\n]*(?=\n|$)|$)|`[^`\n]+`|<!--[\s\S]*?-->/gm;

export function blankNonProse(text: string): string {
  if (!/[`~<-]/.test(text)) return text;
  return text.replace(NOT_PROSE, (m) => m.replace(/[^\r\n]/g, ' '));
}
