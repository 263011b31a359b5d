// The longer names of a document, indexed for the short-form step.
import type { NameCandidate } from '../candidates';
import type { EntityType } from '../types';
import { initials, words } from './nameText';

/** Mentions of one long name (same text and type), in document order. */
export interface LongName {
  readonly text: string;
  readonly type: EntityType | null;
  readonly words: readonly string[];
  readonly initials: string;
  /** Mention indexes, ascending. */
  readonly members: number[];
}

/**
 * Performance (same result as testing every long mention): every short-form test needs the last
 * word, the first word or the initials to match, so a short form looks at a few long names
 * instead of every mention (that scan was quadratic: ~3-10 s on a 100,000-word document).
 */
export class LongNameIndex {
  private readonly all = new Map<string, LongName>();
  private readonly byLast = new Map<string, LongName[]>();
  private readonly byFirst = new Map<string, LongName[]>();
  private readonly byInitials = new Map<string, LongName[]>();

  constructor(mentions: readonly NameCandidate[]) {
    mentions.forEach((c, i) => {
      const w = words(c.text);
      if (c.handle || w.length < 2) return;
      const type = c.type ?? null;
      const groupKey = `${type}\u0000${c.text}`;
      let name = this.all.get(groupKey);
      if (!name) {
        name = { text: c.text, type, words: w, initials: initials(c.text), members: [] };
        this.all.set(groupKey, name);
        push(this.byLast, w[w.length - 1], name);
        push(this.byFirst, w[0], name);
        push(this.byInitials, name.initials, name);
      }
      name.members.push(i);
    });
  }

  /** The long names sharing the last word, the first word or (for an acronym) the initials, each once. */
  candidatesFor(shortWords: readonly string[], acronymLetters: string): Iterable<LongName> {
    if (shortWords.length === 0) return this.all.values();
    const lists = [
      this.byLast.get(shortWords[shortWords.length - 1]),
      this.byFirst.get(shortWords[0]),
      acronymLetters ? this.byInitials.get(acronymLetters) : undefined,
    ];
    const present = lists.filter((l): l is LongName[] => l !== undefined && l.length > 0);
    return present.length === 1 ? present[0] : new Set(present.flat());
  }
}

function push<T>(map: Map<string, T[]>, k: string, value: T): void {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}
