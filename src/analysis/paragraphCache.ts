// A bounded least-recently-used cache keyed by paragraph text.
// Performance: a hit only stamps its entry with the time of use (moving it to the end of the map
// on every hit costs a delete and an insert, thousands per analysis); the oldest entries are
// dropped in one batch when the cache outgrows its capacity by a quarter.
interface Stamped<T> {
  value: T;
  used: number;
}

export class ParagraphCache<T> {
  private readonly entries = new Map<string, Stamped<T>>();
  private clock = 0;
  /** Lookups answered from the cache and computed, since the process started (the benchmark's hit rate). */
  hits = 0;
  misses = 0;
  constructor(private capacity: number) {}

  /** Grows the capacity to hold at least n entries: an LRU smaller than one document would miss on every paragraph. */
  reserve(n: number): void {
    if (n > this.capacity) this.capacity = n;
  }

  get(key: string, compute: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.hits++;
      hit.used = ++this.clock;
      return hit.value;
    }
    this.misses++;
    const value = compute();
    this.entries.set(key, { value, used: ++this.clock });
    if (this.entries.size > this.capacity + (this.capacity >> 2)) this.dropOldest(this.entries.size - this.capacity);
    return value;
  }

  /** Whether the key is cached, without counting a lookup or refreshing it. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }

  private dropOldest(n: number): void {
    const oldest = [...this.entries].sort((a, b) => a[1].used - b[1].used).slice(0, n);
    for (const [key] of oldest) this.entries.delete(key);
  }
}
