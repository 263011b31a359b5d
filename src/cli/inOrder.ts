// Runs up to `window` tasks at once and yields their results in the order of the inputs: the
// batch uses every worker while the output stays in input order, and at most `window` results
// wait in memory when the consumer (stdout) is slow.
export async function* inOrder<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  window: number,
  run: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const inFlight: Array<Promise<R>> = [];
  for await (const item of items) {
    const p = run(item);
    p.catch(() => undefined); // settled later, in order; never an unhandled rejection meanwhile
    inFlight.push(p);
    if (inFlight.length >= window) yield await inFlight.shift()!;
  }
  while (inFlight.length) yield await inFlight.shift()!;
}
