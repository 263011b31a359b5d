// Sieve: interview transcripts. `A: ...` is the interviewee (the person the introduction is
// about), `Q: ...` the unnamed interviewer, `PETROVA: ...` the person the label names.
import { turnLabel } from '../quotes';
import type { Entity } from '../types';
import type { Attribution, QuoteInfo, SieveContext } from './context';

export function transcriptTurn(q: QuoteInfo, ctx: SieveContext): Attribution | null {
  const p = ctx.doc.paragraphs[q.quote.firstParagraph];
  const label = turnLabel(p);
  if (!label) return null;
  // The quote is the turn itself or a quotation right after the label.
  if (q.quote.start !== p.start + label.length) return null;
  const labelSpan = { start: p.start, end: p.start + label.label.length, text: label.label };
  if (label.label === 'Q') return { speaker: null, cue: null, final: true };
  if (label.label === 'A') {
    const who = interviewee(ctx, p.start);
    return { speaker: { ...labelSpan, entityId: who ? who.id : null }, cue: null, final: true };
  }
  const lower = label.label.toLowerCase();
  const named = ctx.entities.find((e) => e.type === 'person' && (e.aliases.some((a) => a.toLowerCase() === lower)
    || e.name.toLowerCase() === lower || e.name.toLowerCase().split(/\s+/).pop() === lower));
  return { speaker: { ...labelSpan, entityId: named ? named.id : null }, cue: null, final: true };
}

/** The person mentioned most often before the first answer (ties: the first one mentioned). */
function interviewee(ctx: SieveContext, before: number): Entity | null {
  const counts = new Map<Entity, number>();
  for (const m of ctx.mentions) {
    if (m.start >= before) break;
    if (m.entity.type === 'person') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  let best: Entity | null = null;
  let bestCount = 0;
  for (const [e, n] of counts) if (n > bestCount) { best = e; bestCount = n; }
  return best;
}
