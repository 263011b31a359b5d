// Optional per-stage timing of analyzeDocument() for the edit profile (test/bench/editProfile.ts).
// Off unless a clock is given; the engine imports no timer of its own, so it stays platform-free.

let clock: (() => number) | null = null;
const totals = new Map<string, number>();

/** Starts timing stages with `now` (milliseconds); null stops. Clears the totals. */
export function timeStagesWith(now: (() => number) | null): void {
  clock = now;
  totals.clear();
}

/** Milliseconds spent in each stage since timing started, in the order the stages first ran. */
export function stageTotals(): Map<string, number> {
  return new Map(totals);
}

/** Runs f, adding its time to `stage` when timing is on. */
export function stage<T>(name: string, f: () => T): T {
  if (!clock) return f();
  const t0 = clock();
  try {
    return f();
  } finally {
    totals.set(name, (totals.get(name) ?? 0) + clock() - t0);
  }
}
