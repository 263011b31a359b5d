// Look-up tables built from the entities and mentions (entities by name, by transcript label,
// mentions by role word), kept from one run to the next while what they are built from is
// unchanged. SieveMemo (reuse.ts) compares the document-wide facts (every entity's id, type, name,
// role, aliases and gender; every mention's entity, in order) with last run's and tells this
// module; the tables hold entity and mention indexes, never objects of one run.
let validFor: WeakRef<object> | null = null;
const kept = new Map<string, unknown>();

/** Called once per run by SieveMemo: the facts of `ix` equal last run's (keep the tables) or not (drop them). */
export function keepIndexesFor(ix: object, sameFacts: boolean): void {
  if (!sameFacts) kept.clear();
  validFor = new WeakRef(ix);
}

/** Drops every kept table (cold runs). */
export function forgetKeptIndexes(): void {
  kept.clear();
  validFor = null;
}

/** The table `name` for the token index ix: last run's when SieveMemo found ix's facts unchanged, else built. */
export function keptIndex<T>(ix: object, name: string, build: () => T): T {
  if (validFor?.deref() !== ix) return build();
  let table = kept.get(name) as T | undefined;
  if (table === undefined) kept.set(name, (table = build()));
  return table;
}
