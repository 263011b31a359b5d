// Look-up tables built from the entities and mentions (entities by name, by transcript label,
// mentions by role word), kept from one run to the next while what they are built from is
// unchanged. SieveMemo (reuse.ts) compares the document-wide facts (every entity's id, type, name,
// role, aliases and gender; every mention's entity, in order) with last run's and tells this
// module; the tables hold entity and mention indexes, never objects of one run.
let validFor: WeakRef<object> | null = null;
const kept = new Map<string, unknown>();
/** This run's paragraph ids (reuse.ts: equal ids, equal text, gaps, mentions and quote marks). */
let paragraphIds: readonly number[] = [];

/**
 * Called once per run by SieveMemo: the facts of `ix` equal last run's (keep the tables) or not
 * (drop them), and each paragraph's id in this run.
 */
export function keepIndexesFor(ix: object, sameFacts: boolean, ids: readonly number[]): void {
  if (!sameFacts) kept.clear();
  validFor = new WeakRef(ix);
  paragraphIds = ids;
}

/** Drops every kept table (cold runs). */
export function forgetKeptIndexes(): void {
  kept.clear();
  validFor = null;
}

/** A table that also reads the paragraphs up to some point, with their ids when it was built. */
interface PrefixTable<T> {
  ids: readonly number[];
  table: T;
}

/**
 * As keptIndex, for a table that also reads the text of the first `paragraphs` paragraphs (and
 * nothing after them): kept while those paragraphs' ids are unchanged too, and `fits` holds.
 */
export function keptForPrefix<T>(ix: object, name: string, paragraphs: number, build: () => T, fits: (table: T) => boolean): T {
  if (validFor?.deref() !== ix) return build();
  const entry = kept.get(name) as PrefixTable<T> | undefined;
  if (entry && fits(entry.table) && entry.ids.length === paragraphs && entry.ids.every((id, i) => id === paragraphIds[i]))
    return entry.table;
  const table = build();
  kept.set(name, { ids: paragraphIds.slice(0, paragraphs), table });
  return table;
}

/** The table `name` for the token index ix: last run's when SieveMemo found ix's facts unchanged, else built. */
export function keptIndex<T>(ix: object, name: string, build: () => T): T {
  if (validFor?.deref() !== ix) return build();
  let table = kept.get(name) as T | undefined;
  if (table === undefined) kept.set(name, (table = build()));
  return table;
}
