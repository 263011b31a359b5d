// Decides one type per entity from the evidence on all its mentions: explicit types (gazetteers,
// cue words, titles, compromise tags) outvote context hints ("said", "in"), which outvote defaults.
// Each decision names its rule (rules/entityRules.ts): a vote names the rule of its strongest mention.
import type { NameCandidate } from './candidates';
import type { EntityType } from './types';

export interface TypeDecision {
  type: EntityType;
  rule: string;
}

type Pick = (c: NameCandidate) => EntityType | null | undefined;

/** Rules that only guess a place ("Southern Cross"; "Riverbend" by compromise's tags): an organization it is part of outweighs them. */
export const GUESSED_PLACE_RULES: ReadonlySet<string> = new Set(['compass-word-place', 'compromise-place-tags']);

/** The type most mentions give (a titled mention counts three times), or null. */
function vote(mentions: NameCandidate[], pick: Pick): EntityType | null {
  const n: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
  for (const c of mentions) {
    const t = pick(c);
    if (t) n[t] += c.role ? 3 : 1;
  }
  const best = (Object.keys(n) as EntityType[]).sort((a, b) => n[b] - n[a])[0];
  return n[best] > 0 ? best : null;
}

/** The rule of the mention that weighs most for the winning type (a titled one first). */
function ruleOf(mentions: NameCandidate[], pick: Pick, type: EntityType, field: 'typeRule' | 'hintRule'): string {
  const voters = mentions.filter((c) => pick(c) === type);
  const best = voters.find((c) => c.role && c[field]) ?? voters.find((c) => c[field]);
  return best?.[field] ?? (field === 'typeRule' ? 'name-typed' : 'name-hinted');
}

export function decideType(mentions: NameCandidate[]): TypeDecision {
  // A compass word and a name ("Southern Cross") is only guessed to be a place: a typed organization in the group outweighs it.
  const withOrganization = mentions.some((c) => c.type === 'organization');
  const typedPick: Pick = (c) => (c.handle || (withOrganization && GUESSED_PLACE_RULES.has(c.typeRule ?? '')) ? null : c.type);
  const typed = vote(mentions, typedPick);
  // A place used as an organization in most of its mentions (a country's team, "the carrier Panama").
  if (typed === 'place' && mentions.filter((c) => c.hint === 'organization').length * 2 >= mentions.length)
    return { type: 'organization', rule: 'place-used-as-organization' };
  if (typed) return { type: typed, rule: ruleOf(mentions, typedPick, typed, 'typeRule') };
  // An unknown name also written as its last word alone ("Romelu Lukaku" ... "Lukaku") is a person;
  // organizations are shortened to their first words ("Freedom Magazine" -> "Freedom").
  const multi = mentions.filter((c) => !c.handle && c.text.split(/\s+/).length > 1);
  if (multi.some((m) => mentions.some((c) => !c.handle && !c.text.includes(' ') && m.text.endsWith(` ${c.text}`))))
    return { type: 'person', rule: 'surname-short-form' };
  const hintPick: Pick = (c) => c.hint;
  const hinted = vote(mentions, hintPick);
  if (hinted) return { type: hinted, rule: ruleOf(mentions, hintPick, hinted, 'hintRule') };
  // No evidence at all: people are usually recognised by their first names and titles, so an
  // unknown capitalised name is most often an organization (a company, group, outlet).
  if (mentions.every((c) => c.handle)) return { type: 'person', rule: 'handle-person' };
  return { type: 'organization', rule: 'unknown-name-organization' };
}
