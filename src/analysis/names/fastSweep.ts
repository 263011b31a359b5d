// A faster equivalent of compromise's bulkMatch (src/1-one/sweep/methods/sweep in compromise 14),
// the step of its post-tagger that picks, for each comma-separated chunk of a sentence, the match
// patterns worth trying. compromise tests every hook key of the pattern net (730) against the
// chunk's set of words and tags and concatenates the hits' lists again and again, which made up a
// quarter of the parse. This looks up the chunk's own items instead, then puts the candidates in
// compromise's order (by the key's place in the net, duplicates dropped on first sight) and applies
// the same filters, so the same matches run in the same order and the tags come out the same.
import nlp from 'compromise';

interface SweepMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
export interface SweepNet {
  hooks: Record<string, SweepMatch[]>;
  always: SweepMatch[];
}
type Term = unknown;
interface SweepMethods {
  one: {
    cacheDoc(document: Term[][]): Array<Set<string>>;
    match(document: Term[][], m: SweepMatch): { ptrs: number[][] };
  };
}
type Found = SweepMatch & { pointer: number[] };

/**
 * One pattern of the net as the lookup reads it (one shape for all, where compromise's pattern
 * objects have many), with where compromise would list it: its keys' places in key order and its
 * place in each key's list, as rank = key place * RANK_SPAN + list place; the first present key wins.
 */
class Pattern {
  /** The call that last looked at it (a pattern filed under several wants is tried once), and its rank there. */
  stamp = 0;
  rank = 0;
  /** The needs passes() checks: all of them, or those besides the key the pattern is filed under. */
  otherNeeds: string[];
  constructor(
    readonly m: SweepMatch,
    readonly needs: string[],
    readonly ifNo: string[],
    readonly wants: string[],
    readonly minWant: number,
    readonly minWords: number,
    readonly keys: string[],
    readonly ranks: number[],
  ) {
    this.otherNeeds = needs;
  }

  /** compromise's trim-down filters: every need present, no ifNo present, at least minWant of the wants. */
  passes(haves: Set<string>): boolean {
    const { otherNeeds, ifNo, wants } = this;
    for (let i = 0; i < otherNeeds.length; i++) if (!haves.has(otherNeeds[i])) return false;
    for (let i = 0; i < ifNo.length; i++) if (haves.has(ifNo[i])) return false;
    if (wants.length === 0) return true;
    let found = 0;
    for (let i = 0; i < wants.length; i++) if (haves.has(wants[i])) found++;
    return found >= this.minWant;
  }

  rankIn(haves: Set<string>): number {
    for (let i = 0; i < this.keys.length; i++) if (haves.has(this.keys[i])) return this.ranks[i];
    return Infinity;
  }
}
const RANK_SPAN = 1 << 16;

/** A net indexed for the lookup: each pattern filed under one key it cannot match without (its most
 *  specific need; a pattern without needs under each of its wants). */
type NetIndex = Map<string, Pattern[]>;
const indexes = new WeakMap<SweepNet, NetIndex | null>();
let stamp = 0;

function netIndex(net: SweepNet, specificity: (key: string) => number): NetIndex | null {
  let index = indexes.get(net);
  if (index !== undefined) return index;
  const keys = Object.keys(net.hooks);
  const places = new Map<SweepMatch, Array<[number, number]>>();
  keys.forEach((k, i) => net.hooks[k].forEach((m, pos) => (places.get(m) ?? places.set(m, []).get(m)!).push([i, pos])));
  // compromise drops a pattern whose match string it has already listed: with two patterns of one
  // string, which one runs would depend on the chunk, so such a net keeps compromise's own lookup.
  const strings = new Set([...places.keys()].map((m) => m.match));
  const tooLong = keys.length * RANK_SPAN > Number.MAX_SAFE_INTEGER || keys.some((k) => net.hooks[k].length >= RANK_SPAN);
  if (strings.size !== places.size || tooLong) index = null;
  else {
    index = new Map<string, Pattern[]>();
    const file = (k: string, p: Pattern) => (index!.get(k) ?? index!.set(k, []).get(k)!).push(p);
    for (const [m, at] of places) {
      const p = new Pattern(
        m,
        m.needs,
        m.ifNo ?? [],
        m.wants,
        m.minWant,
        m.minWords,
        at.map(([k]) => keys[k]),
        at.map(([k, pos]) => k * RANK_SPAN + pos),
      );
      if (m.needs.length) {
        const key = [...m.needs].sort((a, b) => specificity(b) - specificity(a))[0];
        // Found under that key, the pattern has it: passes() checks the other needs only.
        p.otherNeeds = m.needs.filter((need) => need !== key);
        file(key, p);
      } else new Set(m.wants).forEach((k) => file(k, p));
    }
  }
  indexes.set(net, index);
  return index;
}

/** compromise's trim-down filters (for the patterns its own lookup picks). */
function passes(m: SweepMatch, haves: Set<string>): boolean {
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (haves.has(want)) found++;
  return found >= m.minWant;
}

/** The patterns to try on one chunk, in the order compromise's getHooks, trimDown and tooSmall leave them. */
function candidates(net: SweepNet, index: NetIndex, haves: Set<string>, termCount: number): SweepMatch[] {
  const found: Pattern[] = [];
  const call = ++stamp;
  for (const item of haves) {
    const list = index.get(item);
    if (!list) continue;
    for (const p of list) {
      if (p.stamp === call) continue;
      p.stamp = call;
      if (termCount < p.minWords || !p.passes(haves)) continue;
      p.rank = p.rankIn(haves);
      found.push(p);
    }
  }
  found.sort((a, b) => a.rank - b.rank);
  const out = found.map((p) => p.m);
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

/** compromise's own getHooks, trimDown and tooSmall for one chunk (a net the index cannot take). */
function candidatesAsCompromise(net: SweepNet, haves: Set<string>, termCount: number): SweepMatch[] {
  const seen = new Set<string>();
  const out: SweepMatch[] = [];
  for (const k of Object.keys(net.hooks)) {
    if (!haves.has(k)) continue;
    for (const m of net.hooks[k]) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (passes(m, haves) && termCount >= m.minWords) out.push(m);
    }
  }
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

/**
 * How seldom a key is likely to be present, to file each pattern under its rarest need: a word
 * (rarer than any tag), then a tag by its depth in compromise's tag tree ("#Noun" is everywhere).
 * Only speed depends on it, never which patterns run.
 */
function tagSpecificity(key: string): number {
  if (!key.startsWith('#')) return 100;
  const tagSet = (nlp.world() as { model: { one: { tagSet: Record<string, { parents?: string[] }> } } }).model.one.tagSet;
  return tagSet[key.slice(1)]?.parents?.length ?? 0;
}

/** Drop-in for world.methods.one.bulkMatch: the same results as compromise's runMatch over the same candidates. */
export function fastBulkMatch(document: Term[][], net: SweepNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): Found[] {
  const caches = methods.one.cacheDoc(document);
  const index = netIndex(net, tagSpecificity);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const todo = index ? candidates(net, index, caches[n], document[n].length) : candidatesAsCompromise(net, caches[n], document[n].length);
    for (const m of todo) {
      const res = methods.one.match([document[n]], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const result: Found = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) result.unTag = m.unTag;
        results.push(result);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}
