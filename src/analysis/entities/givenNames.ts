// Step 3f: "Nora" after "Nora Hurley": in interviews and transcripts people are called by their first name.
// A one-word mention joins the one person of the article whose full name starts with it.
import type { AliasContext } from './aliasContext';
import { words } from './nameText';

export function joinGivenNames({ mentions, groups }: AliasContext): void {
  const fullNames = new Map<string, Set<string>>();
  const firstOf = new Map<string, number>();
  const surnames = new Set<string>();
  mentions.forEach((c, i) => {
    const w = words(c.text);
    if (c.type === 'person' && w.length > 1) surnames.add(w[w.length - 1]);
    if (c.handle || c.type !== 'person' || w.length < 2) return;
    fullNames.set(w[0], (fullNames.get(w[0]) ?? new Set()).add(w.join(' ')));
    if (!firstOf.has(w[0])) firstOf.set(w[0], i);
  });
  mentions.forEach((c, i) => {
    if (c.handle || /\s/.test(c.text) || (c.type && c.type !== 'person')) return;
    const w = words(c.text)[0];
    // Several people share the first name, or the word is also someone's surname: leave it.
    if (fullNames.get(w)?.size !== 1 || groups.find(i) !== i || surnames.has(w)) return;
    groups.union(firstOf.get(w)!, i);
  });
}
