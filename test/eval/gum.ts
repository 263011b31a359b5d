// GUM (CoNLL-U, CorefUD style) -> gold. Rebuilds the article text from tokens + SpaceAfter=No:
// sentences of a paragraph joined by one space, paragraphs (`# newpar`) by a blank line.
import type { EntityType } from '../../src/analysis/types';
import { GoldDate, GoldDoc, GoldEntity, GoldQuote, isQuoteMark, normaliseValue } from './gold';
import { nameRun, NameToken } from './names';

interface Tok {
  form: string;
  xpos: string;
  upos: string;
  /** Global index of the syntactic head, -1 for the root. */
  head: number;
  deprel: string;
  misc: Map<string, string>;
  start: number;
  end: number;
  sentence: number;
}

interface Mention {
  grp: string;
  type: string;
  identity: string | null;
  first: number;
  last: number;
}

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  start: number;
  end: number;
}

const TYPES: Record<string, EntityType> = { person: 'person', organization: 'organization', place: 'place' };

/**
 * `xml` (optional): the same document in GUM's TEI-like XML, whose <quote> elements keep their
 * full extent across sentences (the CoNLL-U XML= field only carries sentence-internal ones).
 */
export function convertGum(conllu: string, fallbackId = 'gum', xml?: string): GoldDoc {
  const lines = conllu.split(/\r?\n/);
  let id = fallbackId;
  let dateCreated: string | null = null;
  const toks: Tok[] = [];
  let text = '';
  let sentence = -1;
  let sentenceBase = 0; // global index of token 1 of the current sentence
  let pendingPar = true;
  let firstInSentence = true;
  let prevSpaceAfter = true;
  // multiword token range currently being expanded: surface offsets and the remaining sub-forms
  let mwt: { start: number; end: number; last: number; cursor: number; aligned: boolean } | null = null;

  for (const line of lines) {
    if (line.startsWith('#')) {
      const m = /^#\s*([^=]+?)\s*=\s*(.*)$/.exec(line);
      if (/^#\s*newdoc id\s*=/.test(line) && m) id = m[2].trim();
      else if (m && m[1] === 'meta::dateCreated') dateCreated = m[2].trim();
      else if (/^#\s*newpar(\s|$)/.test(line)) pendingPar = true;
      else if (/^#\s*sent_id\s*=/.test(line)) {
        sentence++;
        sentenceBase = toks.length;
        firstInSentence = true;
      }
      continue;
    }
    if (!line.trim()) continue;
    const cols = line.split('\t');
    if (cols.length < 10) continue;
    const misc = parseMisc(cols[9]);
    if (/^\d+\.\d+$/.test(cols[0])) continue; // empty nodes carry no text
    const appendSurface = (form: string, spaceAfter: boolean) => {
      if (firstInSentence) {
        if (text.length) text += pendingPar ? '\n\n' : ' ';
        pendingPar = false;
        firstInSentence = false;
      } else if (prevSpaceAfter) text += ' ';
      const start = text.length;
      text += form;
      prevSpaceAfter = spaceAfter;
      return start;
    };
    const range = /^(\d+)-(\d+)$/.exec(cols[0]);
    if (range) {
      const form = cols[1];
      const start = appendSurface(form, misc.get('SpaceAfter') !== 'No');
      mwt = { start, end: start + form.length, last: Number(range[2]), cursor: start, aligned: true };
      continue;
    }
    const index = Number(cols[0]);
    const form = cols[1];
    let start: number;
    let end: number;
    if (mwt && index <= mwt.last) {
      // Sub-tokens of "Korea's", "hadn't": exact offsets when their forms spell the surface.
      const surface = text.slice(mwt.cursor, mwt.end);
      if (mwt.aligned && surface.toLowerCase().startsWith(form.toLowerCase())) {
        start = mwt.cursor;
        end = mwt.cursor + form.length;
        mwt.cursor = end;
      } else {
        mwt.aligned = false;
        start = mwt.start;
        end = mwt.end;
      }
      if (index === mwt.last) {
        if (mwt.aligned && mwt.cursor !== mwt.end) end = mwt.end; // leftover letters go to the last part
        mwt = null;
      }
    } else {
      mwt = null;
      start = appendSurface(form, misc.get('SpaceAfter') !== 'No');
      end = start + form.length;
    }
    const head = Number(cols[6]);
    toks.push({
      form,
      xpos: cols[4],
      upos: cols[3],
      head: head > 0 ? sentenceBase + head - 1 : -1,
      deprel: cols[7],
      misc,
      start,
      end,
      sentence,
    });
  }

  const mentions = parseEntities(toks);
  const elements = xml ? (parseTeiXml(xml, toks) ?? parseXml(toks)) : parseXml(toks);
  const paragraphs = paragraphStarts(text);

  // Document date: the dateline (first full <date when> in the first paragraphs), else dateCreated.
  let documentDate = dateCreated;
  for (const el of elements) {
    if (el.name === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(el.attrs.when ?? '') && paragraphIndex(paragraphs, el.start) <= 2) {
      documentDate = el.attrs.when;
      break;
    }
  }

  const entities = goldEntities(toks, mentions, text, id);
  const dates: GoldDate[] = [];
  const quoteSpans: Array<[number, number]> = [];
  const neutralQuotes: Array<[number, number]> = [];
  for (const el of elements) {
    if (el.name === 'date' || el.name === 'time') {
      dates.push({
        start: el.start,
        end: el.end,
        text: text.slice(el.start, el.end),
        values: gumDateValues(el.name, el.attrs, documentDate),
      });
    } else if (el.name === 'quote') quoteSpans.push([el.start, el.end]);
    else if (el.name === 'q') neutralQuotes.push([el.start, el.end]);
  }
  dates.sort((a, b) => a.start - b.start);
  const quotes: GoldQuote[] = directQuotes(text, quoteSpans).map(([start, end]) => ({
    start,
    end,
    text: text.slice(start, end),
    speaker: null,
  }));
  deriveSpeakers(toks, mentions, entities, quotes, id);
  return {
    corpus: 'gum-news',
    id,
    text,
    documentDate,
    entities,
    dates,
    quotes,
    neutralQuotes,
    // Some GUM news documents carry no quote annotation at all although they hold quoted speech
    // (their quote layer is simply absent): quotes are scored only where the layer exists.
    layers: { entities: true, dates: true, quotes: quoteSpans.length + neutralQuotes.length > 0, speakers: true },
    scoredRanges: [[0, text.length]],
  };
}

/**
 * Speaker proxy from the eRST layer (GUM annotates no quote speakers): an attribution relation
 * whose target EDU lies inside the quote and whose source EDU (the reporting clause, "he said",
 * "according to KCNA") lies outside it; the speaker is the subject (else the oblique nominal) of
 * that clause, resolved through coreference to the entity's named mentions. Quotes where this
 * finds no named speaker keep speaker null and are not scored for speakers.
 */
function deriveSpeakers(toks: Tok[], mentions: Mention[], entities: GoldEntity[], quotes: GoldQuote[], docId: string): void {
  const edu: number[] = [];
  const relations: Array<{ name: string; src: number; tgt: number }> = [];
  let current = -1;
  for (const t of toks) {
    const value = t.misc.get('Discourse');
    if (value) {
      for (const part of value.split(';')) {
        const m = /^([\w-]+):(\d+)(?:->(\d+))?/.exec(part);
        if (!m) continue;
        current = Number(m[2]);
        if (m[3]) relations.push({ name: m[1], src: Number(m[2]), tgt: Number(m[3]) });
      }
    }
    edu.push(current);
  }
  for (const q of quotes) {
    const inside = new Set<number>();
    toks.forEach((t, i) => t.start >= q.start && t.end <= q.end && inside.add(edu[i]));
    for (const r of relations) {
      if (!r.name.startsWith('attribution') || !inside.has(r.tgt) || inside.has(r.src)) continue;
      const clause = toks.map((_, i) => i).filter((i) => edu[i] === r.src);
      const inClause = (i: number) => edu[i] === r.src;
      const subject =
        clause.find((i) => /^nsubj/.test(toks[i].deprel) && inClause(toks[i].head)) ??
        clause.find((i) => /^(?:obl|nmod)/.test(toks[i].deprel) && mentionAt(mentions, i));
      const m = subject === undefined ? undefined : mentionAt(mentions, subject);
      if (!m) continue;
      const names = [...new Set(entities.filter((e) => e.cluster === `${docId}#${m.grp}`).map((e) => e.text))];
      if (names.length) {
        q.speaker = names;
        break;
      }
    }
  }
}

/** The smallest person/organization mention that contains token i. */
function mentionAt(mentions: Mention[], i: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.first > i || m.last < i || (m.type !== 'person' && m.type !== 'organization')) continue;
    if (!best || m.last - m.first < best.last - best.first) best = m;
  }
  return best;
}

/**
 * Quote spans as the contract wants them: quotation marks included (the annotation sometimes
 * leaves them out), a trailing "((it))"-style note after the closing mark dropped, pieces of one
 * quotation (split at sentence or paragraph breaks, the earlier piece left open) joined, and
 * unmarked quotes (block quotes without quotation marks) left out.
 */
export function directQuotes(text: string, spans: Array<[number, number]>): Array<[number, number]> {
  const fixed = spans
    .map(([start, end]): [number, number] => {
      if (!isQuoteMark(text[start]) && isQuoteMark(text[start - 1])) start--;
      if (!isQuoteMark(text[end - 1]) && isQuoteMark(text[end])) end++;
      const tail = /["”’](\s*\(\(?[^()]*\)?\)[.,;:]?)$/.exec(text.slice(start, end));
      if (tail && isQuoteMark(text[start])) end -= tail[1].length;
      return [start, end];
    })
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of fixed) {
    const prev = merged[merged.length - 1];
    if (prev && /^\s*$/.test(text.slice(prev[1], span[0])) && !isQuoteMark(text[prev[1] - 1])) {
      prev[1] = Math.max(prev[1], span[1]);
    } else merged.push([span[0], span[1]]);
  }
  return merged.flatMap(([s, e]) => splitAtNarration(text, s, e)).filter(([s, e]) => isQuoteMark(text[s]) || isQuoteMark(text[e - 1]));
}

/**
 * An element that also holds the narration between two quoted stretches
 * (`"We want to thank ...," said Bolden. "This was ..."`) is two quotes: split where a closing
 * double quotation mark is followed by words and then an opening one.
 */
export function splitAtNarration(text: string, start: number, end: number): Array<[number, number]> {
  const marks: number[] = [];
  for (let i = start; i < end; i++) if (/["“”]/.test(text[i])) marks.push(i);
  if (text[start] !== '"' && text[start] !== '“') return [[start, end]];
  if (marks.length < 4 || marks.length % 2) return [[start, end]];
  const out: Array<[number, number]> = [];
  let from = start;
  for (let k = 1; k + 1 < marks.length; k += 2) {
    const close = marks[k];
    const open = marks[k + 1];
    if (/\p{L}/u.test(text.slice(close + 1, open))) {
      out.push([from, close + 1]);
      from = open;
    }
  }
  out.push([from, end]);
  return out;
}

/** Elements of the TEI-like XML (one token per line) mapped onto the CoNLL-U tokens by position. */
function parseTeiXml(xml: string, toks: Tok[]): XmlElement[] | null {
  const stack: Array<{ name: string; attrs: Record<string, string>; first: number }> = [];
  const out: XmlElement[] = [];
  let index = 0;
  for (const line of xml.split(/\r?\n/)) {
    if (!line) continue;
    const tag = /^<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>$/.exec(line.trim());
    if (!tag) {
      if (line.includes('\t')) index++;
      continue;
    }
    if (tag[4]) continue;
    if (!tag[1]) {
      const attrs: Record<string, string> = {};
      for (const a of tag[3].matchAll(/([a-zA-Z_]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
      stack.push({ name: tag[2], attrs, first: index });
    } else {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k].name !== tag[2]) continue;
        const { name, attrs, first } = stack.splice(k, 1)[0];
        if (index > first && ['date', 'time', 'quote', 'q'].includes(name)) {
          out.push({ name, attrs, start: toks[first].start, end: toks[index - 1].end });
        }
        break;
      }
    }
  }
  if (index !== toks.length) return null; // token streams differ: fall back to XML= in CoNLL-U
  return out.sort((a, b) => a.start - b.start);
}

function parseMisc(field: string): Map<string, string> {
  const map = new Map<string, string>();
  if (field === '_') return map;
  for (const part of field.split('|')) {
    const eq = part.indexOf('=');
    if (eq > 0) map.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return map;
}

/** Entity= brackets: "(GRP-etype-infstat-salience-centering-minspan-link-identity" opens, "GRP)" closes. */
function parseEntities(toks: Tok[]): Mention[] {
  const open: Mention[] = [];
  const done: Mention[] = [];
  toks.forEach((t, i) => {
    const value = t.misc.get('Entity');
    if (!value) return;
    const re = /\(([^()]+?)(?=\(|\)|$)|(\d+)\)/g;
    for (let m = re.exec(value); m; m = re.exec(value)) {
      if (m[1] !== undefined) {
        const fields = m[1].split('-');
        const identity = fields.length > 7 ? decodeURIComponent(fields.slice(7).join('-')) : null;
        const mention: Mention = { grp: fields[0], type: fields[1], identity: identity || null, first: i, last: i };
        if (value[re.lastIndex] === ')') {
          re.lastIndex++;
          done.push(mention);
        } else open.push(mention);
      } else {
        for (let k = open.length - 1; k >= 0; k--) {
          if (open[k].grp === m[2]) {
            open[k].last = i;
            done.push(open[k]);
            open.splice(k, 1);
            break;
          }
        }
      }
    }
  });
  return done;
}

/** XML= tags: opening tags take effect before the token, closing tags after it. */
function parseXml(toks: Tok[]): XmlElement[] {
  const stack: XmlElement[] = [];
  const out: XmlElement[] = [];
  for (const t of toks) {
    const value = t.misc.get('XML');
    if (!value) continue;
    const re = /<(\/?)([a-zA-Z]+)([^>]*)>/g;
    for (let m = re.exec(value); m; m = re.exec(value)) {
      if (!m[1]) {
        const attrs: Record<string, string> = {};
        const ar = /([a-zA-Z_]+):::"([^"]*)"/g;
        for (let a = ar.exec(m[3]); a; a = ar.exec(m[3])) attrs[a[1]] = a[2];
        stack.push({ name: m[2], attrs, start: t.start, end: t.end });
      } else {
        for (let k = stack.length - 1; k >= 0; k--) {
          if (stack[k].name === m[2]) {
            stack[k].end = t.end;
            out.push(stack[k]);
            stack.splice(k, 1);
            break;
          }
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  const re = /\n\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + 2);
  return starts;
}

function paragraphIndex(starts: number[], offset: number): number {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
  return i;
}

/**
 * Named mentions of people, organizations and places, reduced to the name itself.
 * Named: the syntactic head is a proper noun (NNP/NNPS), or the mention has a Wikipedia identity
 * and contains a proper-noun run outside nested mentions. See test/eval/README.md.
 */
function goldEntities(toks: Tok[], mentions: Mention[], text: string, docId: string): GoldEntity[] {
  const out: GoldEntity[] = [];
  for (const m of mentions) {
    const type = TYPES[m.type];
    if (!type) continue;
    const span = toks.slice(m.first, m.last + 1);
    let headIdx = -1;
    for (let i = m.first; i <= m.last; i++) {
      const h = toks[i].head;
      if (h < m.first || h > m.last) {
        headIdx = i;
        break;
      }
    }
    const nested = new Set<number>();
    for (const o of mentions) {
      if (o === m || o.grp === m.grp || o.first < m.first || o.last > m.last || (o.first === m.first && o.last === m.last)) continue;
      for (let i = o.first; i <= o.last; i++) nested.add(i);
    }
    const nameToks: NameToken[] = span.map((t, k) => ({
      text: t.form,
      start: t.start,
      end: t.end,
      proper: /^NNPS?$/.test(t.xpos),
      nested: nested.has(m.first + k),
      isHead: m.first + k === headIdx,
    }));
    const headProper = headIdx >= 0 && nameToks[headIdx - m.first].proper;
    if (!headProper && !m.identity) continue;
    // "Muslims", "Afghans", "Rohingya"-style groups headed by a plural proper noun are not named people.
    if (type === 'person' && headIdx >= 0 && toks[headIdx].xpos === 'NNPS') continue;
    const run = nameRun(nameToks, { type, preferHead: headProper, identity: m.identity });
    if (!run) continue;
    out.push({ start: run.start, end: run.end, text: text.slice(run.start, run.end), type, cluster: `${docId}#${m.grp}` });
  }
  return dedupeNested(out);
}

/**
 * One mention per span; a name inside another name ("New York" in "New York Times") is dropped:
 * the engine, like most NER, tags flat, non-overlapping names.
 */
export function dedupeNested(list: GoldEntity[]): GoldEntity[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: GoldEntity[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && e.start >= prev.start && e.end <= prev.end) continue;
    out.push(e);
  }
  return out;
}

const DAY = 86400000;

function parseDay(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}

export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / DAY + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Accepted values of a GUM <date>/<time>:
 * - when=V: V (a time-of-day when= is put on the document date);
 * - from/to: the range's natural unit — year, month, season, ISO week (5-8 days), weekend,
 *   decade (196 / 196X), century (19 / 19XX) — or "from/to";
 * - notBefore/notAfter (vague: "15 years", "the past 30 days"): the value is not scored
 *   unless both bounds are equal.
 */
export function gumDateValues(name: string, attrs: Record<string, string>, documentDate: string | null): string[] {
  const values: string[] = [];
  if (attrs.when) {
    if (name === 'time' || /^\d{2}:\d{2}/.test(attrs.when)) {
      if (documentDate) values.push(`${documentDate}T${attrs.when}`);
      values.push(`T${attrs.when}`);
    } else values.push(attrs.when);
  } else if (attrs.from && attrs.to) {
    const { from, to } = attrs;
    values.push(`${from}/${to}`);
    if (from === to) values.push(from);
    const a = parseDay(from);
    const b = parseDay(to);
    if (a && b) {
      const days = Math.round((b.getTime() - a.getTime()) / DAY) + 1;
      const y1 = from.slice(0, 4);
      const y2 = to.slice(0, 4);
      if (from.endsWith('-01-01') && to.endsWith('-12-31')) {
        if (y1 === y2) values.push(y1);
        else if (y1.endsWith('0') && +y2 - +y1 === 9) values.push(y1.slice(0, 3), `${y1.slice(0, 3)}X`);
        else if (y1.endsWith('00') && +y2 - +y1 === 99) values.push(y1.slice(0, 2), `${y1.slice(0, 2)}XX`);
      }
      if (from.slice(0, 7) === to.slice(0, 7) && from.endsWith('-01') && new Date(b.getTime() + DAY).getUTCDate() === 1) {
        values.push(from.slice(0, 7));
      }
      if (days >= 89 && days <= 93) {
        const season: Record<string, string> = { '03': 'SP', '06': 'SU', '09': 'FA', '12': 'WI' };
        const s = season[from.slice(5, 7)];
        if (s) values.push(`${y1}-${s}`);
      }
      if (days === 2 && a.getUTCDay() === 6) values.push(`${isoWeek(a)}-WE`);
      if (days >= 5 && days <= 8) {
        values.push(isoWeek(a), isoWeek(b));
        // a Sunday-to-Sunday range is the week after its first day
        values.push(isoWeek(new Date(a.getTime() + DAY)));
      }
    }
  } else if (attrs.notBefore && attrs.notAfter && attrs.notBefore === attrs.notAfter) {
    values.push(attrs.notBefore);
  }
  return [...new Set(values.map(normaliseValue))];
}
