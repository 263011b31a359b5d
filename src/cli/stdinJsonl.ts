// `news-lens analyze --stdin-jsonl`: the CLI as a map step (DESIGN.md). One `{"id", "text",
// "documentDate"?}` per input line gives one output line, in input order, with `id` copied: the
// Analysis, or `{"id", "error"}` when the line cannot be analysed. Nothing is dropped. Lines are
// read only as fast as results are written, so memory stays bounded when stdout is slow.
import { StringDecoder } from 'node:string_decoder';
import type { Analyzer } from './analyzers';
import { formatSize, isCalendarDate } from './batchArgs';
import { inOrder } from './inOrder';
import { countWords, ProgressBar } from './progress';

export interface JsonlOptions {
  /** Lines analysed at once (and so the most results that wait for a slow stdout). */
  window: number;
  /** Longest line in UTF-16 units; 0 = no limit. */
  maxLineChars: number;
  /** Used when a line has no documentDate (--date). */
  documentDate: string | null;
  /** --explain: keep each fact's `why`. */
  explain?: boolean;
}

export interface JsonlSummary {
  lines: number;
  errors: number;
}

/** An input line, or one cut off because it was over the limit (its start kept to find the id). */
type InputLine = { n: number; text: string; tooLong?: number };

export async function runStdinJsonl(
  input: AsyncIterable<Buffer | string>,
  write: (s: string) => Promise<void>,
  analyzer: Analyzer,
  o: JsonlOptions,
  progress: ProgressBar | null,
): Promise<JsonlSummary> {
  const summary: JsonlSummary = { lines: 0, errors: 0 };
  for await (const r of inOrder(readLines(input, o.maxLineChars), o.window, (line) => answerLine(line, analyzer, o))) {
    summary.lines++;
    if (r.words < 0) summary.errors++;
    await write(r.out + '\n');
    progress?.articleDone(Math.max(0, r.words));
  }
  return summary;
}

/** Splits the input into lines (LF or CRLF) as it is pulled, never holding more than one line and one chunk. */
export async function* readLines(input: AsyncIterable<Buffer | string>, maxChars: number): AsyncGenerator<InputLine> {
  const decoder = new StringDecoder('utf8');
  let buf = '';
  let n = 0;
  let skipped = -1; // > -1 while discarding the rest of an over-long line
  let head = '';
  const finish = (text: string): InputLine => {
    n++;
    const line = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (skipped < 0) return { n, text: line };
    const out = { n, text: head, tooLong: skipped + line.length };
    skipped = -1;
    return out;
  };
  for await (const chunk of input) {
    buf += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n', from)) {
      yield finish(buf.slice(from, nl));
      from = nl + 1;
    }
    buf = buf.slice(from);
    if (maxChars > 0 && buf.length > maxChars) {
      if (skipped < 0) {
        head = buf.slice(0, 300);
        skipped = 0;
      }
      skipped += buf.length;
      buf = '';
    }
  }
  buf += decoder.end();
  if (buf.length || skipped >= 0) yield finish(buf);
}

/** The output line for one input line; words < 0 marks an error line. */
async function answerLine(line: InputLine, analyzer: Analyzer, o: JsonlOptions): Promise<{ out: string; words: number }> {
  const error = (id: unknown, message: string) => ({
    out: JSON.stringify({ id: id ?? null, error: `line ${line.n}: ${message}` }),
    words: -1,
  });
  if (line.tooLong !== undefined)
    return error(
      idFromStart(line.text),
      `the line is ${formatSize(line.tooLong)}, larger than the --max-size limit of ${formatSize(o.maxLineChars)}; raise it with --max-size`,
    );
  if (!line.text.trim()) return error(null, 'empty line; expected {"id", "text"}');
  let record: unknown;
  try {
    record = JSON.parse(line.text);
  } catch (e) {
    return error(idFromStart(line.text), `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return error(null, 'expected a JSON object {"id", "text"}');
  const { id = null, text, documentDate } = record as { id?: unknown; text?: unknown; documentDate?: unknown };
  if (typeof text !== 'string') return error(id, '"text" is missing or not a string');
  if (documentDate !== undefined && documentDate !== null && (typeof documentDate !== 'string' || !isCalendarDate(documentDate))) {
    return error(id, `"documentDate" must be a real date as YYYY-MM-DD, got ${JSON.stringify(documentDate)}`);
  }
  try {
    const options = { file: null, documentDate: (documentDate as string | null | undefined) ?? o.documentDate, explain: o.explain };
    return { out: await analyzer.analyzeJson(text, options, { id }), words: countWords(text) };
  } catch (e) {
    return error(id, `analysis failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The id of a line that is not valid JSON (or too long to read), when its start gives it plainly. */
function idFromStart(text: string): unknown {
  const m = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(text);
  if (!m) return null;
  try {
    return JSON.parse(m[1]);
  } catch {
    return null;
  }
}
