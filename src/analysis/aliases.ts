// Groups name mentions into entities, one per real-world referent, with document-wide knowledge:
// "Putin" joins "Vladimir Putin", "WHO" joins "World Health Organization", "@DrSJaishankar" joins
// "S. Jaishankar"; a place and an organization with the same surface stay apart. Also drops
// sentence-initial capitals that nothing else in the article confirms as a name.
import type { NameCandidate } from './candidates';
import type { DocumentModel } from './document';
import type { Entity, EntityType } from './types';
import { decideType } from './entityTypes';
import { handleFit } from './handles';
import { HONORIFICS, TITLE_ACRONYMS } from './lexicon/titles';
import { ORG_CUES } from './lexicon/cues';
import { PLACES, COUNTRIES } from './lexicon/places';

// Performance: key() and words() depend only on the text and are asked for the same texts many
// times per document (and again after every edit): worked out once per distinct text. words()
// arrays are shared, never changed.
const keyMemo = new Map<string, string>();
const wordsMemo = new Map<string, string[]>();
const key = (s: string) => {
  let k = keyMemo.get(s);
  if (k === undefined) {
    if (keyMemo.size > 100_000) keyMemo.clear();
    k = s.toLowerCase().replace(/\./g, ' ').replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();
    keyMemo.set(s, k);
  }
  return k;
};
const words = (s: string) => {
  let w = wordsMemo.get(s);
  if (w === undefined) {
    if (wordsMemo.size > 100_000) wordsMemo.clear();
    w = key(s).split(' ').filter(Boolean);
    wordsMemo.set(s, w);
  }
  return w;
};
/** Small words not counted in initials ("Bank of England" -> BoE -> BE). */
const MINOR = new Set(['of', 'the', 'and', 'for', '&', 'on', 'in', 'de', 'la', 'du', 'des', 'der']);
const isAcronym = (s: string) => /^[A-Z][A-Z0-9&.+-]{1,7}$/.test(s) && /[A-Z].*[A-Z0-9]/.test(s);

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // Keep the earlier mention as the root so entity order follows first mentions.
    if (ra !== rb) ra < rb ? (this.parent[rb] = ra) : (this.parent[ra] = rb);
  }
}

export function resolveEntities(candidates: NameCandidate[], _doc: DocumentModel): Entity[] {
  // Products, works and vehicles ("Space Shuttle Atlantis", "the novel Angel Catbird") take their
  // bare name with them: "Atlantis" alone later is the shuttle too (and "Polaroids" the cameras).
  const nonKeys = new Set<string>();
  for (const c of candidates) if (c.nonEntity) nonKeys.add(key(c.text)).add(`${key(c.text)}s`);
  const sorted = candidates.filter((c) => !c.nonEntity && (c.role || c.handle || !nonKeys.has(key(c.text)))).sort((a, b) => a.start - b.start || b.end - a.end);
  const strongKeys = new Set<string>();
  const strongWords = new Set<string>();
  for (const c of sorted) {
    if (c.handle || c.evidence === 'weak') continue;
    strongKeys.add(key(c.text));
    const w = words(c.text);
    if (w.length > 1) for (const x of w) strongWords.add(x);
  }
  // A weak candidate (a capital only because it starts a sentence) needs confirmation elsewhere.
  const cands = sorted.filter((c) => c.handle || c.evidence !== 'weak' || c.type || strongKeys.has(key(c.text)) || strongWords.has(key(c.text)));
  const uf = new UnionFind(cands.length);
  const typeOf = (c: NameCandidate): EntityType | null => c.type ?? null;

  // 1. Same surface, compatible type. A place and an organization with the same text stay apart.
  const byKey = new Map<string, number[]>();
  cands.forEach((c, i) => {
    if (c.handle) return;
    const k = key(c.text);
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  // A surname shared by several full names ("Bush": George Bush, Laura Bush) is resolved per mention in step 3.
  const tails = new Map<string, Set<string>>();
  for (const c of cands) {
    const w = words(c.text);
    if (c.handle || w.length < 2 || (c.type && c.type !== 'person')) continue;
    const last = w[w.length - 1];
    tails.set(last, (tails.get(last) ?? new Set()).add(w.join(' ')));
  }
  const ambiguous = (k: string) => (tails.get(k)?.size ?? 0) > 1;
  for (const [k, ids] of byKey) {
    if (ambiguous(k)) continue;
    const groups = new Map<string, number>();
    for (const i of ids) {
      const t = typeOf(cands[i]);
      const g = t === 'place' || t === 'organization' ? t : 'any';
      if (!groups.has(g)) groups.set(g, i);
      else uf.union(groups.get(g)!, i);
    }
    const any = groups.get('any');
    if (any !== undefined) {
      // Untyped mentions join the typed group only when there is just one.
      const target = groups.has('organization') && groups.has('place') ? undefined : (groups.get('organization') ?? groups.get('place'));
      if (target !== undefined) uf.union(any, target);
    }
  }

  // 2. Owners named in the text: "(@DrSJaishankar)" after a name, "WHO" defined in brackets, "X (formerly Twitter)".
  cands.forEach((c, i) => {
    if (!c.ownerName) return;
    const ids = byKey.get(key(c.ownerName));
    if (ids?.length) uf.union(ids[0], i);
  });

  // 3. Short forms of longer names: surname or trailing words of a person ("Putin", "Jaishankar"),
  //    leading words of an organization ("Freedom" for "Freedom Magazine"), initials ("WHO").
  const long = cands.map((c, i) => ({ c, i, w: words(c.text) })).filter((x) => !x.c.handle && x.w.length > 1);
  // Performance (same result as testing every long mention): long names are grouped by what the
  // tests below read (text and type), each group with its mention indexes in document order, and
  // indexed by last word, first word and initials. Every test needs one of those to match, so a
  // short form looks at a few groups instead of every mention (that scan was quadratic: ~3-10 s
  // on a 100,000-word document).
  interface LongGroup { l: (typeof long)[number]; members: number[]; initials: string }
  const groups = new Map<string, LongGroup>();
  const byLast = new Map<string, LongGroup[]>();
  const byFirst = new Map<string, LongGroup[]>();
  const byInitials = new Map<string, LongGroup[]>();
  const index = (m: Map<string, LongGroup[]>, k: string, g: LongGroup) => {
    const list = m.get(k);
    if (list) list.push(g);
    else m.set(k, [g]);
  };
  for (const l of long) {
    const gk = `${typeOf(l.c)}\u0000${l.c.text}`;
    let g = groups.get(gk);
    if (!g) {
      groups.set(gk, (g = { l, members: [], initials: initials(l.c.text) }));
      index(byLast, l.w[l.w.length - 1], g);
      index(byFirst, l.w[0], g);
      index(byInitials, g.initials, g);
    }
    g.members.push(l.i);
  }
  cands.forEach((c, i) => {
    if (c.handle || c.ownerName) return;
    const w = words(c.text);
    const t = typeOf(c);
    const acronym = isAcronym(c.text);
    const bare = acronym ? c.text.replace(/[.&+-]/g, '') : '';
    const scan: Iterable<LongGroup> = w.length === 0 ? groups.values() : groupsToScan(byLast.get(w[w.length - 1]), byFirst.get(w[0]), acronym ? byInitials.get(bare) : undefined);
    // Several people share the surname: the nearest full name before this mention, else the first after.
    let nearestBefore = -1;
    let first = Infinity;
    for (const g of scan) {
      const l = g.l;
      if (l.w.length <= w.length) continue; // (so this mention itself is never in a fitting group)
      const lt = typeOf(l.c);
      if (t && lt && t !== lt && !(t === 'place' && lt === 'person' && c.hint === 'person')) continue;
      const personish = lt === 'person' || (!lt && t !== 'organization');
      const fits =
        (personish && t !== 'place' && sameWords(l.w, l.w.length - w.length, w)) ||
        (personish && w.length >= 2 && sameWithInitials(w, l.w)) ||
        ((lt === 'organization' || t === 'organization') && c.hint !== 'place' && sameWords(l.w, 0, w) && ORG_CUES.has(l.w[l.w.length - 1]) && !PLACES.has(w.join(' '))) ||
        (acronym && g.initials === bare && lt !== 'person');
      if (!fits) continue;
      first = Math.min(first, g.members[0]);
      // The last member starting before this mention (cands are sorted by start).
      let lo = 0;
      let hi = g.members.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cands[g.members[mid]].start < c.start) {
          nearestBefore = Math.max(nearestBefore, g.members[mid]);
          lo = mid + 1;
        } else hi = mid - 1;
      }
    }
    if (first === Infinity) return;
    uf.union(nearestBefore >= 0 ? nearestBefore : first, i);
  });

  // 3b. Clipped first words of an organization named before: "the Met" for "the Metropolitan Police".
  joinClippedForms(cands, uf);

  // 4. Handles with no written owner: the name they spell ("@narendramodi" -> Narendra Modi).
  // The best name depends only on the handle's text: worked out once per distinct handle.
  const bestForHandle = new Map<string, number>();
  // Performance: only the first of several mentions with the same text can win (a later one has
  // the same fit and length), so each handle is fitted against distinct texts, listed once.
  let nameTexts: number[] | null = null;
  cands.forEach((c, i) => {
    if (!c.handle || c.ownerName) return;
    let best = bestForHandle.get(c.text) ?? -1;
    if (!bestForHandle.has(c.text)) {
      if (!nameTexts) {
        const seen = new Set<string>();
        nameTexts = [];
        cands.forEach((d, j) => {
          if (d.handle || typeOf(d) === 'place' || seen.has(d.text)) return;
          seen.add(d.text);
          nameTexts!.push(j);
        });
      }
      let bestFit = 1;
      nameTexts.forEach((j) => {
        const d = cands[j];
        const f = handleFit(c.text, d.text);
        if (f > bestFit || (f === bestFit && best >= 0 && d.text.length > cands[best].text.length)) {
          best = j;
          bestFit = f;
        }
      });
      bestForHandle.set(c.text, best);
    }
    if (best >= 0) uf.union(best, i);
  });

  // Collect clusters in order of first mention.
  const clusters = new Map<number, NameCandidate[]>();
  cands.forEach((c, i) => {
    const r = uf.find(i);
    const list = clusters.get(r);
    if (list) list.push(c);
    else clusters.set(r, [c]);
  });
  // A match report: when two or more countries play as teams here, every country is its team.
  const teamDoc = [...clusters.values()].filter((ms) => ms.some((m) => m.team)).length >= 2;
  const entities: Entity[] = [];
  for (const members of [...clusters.values()].sort((a, b) => a[0].start - b[0].start)) {
    // One capitalised word that nothing identifies (no list, cue, title, tag or context) is too
    // often a product, event or common word to report.
    if (members.every((m) => !m.type && !m.hint && !m.handle && !m.ownerName && !/\s/.test(m.text) && !/^[A-Z0-9]+$/.test(m.text))) continue;
    let { type, rule } = decideType(members);
    if (teamDoc && type === 'place' && members.every((m) => m.handle || COUNTRIES.has(key(m.text)))) [type, rule] = ['organization', 'countries-as-teams'];
    const named = members.filter((m) => !m.handle && !m.ownerName);
    const pool = named.length ? named : members.filter((m) => !m.handle).length ? members.filter((m) => !m.handle) : members;
    let name = pool[0].text;
    for (const m of pool) {
      const a = m.text.split(/\s+/).length;
      const b = name.split(/\s+/).length;
      // The same name in capitals (a dateline, a headline) and in running text: the running text spells it.
      const betterCase = m.text.toLowerCase() === name.toLowerCase() && isAllCaps(name) && !isAllCaps(m.text);
      if (a > b || (a === b && m.text.length > name.length) || betterCase) name = m.text;
    }
    const aliases = [name];
    for (const m of members) if (!aliases.includes(m.text)) aliases.push(m.text);
    const mentions = members.map((m) => ({ start: m.start, end: m.end, text: m.text })).sort((a, b) => a.start - b.start);
    entities.push({ id: '', type, name, role: type === 'person' ? bestRole(members) : null, aliases, mentions, why: { type: rule } });
  }
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** The groups indexed under a short form's last word, first word and initials, each once (in that order). */
function groupsToScan<G>(...lists: Array<G[] | undefined>): Iterable<G> {
  const present = lists.filter((l): l is G[] => l !== undefined && l.length > 0);
  return present.length === 1 ? present[0] : new Set(present.flat());
}

/** a[from..] starts with exactly the words of w (the words joined by spaces compare equal). */
function sameWords(a: string[], from: number, w: string[]): boolean {
  for (let k = 0; k < w.length; k++) if (a[from + k] !== w[k]) return false;
  return true;
}

/** "S Jaishankar" and "Subrahmanyam Jaishankar": same last word, earlier words equal or initials of each other. */
function sameWithInitials(a: string[], b: string[]): boolean {
  if (a[a.length - 1] !== b[b.length - 1] || a.length !== b.length) return false;
  return a.slice(0, -1).every((x, k) => x === b[k] || (x.length === 1 && b[k][0] === x) || (b[k].length === 1 && x[0] === b[k]));
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !MINOR.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** The most specific title: job titles before honorifics, then more words, then full words before abbreviations. */
function bestRole(members: NameCandidate[]): string | null {
  let best: string | null = null;
  let bestScore = -1;
  for (const m of members) {
    if (!m.role) continue;
    const r = m.role;
    const low = r.toLowerCase().replace(/\.$/, '');
    let score = r.split(/\s+/).length * 2;
    if (HONORIFICS.has(low)) score -= 10;
    // "FM", "PM" stand for two-word titles: above a bare "Minister", below "Foreign Minister".
    if (TITLE_ACRONYMS.has(low)) score = 3;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/**
 * "the Metropolitan Police" ... "the Met": a single untyped word that clips (at least three letters
 * of) the first word of an organization named earlier, whose name ends in an organization word.
 * Prefixes of those first words are indexed once, so each short word is one lookup.
 */
function joinClippedForms(cands: NameCandidate[], uf: UnionFind): void {
  const byPrefix = new Map<string, number>();
  cands.forEach((c, i) => {
    const w = words(c.text);
    if (c.handle || c.type !== 'organization' || w.length < 2 || !ORG_CUES.has(w[w.length - 1])) return;
    for (let n = 3; n < w[0].length && n <= 6; n++) {
      const p = w[0].slice(0, n);
      if (!byPrefix.has(p)) byPrefix.set(p, i);
    }
  });
  if (!byPrefix.size) return;
  cands.forEach((c, i) => {
    if (c.handle || c.type || c.hint || c.ownerName || /\s/.test(c.text)) return;
    const target = byPrefix.get(key(c.text));
    if (target !== undefined && cands[target].start < c.start) uf.union(target, i);
  });
}
