// The passes over a paragraph's names once every run is emitted: a plural title's list, social
// handles, "X (formerly Y)", and acronyms defined in brackets.
import type { NameCandidate } from '../candidates';
import { HANDLE_ROLES } from '../lexicon/nameWords';
import { ORG_CUES, PLACE_CUES } from '../lexicon/cues';
import { isAcronymShape, isUpperStart, joined, lexiconTags, Tok } from './tokens';
import { COMPASS_FIRST } from '../lexicon/nameContext';

/** Candidates given a plural title, with the role to spread over the names listed after them. */
const listRoles = new WeakMap<NameCandidate, string>();

/** "Ministers Manturov and Lavrov": c's plural title covers the names listed after it. */
export function markListRole(c: NameCandidate, role: string): void {
  listRoles.set(c, role);
}

/** Runs the post-passes over out, in order. */
export function runPostPasses(text: string, toks: Tok[], out: NameCandidate[]): void {
  spreadListRoles(text, out);
  addHandles(toks, out);
  markRenamed(toks, out);
  linkBracketedAcronyms(text, out);
  spreadPlaceOverList(text, out);
}

/** One word that is no acronym, compass word, name word or dictionary word ("Aquarium" in "Zoo and Aquarium", "CSIRO", "North"). */
function plainPlaceWord(text: string): boolean {
  const lower = text.toLowerCase();
  const cue = ORG_CUES.has(lower) || PLACE_CUES.has(lower);
  return !/\s/.test(text) && !isAcronymShape(text) && !COMPASS_FIRST.has(lower) && !cue && !lexiconTags(lower).length;
}

const isPlace = (c: NameCandidate) => c.type === 'place' || (!c.type && c.hint === 'place');

/** Between two names of one list: ", ", " and ", ", and ", " or ". */
const LIST_GAP = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * coordinated-with-place: "Residents of Kharadi, Wagholi and Hadapsar", "between Barrie and Toronto": in a list with a
 * place, a name nothing else types is a place too.
 */
function spreadPlaceOverList(text: string, out: NameCandidate[]): void {
  out.sort((x, y) => x.start - y.start);
  for (let k = 0; k < out.length;) {
    let m = k;
    while (m + 1 < out.length && LIST_GAP.test(text.slice(out[m].end, out[m + 1].start))) m++;
    const list = out.slice(k, m + 1);
    if (list.length > 1 && list.some(isPlace))
      for (const c of list)
        if (!c.type && !c.hint && !c.role && !c.handle && plainPlaceWord(c.text))
          [c.hint, c.hintRule] = ['place', 'coordinated-with-place'];
    k = m + 1;
  }
}

/** "Ministers Manturov and Lavrov", "Senators A, B and C": the plural title is each one's role. */
function spreadListRoles(text: string, out: NameCandidate[]): void {
  out.sort((x, y) => x.start - y.start);
  out.forEach((c, k) => {
    const role = listRoles.get(c);
    if (!role) return;
    for (let m = k + 1; m < out.length; m++) {
      const d = out[m];
      if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(out[m - 1].end, d.start)) || d.role || (d.type && d.type !== 'person')) break;
      d.role = role;
      d.type = 'person';
      d.typeRule = 'plural-title-list-person';
    }
  });
}

/** Social handles: "(@DrSJaishankar)" after a name belongs to that name; "PM @narendramodi" has a role. */
function addHandles(toks: Tok[], out: NameCandidate[]): void {
  toks.forEach((t, k) => {
    if (!/^@\w{2,}$/.test(t.text)) return;
    let ownerName: string | null = null;
    let role: string | null = null;
    const prev = toks[k - 1];
    if (prev && /\(\s*$/.test(t.pre + prev.post)) {
      const owner = out.filter((c) => c.end <= t.start && c.end >= prev.start).pop();
      if (owner) ownerName = owner.text;
    }
    if (prev && joined(prev, t) && HANDLE_ROLES.test(prev.lower)) role = prev.text;
    out.push({ start: t.start, end: t.end, text: t.text, type: null, role, ownerName, handle: true });
  });
}

/** "X (formerly Twitter)": the new name is an organization known by the old one. */
function markRenamed(toks: Tok[], out: NameCandidate[]): void {
  toks.forEach((t, k) => {
    if (t.lower !== 'formerly' || !/\(/.test(t.pre + (toks[k - 1]?.post ?? ''))) return;
    const prev = toks[k - 1];
    if (!prev || !isUpperStart(prev.text)) return;
    const old = out.find((c) => c.start >= t.end && c.start <= t.end + 2);
    let cur = out.find((c) => c.end === prev.end);
    if (!cur) {
      cur = { start: prev.start, end: prev.end, text: prev.text, type: null, role: null };
      out.push(cur);
    }
    cur.type = 'organization';
    cur.typeRule = 'formerly-organization';
    cur.evidence = 'strong';
    if (old) {
      old.ownerName = cur.text;
      if (!old.type) [old.type, old.typeRule] = ['organization', 'formerly-organization'];
    }
  });
}

/** mixed-case-acronym: "Transport for Wales (TfW)": the short form's letters are the long name's initials, small words too. */
function isMixedCaseInitials(short: string, long: string): boolean {
  if (!/^\p{Lu}[\p{L}&]{1,6}$/u.test(short) || !/\p{Lu}.*\p{Lu}/u.test(short)) return false;
  const initials = long
    .split(/\s+/)
    .map((w) => w[0])
    .join('');
  return initials.toLowerCase() === short.replace(/&/g, '').toLowerCase();
}

/** bracketed-short-form: "National Platinum and Allied Workers' Union (Naptu)", "Office of Communications (Ofcom)": one capitalised
 *  word in brackets after an organization, spelt with the long name's first letter and then letters of it in order. */
function isShortFormWord(short: string, long: NameCandidate): boolean {
  // ("NiMet": a capital inside the word is still a short form.)
  if (long.type !== 'organization' || !/^\p{Lu}\p{Ll}\p{L}{1,8}$/u.test(short)) return false;
  const letters = long.text.toLowerCase().replace(/[^\p{L}]/gu, '');
  const word = short.toLowerCase();
  if (letters[0] !== word[0] || letters.startsWith(word)) return false;
  let k = 0;
  for (const ch of letters) if (ch === word[k]) k++;
  return k === word.length;
}

/** person-party-bracket: "Anneke Venter (DA)", "Cllr Tom Reeve (Lab)": a person's party or ward, not their short form. */
function isAffiliation(short: NameCandidate, long: NameCandidate): boolean {
  const words = long.text.split(/\s+/);
  const untypedName = long.type === 'person' || (!long.type && !words.some((w) => ORG_CUES.has(w.toLowerCase())));
  return untypedName && words[0][0].toLowerCase() !== short.text[0].toLowerCase();
}

/** "World Health Organization (WHO)" / "WHO (World Health Organization)": an acronym defined in brackets. */
function linkBracketedAcronyms(text: string, out: NameCandidate[]): void {
  for (const c of out) {
    const next = out.find(
      (d) => d.start > c.end && d.start <= c.end + 3 && /^\s*\($/.test(text.slice(c.end, d.start)) && text[d.end] === ')',
    );
    if (!next || next.ownerName) continue;
    const shortWord = !isAcronymShape(next.text) && !isMixedCaseInitials(next.text, c.text) && isShortFormWord(next.text, c);
    const shortNext = shortWord || isAcronymShape(next.text) || isMixedCaseInitials(next.text, c.text);
    const short = shortNext ? next : isAcronymShape(c.text) ? c : null;
    const long = short === next ? c : next;
    if (!short || long.text.split(/\s+/).length < 2 || isAffiliation(short, long)) continue;
    short.ownerName = long.text;
    if (long.type) [short.type, short.typeRule] = [long.type, shortWord ? 'bracketed-short-form' : 'bracketed-acronym-type'];
    else if (short.type) [long.type, long.typeRule] = [short.type, 'bracketed-acronym-type'];
  }
}
