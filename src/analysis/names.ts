// Finds names in one paragraph: capitalised runs built from compromise's terms and tags, with
// titles cut off into `role`, a first guess of the type, social handles and acronyms. Offsets are
// relative to the paragraph text so results can be cached by content; the paragraph is parsed once.
// compromise's whole-match offsets are unsafe, so every span is built from term offsets.
import nlp from 'compromise';
import type { NameCandidate } from './candidates';
import type { EntityType } from './types';
import { ORG_CUES, PLACE_CUES, ORG_OF_HEADS, PLACE_OF_HEADS, NOT_NAMES, NOT_ACRONYMS, NOT_ENTITIES } from './lexicon/cues';
import { GIVEN_NAMES, SURNAMES } from './lexicon/personNames';
import { PLACES, COUNTRIES } from './lexicon/places';
import { EVENT_LAST, GAMES_BEFORE, PRODUCT_LAST, VEHICLE_PREFIX, PRODUCT_BEFORE, PRODUCT_AFTER, INDEX_AFTER, NUMBERED_PLACES } from './lexicon/nonEntities';
import { ORGANIZATIONS, ORG_ACRONYM_PATTERN } from './lexicon/organizations';
import { DEMONYMS } from './lexicon/demonyms';
import { splitRole, TitleToken } from './roles';
import { TITLE_HEADS, TITLE_MODIFIERS, TITLE_ACRONYMS } from './lexicon/titles';
import { CONTRACTION_AFTER, ORG_BEFORE, PARTY_MEMBER_WORDS, PLACE_BEFORE, PLACE_PREPS, POSSESSIVE_COMPANY_HEADS, POSSESSIVE_NOT_COMPANY, SPEECH_AFTER } from './lexicon/nameContext';
import { firstTypeRule, hasAny, plain, PERSON_TAGS, PLACE_TAGS, TypeContext } from './nameTypes';

interface TermJson {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** One word of the paragraph with exact offsets and compromise's tags. */
export interface Tok extends TitleToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  tags: Set<string>;
  pre: string;
  post: string;
  sentStart: boolean;
  possessive: boolean;
  /** Written as the first half of a hyphenated adjective ("Kremlin-backed", "Pan-democrat"). */
  hyphenAdj?: boolean;
}

/** Particles that sit inside a person's or place's name: "Ursula von der Leyen", "Bashar al-Assad". */
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'dos', 'das', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'ter', 'ten', 'zu']);
/** Abbreviations whose period belongs to the word. */
const ABBREV = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'jr', 'sr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'gov', 'sen', 'rep', 'rev', 'prof', 'mt', 'ft', 'adm', 'cmdr', 'supt', 'insp', 'det', 'cpl', 'pvt', 'msgr', 'mgr']);

export const normKey = (s: string) => s.toLowerCase().replace(/[’']s$/, '').replace(/\./g, '').replace(/\s+/g, ' ').trim();

const isUpperStart = (s: string) => /^\p{Lu}/u.test(s);
const isAcronymShape = (s: string) => ORG_ACRONYM_PATTERN.test(s.replace(/\./g, '')) && s.replace(/[^A-Za-z]/g, '').length >= 2 || /^[A-Z]\d{1,2}$/.test(s);

/**
 * compromise's parse without its last step, 'chunks' (noun/verb phrase chunking): the names pass
 * reads only the terms' text, whitespace and tags, which chunking never changes, and it costs a
 * tenth of the parse. The hooks are swapped only for this synchronous call, so any other nlp() in
 * the process (the benchmark's baseline) still runs all of them.
 */
function parseForTags(text: string): ReturnType<typeof nlp> {
  const world = nlp.world() as { hooks: string[] };
  const all = world.hooks;
  world.hooks = all.filter((h) => h !== 'chunks');
  try {
    return nlp(text);
  } finally {
    world.hooks = all;
  }
}

export function tokenize(text: string): Tok[] {
  const doc = parseForTags(text);
  const out: Tok[] = [];
  for (const s of termsWithOffsets(doc)) {
    s.terms.forEach((t, i) => {
      let start = t.offset.start;
      let end = start + t.offset.length;
      let post = t.post;
      // Leading/trailing punctuation compromise kept inside the term.
      while (start < end && /[\s\p{Cf}("“‘'\[]/u.test(text[start])) start++;
      while (end > start && (/[\s\p{Cf}]/u.test(text[end - 1]) || (/[)"”’'\],;:!?]/.test(text[end - 1]) && !/[’']s$/i.test(text.slice(start, end))))) end--;
      let word = text.slice(start, end);
      const prev = out[out.length - 1];
      // "Wai-ching", "Jong-un", "al-Assad": compromise splits at the hyphen; one name word again.
      const hyphenated = prev && !prev.possessive && prev.end === start - 1 && text[prev.end] === '-' && t.pre === '' && /^[-‐]$/.test(prev.post);
      if (hyphenated && !isUpperStart(word)) prev.hyphenAdj = true;
      if (hyphenated && mergeHyphen(prev, word, t.tags)) {
        prev.hyphenAdj = false;
        prev.end = end;
        prev.text = text.slice(prev.start, end);
        prev.lower = prev.text.toLowerCase();
        prev.post = post;
        for (const tag of t.tags) if (tag !== 'Verb') prev.tags.add(tag);
        return;
      }
      let possessive = false;
      const poss = /[’']s$/i.exec(word);
      if (poss && word.length > 2) {
        // "People's Republic", "Women's Party": the 's belongs to the name.
        if (!/^(?:people|women|men|children|workers|farmers|veterans|citizens|nation)[’']s$/i.test(word) && !possessiveCompany(word, s.terms.slice(i + 1, i + 3).find((x) => x.text !== ''))) {
          end -= 2;
          word = text.slice(start, end);
          possessive = true;
        }
      }
      // "Dr.", "Inc." and the initial "S." keep their period (initials only when a word follows).
      if (!possessive && post.startsWith('.') && text[end] === '.') {
        const w = word.toLowerCase();
        if (CORP_ABBREV.has(w) || ((ABBREV.has(w) || /^\p{Lu}$/u.test(word)) && i < s.terms.length - 1)) {
          end += 1;
          word = text.slice(start, end);
          post = post.slice(1);
        }
      }
      if (end <= start) return;
      out.push({ start, end, text: word, lower: word.toLowerCase(), tags: new Set(t.tags), pre: t.pre, post, sentStart: i === 0, possessive });
    });
  }
  return out;
}

/**
 * The terms of each sentence with their offsets, as doc.json({ offset: true, terms: { offset: true } })
 * gives them (compromise's compute/offset.js: pre, text and post lengths summed in order), read
 * straight from the document: json() also builds each sentence's text, normal form and term
 * copies, a large share of the names pass's time on a small article (performance only).
 */
function termsWithOffsets(doc: ReturnType<typeof nlp>): Array<{ terms: TermJson[] }> {
  const out: Array<{ terms: TermJson[] }> = [];
  let elapsed = 0;
  for (const sentence of doc.document as Array<Array<{ text: string; pre: string; post: string; tags: Set<string> }>>) {
    const terms: TermJson[] = [];
    for (const term of sentence) {
      terms.push({ text: term.text, pre: term.pre, post: term.post, tags: [...term.tags], offset: { start: elapsed + term.pre.length, length: term.text.length } });
      elapsed += term.pre.length + term.text.length + term.post.length;
    }
    out.push({ terms });
  }
  return out;
}

/**
 * "Sotheby's said", "McDonald's Research": the 's is part of a company's name when a verb follows
 * the word directly (nothing is possessed) or a company word does ("Research", "Group").
 */
function possessiveCompany(word: string, next: TermJson | undefined): boolean {
  if (!next || !isUpperStart(word) || !/\p{Ll}/u.test(word.slice(1, -2)) || !/^[ \t]*$/.test(next.pre) || POSSESSIVE_NOT_COMPANY.test(word)) return false;
  const base = normKey(word);
  if (PLACES.has(base) || ORGANIZATIONS.has(base) || GIVEN_NAMES.has(base) || ORG_CUES.has(base) || PLACE_CUES.has(base)) return false;
  const nextLower = next.text.toLowerCase();
  const verb = next.tags.includes('Verb') && !next.tags.includes('Noun') && !next.tags.includes('Plural');
  if (verb && (next.tags.includes('PastTense') || next.tags.includes('PresentTense')) && !CONTRACTION_AFTER.has(nextLower)) return true;
  return isUpperStart(next.text) && POSSESSIVE_COMPANY_HEADS.has(nextLower);
}

/** Corporate suffixes whose period is part of the name ("Apple Inc.", "EADS N.V."). */
const CORP_ABBREV = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'n.v', 's.a', 'plc']);
/** Words after a hyphen that make an adjective of a name ("Kremlin-backed", "New York-based"). */
const HYPHEN_SUFFIX = /^(?:based|led|backed|born|owned|run|controlled|made|style|era|type|like|funded|linked|bound|sponsored|allied|held|occupied|friendly|related|specific|wide|inspired|aligned)$/;

function mergeHyphen(prev: Tok, word: string, tags: string[]): boolean {
  if (HYPHEN_SUFFIX.test(word.toLowerCase())) return false;
  const left = prev.text;
  if (PARTICLES.has(prev.lower) || /^(?:abu|bin|ibn)$/.test(prev.lower)) return isUpperStart(word);
  if (!isUpperStart(left)) return false;
  if (isUpperStart(word)) {
    // "Russia-Ukraine" and "India-China" stay two names; "Indo-Pacific", "Rolls-Royce" are one.
    const whole = normKey(`${left}-${word}`);
    if (PLACES.has(whole) || ORGANIZATIONS.has(whole)) return true;
    const known = (w: string) => PLACES.has(w) || ORGANIZATIONS.has(w) || DEMONYMS.has(w);
    return !(known(normKey(left)) && known(normKey(word)));
  }
  // Lower-case second half: a syllable of a name ("Jong-un"), not an English word ("T-shirt" is left alone).
  return /^\p{Ll}{1,6}$/u.test(word) && !tags.some((t) => ['Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun'].includes(t)) && !/^(?:shirt|year|old|day|time|member|point|page|way|man|woman|step|term|speaking|made|owned|run|style|free|elect|sized|scale|level|class|wide|long|term|run|up|out|off|in|on)s?$/.test(word);
}

/** True when nothing but spaces separates two adjacent tokens (no comma, quote, bracket, dash, line break). */
function joined(a: Tok, b: Tok): boolean {
  if (a.possessive) return false;
  return /^[ \t\u00a0]*$/.test(a.post) && /^[ \t\u00a0]*$/.test(b.pre);
}

/** "Indo-Pacific", "al-Assad", "Rolls-Royce" are one name; "Russia-Ukraine" is two places. */
function hyphenJoined(a: Tok, b: Tok): boolean {
  if (a.possessive || !/^[-‐]$/.test(a.post) || b.pre !== '') return false;
  const whole = normKey(`${a.text}-${b.text}`);
  if (PLACES.has(whole) || ORGANIZATIONS.has(whole)) return true;
  const pa = plain(a);
  const pb = plain(b);
  return !((PLACES.has(pa) || ORGANIZATIONS.has(pa)) && (PLACES.has(pb) || ORGANIZATIONS.has(pb)));
}


/** Could this capitalised token be part of a name? Sentence-initial common words are not. */
function nameWord(t: Tok, weakCaps: boolean): 'strong' | 'weak' | null {
  if (!isUpperStart(t.text) && !/^(?:al|el|bin|ibn|abu)-\p{Lu}/u.test(t.text)) return null;
  // Model numbers and money ("A380", "US$40") are not names; acronyms with digits ("G20") are.
  if (/\d/.test(t.text) && !/^[A-Z]{1,3}-?\d{1,2}\+?$/.test(t.text)) return null;
  if (/[$€£¥]/.test(t.text)) return null;
  if (t.text.startsWith('@') || hasAny(t, ['Url', 'Email', 'HashTag', 'Emoticon', 'Emoji'])) return null;
  const p = plain(t);
  // "WHO" is an acronym even though "Who" starting a sentence is not a name.
  const allCaps = /^[\p{Lu}\d.&-]{2,}$/u.test(t.text);
  if ((NOT_NAMES.has(p) && !allCaps) || (NOT_ENTITIES.has(p) && !NOT_ENTITY_HEADS.has(p))) return null;
  // "Pro-Beijing", "Anti-Trump": an adjective made of a name.
  if (/^(?:pro|anti|non|post|pre)-/i.test(t.text)) return null;
  if (t.hyphenAdj && !PLACES.has(p) && !ORGANIZATIONS.has(p) && !hasAny(t, [...PERSON_TAGS, ...PLACE_TAGS])) return null;
  if (hasAny(t, ['Month', 'WeekDay', 'Holiday']) && !hasAny(t, PERSON_TAGS)) return null;
  // Initials ("S" in "S Jaishankar"); a lone letter is dropped later unless it is inside a name.
  if (/^\p{Lu}\.?$/u.test(t.text)) return t.sentStart ? 'weak' : 'strong';
  if (hasAny(t, [...PERSON_TAGS, ...PLACE_TAGS, 'Honorific'])) return 'strong';
  // compromise tags some common nouns as organizations ("Stock markets"); at a sentence start that is not enough.
  if (t.tags.has('Organization')) return t.sentStart ? 'weak' : 'strong';
  if (GIVEN_NAMES.has(p) || SURNAMES.has(p) || PLACES.has(p) || ORGANIZATIONS.has(p) || DEMONYMS.has(p)) return 'strong';
  if (!t.sentStart && !weakCaps) return 'strong';
  if ((t.tags.has('ProperNoun') && !t.tags.has('Organization')) || t.tags.has('Acronym')) return 'strong';
  // "Finance Minister John Mbadi said": a title word opening the sentence still starts the run
  // (weak, so it never stands alone); compromise may read it as a verb.
  if (TITLE_MODIFIERS.has(p)) return 'weak';
  // At a sentence start or in a headline, only a noun compromise does not know may be a name.
  if (hasAny(t, ['Verb', 'Adjective', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'QuestionWord', 'Value', 'Expression'])) return null;
  return 'weak';
}

/** First words of multi-word non-entities ("Dow" of "Dow Jones"): name words, the whole run is dropped. */
const NOT_ENTITY_HEADS = new Set([...NOT_ENTITIES].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
const NOT_ENTITY_PREFIXES = [...NOT_ENTITIES].filter((k) => k.includes(' ')).map((k) => `${k} `);
const notEntityKey = (key: string) => NOT_ENTITIES.has(key) || NOT_ENTITY_PREFIXES.some((k) => key.startsWith(k));

/** A headline or title-case line: most longer words start with a capital. */
function isTitleCase(text: string, toks: Tok[]): boolean {
  if (/[.!?…"”'’:]\s*$/.test(text)) return false;
  const long = toks.filter((t) => /^\p{L}{4,}$/u.test(t.text));
  if (long.length < 3) return false;
  return long.filter((t) => isUpperStart(t.text)).length / long.length >= 0.7;
}

function inGazetteer(key: string): EntityType | null {
  if (PLACES.has(key)) return 'place';
  if (ORGANIZATIONS.has(key)) return 'organization';
  return null;
}

export function findNameCandidates(text: string): NameCandidate[] {
  const toks = tokenize(text);
  return candidatesFromTokens(text, toks);
}

export function candidatesFromTokens(text: string, toks: Tok[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  const weakCaps = isTitleCase(text, toks);
  const shouting = toks.filter((t) => /^\p{L}{3,}$/u.test(t.text)).every((t) => t.text === t.text.toUpperCase()) && toks.length > 3;
  // "JOHN PARK: Welcome": the word after a speaker label in capitals opens the answer, like a sentence.
  toks.forEach((t, k) => {
    if (k > 0 && /^:/.test(toks[k - 1].post) && /^[\p{Lu}’'.-]{2,}$/u.test(toks[k - 1].text)) t.sentStart = true;
  });
  const kinds = toks.map((t) => nameWord(t, weakCaps));
  const used = new Set<number>();

  // Runs of name words, joined by particles ("von der") or "of"/"for"/"&" after a head word.
  let i = 0;
  while (i < toks.length) {
    if (!kinds[i] || used.has(i)) {
      i++;
      continue;
    }
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
      const tail = listTail(toks, kinds, i, j);
      if (tail > j) {
        j = tail;
        continue;
      }
      break;
    }
    emitRun(text, toks, kinds, i, j, out, shouting);
    for (let k = i; k <= j; k++) used.add(k);
    i = j + 1;
  }

  // The post-passes over the paragraph's names.
  spreadListRoles(text, out);
  addHandles(toks, out);
  markRenamed(toks, out);
  linkBracketedAcronyms(text, out);

  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((c, k) => k === 0 || c.start >= out[k - 1].end);
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
    if (prev && joined(prev, t) && /^(?:pm|fm|president|minister|mp|ceo|senator|governor|mayor|dr\.?|mr\.?|mrs\.?|ms\.?)$/.test(prev.lower)) role = prev.text;
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

/** "World Health Organization (WHO)" / "WHO (World Health Organization)": an acronym defined in brackets. */
function linkBracketedAcronyms(text: string, out: NameCandidate[]): void {
  for (const c of out) {
    const next = out.find((d) => d.start > c.end && d.start <= c.end + 3 && /^\s*\($/.test(text.slice(c.end, d.start)) && text[d.end] === ')');
    if (!next || next.ownerName) continue;
    const short = isAcronymShape(next.text) ? next : isAcronymShape(c.text) ? c : null;
    const long = short === next ? c : next;
    if (!short || long.text.split(/\s+/).length < 2) continue;
    short.ownerName = long.text;
    if (long.type) [short.type, short.typeRule] = [long.type, 'bracketed-acronym-type'];
    else if (short.type) [long.type, long.typeRule] = [short.type, 'bracketed-acronym-type'];
  }
}

/** Tokens to skip to join a connector ("of", "of the", "&", "von der") with the next name word; 0 = no join. */
function connectorGap(toks: Tok[], kinds: Array<'strong' | 'weak' | null>, i: number, j: number): number {
  const a = toks[j];
  let k = j + 1;
  const conn: Tok[] = [];
  while (k < toks.length && conn.length < 2 && !kinds[k] && /^(?:of|for|on|and|the|&|de|da|di|del|della|dos|das|van|von|der|den|du|la|le|bin|ibn|al|el|y|upon)$/.test(toks[k].lower)) {
    conn.push(toks[k]);
    k++;
  }
  if (!conn.length || k >= toks.length || kinds[k] !== 'strong') return 0;
  let prev = a;
  for (const t of [...conn, toks[k]]) {
    if (!joined(prev, t)) return 0;
    prev = t;
  }
  const words = conn.map((t) => t.lower).join(' ');
  const headLower = plain(a);
  if (conn.every((t) => PARTICLES.has(t.lower))) return conn.length + 1;
  if (words === '&') return 2;
  // "Trinidad and Tobago", "Jammu and Kashmir": only when the joined words are a known name.
  const key = normKey(`${a.text} ${conn.map((t) => t.text).join(' ')} ${toks[k].text}`);
  if (inGazetteer(key)) return conn.length + 1;
  const run = toks.slice(i, j + 1);
  const plainRun = run.length <= 3 && !run.some((t) => ORG_CUES.has(plain(t)) || PLACE_CUES.has(plain(t)) || hasAny(t, PERSON_TAGS) || GIVEN_NAMES.has(plain(t))) && !inGazetteer(normKey(run.map((t) => t.text).join(' ')));
  // "National Air and Space Museum", "U.S. Space and Rocket Center": "and" inside a name that ends in a cue word.
  if (words === 'and' && plainRun) {
    for (let m = k; m < Math.min(toks.length, k + 3) && kinds[m] === 'strong' && (m === k || joined(toks[m - 1], toks[m])); m++) {
      if (ORG_CUES.has(plain(toks[m])) || PLACE_CUES.has(plain(toks[m]))) return conn.length + 1;
    }
    return 0;
  }
  if (words === 'and' || words === 'on' || words === 'upon') return 0;
  if (!/^(?:of|for|of the|for the)$/.test(words)) return 0;
  // "General Bathymetric Chart of the Oceans": "of the" before a place word continues a name that is not a person's.
  if (words === 'of the' && run.length >= 2 && plainRun && (PLACE_CUES.has(plain(toks[k])) || PLACES.has(plain(toks[k])))) return conn.length + 1;
  if (ORG_OF_HEADS.has(headLower) || PLACE_OF_HEADS.has(headLower) || ORG_CUES.has(headLower)) return conn.length + 1;
  // "Minister of External Affairs S Jaishankar", "Secretary of State": the role parser splits it.
  if (isTitleHeadWord(headLower) && words === 'of') return conn.length + 1;
  return 0;
}

/** "Department for Environment, Food and Rural Affairs": a list of capitalised common words after an
 *  "X of/for Y" organization continues its name. Returns the new last index, or j. */
function listTail(toks: Tok[], kinds: Array<'strong' | 'weak' | null>, i: number, j: number): number {
  if (!ORG_OF_HEADS.has(plain(toks[i])) || !toks.slice(i + 1, j).some((t) => t.lower === 'of' || t.lower === 'for')) return j;
  if (!/^,\s*$/.test(toks[j].post)) return j;
  const plainWord = (t: Tok | undefined) => !!t && kinds[toks.indexOf(t)] === 'strong' && !inGazetteer(plain(t)) && !hasAny(t, [...PERSON_TAGS, 'Place', 'Organization', 'Acronym']);
  let k = j + 1;
  for (let items = 0; items < 4 && k < toks.length; items++) {
    if (!plainWord(toks[k])) return j;
    // Words of one item: "Rural Affairs".
    while (k + 1 < toks.length && joined(toks[k], toks[k + 1]) && plainWord(toks[k + 1])) k++;
    if (/^,\s*$/.test(toks[k].post)) {
      k++;
      continue;
    }
    const and = toks[k + 1];
    if (!and || and.lower !== 'and' || !joined(toks[k], and) || !toks[k + 2] || !joined(and, toks[k + 2]) || !plainWord(toks[k + 2])) return j;
    k += 2;
    while (k + 1 < toks.length && joined(toks[k], toks[k + 1]) && plainWord(toks[k + 1])) k++;
    return k;
  }
  return j;
}
const isTitleHeadWord = (w: string) => TITLE_HEADS.has(w);
const isTitleHead = (t: Tok) => TITLE_HEADS.has(plain(t)) || (TITLE_ACRONYMS.has(t.lower) && t.text === t.text.toUpperCase());

function emitRun(text: string, toks: Tok[], kinds: Array<'strong' | 'weak' | null>, i: number, j: number, out: NameCandidate[], shouting: boolean): void {
  let a = i;
  // A leading "The" of a sentence is not part of the name unless the whole is listed ("The Hague").
  while (a <= j && /^(?:the|a|an)$/.test(toks[a].lower) && !inGazetteer(normKey(text.slice(toks[a].start, toks[j].end)))) a++;
  if (a > j) return;
  // "Air France Flight 447": the flight is not a name; the airline before it is.
  if (j > a && toks[j].lower === 'flight' && toks[j + 1] && /^\d+$/.test(toks[j + 1].text)) {
    emitRun(text, toks, kinds, a, j - 1, out, shouting);
    return;
  }
  const full = normKey(text.slice(toks[a].start, toks[j].end));
  if (notEntityKey(full)) return;
  const listed = inGazetteer(full);
  if (listed) {
    emitListed(text, toks, a, j, listed, out);
    return;
  }
  // "an Ohio Republican", "a Texas Democrat": a place and a party member; the place is the name.
  if (j > a && PARTY_MEMBER_WORDS.has(plain(toks[j])) && inGazetteer(normKey(text.slice(toks[a].start, toks[j - 1].end))) === 'place') {
    const n = out.length;
    emitRun(text, toks, kinds, a, j - 1, out, shouting);
    if (out.length > n) out[out.length - 1].typeRule = 'place-before-party-member';
    return;
  }
  // A title at the end ("Apple CEO", "United Nations High Commissioner"): the name is what precedes it.
  // "Stephen King", "John Major": a title word after a first name is a surname; "Foundation for
  // Rural Justice", "Ministry of Justice": an organization's "X of/for Y" name keeps its last word.
  const orgOf = ORG_OF_HEADS.has(plain(toks[a])) && toks.slice(a + 1, j).some((t) => t.lower === 'of' || t.lower === 'for') && toks[j].text !== toks[j].text.toUpperCase();
  if (!orgOf && isTitleHead(toks[j]) && !toks.slice(a, j).some((t) => GIVEN_NAMES.has(plain(t)) || t.tags.has('FirstName'))) {
    let t0 = j;
    while (t0 - 1 >= a && (isTitleHead(toks[t0 - 1]) || TITLE_MODIFIERS.has(plain(toks[t0 - 1])))) t0--;
    if (t0 > a) emitRun(text, toks, kinds, a, t0 - 1, out, shouting);
    return;
  }
  // A title inside the run: "Apple CEO Steve Jobs", "U.S. Senator John Cornyn", "Indian Prime Minister Narendra Modi".
  let role: string | null = null;
  let listRole = false;
  let b = a;
  for (let m = a; m < j; m++) {
    const split = splitRole(toks.slice(m, j + 1));
    if (!split.role || split.nameStart >= j - m + 1) continue;
    if (m > a) emitRun(text, toks, kinds, a, m - 1, out, shouting);
    if (split.nameStart > split.roleEnd) {
      // "Prime Minister of India": what follows "of" is a name of its own, not the title holder.
      emitRun(text, toks, kinds, m + split.nameStart, j, out, shouting);
      return;
    }
    role = split.role;
    // "Ministers Manturov and Lavrov": a plural title covers the names listed after it.
    listRole = PLURAL_TITLE.test(toks[m + split.roleEnd - 1].lower);
    b = m + split.nameStart;
    break;
  }
  if (b > j) return;
  // Leading nationality words: "Russian Sergey Lavrov" -> "Sergey Lavrov", but keep "Indian Ocean", "Thai Airways International".
  const cued = toks.slice(b, j + 1).some((t) => ORG_CUES.has(plain(t)) || PLACE_CUES.has(plain(t)));
  while (b < j && DEMONYMS.has(plain(toks[b])) && !cued) b++;
  if (b === j && DEMONYMS.has(plain(toks[b]))) return;
  // "Apple Inc. Steve Jobs", "NASA Bill Ingalls", "United States Hamdullah Mohib": an organization
  // or place written right before a person's name (a photo credit, a dropped title) is a name of its own.
  if (!role) {
    const m = personAfterName(toks, b, j);
    if (m > 0) {
      emitRun(text, toks, kinds, b, m - 1, out, shouting);
      emitRun(text, toks, kinds, m, j, out, shouting);
      return;
    }
  }
  emitTyped({ text, toks, kinds, out, shouting }, a, b, j, role, listRole);
}

/** A name the gazetteers list as a whole ("Panama", "World Health Organization"). */
function emitListed(text: string, toks: Tok[], a: number, j: number, listed: EntityType, out: NameCandidate[]): void {
  // "Boeing 787", "Airbus A380": a maker named in a product's name; "Nikkei index".
  if (productAfter(toks, j, true)) return;
  // "the carrier Panama", "news agency Xinhua": an organization word just before beats the place list.
  const before = toks[a - 1];
  const orgBefore = !!before && joined(before, toks[a]) && ORG_BEFORE.has(before.lower);
  // A country that plays ("Belgium defeated Panama 3 – 0") is its team: the aliases pass decides per entity.
  const team = listed === 'place' && playsAsTeam(toks, a, j);
  push(text, toks, a, j, orgBefore ? 'organization' : listed, null, out, 'strong', orgBefore || team ? 'organization' : null);
  const listedRule = orgBefore && listed === 'place' ? 'organization-word-before-beats-place' : `gazetteer-${listed}`;
  traceType(out[out.length - 1], listedRule, orgBefore ? 'hint-organization-word-before' : team ? 'hint-country-plays-as-team' : undefined);
  if (team && COUNTRIES.has(normKey(text.slice(toks[a].start, toks[j].end)))) out[out.length - 1].team = true;
}

/** What one run of name words needs to emit its names. */
interface RunScope {
  text: string;
  toks: Tok[];
  kinds: Array<'strong' | 'weak' | null>;
  out: NameCandidate[];
  shouting: boolean;
}

/** The name toks[b..j] of the run starting at a, after titles and nationality words: its type, hint and role. */
function emitTyped(scope: RunScope, a: number, b: number, j: number, role: string | null, listRole: boolean): void {
  const { text, toks, kinds, out, shouting } = scope;
  // "Jaishankar's" alone as a possessive is fine; a run of only weak words at a sentence start is weak.
  const nameToks = toks.slice(b, j + 1);
  const weak = nameToks.every((_, k) => kinds[b + k] === 'weak');
  // Single capital letters are initials only inside a name.
  if (nameToks.length === 1 && /^\p{Lu}\.?$/u.test(nameToks[0].text)) return;
  const key = normKey(text.slice(toks[b].start, toks[j].end));
  let type: EntityType | null = inGazetteer(key);
  if (notEntityKey(key)) return;
  // A cue word alone ("the University", "the State") is not a name.
  if (nameToks.length === 1 && !type && (ORG_CUES.has(plain(nameToks[0])) || PLACE_CUES.has(plain(nameToks[0])) || TITLE_MODIFIERS.has(plain(nameToks[0])) || EVENT_LAST.has(plain(nameToks[0])))) return;
  // Products, works, events, laws and vehicles are not entities.
  if (!type && !role) {
    const ne = nonEntityStart(toks, a, b, j);
    if (ne === 'drop') return;
    if (ne !== null) {
      // "Space Shuttle Atlantis", "the novel Angel Catbird": later mentions of the bare name go too.
      if (ne <= j) out.push({ start: toks[ne].start, end: toks[j].end, text: text.slice(toks[ne].start, toks[j].end), type: null, role: null, nonEntity: true });
      return;
    }
  }
  if (type && productAfter(toks, j, true)) return;
  // "Internet Explorer 7", "Boeing 787": a product with a model number, unless the name is known.
  const next = toks[j + 1];
  if (!type && next && joined(toks[j], next) && /^\d/.test(next.text) && !nameToks.some((t) => hasAny(t, PERSON_TAGS)) && !NUMBERED_PLACES.has(plain(toks[j]))) return;
  if (!type && !role && nameToks.length === 1 && isAcronymShape(nameToks[0].text) && (shouting || NOT_ACRONYMS.has(plain(toks[b])))) return;
  const context = typeContext(toks, a, b, j, type, role);
  const rule = firstTypeRule(context);
  type = rule?.type ?? null;
  let typeRule = rule?.id;
  let { hint } = context;
  let hintRule = context.hint ? hintRuleBefore(context) : undefined;
  role = context.anyRole;
  const after = toks[j + 1];
  if (!hint && after && joined(toks[j], after) && SPEECH_AFTER.has(after.lower)) [hint, hintRule] = ['person', 'hint-speech-verb-after'];
  // "the Kudankulam nuclear power plant", "the Chernobyl reactor": a facility named after its site.
  if ((!type || typeRule === 'town-and-state-late') && !hint && facilityAfter(toks, j)) [hint, hintRule] = ['place', 'hint-facility-after'];
  // "the carrier Panama", "news agency Xinhua": an organization word just before beats a place list.
  const before = context.before;
  if (hint === 'organization' && type === 'place' && before && ORG_BEFORE.has(before.lower) && !role) [type, typeRule] = ['organization', 'organization-word-before-beats-place'];
  // Two or three plain capitalised words that nothing else explains read as a person's name
  // ("Alireza Mehraban", "Nunzio Galantino"): most unknown names in news are non-Western people.
  if (!type && !hint && looksPersonal(nameToks)) [hint, hintRule] = ['person', 'hint-looks-personal'];
  push(text, toks, b, j, type, role, out, weak ? 'weak' : 'strong', hint);
  traceType(out[out.length - 1], typeRule, hintRule);
  if (listRole) listRoles.set(out[out.length - 1], role!);
}

/** What the type rules read about the name toks[b..j] (run start a; `listed`, `role` as emitRun found them). */
function typeContext(toks: Tok[], a: number, b: number, j: number, listed: EntityType | null, role: string | null): TypeContext {
  const nameToks = toks.slice(b, j + 1);
  const before = toks[a - 1];
  const before2 = toks[a - 2];
  let hint: EntityType | null = null;
  let anyRole = role;
  if (before && joined(before, toks[a])) {
    if (ORG_BEFORE.has(before.lower)) hint = 'organization';
    else if (PLACE_BEFORE.has(before.lower) || (before.lower === 'of' && before2 && PLACE_BEFORE.has(before2.lower))) hint = 'place';
    else if (TITLE_HEADS.has(before.lower) && !before.tags.has('ProperNoun')) {
      hint = 'person';
      // "trade chief Elena Varga", "health secretary Ana Ruiz": a lower-case field word belongs to the title.
      const field = before2 && joined(before2, before) && /^\p{Ll}/u.test(before2.text) && TITLE_MODIFIERS.has(before2.lower);
      anyRole = anyRole ?? (field ? `${before2.text} ${before.text}` : before.text);
    } else if (PLACE_PREPS.has(before.lower)) hint = 'place';
  }
  // "Irving, Texas", "Huntsville, Alabama": a town named with its state or country, even if it is also a first name.
  const afterComma = toks[j + 1];
  const townState = !!afterComma && /^,\s*$/.test(toks[j].post) && PLACES.has(plain(afterComma)) && !(toks[j + 2] && joined(afterComma, toks[j + 2]) && isUpperStart(toks[j + 2].text));
  return {
    nameToks,
    first: plain(toks[b]),
    last: plain(toks[j]),
    single: nameToks.length === 1,
    ofName: nameToks.some((t) => t.lower === 'of'),
    listed,
    role,
    anyRole,
    datelineShape: b === 0 && /^\s*(?:,|—|–|-|\()/.test(nameToks[0].post),
    acronym: nameToks.length === 1 && isAcronymShape(nameToks[0].text),
    hint,
    before,
    townState,
    speakerLabel: isSpeakerLabel(toks, b, j),
  };
}

/** "MARIA LOPEZ: Thanks for having me.": two to four words in capitals, the first a first name, opening a line before a colon. */
function isSpeakerLabel(toks: Tok[], b: number, j: number): boolean {
  if (j - b < 1 || j - b > 3 || !/^:/.test(toks[j].post)) return false;
  const prev = toks[b - 1];
  if (prev && !/\n/.test(prev.post + toks[b].pre)) return false;
  const words = toks.slice(b, j + 1);
  if (!words.every((t) => /^[\p{Lu}’'.-]{2,}$/u.test(t.text))) return false;
  return GIVEN_NAMES.has(plain(words[0])) || hasAny(words[0], ['FirstName', 'MaleName', 'FemaleName']);
}

/** The id of the context hint typeContext() found (the word just before the name). */
function hintRuleBefore(c: TypeContext): string {
  if (c.hint === 'organization') return 'hint-organization-word-before';
  if (c.hint === 'person') return 'hint-title-before';
  return c.before && PLACE_PREPS.has(c.before.lower) ? 'hint-place-preposition' : 'hint-place-word-before';
}

/** Records the deciding rules on a candidate (the decision trace; rules/entityRules.ts). */
function traceType(c: NameCandidate, typeRule: string | undefined, hintRule: string | undefined): void {
  if (c.type && typeRule) c.typeRule = typeRule;
  if (c.hint && hintRule) c.hintRule = hintRule;
}

/** Plural title heads whose role carries over a list of names ("Ministers Manturov and Lavrov"). */
const PLURAL_TITLE = /^(?:ministers|presidents|senators|secretaries|governors|leaders|mlas|mps|judges|generals|ambassadors|commissioners|mayors|councillors|councilors)$/;
/** Candidates given a plural title, filled in by candidatesFromTokens for the names listed after them. */
const listRoles = new WeakMap<NameCandidate, string>();
/** Model numbers: "787", "A380", "737-800", "A400M", "747s"; not years or single digits. */
const MODEL_NUMBER = /^(?:[A-Z]{1,3}-?\d{2,4}[A-Z]{0,3}|\d{3,4}(?:-\d{1,4})?[A-Z]{0,3})s?$/;

/** True when the words after the name make it a product or an index: a model number, a product noun, "index". */
function productAfter(toks: Tok[], j: number, listed: boolean): boolean {
  const after = toks[j + 1];
  if (!after) return false;
  const close = joined(toks[j], after) || (toks[j].possessive && /^\s*$/.test(toks[j].post.replace(/^[’']s/, '')));
  if (!close) return false;
  if (INDEX_AFTER.has(after.lower) && /^\p{Ll}/u.test(after.text)) return true;
  if (/^\d+$/.test(after.text) && toks[j + 2] && INDEX_AFTER.has(toks[j + 2].lower)) return true;
  if (NUMBERED_PLACES.has(plain(toks[j]))) return false;
  if (MODEL_NUMBER.test(after.text) && !/^(?:1[89]|20)\d\d$/.test(after.text) && !/[–-]/.test(after.post) && !toks[j].possessive) return true;
  return !listed && PRODUCT_AFTER.has(after.lower);
}

/** Where a product, work, event or vehicle name starts ("Atlantis" in "Space Shuttle Atlantis"), 'drop'
 *  when the mention alone is not an entity, null when it is a name like any other. */
function nonEntityStart(toks: Tok[], a: number, b: number, j: number): number | 'drop' | null {
  const n = j - b + 1;
  const first = plain(toks[b]);
  const last = plain(toks[j]);
  const personal = GIVEN_NAMES.has(first) || hasAny(toks[b], ['FirstName', 'Honorific']);
  if (n >= 2 && first === 'space' && plain(toks[b + 1]) === 'shuttle') return b + 2;
  if (n >= 2 && VEHICLE_PREFIX.has(first)) return b + 1;
  // "Mac OS X Lion", "OS X Tiger": an operating system and its release name.
  const os = toks.slice(b, j + 1).findIndex((t) => t.text === 'OS');
  if (os >= 0) {
    let k = b + os + 1;
    if (k <= j && /^[A-Z]$/.test(toks[k].text)) k++;
    return k <= j ? k : 'drop';
  }
  const before = toks[a - 1];
  if (before && joined(before, toks[a]) && /^\p{Ll}/u.test(before.text) && PRODUCT_BEFORE.has(before.lower)) return b;
  // "iTunes Music Store", "iPhone Developer Program": a name after a product's brand.
  if (before && joined(before, toks[a]) && /^\p{Ll}+\p{Lu}/u.test(before.text)) return 'drop';
  // "Black Monday", "Super Tuesday": a named day.
  const after = toks[j + 1];
  if (after && joined(toks[j], after) && after.tags.has('WeekDay') && isUpperStart(after.text)) return 'drop';
  if (productAfter(toks, j, false)) return PRODUCT_AFTER.has(toks[j + 1].lower) ? (personal ? null : b) : 'drop';
  if (n >= 2 && !personal && (EVENT_LAST.has(last) || PRODUCT_LAST.has(last) || (last === 'games' && GAMES_BEFORE.has(plain(toks[j - 1]))))) return 'drop';
  return null;
}

/** Index of a person's name written right after an organization or place in one run, or 0. */
function personAfterName(toks: Tok[], b: number, j: number): number {
  for (let m = Math.max(b + 1, j - 2); m < j; m++) {
    const prefix = toks.slice(b, m);
    const key = normKey(prefix.map((t) => t.text).join(' '));
    const lastPre = plain(prefix[prefix.length - 1]);
    const isOrg = !!inGazetteer(key) || ORG_CUES.has(lastPre) || CORP_ABBREV.has(lastPre) || (prefix.length === 1 && isAcronymShape(prefix[0].text) && !TITLE_ACRONYMS.has(prefix[0].lower));
    if (!isOrg) continue;
    const rest = toks.slice(m, j + 1);
    if (rest.some((t) => ORG_CUES.has(plain(t)) || PLACE_CUES.has(plain(t)) || inGazetteer(plain(t)))) continue;
    if (GIVEN_NAMES.has(plain(toks[m])) || hasAny(toks[m], ['FirstName', 'MaleName', 'FemaleName'])) return m;
    if (inGazetteer(key) === 'place' && rest.length === 2 && looksPersonal(rest) && !hasAny(toks[m], ['Place', 'Organization'])) return m;
  }
  return 0;
}

/** Two or three plain capitalised words (or initials) with no cue, tag or list saying otherwise. */
function looksPersonal(nameToks: Tok[]): boolean {
  if (nameToks.length < 2 || nameToks.length > 3) return false;
  return nameToks.every(
    (t, k) =>
      (/^\p{Lu}[\p{Ll}’'-]+$/u.test(t.text) || /^(?:\p{Lu}\.){1,3}$/u.test(t.text) || (k === 0 && /^\p{Lu}{1,2}$/u.test(t.text))) &&
      !ORG_CUES.has(plain(t)) && !PLACE_CUES.has(plain(t)) && !TITLE_HEADS.has(plain(t)) && !TITLE_MODIFIERS.has(plain(t)) &&
      !DEMONYMS.has(plain(t)) && !inGazetteer(plain(t)) && !hasAny(t, ['Plural', 'Adjective', 'Verb', 'Value', 'Demonym', 'Organization', 'Place', 'Acronym']),
  );
}

const SPORT_AFTER = /^(?:defeated|defeats|beat|beats|drew|draw|draws|won|win|wins|lost|lose|loses|faced|face|faces|scored|score|qualified|qualify|advanced|eliminated|thrashed|edged|trounced|hammered|routed|outplayed|equalised|equalized|led|leads|trailed|play|plays|played|host|hosts|hosted)$/;
const SPORT_BEFORE = /^(?:defeated|beat|beating|against|vs|v|versus|over|to|faced|facing|drew|draw|eliminated|thrashed|edged|hosted)$/;

/** "Belgium defeated Panama", "Belgium 3 – 0 Panama", "lost 1 – 2 to England": a country used as a team. */
function playsAsTeam(toks: Tok[], a: number, j: number): boolean {
  const after = toks[j + 1];
  const before = toks[a - 1];
  if (after && /^\d+$/.test(after.text) && /[–-]/.test(after.post)) return true;
  if (before && /^\d+$/.test(before.text) && /[–-]/.test(before.pre + (toks[a - 2]?.post ?? ''))) return true;
  if (after && joined(toks[j], after) && SPORT_AFTER.test(after.lower)) {
    // "Sweden defeated South Korea 1 – 0": the object is a team as well, so look for a score or another country.
    return toks.slice(j + 2, j + 8).some((t) => /^\d+$/.test(t.text) || PLACES.has(plain(t)));
  }
  if (before && SPORT_BEFORE.test(before.lower) && before.lower !== 'to' && before.lower !== 'over') {
    return toks.slice(Math.max(0, a - 6), a - 1).some((t) => PLACES.has(plain(t))) || toks.slice(j + 1, j + 4).some((t) => /^\d+$/.test(t.text));
  }
  if (before && before.lower === 'to' && toks[a - 2] && /^\d+$/.test(toks[a - 2].text)) return true;
  return false;
}

/** Sites of plants, dams and the like named by a lower-case facility noun within a few words. */
const FACILITY_NOUNS = new Set(['plant', 'plants', 'station', 'reactor', 'reactors', 'dam', 'refinery', 'mine', 'mines', 'port', 'airport', 'airbase', 'base', 'camp', 'facility', 'site', 'complex', 'oilfield', 'field']);

function facilityAfter(toks: Tok[], j: number): boolean {
  for (let k = j + 1; k <= j + 4 && k < toks.length && joined(toks[k - 1], toks[k]) && /^\p{Ll}+$/u.test(toks[k].text); k++) {
    if (FACILITY_NOUNS.has(toks[k].lower)) return true;
  }
  return false;
}

function push(text: string, toks: Tok[], b: number, j: number, type: EntityType | null, role: string | null, out: NameCandidate[], evidence: 'strong' | 'weak', hint: EntityType | null = null): void {
  const start = toks[b].start;
  const end = toks[j].end;
  out.push({ start, end, text: text.slice(start, end), type, role, evidence, hint });
}
