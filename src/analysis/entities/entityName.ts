// The name and title an entity is shown with, chosen among its mentions.
import type { NameCandidate } from '../candidates';
import { HONORIFICS, TITLE_ACRONYMS } from '../lexicon/titles';
import { isAllCaps } from './nameText';

/** The fullest written name: more words, then more letters; handles and owned forms only when nothing else names it. */
export function canonicalName(members: readonly NameCandidate[]): string {
  const named = members.filter((m) => !m.handle && !m.ownerName);
  const notHandles = members.filter((m) => !m.handle);
  const pool = named.length ? named : notHandles.length ? notHandles : members;
  let name = pool[0].text;
  for (const m of pool) {
    const a = m.text.split(/\s+/).length;
    const b = name.split(/\s+/).length;
    // The same name in capitals (a dateline, a headline) and in running text: the running text spells it.
    const betterCase = m.text.toLowerCase() === name.toLowerCase() && isAllCaps(name) && !isAllCaps(m.text);
    if (a > b || (a === b && m.text.length > name.length) || betterCase) name = m.text;
  }
  return name;
}

/** The most specific title: job titles before honorifics, then more words, then full words before abbreviations. */
export function bestRole(members: readonly NameCandidate[]): string | null {
  let best: string | null = null;
  let bestScore = -1;
  for (const m of members) {
    if (!m.role) continue;
    const r = m.role;
    const low = r.toLowerCase().replace(/\.$/, '');
    let score = r.split(/\s+/).length * 2;
    if (HONORIFICS.has(low)) score -= 10;
    // "FM", "PM" stand for two-word titles: above a bare "Minister", below "Foreign Minister".
    if (TITLE_ACRONYMS.has(low)) score = 3;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}
