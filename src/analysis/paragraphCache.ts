// A bounded least-recently-used cache keyed by paragraph text.
export class ParagraphCache<T> {
  private readonly entries = new Map<string, T>();
  constructor(private capacity: number) {}

  /** Grows the capacity to hold at least n entries: an LRU smaller than one document would miss on every paragraph. */
  reserve(n: number): void {
    if (n > this.capacity) this.capacity = n;
  }

  get(key: string, compute: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
