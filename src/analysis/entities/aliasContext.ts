// What every alias step reads and writes: the mentions, their groups so far, and a lookup by text.
import type { NameCandidate } from '../candidates';
import { UnionFind } from './unionFind';
import { key } from './nameText';

export interface AliasContext {
  /** The mentions to group, in document order; steps refer to them by index. */
  readonly mentions: readonly NameCandidate[];
  /** Mentions joined so far (a step only adds joins; the root of a group is its first mention). */
  readonly groups: UnionFind;
  /** Mention indexes by key(text), in document order; handles are left out. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
}

/** One alias step: joins mentions that name the same thing by one kind of evidence. */
export type AliasStep = (context: AliasContext) => void;

export function aliasContext(mentions: readonly NameCandidate[]): AliasContext {
  const byKey = new Map<string, number[]>();
  mentions.forEach((c, i) => {
    if (c.handle) return;
    const k = key(c.text);
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  return { mentions, groups: new UnionFind(mentions.length), byKey };
}

/** The last of the (ascending) member indexes whose mention starts before `start`, or -1. */
export function lastMemberBefore(mentions: readonly NameCandidate[], members: readonly number[], start: number): number {
  let found = -1;
  let lo = 0;
  let hi = members.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[members[mid]].start < start) {
      found = members[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
