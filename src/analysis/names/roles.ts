// Splits a capitalised run into a leading title and the name: "Indian Prime Minister Narendra Modi"
// -> role "Prime Minister", name "Narendra Modi"; "Secretary of State Antony Blinken" -> role
// "Secretary of State"; "Prime Minister of India" -> role "Prime Minister", name "India".
import { TITLE_HEADS, TITLE_MODIFIERS, TITLE_ACRONYMS, WEAK_TITLE_HEADS, PLURAL_TITLE_HEADS } from '../lexicon/titles';
import { ORG_CUES, PLACE_CUES, VENUE_HEADS } from '../lexicon/cues';
import { isDemonym, isGivenName, isKnownOrganization, isKnownPlace, isSurname, lexiconKey } from '../lexicon/key';
import { hasAny, lexiconTags, PERSON_TAGS, type Tok } from './tokens';

/** What splitRole reads of a token: its text and compromise's tags. */
export type TitleToken = Pick<Tok, 'text' | 'tags'>;

export interface RoleSplit {
  /** The title as written, without nationality or "former"; null when the run has none. */
  role: string | null;
  /** Index of the first token of the role (after nationality words). */
  roleStart: number;
  /** Index after the role's last token. */
  roleEnd: number;
  /** Index of the first token of the name (may skip "of"/"of the"); tokens.length when none. */
  nameStart: number;
}

const DROP_FROM_ROLE = new Set(['former', 'late', 'then', 'ex']);

const low = (t: TitleToken) => lexiconKey(t.text);
const isHead = (t: TitleToken) => TITLE_HEADS.has(low(t)) || (TITLE_ACRONYMS.has(low(t)) && t.text === t.text.toUpperCase());
const personLike = (t: TitleToken | undefined) =>
  !!t && (hasAny(t, PERSON_TAGS) || isGivenName(t.text) || isSurname(t.text) || /^\p{Lu}\.?$/u.test(t.text));

/**
 * weak-title-surname: "Garda Keogh", "Coach Brisk", "Garda Niall Ferrity": after a weak title as the run's first word,
 * one or two last words no dictionary knows, with no organization, place or venue word, are a person's name
 * ("General Electric", "Garda Headquarters", "Leeds General Infirmary" stay whole).
 */
function bareSurname(toks: TitleToken[], k: number): boolean {
  if (toks.length - k > 2) return false;
  return toks.slice(k).every((t) => {
    const w = low(t);
    return (
      !lexiconTags(w).length &&
      !ORG_CUES.has(w) &&
      !PLACE_CUES.has(w) &&
      !VENUE_HEADS.has(w) &&
      !isKnownPlace(t.text) &&
      !isKnownOrganization(t.text)
    );
  });
}

export function splitRole(toks: TitleToken[]): RoleSplit {
  const none: RoleSplit = { role: null, roleStart: 0, roleEnd: 0, nameStart: 0 };
  const n = toks.length;
  if (!n || ORG_CUES.has(low(toks[n - 1]))) return none;
  const { headEnd, nameStart } = scanTitle(toks);
  if (headEnd < 0) return none;
  const lastHead = low(toks[headEnd - 1]);
  // "General Electric", "Chief Rabbi": weak heads count only before a person's name.
  if (
    WEAK_TITLE_HEADS.has(lastHead) &&
    nameStart < n &&
    !personLike(toks[nameStart]) &&
    !(headEnd === 1 && bareSurname(toks, nameStart)) &&
    nameStart === headEnd
  )
    return none;
  let roleStart = 0;
  while (
    roleStart < headEnd &&
    (isDemonym(toks[roleStart].text) ||
      DROP_FROM_ROLE.has(low(toks[roleStart])) ||
      (isKnownPlace(toks[roleStart].text) && !isHead(toks[roleStart])))
  )
    roleStart++;
  if (roleStart >= headEnd) return none;
  const words = toks.slice(roleStart, headEnd).map((t) => t.text);
  const lastWord = words[words.length - 1].toLowerCase();
  if (PLURAL_TITLE_HEADS[lastWord]) words[words.length - 1] = PLURAL_TITLE_HEADS[lastWord];
  return { role: words.join(' '), roleStart, roleEnd: headEnd, nameStart };
}

/** The title words from the run's start: headEnd is after the last title head (-1 when none), nameStart where the name begins. */
function scanTitle(toks: TitleToken[]): { headEnd: number; nameStart: number } {
  const n = toks.length;
  let headEnd = -1;
  for (let k = 0; k < n;) {
    const w = low(toks[k]);
    if (isHead(toks[k])) {
      headEnd = ++k;
      continue;
    }
    // "Assistant U.S. Attorney": a country between a modifier and the head belongs to the title.
    const placeInTitle =
      k > 0 && isKnownPlace(toks[k].text) && TITLE_MODIFIERS.has(low(toks[k - 1])) && !!toks[k + 1] && isHead(toks[k + 1]);
    if (TITLE_MODIFIERS.has(w) || DROP_FROM_ROLE.has(w) || (isDemonym(w) && headEnd < 0) || placeInTitle) {
      k++;
      continue;
    }
    if (w !== 'of' || headEnd !== k) break;
    let m = k + 1;
    if (m < n && low(toks[m]) === 'the') m++;
    let q = m;
    while (q < n && (TITLE_MODIFIERS.has(low(toks[q])) || isHead(toks[q]))) q++;
    // "Minister of External Affairs S Jaishankar": the words after "of" are part of the title.
    if (!(q > m && q < n)) return { headEnd, nameStart: m };
    headEnd = q;
    k = q;
  }
  return { headEnd, nameStart: headEnd };
}
