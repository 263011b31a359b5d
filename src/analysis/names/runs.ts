// Runs of name words: capitalised words next to each other, joined by particles ("von der"),
// "of"/"for"/"&" after a head word, or a list continuing an "X of Y" organization.
import { ORG_CUES, PLACE_CUES, ORG_OF_HEADS, PLACE_OF_HEADS } from '../lexicon/cues';
import { SAINT_WORDS, TITLE_HEADS } from '../lexicon/titles';
import { PLACE_FIRST } from '../lexicon/nameContext';
import { HYPHEN_PLACE_PARTICLES } from '../lexicon/places';
import { CAMPAIGN_HEADS, CONNECTORS, FIRM_TAILS, PARTICLES } from '../lexicon/nameWords';
import { gazetteerType, isGivenName, isKnownOrganization, isKnownPlace } from '../lexicon/key';
import { hasAny, hyphenJoined, isAcronymShape, joined, lexiconTags, normKey, plain, PERSON_TAGS, Tok } from './tokens';
import type { WordKind } from './words';

/** The [first, last] token index of each run of name words, in order. */
export function nameRuns(toks: Tok[], kinds: WordKind[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    if (!kinds[i]) {
      i++;
      continue;
    }
    const j = runEnd(toks, kinds, i);
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** The last token of the run starting at i. */
function runEnd(toks: Tok[], kinds: WordKind[], i: number): number {
  let j = i;
  for (;;) {
    // A weak word (sentence-initial or headline capital) may start a run but never extends one.
    if (j + 1 < toks.length && kinds[j + 1] === 'strong' && (joined(toks[j], toks[j + 1]) || hyphenJoined(toks[j], toks[j + 1]))) {
      j++;
      continue;
    }
    const gap = connectorGap(toks, kinds, i, j);
    if (gap > 0) {
      j += gap;
      continue;
    }
    const firm = firmEnd(toks, kinds, i, j);
    if (firm > j) {
      j = firm;
      continue;
    }
    const tail = listTail(toks, kinds, i, j);
    if (tail > j) {
      j = tail;
      continue;
    }
    return j;
  }
}

/** Tokens to skip to join a connector ("of", "of the", "&", "von der") with the next name word; 0 = no join. */
function connectorGap(toks: Tok[], kinds: WordKind[], i: number, j: number): number {
  const a = toks[j];
  let k = j + 1;
  const conn: Tok[] = [];
  while (k < toks.length && conn.length < 2 && !kinds[k] && CONNECTORS.test(toks[k].lower)) {
    conn.push(toks[k]);
    k++;
  }
  if (!conn.length || k >= toks.length || kinds[k] !== 'strong') return 0;
  // hyphenated-place-particle: "Stoke-on-Trent", "Southend-on-Sea": a place's particle between hyphens.
  if (conn.length === 1 && /^[-‐]$/.test(a.post) && /^[-‐]$/.test(conn[0].post) && HYPHEN_PLACE_PARTICLES.has(conn[0].lower)) return 2;
  let prev = a;
  for (const t of [...conn, toks[k]]) {
    if (!joined(prev, t)) return 0;
    prev = t;
  }
  const words = conn.map((t) => t.lower).join(' ');
  if (conn.every((t) => PARTICLES.has(t.lower))) return conn.length + 1;
  if (words === '&') return 2;
  // "Trinidad and Tobago", "Jammu and Kashmir": only when the joined words are a known name.
  if (gazetteerType(normKey(`${a.text} ${conn.map((t) => t.text).join(' ')} ${toks[k].text}`))) return conn.length + 1;
  return joinsOver(toks, kinds, i, j, k, words) ? conn.length + 1 : 0;
}

/** Whether the connector words between toks[j] and toks[k] continue the run toks[i..j]. */
function joinsOver(toks: Tok[], kinds: WordKind[], i: number, j: number, k: number, words: string): boolean {
  const run = toks.slice(i, j + 1);
  const plainRun =
    run.length <= 3 &&
    // A cue word may stand inside ("Bangladesh Apparel Manufacturers and Exporters Federation"), not last ("Barclays Bank").
    !ORG_CUES.has(plain(run[run.length - 1])) &&
    !PLACE_CUES.has(plain(run[run.length - 1])) &&
    !run.some((t) => hasAny(t, PERSON_TAGS) || isGivenName(t.text)) &&
    !gazetteerType(normKey(run.map((t) => t.text).join(' '))) &&
    // "Corveth Ontario and Harwick Bank": a name ending in a known place is whole.
    !(run.length > 1 && isKnownPlace(run[run.length - 1].text));
  // "National Air and Space Museum", "U.S. Space and Rocket Center": "and" inside a name that ends in a cue word.
  // organization-of-name-and: "Department of Health and Social Care", "Centers for Disease Control and Prevention".
  if (words === 'and' && orgOfRun(toks, i, j) && plainNameWord(toks, kinds, k, true)) return true;
  // firm-of-partners: "Sorensen and Co.", "Barlow and Sons": a person's name before a firm word is the firm's.
  if (words === 'and' && FIRM_TAILS.has(toks[k].lower) && !continuesName(toks, kinds, k)) return true;
  // coordinated-org-words: "Securities and Futures Commission", "Port and Harbour Authority": cue words before "and" may
  // join too when every word of the run is a common word, so two whole names ("Barclays Bank and Lloyds Bank") stay apart.
  // ("CSIRO and James Cook University": an acronym before a name that opens with a person's is a whole name of its own.)
  const acronymThenName = isAcronymShape(run[0].text) && (isGivenName(toks[k].text) || hasAny(toks[k], PERSON_TAGS));
  if (words === 'and' && !acronymThenName && (plainRun || (commonWordsRun(run) && !listItem(toks, i)))) {
    let placeCue = false;
    for (let m = k; m < Math.min(toks.length, k + 3) && kinds[m] === 'strong' && (m === k || joined(toks[m - 1], toks[m])); m++) {
      if (ORG_CUES.has(plain(toks[m]))) return true;
      placeCue ||= PLACE_CUES.has(plain(toks[m]));
    }
    // coordinated-place-prefix: "Southport and St Helens", "Ross and Mount Isa": a word that opens a place starts a second name.
    return placeCue && !opensPlaceName(toks[k]);
  }
  // sector-and-sector: "Blue Mahoe Resorts and Spas", "Mehran Foods and Beverages": one organization word after another ends the name.
  if (words === 'and' && ORG_CUES.has(plain(run[run.length - 1])) && ORG_CUES.has(plain(toks[k])) && !continuesName(toks, kinds, k))
    return !run.some((t) => hasAny(t, PERSON_TAGS) && !ORG_CUES.has(plain(t)));
  // town-upon-river: "Kingston upon Hull", "Burton upon Trent": one place's name.
  if (words === 'upon') return i === j;
  // campaign-name: "Parents for Marlow Schools", "Mothers Against Drunk Driving": a group named for its cause.
  // ("Teachers for Ada Fenn" is a campaign for a person: the person stays a name of their own.)
  // ("Pell Parents for Safe Routes": a town may open it.)
  if ((words === 'for' || words === 'against') && j - i <= 1 && CAMPAIGN_HEADS.has(plain(toks[j])) && !hasAny(toks[i], PERSON_TAGS))
    return !hasAny(toks[k], PERSON_TAGS) && !isGivenName(toks[k].text);
  if (words === 'and' || words === 'on') return false;
  if (!/^(?:of|for|of the|for the)$/.test(words)) return false;
  // "General Bathymetric Chart of the Oceans": "of the" before a place word continues a name that is not a person's.
  if (words === 'of the' && run.length >= 2 && plainRun && (PLACE_CUES.has(plain(toks[k])) || isKnownPlace(toks[k].text))) return true;
  const headLower = plain(toks[j]);
  if (ORG_OF_HEADS.has(headLower) || PLACE_OF_HEADS.has(headLower) || ORG_CUES.has(headLower)) return true;
  // "Minister of External Affairs S Jaishankar", "Secretary of State": the role parser splits it.
  return TITLE_HEADS.has(headLower) && words === 'of';
}

/** "Department for Environment, Food and Rural Affairs": a list of capitalised common words after an
 *  "X of/for Y" organization continues its name. Returns the new last index, or j. */
function listTail(toks: Tok[], kinds: WordKind[], i: number, j: number): number {
  if (!orgOfRun(toks, i, j)) return j;
  if (!/^,\s*$/.test(toks[j].post)) return j;
  const plainWord = (t: Tok | undefined) => !!t && plainNameWord(toks, kinds, toks.indexOf(t));
  let k = j + 1;
  // "Department of Climate Change, Energy, the Environment and Water": an item may open with "the".
  const skipThe = () => {
    if (toks[k]?.lower === 'the' && joined(toks[k], toks[k + 1]) && plainWord(toks[k + 1])) k++;
  };
  for (let items = 0; items < 4 && k < toks.length; items++) {
    skipThe();
    if (!plainWord(toks[k])) return j;
    // Words of one item: "Rural Affairs", "Local Government" (an organization word may go on an item).
    while (k + 1 < toks.length && joined(toks[k], toks[k + 1]) && plainNameWord(toks, kinds, k + 1, true)) k++;
    if (/^,\s*$/.test(toks[k].post)) {
      k++;
      continue;
    }
    const and = toks[k + 1];
    const next = toks[k + 2];
    const item = !!next && (plainNameWord(toks, kinds, k + 2, true) || (next.lower === 'the' && plainWord(toks[k + 3])));
    if (!and || and.lower !== 'and' || !joined(toks[k], and) || !next || !joined(and, next) || !item) return j;
    k += 2;
    skipThe();
    while (k + 1 < toks.length && joined(toks[k], toks[k + 1]) && plainNameWord(toks, kinds, k + 1, true)) k++;
    return k;
  }
  return j;
}

/** Another name word follows toks[k] in the same run. */
const continuesName = (toks: Tok[], kinds: WordKind[], k: number) => kinds[k + 1] === 'strong' && joined(toks[k], toks[k + 1]);

/** "St Helens", "Mount Isa", "Port Moresby": the word opens a place's name. */
const opensPlaceName = (t: Tok) => PLACE_FIRST.has(t.lower) || SAINT_WORDS.has(t.lower);

/** firm-of-partners: "Pell, Sorensen and Co.", "Hale, Moss & Partners": one-word names listed before a firm word.
 *  Returns the firm word's index, or j. */
function firmEnd(toks: Tok[], kinds: WordKind[], i: number, j: number): number {
  if (i !== j) return j;
  let k = j;
  for (let items = 0; items < 3 && /^,\s*$/.test(toks[k].post) && kinds[k + 1] === 'strong'; items++) {
    k++;
    const and = toks[k + 1];
    const tail = toks[k + 2];
    if (and && tail && (and.lower === 'and' || and.text === '&') && joined(toks[k], and) && joined(and, tail) && FIRM_TAILS.has(tail.lower))
      return continuesName(toks, kinds, k + 2) ? j : k + 2;
  }
  return j;
}

/** "Launch Systems, Launch Services and Delta Program": the run follows a comma, so "and" ends a list. */
const listItem = (toks: Tok[], i: number) => i > 0 && /^,\s*$/.test(toks[i - 1].post);

/** A short run of dictionary or cue words only: no person, place or known name among them. */
function commonWordsRun(run: Tok[]): boolean {
  return (
    run.length <= 3 &&
    run.every((t) => {
      const p = plain(t);
      const common = ORG_CUES.has(p) || PLACE_CUES.has(p) || lexiconTags(p).length > 0;
      return common && !hasAny(t, [...PERSON_TAGS, 'Place']) && !isGivenName(t.text) && !isKnownPlace(p) && !isKnownOrganization(p);
    }) &&
    !gazetteerType(normKey(run.map((t) => t.text).join(' ')))
  );
}

/** An "X of/for Y" organization's run so far ("Department of Health"; after a place: "Singapore University of Technology"). */
function orgOfRun(toks: Tok[], i: number, j: number): boolean {
  for (let h = i; h < j; h++) {
    if (ORG_OF_HEADS.has(plain(toks[h])) && toks.slice(h + 1, j).some((t) => t.lower === 'of' || t.lower === 'for')) return true;
  }
  return false;
}

/** A capitalised common word, not a known name of its own ("Rural", "Prevention"); `orgTagged`: compromise may call it an organization. */
function plainNameWord(toks: Tok[], kinds: WordKind[], k: number, orgTagged = false): boolean {
  const t = toks[k];
  const notPlain = [...PERSON_TAGS, 'Place', 'Acronym', ...(orgTagged ? [] : ['Organization'])];
  return !!t && kinds[k] === 'strong' && !gazetteerType(t.text) && !hasAny(t, notPlain);
}
