// The batch's progress bar on stderr: articles done, words per second and the time left. Drawn
// only when stderr is a terminal (a pipe or a log file gets nothing), at most ten times a second,
// and erased when the run ends so the terminal is left clean.
export interface ProgressSink {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const REDRAW_MS = 100;

export class ProgressBar {
  private done = 0;
  private words = 0;
  /** Paragraphs done / total of the long article under way, when one is. */
  private current: { done: number; total: number } | null = null;
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  private constructor(
    private readonly sink: ProgressSink,
    private readonly total: number | null,
  ) {}

  /** A bar for `total` articles (null: unknown, as for stdin), or null when stderr is not a terminal. */
  static create(sink: ProgressSink, total: number | null): ProgressBar | null {
    return sink.isTTY ? new ProgressBar(sink, total) : null;
  }

  articleDone(words: number): void {
    this.done++;
    this.words += words;
    this.current = null;
    this.draw();
  }

  /** Progress inside one long article. */
  articleProgress(done: number, total: number): void {
    this.current = { done, total };
    this.draw();
  }

  finish(): void {
    if (this.drawn) this.sink.write('\r\x1b[2K');
    this.drawn = false;
  }

  private draw(): void {
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.words / seconds;
    const parts = [this.total === null ? `${this.done} articles` : `${bar(this.fraction(), 20)} ${this.done}/${this.total} articles`];
    if (this.current) parts.push(`this one ${Math.floor((100 * this.current.done) / Math.max(1, this.current.total))}%`);
    parts.push(`${Math.round(rate).toLocaleString('en-US')} words/s`);
    const eta = this.eta();
    if (eta !== null) parts.push(`ETA ${clock(eta)}`);
    const line = parts.join('  ').slice(0, Math.max(20, (this.sink.columns ?? 80) - 1));
    this.sink.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }

  /** Articles done, counting the part of the one under way. */
  private progressed(): number {
    return this.done + (this.current ? this.current.done / Math.max(1, this.current.total) : 0);
  }

  private fraction(): number {
    return this.total ? Math.min(1, this.progressed() / this.total) : 0;
  }

  private eta(): number | null {
    const p = this.progressed();
    if (!this.total || p <= 0) return null;
    return ((Date.now() - this.started) / 1000 / p) * Math.max(0, this.total - p);
  }
}

function bar(fraction: number, width: number): string {
  const full = Math.round(fraction * width);
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}]`;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Rough word count for the rate (whitespace-separated runs). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
