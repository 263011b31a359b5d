// Parsing of the batch options: --jobs N and --max-size SIZE.
import { availableParallelism, cpus } from 'node:os';

/** The machine's cores: the default of --jobs. */
export function defaultJobs(): number {
  return Math.max(1, typeof availableParallelism === 'function' ? availableParallelism() : cpus().length);
}

/**
 * Articles analysed or waiting at once: enough that every worker has its next article queued
 * while a long one holds up the output, few enough that results waiting for a slow stdout stay
 * bounded (window × --max-size).
 */
export function batchWindow(jobs: number): number {
  return 4 * jobs;
}

/** --jobs: a whole number from 1 to 256; null when it is not one. */
export function parseJobs(value: string): number | null {
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= 256 ? n : null;
}

/** Files (and --stdin-jsonl lines) above this are refused unless --max-size raises it. */
export const DEFAULT_MAX_SIZE_BYTES = 10 * 2 ** 20;

const UNITS: Record<string, number> = { '': 2 ** 20, b: 1, k: 2 ** 10, kb: 2 ** 10, m: 2 ** 20, mb: 2 ** 20, g: 2 ** 30, gb: 2 ** 30 };

/** --max-size: `20MB`, `512KB`, `1GB`, `3000000B`, or a plain number of megabytes; 0 = no limit. Null when unreadable. */
export function parseSize(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  if (!m) return null;
  const unit = UNITS[m[2].toLowerCase()];
  return unit === undefined ? null : Math.round(Number(m[1]) * unit);
}

export function formatSize(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GB`;
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 2 ** 10)} KB`;
}

/** The message for an article over the limit, saying how to raise it. */
export function tooLargeMessage(bytes: number, limit: number): string {
  const raise = Math.ceil((bytes * 1.1) / 2 ** 20);
  return `${formatSize(bytes)} is larger than the --max-size limit of ${formatSize(limit)}; analyse it anyway with --max-size ${raise}MB (or --max-size 0 for no limit)`;
}

/** YYYY-MM-DD naming a real calendar day. */
export function isCalendarDate(d: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}
