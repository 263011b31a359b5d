// Markdown fact sheet: document date, people (roles, mention counts), organizations, places,
// quotes with speakers and a date timeline. Text from the article is escaped so names and quotes
// render literally (a quote containing *stars* or [brackets] must not become emphasis or a link).
import type { Analysis, DateMention, Entity, EntityType, Provenance } from '../analysis/types';
import { lineIndex } from './text';

export interface MarkdownOptions {
  /** The analysed text: when given, facts carry their line numbers. */
  text?: string;
}

const SECTIONS: Array<[EntityType, string]> = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['place', 'Places'],
];

export function toMarkdown(analysis: Analysis, options: MarkdownOptions = {}): string {
  const at = options.text !== undefined ? lineIndex(options.text) : undefined;
  const lineOf = (offset: number) => (at ? ` (line ${at(offset).line})` : '');
  const out: string[] = [];
  out.push(`# Facts: ${escapeMarkdown(analysis.file ?? 'Untitled article')}`, '');
  out.push(`**Document date:** ${analysis.documentDate ?? 'unknown'}`, '');

  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  for (const [type, title] of SECTIONS) {
    const entities = analysis.entities.filter((e) => e.type === type).sort(byMentions);
    out.push(`## ${title} (${entities.length})`, '');
    if (!entities.length) out.push('_None found._');
    for (const e of entities) out.push(`- ${entityLine(e)}${lineOf(e.mentions[0]?.start ?? 0)}`);
    out.push('');
  }

  out.push(`## Quotes (${analysis.quotes.length})`, '');
  if (!analysis.quotes.length) out.push('_None found._', '');
  for (const q of analysis.quotes) {
    out.push(...blockquote(q.text));
    const speaker = q.speaker ? (q.speaker.entityId && names.get(q.speaker.entityId)) || q.speaker.text : null;
    const cue = q.cue ? ` (${escapeMarkdown(q.cue)})` : '';
    out.push('>', `> — ${speaker ? `**${escapeMarkdown(speaker)}**${cue}` : '_speaker unknown_'}${lineOf(q.start)}${provenance(q)}`, '');
  }

  out.push(`## Timeline (${analysis.dates.length})`, '');
  if (!analysis.dates.length) out.push('_None found._');
  for (const d of timeline(analysis.dates)) {
    const value = d.value ? `\`${d.value.replace(/`/g, '')}\`` : '_unresolved_';
    out.push(`- ${value} — “${escapeMarkdown(d.text)}” (${d.type})${lineOf(d.start)}${provenance(d)}`);
  }
  out.push('');
  return out.join('\n');
}

/** Marks a quote or date the user corrected or accepted (present only when annotations were applied). */
function provenance(fact: Provenance): string {
  return fact.source === 'user' ? ' · _your correction_' : fact.reviewed ? ' · _reviewed_' : '';
}

function entityLine(e: Entity): string {
  const parts = [`**${escapeMarkdown(e.name)}**`];
  if (e.role) parts.push(`— ${escapeMarkdown(e.role)}`);
  parts.push(`· ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`);
  const yours = e.source === 'user' || e.mentions.some((m) => m.source === 'user');
  if (yours || e.reviewed) parts.push(`· _${yours ? 'your correction' : 'reviewed'}_`);
  const others = e.aliases.filter((a) => a !== e.name);
  if (others.length) parts.push(`· also “${others.map(escapeMarkdown).join('”, “')}”`);
  return parts.join(' ');
}

function byMentions(a: Entity, b: Entity): number {
  return b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);
}

/** Calendar values in time order first (ISO strings sort chronologically), then durations, sets and unresolved ones in text order. */
function timeline(dates: readonly DateMention[]): DateMention[] {
  const calendar = (d: DateMention) => !!d.value && /^\d{4}/.test(d.value);
  return [
    ...dates.filter(calendar).sort((a, b) => (a.value! < b.value! ? -1 : a.value! > b.value! ? 1 : a.start - b.start)),
    ...dates.filter((d) => !calendar(d)),
  ];
}

/** A (possibly multi-paragraph) quote as a Markdown blockquote; blank lines stay inside the quote. */
function blockquote(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => (line.trim() ? `> ${escapeMarkdown(line.trim())}` : '>'));
}

/**
 * Escapes text so CommonMark renders it literally: backslash-escapes inline syntax characters
 * everywhere, and block syntax (headings, lists, blockquotes, thematic breaks) at a line start.
 */
export function escapeMarkdown(text: string): string {
  // Kept minimal so the raw sheet still reads well when pasted as plain text.
  let s = text
    .replace(/[\\`*_[\]<~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&') // only where it would start an HTML entity
    .replace(/\r\n|\r|\n/g, ' ');
  // Block-level markers only matter at the start of a line.
  s = s.replace(/^(\s*)([-+=>#])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
  return s;
}

/** The inverse of escapeMarkdown for one line (tests, and anyone reading the sheet back). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
