// A small seeded PRNG (mulberry32) so generated benchmark documents and fuzz inputs are reproducible.

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [lo, hi] inclusive. */
export function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

/** A seed from an environment variable (decimal or 0x hex; `random` for a fresh one), else `fallback`. */
export function seedFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (raw === 'random') return (Date.now() ^ (process.pid << 16)) >>> 0;
  if (raw) {
    const n = Number(raw);
    if (Number.isFinite(n)) return n >>> 0;
  }
  return fallback >>> 0;
}
