// name-variant: one name spelled two ways in the article. A variant is a slip of a name word of
// five letters or more (two neighbouring letters swapped, a letter doubled or undoubled:
// "Okonkwo"/"Okonkow", "Zelenskyy"/"Zelensky"), or the same word with other diacritics
// ("Müller"/"Muller": only `info`, outlets transliterate differently). Not variants: case-only
// differences and acronyms (all capitals), possessives (the `'s` is dropped first), and two full
// names that share no other word ("Anna Philips", "Mark Phillips" are two people). One side must
// be a name the engine found; the other may be any capitalised word, since a misspelled surname
// is often not recognised as a name at all.
import type { Entity, EntityType } from '../analysis/types';
import { VARIANT_MIN_LETTERS } from './data/lexicon';
import type { Check, Finding } from './types';

interface Occurrence {
  start: number;
  end: number;
  /** Type of the entity whose mention holds the word; null for a word in no mention. */
  type: EntityType | null;
  /** The words of the mention that holds it, lower-case (shared by the mention's words); empty for none. */
  words: string[];
  /** The word itself, lower-case. */
  lower: string;
}

// A capitalised word not inside a handle, URL or other word (the character before is matched, not looked behind: faster).
const WORD = /(?:^|[^\p{L}\p{M}\p{N}_/@#.'’-])(\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*)(?![\p{N}_/@#]|[.][\p{L}])/gu;
const POSSESSIVE = /['’]s?$/;

export const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const letters = (w: string) => w.replace(/[^\p{L}]/gu, '').length;

/** Every capitalised word of the text with the mention (if any) that holds it. */
function occurrences(entities: Entity[], text: string): Map<string, Occurrence[]> {
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: e.type, words: null as string[] | null })))
    .sort((a, b) => a.start - b.start);
  const none: string[] = [];
  const forms = new Map<string, Occurrence[]>();
  let mi = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const form = m[1].replace(POSSESSIVE, '');
    if (form.length < 3 || form === form.toUpperCase() || letters(form) < 3) continue;
    const start = m.index + m[0].length - m[1].length;
    while (mi < mentions.length && mentions[mi].end <= start) mi++;
    const holder = mentions[mi] && mentions[mi].start <= start ? mentions[mi] : undefined;
    if (holder && !holder.words)
      holder.words = holder.text
        .split(/[\s.]+/)
        .map((w) => w.replace(POSSESSIVE, '').toLowerCase())
        .filter(Boolean);
    const occurrence = {
      start,
      end: start + form.length,
      type: holder?.type ?? null,
      words: holder?.words ?? none,
      lower: form.toLowerCase(),
    };
    const list = forms.get(form);
    if (list) list.push(occurrence);
    else forms.set(form, [occurrence]);
  }
  return forms;
}

/** The slips of a word: neighbouring letters swapped, one letter doubled, a double letter made single. */
function slips(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < w.length; i++) {
    if (w[i] !== w[i + 1] && i > 0) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    if (w[i] === w[i + 1]) out.push(w.slice(0, i) + w.slice(i + 1));
  }
  for (let i = 1; i < w.length; i++) if (w[i] !== w[i - 1] && /\p{L}/u.test(w[i])) out.push(w.slice(0, i + 1) + w.slice(i));
  return out;
}

/** Pairs of forms that look like one name spelled two ways; `mild` when only diacritics differ. */
function variantPairs(forms: Map<string, Occurrence[]>): Array<{ a: string; b: string; mild: boolean }> {
  const pairs = new Map<string, { a: string; b: string; mild: boolean }>();
  const add = (a: string, b: string, mild: boolean) => {
    const key = [a, b].sort().join('\u0000');
    if (!pairs.has(key)) pairs.set(key, { a, b, mild });
  };
  const byFold = new Map<string, string[]>();
  for (const [form, occ] of forms) {
    if (!occ.some((o) => o.type)) continue;
    const folded = fold(form);
    byFold.set(folded, [...(byFold.get(folded) ?? []), form]);
    if (letters(form) < VARIANT_MIN_LETTERS) continue;
    for (const s of slips(form)) if (forms.has(s) && s.toLowerCase() !== form.toLowerCase()) add(form, s, false);
  }
  for (const form of forms.keys()) {
    for (const other of byFold.get(fold(form)) ?? []) if (other.toLowerCase() !== form.toLowerCase()) add(other, form, true);
  }
  return [...pairs.values()];
}

/** The other words of the mention holding the word (the given names of a surname). */
const others = (o: Occurrence) => o.words.filter((w) => w !== o.lower);

/** Two full names sharing no other word are two people ("Anna Kowalsky", "Piotr Kowalski"). */
function differentPeople(x: Occurrence[], y: Occurrence[]): boolean {
  const ox = new Set(x.flatMap(others));
  const oy = new Set(y.flatMap(others));
  if (!ox.size || !oy.size) return false;
  return ![...ox].some((w) => oy.has(w) || [...oy].some((v) => fold(v) === fold(w)));
}

function differentKinds(x: Occurrence[], y: Occurrence[]): boolean {
  const tx = new Set(x.map((o) => o.type).filter(Boolean));
  const ty = new Set(y.map((o) => o.type).filter(Boolean));
  return tx.size > 0 && ty.size > 0 && ![...tx].some((t) => ty.has(t));
}

/** The spelling to keep: the more frequent, then the one in a fuller mention, then the earlier. */
function preferred(a: string, b: string, forms: Map<string, Occurrence[]>): [string, string] {
  const score = (f: string) => {
    const occ = forms.get(f)!;
    return [occ.length, occ.some((o) => o.words.length > 1 && o.type) ? 1 : 0, occ.some((o) => o.type) ? 1 : 0, -occ[0].start];
  };
  const sa = score(a);
  const sb = score(b);
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] > sb[i] ? [a, b] : [b, a];
  return [a, b];
}

export const nameVariant: Check = ({ analysis, text }) => {
  const forms = occurrences(analysis.entities, text);
  const findings: Finding[] = [];
  for (const { a, b, mild } of variantPairs(forms)) {
    const [keep, variant] = preferred(a, b, forms);
    const kept = forms.get(keep)!;
    const slipped = forms.get(variant)!;
    if (!kept.some((o) => o.type) || differentPeople(kept, slipped) || differentKinds(kept, slipped)) continue;
    const times = kept.length === 1 ? 'once' : `${kept.length} times`;
    const message = mild
      ? `'${variant}' is written '${keep}' elsewhere in the article (${times}); the spellings differ only in accents. Check which one your style uses.`
      : `'${variant}' looks like a misspelling of '${keep}', the spelling used elsewhere in the article (${times}).`;
    for (const o of slipped) {
      findings.push({
        code: 'name-variant',
        start: o.start,
        end: o.end,
        message,
        related: [{ start: kept[0].start, end: kept[0].end, message: `'${keep}' is spelled this way here` }],
        fix: { start: o.start, end: o.end, replacement: keep },
        mild,
      });
    }
  }
  return findings;
};
