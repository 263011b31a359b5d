// The gender a person is referred to with, for pronoun resolution ("she said" after a sentence naming a
// man and a woman): the pronouns the article itself uses right after the person's mentions ("Okonjo
// rose to score her ninth goal"), then the given name's gender in compromise's lexicon ("Kevin"),
// and gendered titles ("Mrs"). Unknown when the evidence is absent or mixed.
import nlp from 'compromise';
import type { Entity } from '../types';
import { FEMALE_PRONOUNS, FEMALE_TITLES, MALE_PRONOUNS, MALE_TITLES, OBJECT_MARKERS } from '../lexicon/speakerPhrases';
import { TITLES } from '../lexicon/reporting';
import type { TokenIndex } from './tokens';

export type Gender = 'male' | 'female';

/** How far back from an apposition's comma its object marker may stand ("from the Coalition's water spokesman,"). */
const APPOSITION_OBJECT_WORDS = 6;

/** A given name or a title counts as this many pronouns of the article. */
const NAME_WEIGHT = 2;

let lexicon: Record<string, string | string[]> | undefined;

/** The gender compromise's lexicon gives a given name ("Kevin" male), ignoring accents; else null. */
export function givenNameGender(word: string): Gender | null {
  lexicon ??= (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const key = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const tag = lexicon[key];
  const tags = Array.isArray(tag) ? tag : [tag];
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  return null;
}

/**
 * nameScore by name, then role: every run asks again for every person (the reuse layer reads all
 * genders). Two maps, not one keyed by a joined string: a new string per person and run had to be hashed in full.
 */
let nameScores = new Map<string, Map<string, number>>();
let nameScoreCount = 0;
const MAX_NAME_SCORES = 50_000;

/** The evidence of the name and role themselves: gendered titles ("Mrs") and the given name ("Kevin"). */
function nameScore(name: string, role: string): number {
  let byRole = nameScores.get(name);
  const known = byRole?.get(role);
  if (known !== undefined) return known;
  if (nameScoreCount >= MAX_NAME_SCORES) {
    nameScores = new Map();
    nameScoreCount = 0;
    byRole = undefined;
  }
  if (!byRole) nameScores.set(name, (byRole = new Map()));
  const score = scoreOf(name, role);
  byRole.set(role, score);
  nameScoreCount++;
  return score;
}

/** nameScore computed: gendered titles in the name and role, then the given name. */
function scoreOf(name: string, role: string): number {
  let score = 0;
  for (const w of [...name.split(/\s+/), ...role.split(/\s+/)]) {
    const lower = w.toLowerCase();
    if (MALE_TITLES.has(lower)) score += NAME_WEIGHT;
    if (FEMALE_TITLES.has(lower)) score -= NAME_WEIGHT;
  }
  const given = name.split(/\s+/).find((w) => givenNameGender(w));
  if (given) score += givenNameGender(given) === 'male' ? NAME_WEIGHT : -NAME_WEIGHT;
  return score;
}

export class Genders {
  /** Entity id -> (male evidence) - (female evidence) from the article's pronouns. */
  private votes: Map<string, number> | undefined;
  private readonly cache = new Map<string, Gender | null>();

  constructor(private readonly ix: TokenIndex) {}

  of(e: Entity): Gender | null {
    if (e.type !== 'person') return null;
    let g = this.cache.get(e.id);
    if (g !== undefined) return g;
    const score = (this.pronounVotes().get(e.id) ?? 0) + nameScore(e.name, e.role ?? '');
    g = score > 0 ? 'male' : score < 0 ? 'female' : null;
    this.cache.set(e.id, g);
    return g;
  }

  /** "her husband, Wiremu Tane", "son Kevin": a kin word or title right before the name gives its gender. */
  private voteKin(votes: Map<string, number>, id: string, k: number): void {
    const { tokens } = this.ix;
    const w = tokens[k - 1]?.text === ',' ? tokens[k - 2] : tokens[k - 1];
    if (!w || w.quote >= 0) return;
    const vote = MALE_TITLES.has(w.lower) ? NAME_WEIGHT : FEMALE_TITLES.has(w.lower) ? -NAME_WEIGHT : 0;
    if (vote) votes.set(id, (votes.get(id) ?? 0) + vote);
  }

  /**
   * Each gendered pronoun of the narration votes for the nearest person named before it in its sentence.
   * Performance: walks the person mentions and the pronoun tokens only, in token order, not every token.
   */
  private pronounVotes(): Map<string, number> {
    if (this.votes) return this.votes;
    const votes = new Map<string, number>();
    const { tokens, mentions, genderedPronouns } = this.ix;
    let last = -1; // the last person mention of its sentence, outside quotes
    let pi = 0;
    for (let mi = 0; mi <= mentions.length; mi++) {
      const firstTok = mi < mentions.length ? mentions[mi].firstTok : tokens.length;
      for (; pi < genderedPronouns.length && genderedPronouns[pi] < firstTok; pi++) {
        const t = tokens[genderedPronouns[pi]];
        if (last < 0 || t.quote >= 0 || t.mention >= 0 || tokens[mentions[last].firstTok].sentenceStart !== t.sentenceStart) continue;
        const id = mentions[last].entity.id;
        votes.set(id, (votes.get(id) ?? 0) + (MALE_PRONOUNS.has(t.lower) ? 1 : -1));
      }
      if (mi < mentions.length) last = this.afterMention(votes, mi, last);
    }
    this.votes = votes;
    return votes;
  }

  /** What a mention does to the votes: a person's kin word votes; it becomes the sentence's last person unless it is an object. */
  private afterMention(votes: Map<string, number>, mi: number, last: number): number {
    const { tokens } = this.ix;
    const m = this.ix.mentions[mi];
    if (m.entity.type !== 'person' || tokens[m.firstTok].quote >= 0) return last;
    this.voteKin(votes, m.entity.id, m.firstTok);
    // "Asked about Marsh's comments, she said": an object or a possessor is not what the pronoun refers back to.
    const object = this.isObject(m.firstTok) || /['’]s$/.test(tokens[m.lastTok].text);
    return object ? -1 : mi;
  }

  /**
   * The name at token k is an object: after an object marker and its titles ("from Senator Hamish Corrigan"), or in
   * apposition to an object ("from the Coalition's water spokesman, Senator Hamish Corrigan,").
   */
  private isObject(k: number): boolean {
    const { tokens } = this.ix;
    let i = k - 1;
    while (i >= 0 && tokens[i].quote < 0 && TITLES.has(tokens[i].lower)) i--;
    if (OBJECT_MARKERS.has(tokens[i]?.lower ?? '')) return true;
    if (tokens[i]?.text !== ',') return false;
    for (let j = i - 1; j >= 0 && i - j <= APPOSITION_OBJECT_WORDS; j--) {
      const t = tokens[j];
      if (t.quote >= 0 || /^[.,;:!?]$/.test(t.text)) return false;
      if (OBJECT_MARKERS.has(t.lower)) return true;
    }
    return false;
  }
}

/** The gender a person pronoun refers to, or null ("they", "it"). */
export function pronounGender(lower: string): Gender | null {
  return MALE_PRONOUNS.has(lower) ? 'male' : FEMALE_PRONOUNS.has(lower) ? 'female' : null;
}

/** The gender a noun or title gives ("spokeswoman", "Mrs"), else null. */
export function nounGender(lower: string): Gender | null {
  if (MALE_TITLES.has(lower)) return 'male';
  if (FEMALE_TITLES.has(lower)) return 'female';
  return null;
}
