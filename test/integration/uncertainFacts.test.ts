// Confidence in the real editor: the hover puts it in words and says where a speaker came from;
// facts the engine is unsure of (confidence < 0.6) are marked in the text and the Facts view.
import * as assert from 'node:assert/strict';
import type { Analysis } from '../../src/analysis/types';
import { spansByKind } from '../../src/editor/decorations';
import { hoverAt } from '../../src/editor/hover';
import { buildTree, type FactNode } from '../../src/editor/factsTree';
import { closeAll, newsLens, offsets, openArticle, spanKeys, waitFor } from './editorHelpers';

function hoverText(hover: ReturnType<typeof hoverAt>): string {
  return (hover?.contents ?? []).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

function descriptions(nodes: FactNode[]): string[] {
  return nodes.flatMap((n) => [`${n.label} | ${n.description ?? ''}`, ...descriptions(n.children)]);
}

describe('uncertain facts', () => {
  afterEach(closeAll);

  it('the hover says how sure the engine is and where the speaker came from, in words', async () => {
    const { editor, analysis } = await openArticle();
    const quote = analysis.quotes.find((q) => q.speaker && q.cue && q.speaker.start >= q.end);
    assert.ok(quote, 'the seed has a quote with its speaker after it');
    assert.ok(quote.why?.speaker, 'the editor analyses with the decision trace');
    const text = hoverText(hoverAt(editor.document, analysis, quote.start + 1));
    assert.match(text, /speaker (likely|probably|uncertain) \(\d+%\)/);
    assert.match(text, /Speaker from “[^”]+” after the quote \\?\(the name and reporting verb after the quote/); // Markdown escapes the brackets
    assert.ok(text.includes(quote.speaker!.text), text);
  });

  it('marks a fact below 0.6 with the uncertain underline, a "?" in the Facts view and "uncertain" in the hover; not once reviewed', async () => {
    const api = await newsLens();
    const { editor, analysis } = await openArticle();
    // What the real editor shows for the engine's own confidences: exactly the uncertain spans.
    await waitFor('decorations', () => api.decorations.rangesFor(editor, 'person').length > 0);
    assert.deepEqual(
      offsets(editor.document, api.decorations.rangesFor(editor, 'uncertain')),
      spanKeys(spansByKind(analysis).get('uncertain')!),
    );

    const unsure: Analysis = JSON.parse(JSON.stringify(analysis));
    const entity = unsure.entities.find((e) => e.type === 'person')!;
    entity.confidence = 0.4;
    const date = unsure.dates[0];
    date.confidence = 0.3;
    const reviewed = unsure.entities.find((e) => e !== entity)!;
    reviewed.confidence = 0.2;
    reviewed.reviewed = true;
    const marked = spanKeys(spansByKind(unsure).get('uncertain')!);
    for (const m of entity.mentions) assert.ok(marked.includes(`${m.start}-${m.end}`), m.text);
    assert.ok(marked.includes(`${date.start}-${date.end}`));
    for (const m of reviewed.mentions) assert.ok(!marked.includes(`${m.start}-${m.end}`), `reviewed ${m.text}`);

    const rows = descriptions(buildTree(unsure, editor.document.getText()));
    assert.ok(
      rows.some((r) => r.startsWith(`${entity.name} |`) && r.includes('? uncertain')),
      rows.join('\n'),
    );
    assert.ok(rows.some((r) => r.startsWith(`${date.text} |`) && r.includes('? uncertain')));
    assert.ok(!rows.some((r) => r.startsWith(`${reviewed.name} |`) && r.includes('? uncertain')));
    assert.match(hoverText(hoverAt(editor.document, unsure, entity.mentions[0].start)), /type uncertain \(40%\)/);
    assert.match(hoverText(hoverAt(editor.document, unsure, date.start)), /value uncertain \(30%\)/);
  });
});
