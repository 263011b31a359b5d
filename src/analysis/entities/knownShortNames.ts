// Step 3e: short names the lexicon knows ("B.C." for "British Columbia", "the Tories" for "the Conservative
// Party"), road numbers ("I-91" for "Interstate 91"), and mixed-case initials ("Prasa" for "Passenger Rail
// Agency of South Africa") join the full name written in the same article.
import { KNOWN_SHORT_NAMES } from '../lexicon/aliases';
import type { AliasContext } from './aliasContext';
import { initials, key, words } from './nameText';

export function joinKnownShortNames({ mentions, groups, byKey }: AliasContext): void {
  let byInitials: Map<string, number> | undefined;
  mentions.forEach((c, i) => {
    if (c.handle) return;
    for (const full of fullNamesOf(c.text)) {
      const target = byKey.get(full)?.[0];
      if (target !== undefined && target !== i) {
        groups.union(target, i);
        return;
      }
    }
    // "Prasa" after "Passenger Rail Agency of South Africa": one word written as an organization's initials.
    if (/^\p{Lu}\p{Ll}{2,6}$/u.test(c.text) && c.type !== 'person' && c.type !== 'place') {
      byInitials ??= organizationsByInitials(mentions);
      const target = byInitials.get(c.text.toUpperCase());
      if (target !== undefined) groups.union(target, i);
    }
  });
}

/** Performance: the first organization of three or more words for each initials, built once (not one scan per short word). */
function organizationsByInitials(mentions: AliasContext['mentions']): Map<string, number> {
  const byInitials = new Map<string, number>();
  mentions.forEach((d, k) => {
    if (d.type !== 'organization' || d.handle || words(d.text).length < 3) return;
    const letters = initials(d.text);
    if (!byInitials.has(letters)) byInitials.set(letters, k);
  });
  return byInitials;
}

/** The full names (keys) a short name stands for. */
function fullNamesOf(text: string): readonly string[] {
  const k = key(text);
  const road = /^i-(\d{1,3})$/.exec(k);
  if (road) return [`interstate ${road[1]}`];
  return KNOWN_SHORT_NAMES.get(k) ?? [];
}
