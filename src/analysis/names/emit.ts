// Turns one run of name words into names: a leading article, a title and nationality words are
// split off, a listed name is taken whole, and what is left is typed.
import type { NameCandidate } from '../candidates';
import type { EntityType } from '../types';
import { ORG_CUES, PLACE_CUES, ORG_OF_HEADS, NOT_ACRONYMS } from '../lexicon/cues';
import { EVENT_LAST, NUMBERED_PLACES } from '../lexicon/nonEntities';
import { POST_NOMINALS, SAINT_WORDS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_ACRONYMS } from '../lexicon/titles';
import { COMPASS_FIRST, ORG_BEFORE, PARTY_MEMBER_WORDS, PLACE_BEFORE_TITLE, STATE_BODY_HEADS } from '../lexicon/nameContext';
import { PLURAL_TITLE } from '../lexicon/nameWords';
import { gazetteerType, isCountry, isDemonym, isGivenName, isSurname } from '../lexicon/key';
import { hasAny, isAcronymShape, isPlaceAbbreviationAt, joined, normKey, plain, PERSON_TAGS, Tok } from './tokens';
import { notEntityKey, WordKind } from './words';
import { splitRole } from './roles';
import { actsAsSide, isScoreLine, nonEntityStart, personAfterName, playsAsTeam, productAfter } from './context';
import { traceType, typeName } from './typing';
import { governmentActs } from './orgContext';
import { markListRole } from './postPasses';

/** What one paragraph's runs of name words need to emit their names. */
export interface RunScope {
  text: string;
  toks: Tok[];
  kinds: WordKind[];
  out: NameCandidate[];
  shouting: boolean;
}

const isTitleHead = (t: Tok) => TITLE_HEADS.has(plain(t)) || (TITLE_ACRONYMS.has(t.lower) && t.text === t.text.toUpperCase());
const spanKeyOf = (s: RunScope, from: number, to: number) => normKey(s.text.slice(s.toks[from].start, s.toks[to].end));

/** Emits the names of the run toks[i..j]. */
export function emitRun(s: RunScope, i: number, j: number): void {
  const { toks } = s;
  let a = i;
  // A leading "The" of a sentence is not part of the name unless the whole is listed ("The Hague").
  while (a <= j && /^(?:the|a|an)$/.test(toks[a].lower) && !gazetteerType(spanKeyOf(s, a, j))) a++;
  if (a > j) return;
  // "Air France Flight 447": the flight is not a name; the airline before it is.
  if (j > a && toks[j].lower === 'flight' && toks[j + 1] && /^\d+$/.test(toks[j + 1].text)) return emitRun(s, a, j - 1);
  [a, j] = withNumbersAndPostNominals(s.toks, a, j);
  const full = spanKeyOf(s, a, j);
  if (notEntityKey(full)) return;
  const listed = gazetteerType(full);
  if (listed) return emitListed(s, a, j, listed);
  if (splitTitleOfOrganization(s, a, j) || splitOccupation(s, a, j) || splitPartyMember(s, a, j) || splitTitleAtEnd(s, a, j)) return;
  const titled = splitTitleInside(s, a, j);
  if (!titled) return;
  const b = skipNationality(toks, titled.b, j);
  if (b < 0) return;
  // "Governor of the Bank of England Andrew Bailey": after a title, too, an organization may run into a person's name.
  if (splitPersonAfterName(s, b, j)) return;
  emitTyped(s, a, b, j, titled.role, titled.listRole);
}

/**
 * numbered-name: "Interstate 84", "BBC Radio 4", "19th Street": a number after a road or station word, an ordinal
 * before a street word, are part of the name; post-nominal-not-name: "Bola Akande KC", "Sam Reid MP", "King Jr."
 * end a person's name without being part of it.
 */
function withNumbersAndPostNominals(toks: Tok[], a: number, j: number): [number, number] {
  const next = toks[j + 1];
  if (next && NUMBERED_PLACES.has(plain(toks[j])) && /^\d{1,3}$/.test(next.text) && joined(toks[j], next)) j++;
  const prev = toks[a - 1];
  const cued = toks.slice(a, j + 1).some((t) => PLACE_CUES.has(plain(t)) || ORG_CUES.has(plain(t)));
  if (prev && /^\d{1,3}(?:st|nd|rd|th)$/.test(prev.text) && cued && joined(prev, toks[a])) a--;
  while (j > a && POST_NOMINALS.has(plain(toks[j])) && !toks.slice(a, j).some((t) => ORG_CUES.has(plain(t)))) j--;
  return [a, j];
}

/**
 * title-of-organization: "Chief Operating Officer of AirTran Airways", "CEO of Boeing Commercial Airplanes": a title, "of",
 * then an organization's name. The title is nobody's name; the organization after "of" is emitted alone.
 */
function splitTitleOfOrganization(s: RunScope, a: number, j: number): boolean {
  const { toks } = s;
  let m = a;
  while (m < j && (isTitleHead(toks[m]) || TITLE_MODIFIERS.has(plain(toks[m]))) && !ORG_OF_HEADS.has(plain(toks[m]))) m++;
  if (m === a || toks[m].lower !== 'of' || !isTitleHead(toks[m - 1])) return false;
  let b = m + 1;
  if (toks[b]?.lower === 'the') b++;
  if (b > j) return false;
  const org = gazetteerType(spanKeyOf(s, b, j)) === 'organization' || ORG_CUES.has(plain(toks[j]));
  if (!org) return false;
  emitRun(s, b, j);
  return true;
}

/** sentence-start-occupation: "Meteorologist Daniel Okafor said": a job noun opening the sentence is the person's role. */
function splitOccupation(s: RunScope, a: number, j: number): boolean {
  const { toks, kinds } = s;
  const job = toks[a];
  if (!(j > a && job.sentStart && kinds[a] === 'weak' && job.tags.has('Actor') && !hasAny(job, [...PERSON_TAGS, 'ProperNoun'])))
    return false;
  const first = toks[a + 1];
  if (kinds[a + 1] !== 'strong' || !(hasAny(first, PERSON_TAGS) || isGivenName(first.text) || j - a >= 2)) return false;
  // "Workplace Relations Minister Andrew Kemp": a title in the run explains the first word.
  if (toks.slice(a, j + 1).some((t) => isTitleHead(t) || TITLE_MODIFIERS.has(plain(t)))) return false;
  const n = s.out.length;
  emitRun(s, a + 1, j);
  const c = s.out[n];
  if (c && (!c.type || c.type === 'person') && !c.role) [c.type, c.role, c.typeRule] = ['person', job.text, 'sentence-start-occupation'];
  return true;
}

/** "an Ohio Republican", "a Texas Democrat": a place and a party member; the place is the name. After "a"/"an"
 *  one word need not be listed ("a Spokane Democrat"), unless it reads as a person's name. */
function splitPartyMember(s: RunScope, a: number, j: number): boolean {
  const { toks } = s;
  if (!(j > a && PARTY_MEMBER_WORDS.has(plain(toks[j])))) return false;
  const listedPlace = gazetteerType(spanKeyOf(s, a, j - 1)) === 'place';
  const article = toks[a - 1] && /^an?$/.test(toks[a - 1].lower) && joined(toks[a - 1], toks[a]);
  const personal = toks.slice(a, j).some((t) => isGivenName(t.text) || hasAny(t, ['FirstName', 'Honorific']) || isDemonym(t.text));
  if (!listedPlace && !(article && !personal && j - a === 1)) return false;
  const n = s.out.length;
  if (listedPlace) emitRun(s, a, j - 1);
  else push(s, a, j - 1, 'place', null, 'strong', null);
  if (s.out.length > n) [s.out[s.out.length - 1].type, s.out[s.out.length - 1].typeRule] = ['place', 'place-before-party-member'];
  return true;
}

/**
 * A title at the end ("Apple CEO", "United Nations High Commissioner"): the name is what precedes it.
 * "Stephen King", "John Major": a title word after a first name is a surname; "Foundation for
 * Rural Justice", "Ministry of Justice": an organization's "X of/for Y" name keeps its last word.
 */
function splitTitleAtEnd(s: RunScope, a: number, j: number): boolean {
  const { toks } = s;
  // "Oregon Department of Justice": the head may come after a place or modifier.
  const orgOf =
    toks.slice(a, j - 1).some((t, k) => ORG_OF_HEADS.has(plain(t)) && /^(?:of|for)$/.test(toks[a + k + 1].lower)) &&
    toks[j].text !== toks[j].text.toUpperCase();
  // executive-body: "Health Service Executive", "Scottish Executive": after an organization word or a nationality, the body.
  const executiveBody = toks[j].lower === 'executive' && j > a && (ORG_CUES.has(plain(toks[j - 1])) || isDemonym(toks[j - 1].text));
  if (
    orgOf ||
    executiveBody ||
    !isTitleHead(toks[j]) ||
    ORG_CUES.has(plain(toks[j])) ||
    toks.slice(a, j).some((t) => isGivenName(t.text) || t.tags.has('FirstName'))
  )
    return false;
  let t0 = j;
  while (t0 - 1 >= a && (isTitleHead(toks[t0 - 1]) || TITLE_MODIFIERS.has(plain(toks[t0 - 1])))) t0--;
  if (t0 > a) emitRun(s, a, t0 - 1);
  return true;
}

const keptPossessive = (t: Tok | undefined) => !!t && /[’']s$/i.test(t.text);

/**
 * A title inside the run: "Apple CEO Steve Jobs", "U.S. Senator John Cornyn", "Indian Prime Minister Narendra Modi".
 * Emits what is before the title; returns where the titled name starts and its role, or null when nothing is left.
 */
function splitTitleInside(s: RunScope, a: number, j: number): { b: number; role: string | null; listRole: boolean } | null {
  const { toks } = s;
  for (let m = a; m < j; m++) {
    const split = splitRole(toks.slice(m, j + 1));
    if (!split.role || split.nameStart >= j - m + 1) continue;
    // saint-in-place-name: "Gulf of St. Lawrence", "Walpole St Andrew", "the St. Paul River", "St Mary's Hospital": "St" inside
    // a name, before a place or organization word, or before a saint's name that kept its 's.
    // saint-place: "St. Louis", "St James" (a parish): "St" and one name is a place, not a saint.
    if (
      SAINT_WORDS.has(plain(toks[m])) &&
      (m > a || j === m + 1 || PLACE_CUES.has(plain(toks[j])) || ORG_CUES.has(plain(toks[j])) || keptPossessive(toks[m + 1]))
    )
      continue;
    // place-word-before-title: "Bong County Superintendent Esther Kollie": "County" ends the place, the title follows it.
    if (m > a && PLACE_BEFORE_TITLE.has(plain(toks[m])) && !isCountry(toks[m - 1].text) && m < j) continue;
    if (m > a) emitRun(s, a, m - 1);
    if (split.nameStart > split.roleEnd) {
      // "Prime Minister of India": what follows "of" is a name of its own, not the title holder.
      emitRun(s, m + split.nameStart, j);
      return null;
    }
    // "Ministers Manturov and Lavrov": a plural title covers the names listed after it.
    const listRole = PLURAL_TITLE.test(toks[m + split.roleEnd - 1].lower);
    const b = m + split.nameStart;
    // title-portfolio-not-name: "Minister of State for Petroleum Resources": what follows the title's "for" is its portfolio, not a name.
    if (b <= j && /^\p{Ll}/u.test(s.toks[b].text)) return null;
    return b > j ? null : { b, role: split.role, listRole };
  }
  return { b: a, role: null, listRole: false };
}

/** Leading nationality words: "Russian Sergey Lavrov" -> "Sergey Lavrov", but keep "Indian Ocean",
 *  "Thai Airways International". The new start, or -1 when only a nationality is left. */
function skipNationality(toks: Tok[], b: number, j: number): number {
  // nationality-before-state-body: "the Greek Ministry of Culture": a nationality before a state body is not part of its name.
  const stateBody = b < j && STATE_BODY_HEADS.has(plain(toks[b + 1])) && toks[b + 2]?.lower === 'of';
  const cued = !stateBody && toks.slice(b, j + 1).some((t) => ORG_CUES.has(plain(t)) || PLACE_CUES.has(plain(t)));
  // "Southern Cross", "Northern Rail": a compass adjective before one word that is no place is part of the name.
  const compassName = b + 1 === j && COMPASS_FIRST.has(plain(toks[b])) && !gazetteerType(toks[j].text);
  while (b < j && isDemonym(toks[b].text) && !cued && !compassName) b++;
  return b === j && isDemonym(toks[b].text) ? -1 : b;
}

/** "Apple Inc. Steve Jobs", "NASA Bill Ingalls", "United States Hamdullah Mohib": an organization or place
 *  written right before a person's name (a photo credit, a dropped title) is a name of its own. */
function splitPersonAfterName(s: RunScope, b: number, j: number): boolean {
  const m = personAfterName(s.toks, b, j);
  if (m <= 0) return false;
  emitRun(s, b, m - 1);
  emitRun(s, m, j);
  return true;
}

/** A name the gazetteers list as a whole ("Panama", "World Health Organization"). */
function emitListed(s: RunScope, a: number, j: number, listed: EntityType): void {
  const { toks, out } = s;
  // "Boeing 787", "Airbus A380": a maker named in a product's name; "Nikkei index".
  if (productAfter(toks, j, true)) return;
  // "the carrier Panama", "news agency Xinhua": an organization word just before beats the place list.
  const before = toks[a - 1];
  const orgBefore = !!before && joined(before, toks[a]) && ORG_BEFORE.has(before.lower);
  // A country that plays ("Belgium defeated Panama 3 – 0") is its team: the aliases pass decides per entity.
  const team = listed === 'place' && playsAsTeam(toks, a, j);
  const acts = listed === 'place' && governmentActs(toks, a, j, spanKeyOf(s, a, j));
  push(s, a, j, orgBefore ? 'organization' : listed, null, 'strong', orgBefore || team || acts ? 'organization' : null);
  const listedRule = orgBefore && listed === 'place' ? 'organization-word-before-beats-place' : `gazetteer-${listed}`;
  const hintRule = orgBefore
    ? 'hint-organization-word-before'
    : team
      ? 'hint-country-plays-as-team'
      : acts
        ? 'hint-government-acts'
        : undefined;
  traceType(out[out.length - 1], listedRule, hintRule);
  if (listed === 'place' && (team || actsAsSide(toks, a, j))) out[out.length - 1].team = true;
}

/** The name toks[b..j] of the run starting at a, after titles and nationality words: its type, hint and role. */
function emitTyped(s: RunScope, a: number, b: number, j: number, role: string | null, listRole: boolean): void {
  const listed = gazetteerType(spanKeyOf(s, b, j));
  if (!listed && !role && isBareOrganizationHead(s.toks, a, b, j)) {
    // bare-organization-head: "the Authority", "the Board": untyped here; the aliases pass joins it to the
    // body named in full before it (entities/bareHeads.ts), or drops it.
    push(s, b, j, null, null, 'strong', null);
    return;
  }
  if (!keepsName(s, a, b, j, listed, role)) return;
  const typing = typeName(s.toks, a, b, j, listed, role);
  // A run of only weak words (a sentence start, a headline) is weak evidence.
  const weak = s.kinds.slice(b, j + 1).every((k) => k === 'weak');
  const c = push(s, b, j, typing.type, typing.role, weak ? 'weak' : 'strong', typing.hint);
  traceType(c, typing.typeRule, typing.hintRule);
  // surname-speaker-label: "HOLLOWAY:" opening a line is the person named in full elsewhere, or nothing.
  if (b === j && isLabelShape(s.toks, b) && !/^(?:transcript-speaker-label|gazetteer-)/.test(typing.typeRule ?? '')) {
    [c.type, c.typeRule, c.hint, c.hintRule, c.needsLongForm] = [null, undefined, null, undefined, true];
  }
  if (listRole) markListRole(c, typing.role!);
}

/** One word in capitals opening a line before a colon. */
function isLabelShape(toks: Tok[], b: number): boolean {
  const prev = toks[b - 1];
  return /^:/.test(toks[b].post) && /^\p{Lu}[\p{Lu}’'-]{2,}$/u.test(toks[b].text) && (!prev || /\n/.test(prev.post + toks[b].pre));
}

/** "the Authority", "the Trust": an organization word alone, capitalised after "the" in running text. */
function isBareOrganizationHead(toks: Tok[], a: number, b: number, j: number): boolean {
  const before = toks[a - 1];
  return (
    b === j &&
    a === b &&
    ORG_CUES.has(plain(toks[b])) &&
    !toks[b].sentStart &&
    !!before &&
    before.lower === 'the' &&
    joined(before, toks[b])
  );
}

/** Whether the name toks[b..j] is an entity's name at all; a product, work or vehicle may be emitted as a non-entity. */
function keepsName(s: RunScope, a: number, b: number, j: number, listed: EntityType | null, role: string | null): boolean {
  const { toks, out } = s;
  const nameToks = toks.slice(b, j + 1);
  // Single capital letters are initials only inside a name.
  if (nameToks.length === 1 && /^\p{Lu}\.?$/u.test(nameToks[0].text)) return false;
  if (notEntityKey(spanKeyOf(s, b, j))) return false;
  // A cue word alone ("the University", "the State") is not a name.
  const only = plain(nameToks[0]);
  // "Ward councillor Shaun Jacobs": a title word before a lower-case title; "Ward said": a surname.
  const after = toks[j + 1];
  const beforeTitle = !!after && joined(toks[j], after) && /^\p{Ll}/u.test(after.text) && isTitleHead(after);
  const titleWord = TITLE_MODIFIERS.has(only) && (!isSurname(only) || beforeTitle);
  if (nameToks.length === 1 && !listed && (ORG_CUES.has(only) || PLACE_CUES.has(only) || titleWord || EVENT_LAST.has(only))) return false;
  // Products, works, events, laws and vehicles are not entities.
  if (!listed && !role) {
    const ne = nonEntityStart(toks, a, b, j);
    if (ne === 'drop') return false;
    if (ne !== null) {
      // "Space Shuttle Atlantis", "the novel Angel Catbird": later mentions of the bare name go too.
      if (ne <= j)
        out.push({
          start: toks[ne].start,
          end: toks[j].end,
          text: s.text.slice(toks[ne].start, toks[j].end),
          type: null,
          role: null,
          nonEntity: true,
        });
      return false;
    }
  }
  if (listed && productAfter(toks, j, true)) return false;
  // "Internet Explorer 7", "Boeing 787": a product with a model number, unless the name is known.
  const next = toks[j + 1];
  if (
    !listed &&
    next &&
    joined(toks[j], next) &&
    /^\d/.test(next.text) &&
    !/^\d+[-–]\d+$/.test(next.text) &&
    !nameToks.some((t) => hasAny(t, PERSON_TAGS)) &&
    !NUMBERED_PLACES.has(plain(toks[j])) &&
    !isScoreLine(toks, j + 1)
  )
    return false;
  return !(
    !listed &&
    !role &&
    nameToks.length === 1 &&
    isAcronymShape(nameToks[0].text) &&
    !isPlaceAbbreviationAt(toks, b) &&
    (s.shouting || NOT_ACRONYMS.has(plain(toks[b])))
  );
}

function push(
  s: RunScope,
  b: number,
  j: number,
  type: EntityType | null,
  role: string | null,
  evidence: 'strong' | 'weak',
  hint: EntityType | null,
): NameCandidate {
  const start = s.toks[b].start;
  const end = s.toks[j].end;
  const c: NameCandidate = { start, end, text: s.text.slice(start, end), type, role, evidence, hint };
  s.out.push(c);
  return c;
}
