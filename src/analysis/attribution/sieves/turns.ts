// Sieve: interview transcripts. `A: ...` is the interviewee, `Q: ...` the interviewer, `PETROVA: ...`
// the person the label names. The introduction says who is who: `interview with X` / `spoke to X` /
// `X was interviewed` make X the interviewee; `interview by Y`, `Y spoke to X`, `Y interviewed X`
// make Y the interviewer (a person, or the publication: `an interview with the Guardian`). Without
// that, A: is the person mentioned most before the first answer and Q: has no speaker.
import { callTurnSpeakers, turnLabel } from '../../quotes';
import type { Paragraph } from '../../document';
import type { Entity } from '../../types';
import { INTERVIEW_NOUNS, INTERVIEW_STOP_WORDS, SELF_INTRODUCTIONS, TALK_VERBS } from '../../lexicon/quotes';
import { alternation } from '../../lexicon/pattern';
import { PERSON_PRONOUNS, PLURAL_PRONOUNS, TITLES, VERB_MODIFIERS } from '../../lexicon/reporting';
import { HEADLINE_LABELS } from '../../lexicon/reporting';
import { TURN_SPEAKER_PRONOUNS } from '../../lexicon/speakerPhrases';
import type { Attribution, MentionRef, QuoteInfo, SieveContext } from '../context';
import { keptForPrefix, keptIndex } from '../keptIndexes';

export function transcriptTurn(q: QuoteInfo, ctx: SieveContext): Attribution | null {
  // A remark quoted inside a turn has a speaker of its own (the sieves after this one, then nestedRemarks).
  if (q.container >= 0) return null;
  const p = ctx.doc.paragraphs[q.quote.firstParagraph];
  const label = turnLabel(p);
  if (!label) return callTurn(q, ctx);
  if (HEADLINE_LABELS.has(label.label.toLowerCase())) return null;
  // The quote is the turn itself or a quotation right after the label.
  if (q.quote.start !== p.start + label.length) return null;
  const labelStart = p.start + label.labelStart;
  let labelSpan = { start: labelStart, end: labelStart + label.label.length, text: label.label };
  if (label.label === 'Q' || label.label === 'A') {
    const roles = interviewRoles(ctx, p);
    const who = label.label === 'Q' ? roles.interviewer : roles.interviewee;
    if (!who) return { speaker: null, cue: null, final: true, rule: label.label === 'Q' ? 'transcript-interviewer' : 'no-speaker' };
    return { speaker: { ...labelSpan, entityId: who.id }, cue: null, final: true, rule: 'transcript-turn' };
  }
  let named = personNamed(ctx, label.label);
  // `DEREK HOLLOWAY (ANCHOR):` names the person before the parenthesis, their role in it.
  const outer = label.labelStart > 0 ? p.text.slice(0, label.labelStart - 1).trimEnd() : '';
  const outerNamed = !named && outer ? personNamed(ctx, outer) : undefined;
  if (outerNamed) {
    named = outerNamed;
    labelSpan = { start: p.start, end: p.start + outer.length, text: outer };
  }
  // `CHIEF MIRIAM VANCE:`, `DR. PRIYA SHAH:`: the title before the name is not part of it.
  const titled = named ? null : afterTitles(label.label);
  const titledNamed = titled ? personNamed(ctx, titled.name) : undefined;
  if (titled && titledNamed) {
    named = titledNamed;
    labelSpan = { start: labelStart + titled.offset, end: labelStart + label.label.length, text: titled.name };
  }
  // `HOST:` naming no one: the person who introduces themselves in a turn of that label ("I'm Ada Fenn").
  const self = named ? undefined : selfNamed(ctx, label.label);
  if (self) return { speaker: { ...labelSpan, entityId: self.id }, cue: null, final: true, rule: 'self-named-turn' };
  return { speaker: { ...labelSpan, entityId: named ? named.id : null }, cue: null, final: true, rule: 'transcript-turn' };
}

/** The label without the titles it starts with ("CHIEF MIRIAM VANCE" -> "MIRIAM VANCE" at 6), or null when it has none. */
function afterTitles(label: string): { name: string; offset: number } | null {
  let offset = 0;
  for (let m = /^(\S+)\s+/.exec(label); m && TITLES.has(m[1].toLowerCase()); m = /^(\S+)\s+/.exec(label.slice(offset)))
    offset += m[0].length;
  return offset > 0 && offset < label.length ? { name: label.slice(offset), offset } : null;
}

/** "I'm", "my name is" and the space after them, anywhere in a turn. */
const SELF_INTRODUCTION = new RegExp(`(?<![\\p{L}])(?:${alternation(SELF_INTRODUCTIONS)})\\s+`, 'giu');

/** Read once per document: the person each label's speaker introduces themselves as (null: none). */
const selfNamedCache = new WeakMap<SieveContext, Map<string, Entity | null>>();

/** The person a turn of this label introduces as the speaker: a person mention right after "I'm" (the first such). */
function selfNamed(ctx: SieveContext, label: string): Entity | undefined {
  let byLabel = selfNamedCache.get(ctx);
  if (!byLabel) selfNamedCache.set(ctx, (byLabel = new Map()));
  if (!byLabel.has(label)) byLabel.set(label, findSelfNamed(ctx, label));
  return byLabel.get(label) ?? undefined;
}

/** The labelled turns of the document by label, in order: built once, so each label reads only its own turns. */
const turnsCache = new WeakMap<SieveContext, Map<string, Paragraph[]>>();

function turnsByLabel(ctx: SieveContext): Map<string, Paragraph[]> {
  let turns = turnsCache.get(ctx);
  if (turns) return turns;
  turns = new Map();
  for (const p of ctx.doc.paragraphs) {
    const l = turnLabel(p);
    if (!l) continue;
    const list = turns.get(l.label);
    if (list) list.push(p);
    else turns.set(l.label, [p]);
  }
  turnsCache.set(ctx, turns);
  return turns;
}

function findSelfNamed(ctx: SieveContext, label: string): Entity | null {
  for (const p of turnsByLabel(ctx).get(label) ?? []) {
    const l = turnLabel(p)!;
    for (const m of p.text.slice(l.length).matchAll(SELF_INTRODUCTION)) {
      const at = p.start + l.length + (m.index ?? 0) + m[0].length;
      const mi = ctx.lastMentionBefore(at) + 1;
      const mention = ctx.mentions[mi];
      if (mention && mention.start === at && mention.entity.type === 'person') return mention.entity;
    }
  }
  return null;
}

/** A turn of a call transcript: the person named on the speaker line above it (`Operator` names no one). */
function callTurn(q: QuoteInfo, ctx: SieveContext): Attribution | null {
  const line = callTurnSpeakers(ctx.doc)[q.quote.firstParagraph];
  const p = ctx.doc.paragraphs[q.quote.firstParagraph];
  if (!line || q.quote.start !== p.start + (p.text.length - p.text.trimStart().length)) return null;
  if (!line.name) return { speaker: null, cue: null, final: true, rule: 'no-speaker' };
  const named = personNamed(ctx, line.name.text);
  return { speaker: { ...line.name, entityId: named ? named.id : null }, cue: null, final: true, rule: 'call-transcript-turn' };
}

/**
 * A remark quoted inside a turn is its speaker's own when its cue names them (`I told them "no"`);
 * any other speaker the sieves found in the sentence stands, except the turn speaker reached by a
 * third-person pronoun (a turn's speaker says "I"). With none, it is no one's: neighbours don't lend theirs.
 */
export function nestedRemarks(ctx: SieveContext): void {
  for (const q of ctx.quotes) {
    if (q.container < 0) continue;
    const turn = ctx.quotes[q.container].result?.speaker ?? null;
    const speaker = q.result?.speaker ?? null;
    const cue = q.result?.cue ?? null;
    if (speaker && TURN_SPEAKER_PRONOUNS.has(speaker.text.toLowerCase())) {
      q.result = turn ? { speaker: turn, cue, rule: 'transcript-turn' } : { speaker: null, cue, final: true, rule: 'no-speaker' };
    } else if (!speaker || (turn?.entityId && speaker.entityId === turn.entityId && isThirdPersonPronoun(speaker.text))) {
      q.result = { speaker: null, cue, final: true, rule: 'no-speaker' };
    }
  }
}

function isThirdPersonPronoun(text: string): boolean {
  const word = text.toLowerCase();
  return PERSON_PRONOUNS.has(word) || PLURAL_PRONOUNS.has(word);
}

/** The person a transcript label names: by name, alias or last name. */
function personNamed(ctx: SieveContext, label: string): Entity | undefined {
  const i = personsByLabel(ctx).get(label.toLowerCase());
  return i === undefined ? undefined : ctx.entities[i];
}

/** Read once per document (a long transcript has a labelled turn per paragraph), and kept across runs (keptIndexes.ts). */
const labelCache = new WeakMap<SieveContext, Map<string, number>>();

function personsByLabel(ctx: SieveContext): Map<string, number> {
  let byLabel = labelCache.get(ctx);
  if (!byLabel) labelCache.set(ctx, (byLabel = keptIndex(ctx, 'persons by label', () => labelIndex(ctx.entities))));
  return byLabel;
}

/**
 * The index of the first person (in entity order) a turn label names, by lower-cased label: one
 * of their aliases, their name or their name's last word.
 */
function labelIndex(entities: readonly Entity[]): Map<string, number> {
  const byLabel = new Map<string, number>();
  entities.forEach((e, i) => {
    if (e.type !== 'person') return;
    const add = (key: string) => {
      if (!byLabel.has(key)) byLabel.set(key, i);
    };
    for (const a of e.aliases) add(a.toLowerCase());
    const name = e.name.toLowerCase();
    add(name);
    add(name.split(/\s+/).pop()!);
  });
  return byLabel;
}

interface InterviewRoles {
  interviewer: Entity | null;
  interviewee: Entity | null;
}

/** Read once per document, from the text before the first turn (quotes are attributed in order). */
const rolesCache = new WeakMap<SieveContext, InterviewRoles>();

/** The roles as entity indexes, with the offset they were read before: kept across runs (keptIndexes.ts). */
interface KeptRoles {
  before: number;
  interviewer: number;
  interviewee: number;
}

/**
 * The paragraphs the roles read, from the turn's: the text before it and, after a name just
 * before it, a few tokens on (the turn's label and the next paragraph's first word).
 */
const ROLES_READ_AHEAD_PARAGRAPHS = 3;

/** Words that may stand between the preposition and the name: titles, descriptors, the place in "Sofia Mayor". */
const MAX_SKIP = 4;

/** The interview's roles, read before the turn paragraph `turn`; last run's while that text and the facts are unchanged. */
function interviewRoles(ctx: SieveContext, turn: Paragraph): InterviewRoles {
  let roles = rolesCache.get(ctx);
  if (roles) return roles;
  const before = turn.start;
  const paragraphs = Math.min(ctx.doc.paragraphs.length, turn.index + ROLES_READ_AHEAD_PARAGRAPHS);
  const kept = keptForPrefix<KeptRoles>(
    ctx,
    'interview roles',
    paragraphs,
    () => {
      const found = readInterviewRoles(ctx, before);
      return { before, interviewer: indexOf(ctx, found.interviewer), interviewee: indexOf(ctx, found.interviewee) };
    },
    (k) => k.before === before,
  );
  roles = { interviewer: ctx.entities[kept.interviewer] ?? null, interviewee: ctx.entities[kept.interviewee] ?? null };
  rolesCache.set(ctx, roles);
  return roles;
}

const indexOf = (ctx: SieveContext, e: Entity | null) => (e ? ctx.entities.indexOf(e) : -1);

function readInterviewRoles(ctx: SieveContext, before: number): InterviewRoles {
  const roles: InterviewRoles = { interviewer: null, interviewee: null };
  for (const m of ctx.mentions) {
    // Each role is only ever set once (??=): with both found, the mentions left change nothing.
    if (m.start >= before || (roles.interviewer && roles.interviewee)) break;
    if (m.entity.type === 'place' || ctx.tokens[m.firstTok].quote >= 0) continue;
    const person = m.entity.type === 'person';
    if (!afterRoleWord(ctx, m.firstTok)) {
      afterName(ctx, m, roles);
      continue;
    }
    // Before the name: "interview with", "spoke to", "interview by", "interviewed".
    let k = m.firstTok - 1;
    while (k >= 0 && m.firstTok - k <= MAX_SKIP && isModifier(ctx, k)) k--;
    const w = ctx.tokens[k]?.lower ?? '';
    const w2 = ctx.tokens[k - 1]?.lower ?? '';
    const afterTalk = TALK_VERBS.has(w2) || (w2 === 'down' && ctx.tokens[k - 2]?.lower === 'sat');
    if ((w === 'with' && (INTERVIEW_NOUNS.has(w2) || afterTalk)) || (w === 'to' && afterTalk) || (w === 'interviewed' && w2 !== 'was')) {
      if (person) roles.interviewee ??= m.entity;
      else roles.interviewer ??= m.entity;
      continue;
    }
    if (w === 'by' && (INTERVIEW_NOUNS.has(w2) || w2 === 'interviewed' || w2 === 'conducted' || w2 === 'questions')) {
      roles.interviewer ??= m.entity;
      continue;
    }
    afterName(ctx, m, roles);
  }
  if (roles.interviewer === roles.interviewee) roles.interviewer = null;
  roles.interviewee ??= mostMentioned(ctx, before, roles.interviewer);
  return roles;
}

/** The words that may stand before a name in the introduction ("with", "to", "interviewed", "by"). */
const ROLE_WORDS = new Set(['with', 'to', 'interviewed', 'by']);

/**
 * Whether one of the MAX_SKIP + 1 tokens before token f is a role word: the word interviewRoles
 * reads before a name is one of them (it skips at most MAX_SKIP modifiers), so without one the
 * modifiers need not be read.
 */
function afterRoleWord(ctx: SieveContext, f: number): boolean {
  for (let k = Math.max(0, f - MAX_SKIP - 1); k < f; k++) if (ROLE_WORDS.has(ctx.tokens[k].lower)) return true;
  return false;
}

/** After the name: "Y spoke to", "Y interviewed", "X was interviewed". */
function afterName(ctx: SieveContext, m: MentionRef, roles: InterviewRoles): void {
  let a = m.lastTok + 1;
  while (a < ctx.tokens.length && a - m.lastTok <= 2 && VERB_MODIFIERS.has(ctx.tokens[a].lower) && ctx.tokens[a].lower !== 'was') a++;
  const v = ctx.tokens[a]?.lower ?? '';
  if (v === 'was' && ctx.tokens[a + 1]?.lower === 'interviewed') roles.interviewee ??= m.entity;
  else if (TALK_VERBS.has(v) && ctx.tokens[a].paragraph === ctx.tokens[m.lastTok].paragraph) roles.interviewer ??= m.entity;
}

/** A title, a lower-case descriptor or a place name between a preposition and the name. */
function isModifier(ctx: SieveContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t.quote >= 0) return false;
  if (t.mention >= 0) return ctx.mentions[t.mention].entity.type === 'place';
  if (TITLES.has(t.lower)) return true;
  return /^\p{Ll}[\p{Ll}\-]*$/u.test(t.text) && !INTERVIEW_STOP_WORDS.has(t.lower);
}

/** The person mentioned most often before the first answer (ties: the first one mentioned). */
function mostMentioned(ctx: SieveContext, before: number, not: Entity | null): Entity | null {
  const counts = new Map<Entity, number>();
  for (const m of ctx.mentions) {
    if (m.start >= before) break;
    if (m.entity.type === 'person' && m.entity !== not) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  let best: Entity | null = null;
  let bestCount = 0;
  for (const [e, n] of counts)
    if (n > bestCount) {
      best = e;
      bestCount = n;
    }
  return best;
}
