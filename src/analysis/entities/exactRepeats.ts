// Step 1: the same name written again is the same entity, unless the types say otherwise.
import type { NameCandidate } from '../candidates';
import type { AliasContext } from './aliasContext';
import { words } from './nameText';

/**
 * Joins mentions with the same key. A place and an organization with the same text stay apart;
 * untyped mentions join the typed group when there is just one. A surname shared by several full
 * names ("Bush": George Bush, Laura Bush) is left to the short-form step, which decides per mention.
 */
export function joinExactRepeats({ mentions, groups, byKey }: AliasContext): void {
  const shared = sharedSurnames(mentions);
  for (const [k, ids] of byKey) {
    if (shared.has(k)) continue;
    const firstOfType = new Map<string, number>();
    for (const i of ids) {
      const t = mentions[i].type;
      const g = t === 'place' || t === 'organization' ? t : 'any';
      if (!firstOfType.has(g)) firstOfType.set(g, i);
      else groups.union(firstOfType.get(g)!, i);
    }
    const any = firstOfType.get('any');
    if (any === undefined) continue;
    const bothTypes = firstOfType.has('organization') && firstOfType.has('place');
    const target = bothTypes ? undefined : (firstOfType.get('organization') ?? firstOfType.get('place'));
    if (target !== undefined) groups.union(any, target);
  }
}

/** Last words that end more than one distinct full name of a person (or of an untyped name). */
function sharedSurnames(mentions: readonly NameCandidate[]): Set<string> {
  const fullNames = new Map<string, Set<string>>();
  for (const c of mentions) {
    const w = words(c.text);
    if (c.handle || w.length < 2 || (c.type && c.type !== 'person')) continue;
    const last = w[w.length - 1];
    fullNames.set(last, (fullNames.get(last) ?? new Set()).add(w.join(' ')));
  }
  const shared = new Set<string>();
  for (const [last, names] of fullNames) if (names.size > 1) shared.add(last);
  return shared;
}
