// The longest gap between ticks of a 5 ms timer on this thread while `run` goes on: how long the
// thread (the benchmark's main thread, or the extension host in the integration test) was blocked.
export async function maxStall<T>(run: () => Promise<T>): Promise<{ value: T; stallMs: number; totalMs: number }> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 5);
  const t0 = performance.now();
  try {
    const value = await run();
    worst = Math.max(worst, performance.now() - last);
    return { value, stallMs: worst, totalMs: performance.now() - t0 };
  } finally {
    clearInterval(timer);
  }
}
