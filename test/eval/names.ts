// Reduces an annotated mention (a whole noun phrase in both corpora) to the name inside it, the
// way the engine reports names: no determiner, no title, no possessive, no apposition.

export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** Proper-noun token: NNP/NNPS (GUM) or capitalised (MEANTIME). */
  proper: boolean;
  /** Inside a smaller mention nested in this one. */
  nested: boolean;
  /** The syntactic head of the mention (when known). */
  isHead: boolean;
}

export interface NameRunOptions {
  type: 'person' | 'organization' | 'place';
  /** Take the run that contains the head token. */
  preferHead: boolean;
  /** Wikipedia-style identity ("Korean_Central_News_Agency") to choose among several runs. */
  identity?: string | null;
}

/** Lower-case words allowed inside a name between two proper tokens: "Bank of America", "AT & T". */
const CONNECTORS = new Set([
  'of',
  'for',
  '&',
  'de',
  'del',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'da',
  'di',
  'al',
  'bin',
  '-',
  'on',
  'upon',
]);
/** In people's names only particles connect ("Ludwig van Beethoven"): "Gary Fan of the Neo Democrats" is a name and a party. */
const PERSON_CONNECTORS = new Set(['de', 'del', 'du', 'la', 'le', 'van', 'von', 'der', 'da', 'di', 'al', 'bin', '-']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** Words that make up titles and roles ("Prime Minister", "Secretary of State"): not part of a person's name. */
export const TITLE_WORDS = new Set(
  (
    'president vice prime minister ministers secretary state foreign external affairs home interior finance defence defense ' +
    'deputy general attorney senator sen. sen rep. representative congressman congresswoman governor gov. gov mayor king queen ' +
    'prince princess pope emperor empress chancellor premier chairman chairwoman chair chief executive officer ceo cfo coo ' +
    'director spokesman spokeswoman spokesperson ambassador commissioner judge justice lord lady sir dame dr. dr doctor mr. mr ' +
    'mrs. mrs ms. ms miss prof. prof professor rev. reverend father bishop archbishop cardinal rabbi imam sheikh ayatollah gen. ' +
    'lt. lieutenant col. colonel maj. major capt. captain sgt. sergeant admiral commander marshal detective inspector constable ' +
    'superintendent coach manager founder leader speaker sheriff agent pm fm mp mep first president-elect senior junior ' +
    'supreme federal national party opposition labour labor democratic republican conservative liberal shadow undersecretary'
  ).split(' '),
);

export function nameRun(toks: NameToken[], options: NameRunOptions): { start: number; end: number } | null {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    if (!toks[i].proper) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      if (j + 1 < toks.length && toks[j + 1].proper) j++;
      else if (j + 2 < toks.length && /^['’]s$/i.test(toks[j + 1].text) && !toks[j].nested && toks[j + 2].proper) {
        // "Korean People's Army"; but "Russia's Gazprom" is two names (the possessor is a mention of its own)
        j += 2;
      } else if (
        options.type === 'organization' &&
        j + 2 < toks.length &&
        /^(?:and|&)$/i.test(toks[j + 1].text) &&
        toks[j + 2].proper &&
        !toks[j].nested &&
        !toks[j + 2].nested
      ) {
        // "European Aeronautic Defence and Space Company"; not "Apple and Google" (two nested names)
        j += 2;
      } else if (
        j + 2 < toks.length &&
        (options.type === 'person' ? PERSON_CONNECTORS : CONNECTORS).has(toks[j + 1].text.toLowerCase()) &&
        (toks[j + 2].proper || (toks[j + 2].text.toLowerCase() === 'the' && j + 3 < toks.length && toks[j + 3].proper))
      ) {
        j += toks[j + 2].proper ? 2 : 3;
      } else break;
    }
    const run = trimRun(toks, i, j, options.type);
    // A title alone ("the President", "Secretary of State") names nobody.
    if (!toks.slice(run[0], run[1] + 1).every((t) => TITLE_WORDS.has(t.text.toLowerCase()) || CONNECTORS.has(t.text.toLowerCase())))
      runs.push(run);
    i = j + 1;
  }
  if (!runs.length) return null;
  let chosen: [number, number] | undefined;
  if (options.preferHead) chosen = runs.find(([a, b]) => toks.slice(a, b + 1).some((t) => t.isHead));
  if (!chosen) {
    let pool = runs.filter(([a, b]) => !toks.slice(a, b + 1).every((t) => t.nested));
    if (!pool.length) pool = runs;
    if (options.identity) {
      const words = new Set(
        options.identity
          .toLowerCase()
          .split(/[_\s()]+/)
          .filter(Boolean),
      );
      const score = ([a, b]: [number, number]) => toks.slice(a, b + 1).filter((t) => words.has(t.text.toLowerCase())).length;
      const best = Math.max(...pool.map(score));
      if (best > 0) pool = pool.filter((r) => score(r) === best);
    }
    chosen = pool[pool.length - 1];
  }
  const [a, b] = chosen;
  return { start: toks[a].start, end: toks[b].end };
}

/** Drops a leading determiner and, for people, leading titles and the nested names before them ("U.S. President"). */
function trimRun(toks: NameToken[], a: number, b: number, type: NameRunOptions['type']): [number, number] {
  while (a < b && DETERMINERS.has(toks[a].text.toLowerCase())) a++;
  if (type === 'person') {
    // Longest prefix made of titles, connectors and nested names ("U.S. President", "Council on
    // American-Islamic Relations spokeswoman"), as long as a name is left after it.
    let cut = -1;
    for (let k = a; k < b; k++) {
      const w = toks[k].text.toLowerCase();
      if (TITLE_WORDS.has(w) || toks[k].nested) cut = k;
      else if (!CONNECTORS.has(w)) break;
    }
    if (cut >= 0) a = cut + 1;
  }
  return [a, b];
}
