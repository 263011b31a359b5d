// Decides one type per entity from the evidence on all its mentions: explicit types (gazetteers,
// cue words, titles, compromise tags) outvote context hints ("said", "in"), which outvote defaults.
import type { NameCandidate } from './candidates';
import type { EntityType } from './types';

export function decideType(mentions: NameCandidate[]): EntityType {
  const votes = (pick: (c: NameCandidate) => EntityType | null | undefined) => {
    const n: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
    for (const c of mentions) {
      const t = pick(c);
      if (t) n[t] += c.role ? 3 : 1;
    }
    const best = (Object.keys(n) as EntityType[]).sort((a, b) => n[b] - n[a])[0];
    return n[best] > 0 ? best : null;
  };
  const typed = votes((c) => (c.handle ? null : c.type));
  // A place used as an organization in most of its mentions (a country's team, "the carrier Panama").
  if (typed === 'place' && mentions.filter((c) => c.hint === 'organization').length * 2 >= mentions.length) return 'organization';
  if (typed) return typed;
  // An unknown name also written as its last word alone ("Romelu Lukaku" ... "Lukaku") is a person;
  // organizations are shortened to their first words ("Freedom Magazine" -> "Freedom").
  const multi = mentions.filter((c) => !c.handle && c.text.split(/\s+/).length > 1);
  if (multi.some((m) => mentions.some((c) => !c.handle && !c.text.includes(' ') && m.text.endsWith(` ${c.text}`)))) return 'person';
  const hinted = votes((c) => c.hint);
  if (hinted) return hinted;
  // No evidence at all: people are usually recognised by their first names and titles, so an
  // unknown capitalised name is most often an organization (a company, group, outlet).
  if (mentions.every((c) => c.handle)) return 'person';
  return 'organization';
}
