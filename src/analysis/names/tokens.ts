// The compromise adapter: one paragraph's words with exact offsets and compromise's tags.
// compromise's whole-match offsets are unsafe, so every span is built from term offsets.
import { HYPHEN_PLACE_PARTICLES } from '../lexicon/places';
import nlp from 'compromise';
import { fastBulkMatch } from './fastSweep';
import type { Token } from '../document';
import { ORG_CUES, PLACE_CUES } from '../lexicon/cues';
import { ORG_ACRONYM_PATTERN } from '../lexicon/organizations';
import { SAINT_WORDS } from '../lexicon/titles';
import { CONTRACTION_AFTER, POSSESSIVE_COMPANY_HEADS, POSSESSIVE_NOT_COMPANY } from '../lexicon/nameContext';
import {
  ABBREV,
  CORP_ABBREV,
  HYPHEN_ENGLISH,
  HYPHEN_FUNCTION_TAGS,
  HYPHEN_SUFFIX,
  PARTICLES,
  POSSESSIVE_IN_NAME,
} from '../lexicon/nameWords';
import {
  isDemonym,
  isGivenName,
  isKnownOrganization,
  isKnownPlace,
  isPlaceAbbreviation,
  isSurname,
  keyOfLower,
  spanKey,
} from '../lexicon/key';

export interface TermJson {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** One word of the paragraph with exact offsets and compromise's tags. */
export interface Tok extends Token {
  lower: string;
  tags: Set<string>;
  pre: string;
  post: string;
  sentStart: boolean;
  possessive: boolean;
  /** Written as the first half of a hyphenated adjective ("Kremlin-backed", "Pan-democrat"). */
  hyphenAdj?: boolean;
}

export const hasAny = (t: Pick<Tok, 'tags'>, tags: readonly string[]) => tags.some((x) => t.tags.has(x));
/** A token's lexicon key ("U.S." -> "us"). */
export const plain = (t: Tok) => keyOfLower(t.lower);
/** A span's lexicon key, without a possessive 's. */
export const normKey = spanKey;
export const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
export const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Address'];

export const isUpperStart = (s: string) => /^\p{Lu}/u.test(s);
export const isAcronymShape = (s: string) =>
  (ORG_ACRONYM_PATTERN.test(s.replace(/\./g, '')) && s.replace(/[^A-Za-z]/g, '').length >= 2) || /^[A-Z]\d{1,2}$/.test(s);

type Sentence = Array<{ text: string; pre: string; post: string; tags: Set<string> }>;
interface World {
  hooks: string[];
  methods: { one: { bulkMatch: unknown; tokenize: { fromString(text: string, world: World): Sentence[] } } };
}

/**
 * Runs f with compromise's parse set up for the names pass: without its last step, 'chunks'
 * (noun/verb phrase chunking: the names pass reads only the terms' text, whitespace and tags, which
 * chunking never changes, and it costs a tenth of the parse), and with fastSweep.ts's equivalent of
 * its pattern lookup. Both are swapped only for this synchronous call, so any other nlp() in the
 * process (the benchmark's baseline) still runs compromise as it comes.
 */
function withTaggingParse<T>(f: (world: World) => T): T {
  const world = nlp.world() as World;
  const all = world.hooks;
  const bulkMatch = world.methods.one.bulkMatch;
  world.hooks = all.filter((h) => h !== 'chunks');
  world.methods.one.bulkMatch = fastBulkMatch;
  try {
    return f(world);
  } finally {
    world.hooks = all;
    world.methods.one.bulkMatch = bulkMatch;
  }
}

/** Each text's sentences, parsed and tagged. */
function parseForTags(texts: string[]): Sentence[][] {
  return withTaggingParse((world) => {
    // Each text is split into sentences on its own, as nlp(text) does; then all the sentences are
    // tagged in one call. compromise tags sentence by sentence, so the tags are those of parsing each
    // text alone (test/unit/names-batch.test.ts), without each call's fixed cost (a third of the parse
    // of a short paragraph).
    const own = texts.map((text) => world.methods.one.tokenize.fromString(text, world));
    const doc = (nlp as unknown as (input: unknown) => { document: Sentence[] })(own.flat().map((terms) => ({ terms })));
    if (doc.document.length !== own.reduce((n, sentences) => n + sentences.length, 0)) {
      return texts.map((text) => (nlp(text) as unknown as { document: Sentence[] }).document);
    }
    let next = 0;
    return own.map((sentences) => doc.document.slice(next, (next += sentences.length)));
  });
}

export function tokenize(text: string): Tok[] {
  return tokensOf(text, parseForTags([text])[0]);
}

/** The texts' tokens, as tokenize() gives each, from one compromise parse of about this many characters at a time. */
export function tokenizeMany(texts: string[], batchChars = 5_000): Tok[][] {
  return [...tokenizeEach(texts, batchChars)];
}

/** tokenizeMany() one text at a time, so that the tokens of only one batch are held at once. */
export function* tokenizeEach(texts: string[], batchChars = 5_000): Generator<Tok[]> {
  for (let i = 0; i < texts.length;) {
    let j = i + 1;
    for (let chars = texts[i].length; j < texts.length && chars + texts[j].length <= batchChars; j++) chars += texts[j].length;
    const batch = texts.slice(i, j);
    const parsed = parseForTags(batch);
    for (let k = 0; k < batch.length; k++) yield tokensOf(batch[k], parsed[k]);
    i = j;
  }
}

function tokensOf(text: string, sentences: Sentence[]): Tok[] {
  const out: Tok[] = [];
  for (const s of termsWithOffsets(sentences)) s.terms.forEach((t, i) => addTerm(text, s.terms, i, out));
  return out;
}

/** Adds term i of a sentence to out: trimmed, joined to the word before over a hyphen, its 's and period settled. */
function addTerm(text: string, terms: TermJson[], i: number, out: Tok[]): void {
  let t = terms[i];
  const [start, trimmedEnd] = trimTerm(text, t);
  let end = trimmedEnd;
  let post = t.post;
  // markdown-link-name: "[Urban Redevelopment Authority](https://…)": compromise keeps the link's target in the last word.
  const link = text.slice(start, end).indexOf('](');
  if (link > 0) {
    end = start + link;
    post = text.slice(end, trimmedEnd) + t.post;
    t = { ...t, tags: t.tags.filter((x) => x !== 'Url') };
  }
  let word = text.slice(start, end);
  if (joinHyphenated(text, out[out.length - 1], t, start, end)) return;
  let possessive = false;
  const poss = /[’']s$/i.exec(word);
  // "People's Republic", "Women's Party": the 's belongs to the name.
  if (
    poss &&
    word.length > 2 &&
    !POSSESSIVE_IN_NAME.test(word) &&
    !saintPossessive(terms, i) &&
    !possessiveOrgName(terms, i) &&
    !possessiveCompany(
      word,
      terms.slice(i + 1, i + 3).find((x) => x.text !== ''),
      t,
      terms[i + 1]?.text === '' ? terms[i + 1].post : t.post,
    )
  ) {
    end -= 2;
    word = text.slice(start, end);
    possessive = true;
  } else if (poss && terms[i + 1]?.text === '') {
    // compromise reads the kept 's as "is" in an empty term that holds the punctuation after it.
    post = terms[i + 1].post;
  }
  // plural-possessive-in-name: "Bong Farmers' Cooperative Union", "Rail Users’ Association": the apostrophe stays inside the name.
  if (!possessive && /^['’][ \t]+$/.test(post) && /^\p{Lu}\p{Ll}+s$/u.test(word) && organizationWordFollows(terms, i)) {
    end += 1;
    word = text.slice(start, end);
    post = post.slice(1);
  }
  // "Dr.", "Inc." and the initial "S." keep their period (initials only when a word follows).
  if (!possessive && post.startsWith('.') && text[end] === '.') {
    const w = word.toLowerCase();
    const placeAbbrev = isUpperStart(word) && isPlaceAbbreviation(`${word}.`);
    if (CORP_ABBREV.has(w) || placeAbbrev || ((ABBREV.has(w) || /^\p{Lu}$/u.test(word)) && i < terms.length - 1)) {
      end += 1;
      word = text.slice(start, end);
      post = post.slice(1);
    }
  }
  if (end <= start) return;
  out.push({ start, end, text: word, lower: word.toLowerCase(), tags: new Set(t.tags), pre: t.pre, post, sentStart: i === 0, possessive });
}

/** An organization word follows term i directly ("Workers' Party"), or within three capitalised words when a capitalised
 *  word comes before it ("Bong Farmers' Cooperative Union"; not "the Beatles' Apple Corps"). */
function organizationWordFollows(terms: TermJson[], i: number): boolean {
  const inName =
    i > 0 && isUpperStart(terms[i - 1].text) && !/^(?:the|an?)$/i.test(terms[i - 1].text) && /^[ \t]+$/.test(terms[i - 1].post);
  for (let k = i + 1; k <= (inName ? i + 3 : i + 1) && k < terms.length && isUpperStart(terms[k].text); k++) {
    if (ORG_CUES.has(terms[k].text.toLowerCase())) return true;
    if (!/^[ \t]+$/.test(terms[k].post)) return false;
  }
  return false;
}

/** The non-empty terms after terms[i] (compromise leaves empty terms for split contractions). */
const termsAfter = (terms: TermJson[], i: number, n: number) =>
  terms
    .slice(i + 1, i + 1 + 2 * n)
    .filter((x) => x.text !== '')
    .slice(0, n);

/** saint-possessive: "St Mary's Hospital", "at St Brigid's.": after St or Saint the 's names a church, school or place. */
function saintPossessive(terms: TermJson[], i: number): boolean {
  const prev = terms[i - 1];
  if (!prev || !SAINT_WORDS.has(prev.text.toLowerCase()) || !/^[ \t]+$/.test(prev.post)) return false;
  const [next] = termsAfter(terms, i, 1);
  return !next || isUpperStart(next.text) || !/^[ \t]*$/.test(terms[i].post);
}

/**
 * possessive-org-name: "Tinker's Row Theatre Company", "Hale's Farm Shop": a capitalised word nobody is known by, then up to
 * three capitalised words with an organization word among them, is one name. Not a person's or a known name's
 * possessive ("Johnson's Conservative Party", "Okafor's Lagos Business School", "Saudi Arabia's Civil Defense Authority").
 */
function possessiveOrgName(terms: TermJson[], i: number): boolean {
  const word = terms[i].text.replace(/[’']s$/i, '');
  const base = normKey(word);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !/^[ \t]*$/.test(terms[i].post) || POSSESSIVE_NOT_COMPANY.test(terms[i].text)) return false;
  if (isGivenName(base) || isSurname(base) || isKnownPlace(base) || isKnownOrganization(base)) return false;
  if (terms[i].tags.some((t) => PERSON_TAGS.includes(t))) return false;
  // "Saudi Arabia's Civil Defense Authority": the word ends a longer name, which owns the organization.
  const prev = terms[i - 1];
  if (prev && isUpperStart(prev.text) && !/^(?:the|an?)$/i.test(prev.text) && /^[ \t]+$/.test(prev.post)) return false;
  const after = termsAfter(terms, i, 3);
  if (!after.length || !isUpperStart(after[0].text) || isKnownPlace(normKey(after[0].text)) || isKnownOrganization(normKey(after[0].text)))
    return false;
  for (const t of after) {
    if (!isUpperStart(t.text)) return false;
    const lower = t.text.toLowerCase();
    if (ORG_CUES.has(lower) || POSSESSIVE_COMPANY_HEADS.has(lower)) return true;
    if (!/^[ \t]+$/.test(t.post)) return false;
  }
  return false;
}

/** The term's offsets without the leading and trailing punctuation compromise kept inside it. */
function trimTerm(text: string, t: TermJson): [number, number] {
  let start = t.offset.start;
  let end = start + t.offset.length;
  while (start < end && /[\s\p{Cf}("“‘'\[]/u.test(text[start])) start++;
  while (
    end > start &&
    (/[\s\p{Cf}]/u.test(text[end - 1]) || (/[)"”’'\],;:!?]/.test(text[end - 1]) && !/[’']s$/i.test(text.slice(start, end))))
  )
    end--;
  return [start, end];
}

/** "Wai-ching", "Jong-un", "al-Assad": compromise splits at the hyphen; one name word again. True when merged into prev. */
function joinHyphenated(text: string, prev: Tok | undefined, t: TermJson, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const hyphenated =
    prev && !prev.possessive && prev.end === start - 1 && text[prev.end] === '-' && t.pre === '' && /^[-‐]$/.test(prev.post);
  if (!prev || !hyphenated) return false;
  // "Kremlin-backed" is an adjective; "Henley-on-Thames" goes on to a place's next word.
  if (!isUpperStart(word) && !HYPHEN_PLACE_PARTICLES.has(word.toLowerCase())) prev.hyphenAdj = true;
  if (!mergeHyphen(prev, word, t.tags)) return false;
  prev.hyphenAdj = false;
  prev.end = end;
  prev.text = text.slice(prev.start, end);
  prev.lower = prev.text.toLowerCase();
  prev.post = t.post;
  for (const tag of t.tags) if (tag !== 'Verb') prev.tags.add(tag);
  return true;
}

/**
 * The terms of each sentence with their offsets, as doc.json({ offset: true, terms: { offset: true } })
 * gives them (compromise's compute/offset.js: pre, text and post lengths summed in order), read
 * straight from the document: json() also builds each sentence's text, normal form and term
 * copies, a large share of the names pass's time on a small article (performance only).
 */
function termsWithOffsets(sentences: Sentence[]): Array<{ terms: TermJson[] }> {
  const out: Array<{ terms: TermJson[] }> = [];
  let elapsed = 0;
  for (const sentence of sentences) {
    const terms: TermJson[] = [];
    for (const term of sentence) {
      terms.push({
        text: term.text,
        pre: term.pre,
        post: term.post,
        tags: [...term.tags],
        offset: { start: elapsed + term.pre.length, length: term.text.length },
      });
      elapsed += term.pre.length + term.text.length + term.post.length;
    }
    out.push({ terms });
  }
  return out;
}

/**
 * "Sotheby's said", "McDonald's Research": the 's is part of a company's name when a verb follows
 * the word directly (nothing is possessed) or a company word does ("Research", "Group"); "sold at
 * Sotheby's in May", "bought at Christie's.": nor when it owns nothing, unless it is a person's surname.
 */
function possessiveCompany(word: string, next: TermJson | undefined, term: TermJson, post: string): boolean {
  if (ownsNothing(word, next, term, post)) return true;
  if (!next || !isUpperStart(word) || !/\p{Ll}/u.test(word.slice(1, -2)) || !/^[ \t]*$/.test(next.pre) || POSSESSIVE_NOT_COMPANY.test(word))
    return false;
  const base = normKey(word);
  if (isKnownPlace(base) || isKnownOrganization(base) || isGivenName(base) || ORG_CUES.has(base) || PLACE_CUES.has(base)) return false;
  const nextLower = next.text.toLowerCase();
  const verb = next.tags.includes('Verb') && !next.tags.includes('Noun') && !next.tags.includes('Plural');
  if (verb && (next.tags.includes('PastTense') || next.tags.includes('PresentTense')) && !CONTRACTION_AFTER.has(nextLower)) return true;
  return isUpperStart(next.text) && POSSESSIVE_COMPANY_HEADS.has(nextLower);
}

/** A capitalised word with 's that a punctuation mark or a preposition follows: nothing is possessed. */
function ownsNothing(word: string, next: TermJson | undefined, term: TermJson, post: string): boolean {
  if (!isUpperStart(word) || !/\p{Ll}/u.test(word.slice(1, -2)) || POSSESSIVE_NOT_COMPANY.test(word)) return false;
  const base = normKey(word);
  if (isSurname(base) || isGivenName(base) || isKnownPlace(base) || term.tags.includes('LastName')) return false;
  if (/^[,;:.!?)]/.test(post)) return true;
  return !!next && /^[ \t]*$/.test(next.pre) && next.tags.includes('Preposition') && /^\p{Ll}/u.test(next.text);
}

function mergeHyphen(prev: Tok, word: string, tags: string[]): boolean {
  if (HYPHEN_SUFFIX.test(word.toLowerCase())) return false;
  const left = prev.text;
  if (PARTICLES.has(prev.lower) || /^(?:abu|bin|ibn)$/.test(prev.lower)) return isUpperStart(word);
  if (!isUpperStart(left)) return false;
  if (isUpperStart(word)) {
    // "Russia-Ukraine" and "India-China" stay two names; "Indo-Pacific", "Rolls-Royce" are one.
    const whole = normKey(`${left}-${word}`);
    if (isKnownPlace(whole) || isKnownOrganization(whole)) return true;
    const known = (w: string) => isKnownPlace(w) || isKnownOrganization(w) || isDemonym(w);
    return !(known(normKey(left)) && known(normKey(word)));
  }
  // Lower-case second half: a syllable of a name ("Jong-un"), not an English word ("T-shirt" is left alone).
  return /^\p{Ll}{1,6}$/u.test(word) && !tags.some((t) => HYPHEN_FUNCTION_TAGS.includes(t)) && !HYPHEN_ENGLISH.test(word);
}

/** True when nothing but spaces separates two adjacent tokens (no comma, quote, bracket, dash, line break). */
export function joined(a: Tok, b: Tok): boolean {
  if (a.possessive) return false;
  return /^[ \t\u00a0]*$/.test(a.post) && /^[ \t\u00a0]*$/.test(b.pre);
}

/** "Indo-Pacific", "al-Assad", "Rolls-Royce" are one name; "Russia-Ukraine" is two places. */
export function hyphenJoined(a: Tok, b: Tok): boolean {
  if (a.possessive || !/^[-‐]$/.test(a.post) || b.pre !== '') return false;
  const whole = normKey(`${a.text}-${b.text}`);
  if (isKnownPlace(whole) || isKnownOrganization(whole)) return true;
  const known = (t: Tok) => isKnownPlace(t.text) || isKnownOrganization(t.text);
  return !(known(a) && known(b));
}

/** "Kamloops, B.C.", "Fresno, Calif.": a state or province abbreviated with its period. A dotted pair of letters
 *  stands alone (not after a number: "300 B.C."); a clipped word ("Calif.", "Wash.") only after "Town, ". */
export function isPlaceAbbreviationAt(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!isUpperStart(t.text) || !isPlaceAbbreviation(t.text)) return false;
  const prev = toks[k - 1];
  if (/\.\p{L}/u.test(t.text)) return !prev || !/^\d+$/.test(prev.text);
  return !!prev && isUpperStart(prev.text) && /^,\s*$/.test(prev.post);
}

/** compromise's own lexicon: the tags it gives a word before any context ("water" Uncountable; none for "harrowgate"). */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** The tags compromise's lexicon lists for a lower-case word ([] for a word it does not know). */
export function lexiconTags(lower: string): readonly string[] {
  const tags = LEXICON[lower];
  return !tags ? [] : Array.isArray(tags) ? tags : [tags];
}
