// A bounded least-recently-used cache keyed by paragraph text.
export class ParagraphCache<T> {
  private readonly entries = new Map<string, T>();
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
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    this.misses++;
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
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
}
