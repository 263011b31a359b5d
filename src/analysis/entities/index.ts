// The aliases pass: groups name mentions into entities, one per real-world referent. Each step
// joins mentions by one kind of evidence over a shared union-find; the groups then become entities.
import type { NameCandidate } from '../candidates';
import type { DocumentModel } from '../document';
import type { Entity } from '../types';
import { aliasContext, type AliasStep } from './aliasContext';
import { buildEntities } from './buildEntities';
import { joinBareHeads } from './bareHeads';
import { joinClippedForms } from './clippedForms';
import { joinTeamNames } from './teamNames';
import { joinKnownShortNames } from './knownShortNames';
import { joinGivenNames } from './givenNames';
import { joinExactRepeats } from './exactRepeats';
import { joinHandlesToNames } from './handleOwners';
import { mentionsToGroup } from './mentionsToGroup';
import { joinShortForms } from './shortForms';
import { joinWrittenOwners } from './writtenOwners';
import { entitiesOfLastRun, rememberRun } from './lastRun';

/** The alias steps, in order (the groups do not depend on it: each step only reads the mentions). */
export const ALIAS_STEPS: readonly AliasStep[] = [
  joinExactRepeats, // "Putin" ... "Putin"
  joinWrittenOwners, // "S. Jaishankar (@DrSJaishankar)", "World Health Organization (WHO)"
  joinShortForms, // "Putin" for "Vladimir Putin", "Freedom" for "Freedom Magazine", "GOC"
  joinClippedForms, // "the Met" for "the Metropolitan Police"
  joinBareHeads, // "the Authority" for "the Communications Authority of Kenya"
  joinTeamNames, // "Boise" and "Storm" for "the Boise Ironhorses", "the Melbourne Storm"
  joinKnownShortNames, // "B.C." for "British Columbia", "the Tories", "I-91", "Prasa"
  joinGivenNames, // "Nora" for "Nora Hurley"
  joinHandlesToNames, // "@narendramodi" for "Narendra Modi"
];

export function resolveEntities(candidates: NameCandidate[], _doc: DocumentModel): Entity[] {
  const reused = entitiesOfLastRun(candidates);
  if (reused) return reused;
  const context = aliasContext(mentionsToGroup(candidates));
  for (const step of ALIAS_STEPS) step(context);
  const entities = buildEntities(context);
  rememberRun(candidates, entities);
  return entities;
}

export { forgetLastRun as clearEntityCache } from './lastRun';

export { UnionFind } from './unionFind';
export type { AliasContext, AliasStep } from './aliasContext';
