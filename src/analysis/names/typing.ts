// The first guess of one name's type and hint: the context around it, the ordered type rules
// (typeRules.ts), then the hints the words after it give.
import type { NameCandidate } from '../candidates';
import type { EntityType } from '../types';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import {
  FROM_INSTITUTION_BEFORE,
  LOCAL_OFFICE_TITLES,
  ORG_BEFORE,
  PARTY_NOUNS,
  PLACE_BEFORE,
  PLACE_PREPS,
  SEAT_HOLDERS,
  SPEECH_AFTER,
  TO_NOT_DESTINATION,
} from '../lexicon/nameContext';
import { isKnownPlace, isPlaceAbbreviation, spanKey } from '../lexicon/key';
import { hasAny, isAcronymShape, isPlaceAbbreviationAt, isUpperStart, joined, PERSON_TAGS, plain, Tok } from './tokens';
import { firstTypeRule, TypeContext } from './typeRules';
import { endsInNonPersonalWord, facilityAfter, isScoreLine, isSpeakerLabel, looksPersonal } from './context';
import { appositionType, governmentActs, isCapitalsOrCamelName, joinedBefore, organizationContext } from './orgContext';

/** The names pass's guess for one name, with the ids of the rules that decided it. */
export interface NameTyping {
  type: EntityType | null;
  typeRule?: string;
  hint: EntityType | null;
  hintRule?: string;
  role: string | null;
}

/** Types the name toks[b..j] of the run starting at a (`listed`, `role` as the run's split found them). */
export function typeName(toks: Tok[], a: number, b: number, j: number, listed: EntityType | null, role: string | null): NameTyping {
  const context = typeContext(toks, a, b, j, listed, role);
  const rule = firstTypeRule(context);
  const typing: NameTyping = { type: rule?.type ?? null, typeRule: rule?.id, hint: context.hint, role: context.anyRole };
  if (context.hint) typing.hintRule = hintRuleBefore(context);
  const hintAs = (hint: EntityType, rule: string) => ([typing.hint, typing.hintRule] = [hint, rule]);
  contextHints(toks, a, b, j, typing, hintAs);
  // "the Kudankulam nuclear power plant", "the Chernobyl reactor": a facility named after its site.
  if ((!typing.type || typing.typeRule === 'town-and-state-late') && !typing.hint && facilityAfter(toks, j))
    hintAs('place', 'hint-facility-after');
  // "the carrier Panama", "news agency Xinhua": an organization word just before beats a place list.
  const before = context.before;
  if (typing.hint === 'organization' && typing.type === 'place' && before && ORG_BEFORE.has(before.lower) && !typing.role) {
    [typing.type, typing.typeRule] = ['organization', 'organization-word-before-beats-place'];
  }
  // Two or three plain capitalised words that nothing else explains read as a person's name
  // ("Alireza Mehraban", "Nunzio Galantino"): most unknown names in news are non-Western people.
  if (!typing.type && !typing.hint && looksPersonal(context.nameToks)) hintAs('person', 'hint-looks-personal');
  return typing;
}

/** The hints the words after the name (and "joined" before it) give, when the word before gave none or only a preposition. */
function contextHints(toks: Tok[], a: number, b: number, j: number, typing: NameTyping, hintAs: (h: EntityType, r: string) => void): void {
  const weakHint = !typing.hint || typing.hintRule === 'hint-place-preposition';
  const after = toks[j + 1];
  const speaks = !!after && joined(toks[j], after) && SPEECH_AFTER.has(after.lower);
  // government-acts: "Whitehall has refused", "Ottawa pledged": the seat stands for its government.
  if (
    weakHint &&
    governmentActs(
      toks,
      a,
      j,
      spanKey(
        toks
          .slice(b, j + 1)
          .map((t) => t.text)
          .join(' '),
      ),
    )
  )
    hintAs('organization', 'hint-government-acts');
  else if (!typing.hint && speaks && b === j && isCapitalsOrCamelName(toks[b].text)) hintAs('organization', 'hint-capitals-speech-verb');
  // "Cricket Australia said", "Fenmore Water said": a name ending in a place or a common noun that speaks is a body.
  else if (!typing.hint && speaks && b < j && endsInNonPersonalWord(toks.slice(b, j + 1))) hintAs('organization', 'hint-body-speaks');
  else if (!typing.hint && speaks) hintAs('person', 'hint-speech-verb-after');
  else if (weakHint && joinedBefore(toks, a, j)) hintAs('organization', 'hint-joined-organization');
}

/** What the type rules read about the name toks[b..j] (run start a; `listed`, `role` as the run's split found them). */
function typeContext(toks: Tok[], a: number, b: number, j: number, listed: EntityType | null, role: string | null): TypeContext {
  const nameToks = toks.slice(b, j + 1);
  const before = toks[a - 1];
  const { hint, anyRole } = hintBefore(toks, a, role);
  // "Irving, Texas", "Huntsville, Alabama": a town named with its state or country, even if it is also a first name.
  const afterComma = toks[j + 1];
  const townState =
    !!afterComma &&
    /^,\s*$/.test(toks[j].post) &&
    (isKnownPlace(afterComma.text) || isPlaceAbbreviation(afterComma.text)) &&
    !(toks[j + 2] && joined(afterComma, toks[j + 2]) && isUpperStart(toks[j + 2].text));
  return {
    nameToks,
    first: plain(toks[b]),
    // "BBC Radio 4", "Interstate 84": the word before the number is the head.
    last: plain(toks[/^\d+$/.test(toks[j].text) && j > b ? j - 1 : j]),
    single: nameToks.length === 1,
    ofName: nameToks.some((t) => t.lower === 'of'),
    listed,
    role,
    anyRole,
    datelineShape: b === 0 && /^\s*(?:,|—|–|-|\()/.test(nameToks[0].post),
    acronym: nameToks.length === 1 && isAcronymShape(nameToks[0].text),
    hint,
    before,
    afterIn: afterIn(toks, a),
    townState,
    speakerLabel: isSpeakerLabel(toks, b, j),
    placeAbbreviation: b === j && isPlaceAbbreviationAt(toks, b),
    beforePartyNoun: beforePartyNoun(toks, j),
    beforeWho: /^,\s*$/.test(toks[j].post) && toks[j + 1]?.lower === 'who',
    residence: afterAge(toks, a),
    localOfficeAfter: localOfficeAfter(toks, j),
    scoreAfter: isScoreLine(toks, j + 1),
    organizationContext: organizationContext(toks, a, j),
    apposition: appositionType(toks, j),
  };
}

/** "Connor Bradshaw, 27, of Weston-super-Mare": the run at a follows "AGE, of". */
function afterAge(toks: Tok[], a: number): boolean {
  const [age, of] = [toks[a - 2], toks[a - 1]];
  return (
    !!age &&
    of?.lower === 'of' &&
    joined(of, toks[a]) &&
    /^\d{1,3}$/.test(age.text) &&
    /^,\s*$/.test(age.post) &&
    a >= 3 &&
    /^,\s*$/.test(toks[a - 3].post)
  );
}

/** "Republican party", "Republican and Conservative party lines": a lower-case party noun after the name (or after "and" and another). */
/** "in Fayette District Court", "in the Gauteng High Court": "in" (and "the") right before the run at a. */
function afterIn(toks: Tok[], a: number): boolean {
  let k = a - 1;
  if (toks[k]?.lower === 'the' && joined(toks[k], toks[a])) k--;
  return toks[k]?.lower === 'in' && joined(toks[k], toks[k + 1]);
}

function beforePartyNoun(toks: Tok[], j: number): boolean {
  const isNoun = (k: number) => !!toks[k] && joined(toks[k - 1], toks[k]) && PARTY_NOUNS.has(toks[k].text);
  if (isNoun(j + 1)) return true;
  const and = toks[j + 1];
  return (
    !!and &&
    and.lower === 'and' &&
    joined(toks[j], and) &&
    !!toks[j + 2] &&
    isUpperStart(toks[j + 2].text) &&
    joined(and, toks[j + 2]) &&
    isNoun(j + 3)
  );
}

/** The type the word just before the run at a suggests, and the role a title there gives. */
function hintBefore(toks: Tok[], a: number, role: string | null): { hint: EntityType | null; anyRole: string | null } {
  const before = toks[a - 1];
  const before2 = toks[a - 2];
  if (!before || !joined(before, toks[a])) return { hint: null, anyRole: role };
  // "the start-up Fleetwise": compromise splits the hyphenated word.
  const compound = before2 && /^[-‐]$/.test(before2.post) ? `${before2.lower}-${before.lower}` : before.lower;
  if (ORG_BEFORE.has(before.lower) || ORG_BEFORE.has(compound)) return { hint: 'organization', anyRole: role };
  if (PLACE_BEFORE.has(before.lower) || (before.lower === 'of' && before2 && PLACE_BEFORE.has(before2.lower)))
    return { hint: 'place', anyRole: role };
  if (TITLE_HEADS.has(before.lower) && !before.tags.has('ProperNoun')) {
    // "trade chief Elena Varga", "health secretary Ana Ruiz": a lower-case field word belongs to the title.
    const field = before2 && joined(before2, before) && /^\p{Ll}/u.test(before2.text) && TITLE_MODIFIERS.has(before2.lower);
    return { hint: 'person', anyRole: role ?? (field ? `${before2.text} ${before.text}` : before.text) };
  }
  // "researchers from Teagasc", "a grant from Bord Iascaigh Mhara": an institution; "according to X", "signed to X": no place.
  const governor = before2 && joined(before2, before) ? before2.lower : '';
  if (before.lower === 'from' && FROM_INSTITUTION_BEFORE.has(governor)) return { hint: 'organization', anyRole: role };
  // "The MP for Ablekuma Central", "the member for Dunmore North": the seat is a place.
  if (before.lower === 'for' && SEAT_HOLDERS.has(governor) && !toks[a].tags.has('Person')) return { hint: 'place', anyRole: role };
  if (before.lower === 'to' && TO_NOT_DESTINATION.has(governor)) return { hint: null, anyRole: role };
  // "in Mathare and Kibra": a name joined by "and" to a place after a place preposition is a place too.
  if (before.lower === 'and' && placeBeforeAnd(toks, a - 1)) return { hint: 'place', anyRole: role };
  return { hint: PLACE_PREPS.has(before.lower) ? 'place' : null, anyRole: role };
}

/** A capitalised local office and a capitalised name follow toks[j] ("Tracadie Mayor Denis Losier"). */
function localOfficeAfter(toks: Tok[], j: number): boolean {
  const [title, name] = [toks[j + 1], toks[j + 2]];
  return (
    !!title &&
    !!name &&
    joined(toks[j], title) &&
    joined(title, name) &&
    isUpperStart(title.text) &&
    isUpperStart(name.text) &&
    LOCAL_OFFICE_TITLES.has(title.lower)
  );
}

/** The capitalised words before the "and" at k follow a place preposition ("in Mathare and"). */
function placeBeforeAnd(toks: Tok[], k: number): boolean {
  let r = k - 1;
  if (r < 0 || !isUpperStart(toks[r].text) || !joined(toks[r], toks[k])) return false;
  while (r > 0 && isUpperStart(toks[r - 1].text) && joined(toks[r - 1], toks[r])) r--;
  const prep = toks[r - 1];
  return !!prep && joined(prep, toks[r]) && PLACE_PREPS.has(prep.lower) && !hasAny(toks[r], PERSON_TAGS);
}

/** The id of the context hint typeContext() found (the word just before the name). */
function hintRuleBefore(c: TypeContext): string {
  if (c.hint === 'organization') return c.before?.lower === 'from' ? 'hint-institution-source' : 'hint-organization-word-before';
  if (c.hint === 'person') return 'hint-title-before';
  if (c.before?.lower === 'and') return 'hint-place-coordinated';
  return c.before && PLACE_PREPS.has(c.before.lower) ? 'hint-place-preposition' : 'hint-place-word-before';
}

/** Records the deciding rules on a candidate (the decision trace; rules/entityRules.ts). */
export function traceType(c: NameCandidate, typeRule: string | undefined, hintRule: string | undefined): void {
  if (c.type && typeRule) c.typeRule = typeRule;
  if (c.hint && hintRule) c.hintRule = hintRule;
}
