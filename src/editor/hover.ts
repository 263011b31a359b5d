// Explains the name, quote or date under the mouse.
import * as vscode from 'vscode';
import type { Analysis, DateMention, Entity, Quote } from '../analysis';
import type { AnalysisStore } from './analysisStore';
import { confidenceWords, describeDate, oneLine, quoteOpening } from './describe';
import { ruleById } from '../analysis/rules';
import { dateAt, entityAt, entityKey, isMention, mentionsOf, quoteAt, quotesBy } from './lookup';
import { guarded } from './log';
import { analysisFor } from './awaitAnalysis';
import { COMMANDS, type CommandId, type CommandName } from './commands';
import { provenanceOf, type Provenance } from './annotationChoices';

type ActionLink = [title: string, command: CommandName];
const ANNOTATE_LINKS: CommandName[] = ['acceptFact', 'notAName', 'setSpeaker', 'notAQuote', 'correctDateValue', 'notADate'];
const LINK_COMMANDS: CommandId[] = [COMMANDS.showMentions, COMMANDS.revealInTree, ...ANNOTATE_LINKS.map((name) => COMMANDS[name])];
const MAX_QUOTES = 3;

export function registerHover(store: AnalysisStore, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position, token) {
      return guarded('hover', undefined, async () => {
        const analysis = await analysisFor(store, document, token);
        if (!analysis || token.isCancellationRequested) return undefined;
        return hoverAt(document, analysis, document.offsetAt(position));
      });
    },
  });
}

/** Sections for every fact under the offset, innermost first (a name inside a quote shows both). */
export function hoverAt(document: vscode.TextDocument, analysis: Analysis, offset: number): vscode.Hover | undefined {
  const sections: vscode.MarkdownString[] = [];
  let span: { start: number; end: number } | undefined;
  const hit = entityAt(analysis, offset, false);
  if (hit) {
    sections.push(entitySection(document, analysis, hit.entity, hit.span, isMention(hit.entity, hit.span) ? undefined : hit.span.text));
    span = hit.span;
  }
  const date = dateAt(analysis, offset);
  if (date) {
    sections.push(dateSection(document, analysis, date));
    span ??= date;
  }
  const quote = quoteAt(analysis, offset);
  if (quote) {
    sections.push(quoteSection(document, analysis, quote));
    span ??= quote;
  }
  if (!span) return undefined;
  return new vscode.Hover(sections, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
}

/** `speakerWord`: the hover is on a pronoun (or Q:/A: label) naming this speaker, which is not a mention. */
function entitySection(
  document: vscode.TextDocument,
  analysis: Analysis,
  entity: Entity,
  span: { start: number; end: number },
  speakerWord?: string,
): vscode.MarkdownString {
  const md = trusted();
  const mentions = mentionsOf(entity);
  md.appendMarkdown(`${typeIcon(entity.type)} **${esc(entity.name)}** · ${entity.type}`);
  if (entity.role) md.appendMarkdown(` · ${esc(entity.role)}`);
  const sure = confidenceWords(entity.confidence);
  if (sure) md.appendMarkdown(` · type ${sure}`);
  md.appendMarkdown(` · ${provenanceText(moreCertain(provenanceOf(span), provenanceOf(entity)))}\n\n`);
  if (speakerWord)
    md.appendMarkdown(`*${esc(speakerWord)}* here is ${esc(entity.name)}, the speaker of this quote (not counted as a mention)\n\n`);
  const others = entity.aliases.filter((a) => a !== entity.name);
  if (others.length) md.appendMarkdown(`Also: ${others.map(esc).join(', ')}  \n`);
  md.appendMarkdown(`${plural(mentions.length, 'mention')}`);
  const quotes = quotesBy(analysis, entity);
  if (quotes.length) {
    md.appendMarkdown(` · ${plural(quotes.length, 'quote')}\n\n`);
    for (const q of quotes.slice(0, MAX_QUOTES))
      md.appendMarkdown(`> “${esc(quoteOpening(q.text, 120))}”${q.cue ? ` — *${esc(q.cue)}*` : ''}\n\n`);
    if (quotes.length > MAX_QUOTES) md.appendMarkdown(`…and ${quotes.length - MAX_QUOTES} more\n\n`);
  } else {
    md.appendMarkdown('\n\n');
  }
  const uri = document.uri.toString();
  md.appendMarkdown(
    `[Show all mentions](${commandLink(COMMANDS.showMentions, [uri, mentions[0]?.start ?? 0])} "Peek every mention of ${attr(entity.name)}")` +
      ` · [Reveal in Facts](${commandLink(COMMANDS.revealInTree, [uri, entityKey(entity)])} "Show ${attr(entity.name)} in the News Lens facts tree")`,
  );
  md.appendMarkdown(
    `\n\n${actionLinks(
      document,
      span,
      [
        ['Accept', 'acceptFact'],
        ['Not a name', 'notAName'],
      ],
      provenanceOf(span) === 'suggested' && provenanceOf(entity) === 'suggested',
    )}`,
  );
  return md;
}

/** Links to the annotation commands for the fact (the same as its code actions); Accept only for suggestions. */
function actionLinks(
  document: vscode.TextDocument,
  span: { start: number; end: number },
  actions: ActionLink[],
  suggested: boolean,
): string {
  const args = [document.uri.toString(), span.start, span.end];
  return actions
    .filter(([, command]) => suggested || command !== 'acceptFact')
    .map(([title, command]) => `[${title}](${commandLink(COMMANDS[command], args)} "News Lens: ${title}")`)
    .join(' · ');
}

function provenanceText(p: Provenance): string {
  return p === 'suggested' ? '*suggested*' : p === 'user' ? '$(account) added by you' : '$(pass) reviewed';
}

/** A mention added by the user in an entity the engine found is "added by you"; reviewed beats suggested. */
function moreCertain(a: Provenance, b: Provenance): Provenance {
  const order: Provenance[] = ['user', 'reviewed', 'suggested'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))];
}

function quoteSection(document: vscode.TextDocument, analysis: Analysis, quote: Quote): vscode.MarkdownString {
  const md = trusted();
  md.appendMarkdown('$(quote) **Quote** · ');
  if (quote.speaker) {
    const entity = quote.speaker.entityId ? analysis.entities.find((e) => e.id === quote.speaker!.entityId) : undefined;
    md.appendMarkdown(`said by **${esc(entity?.name ?? quote.speaker.text)}**`);
    if (entity?.role) md.appendMarkdown(` (${esc(entity.role)})`);
  } else {
    md.appendMarkdown('speaker unknown');
  }
  md.appendMarkdown(` · ${provenanceText(moreCertain(provenanceOf(quote), quote.speaker ? provenanceOf(quote.speaker) : 'suggested'))}`);
  const sure = confidenceWords(quote.speaker?.confidence);
  if (sure) md.appendMarkdown(` · speaker ${sure}`);
  md.appendMarkdown(quote.cue ? `\n\nCue: *${esc(quote.cue)}*` : '\n\nCue: none found');
  const origin = speakerOrigin(document, quote);
  if (origin) md.appendMarkdown(`\n\n${esc(origin)}`);
  md.appendMarkdown(`\n\n> ${esc(oneLine(quote.text, 160))}`);
  md.appendMarkdown(
    `\n\n${actionLinks(
      document,
      quote,
      [
        ['Set speaker…', 'setSpeaker'],
        ['Accept', 'acceptFact'],
        ['Not a quote', 'notAQuote'],
      ],
      provenanceOf(quote) === 'suggested',
    )}`,
  );
  return md;
}

/** Longest stretch of text shown as the cue a speaker came from ("Putin told"). */
const MAX_ORIGIN_CHARS = 40;

/**
 * Where the speaker came from, in words: `Speaker from “Putin told” after the quote (the name and
 * reporting verb after the quote)`. Uses the deciding rule (`why`) when the analysis has it.
 */
export function speakerOrigin(document: vscode.TextDocument, quote: Quote): string | null {
  const s = quote.speaker;
  const rule = quote.why ? ruleById(quote.why.speaker) : undefined;
  if (!s) return rule ? `No speaker: ${rule.description}.` : null;
  const text = document.getText();
  const where = s.start >= quote.end ? 'after the quote' : s.end <= quote.start ? 'before the quote' : 'in the quote';
  let from = s.start;
  let to = s.end;
  if (quote.cue && where !== 'in the quote') {
    const after = text.indexOf(quote.cue, s.end);
    const before = text.lastIndexOf(quote.cue, s.start);
    if (after >= 0 && after + quote.cue.length - s.start <= MAX_ORIGIN_CHARS && !/[\n"“”]/.test(text.slice(s.end, after)))
      to = after + quote.cue.length;
    else if (before >= 0 && s.end - before <= MAX_ORIGIN_CHARS && !/[\n"“”]/.test(text.slice(before, s.start))) from = before;
  }
  const words = `Speaker from “${oneLine(text.slice(from, to), MAX_ORIGIN_CHARS + 10)}” ${where}`;
  return rule ? `${words} (${rule.description}).` : `${words}.`;
}

function dateSection(document: vscode.TextDocument, analysis: Analysis, date: DateMention): vscode.MarkdownString {
  const md = trusted();
  const d = describeDate(date.value, date.type, analysis.documentDate);
  md.appendMarkdown(`$(calendar) **${esc(d.words)}** · ${date.type} · ${provenanceText(provenanceOf(date))}`);
  const sure = confidenceWords(date.confidence);
  if (sure) md.appendMarkdown(` · value ${sure}`);
  if (d.iso) md.appendMarkdown(`\n\n\`${d.iso}\``);
  if (d.relation) md.appendMarkdown(` · ${esc(d.relation)}`);
  if (!analysis.documentDate)
    md.appendMarkdown('\n\nNo article date found: run *News Lens: Set Article Date…* to relate dates to publication.');
  md.appendMarkdown(
    `\n\n${actionLinks(
      document,
      date,
      [
        ['Correct value…', 'correctDateValue'],
        ['Accept', 'acceptFact'],
        ['Not a date', 'notADate'],
      ],
      provenanceOf(date) === 'suggested',
    )}`,
  );
  return md;
}

function trusted(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: LINK_COMMANDS };
  return md;
}

function commandLink(command: CommandId, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

function typeIcon(type: Entity['type']): string {
  return type === 'person' ? '$(person)' : type === 'organization' ? '$(organization)' : '$(location)';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function esc(s: string): string {
  // Escape Markdown and the $( of theme icons in user text.
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~$]/g, '\\$&');
}

function attr(s: string): string {
  return s.replace(/["\\]/g, '');
}
