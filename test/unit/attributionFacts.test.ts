// What the attribution reuse layer reads document-wide (src/analysis/attribution/reuse.ts, DocumentFacts)
// and the article-wide gender votes it includes (gender.ts, which walks only mentions and pronouns):
// made-up edits that must and must not change them.
import * as assert from 'node:assert/strict';
import { analyze, clearAnalysisCaches } from '../../src/analysis/analyze';
import { SieveContext } from '../../src/analysis/attribution/context';
import { clearSieveMemo, DocumentFacts, SieveMemo, sieveMemoCounters } from '../../src/analysis/attribution/reuse';
import type { TokenIndex } from '../../src/analysis/attribution/tokens';
import { buildDocument } from '../../src/analysis/document';
import { findQuotes } from '../../src/analysis/quotes';
import { FEMALE_PRONOUNS, FEMALE_TITLES, MALE_PRONOUNS, MALE_TITLES, OBJECT_MARKERS } from '../../src/analysis/lexicon/speakerPhrases';

function contextOf(text: string): SieveContext {
  const doc = buildDocument(text);
  return new SieveContext(doc, findQuotes(doc), analyze(text, { explain: true }).entities);
}

/** The gender votes token by token, as gender.ts counted them before it skipped to mentions and pronouns. */
function votesByToken(ix: TokenIndex): Map<string, number> {
  const votes = new Map<string, number>();
  const add = (id: string, n: number) => votes.set(id, (votes.get(id) ?? 0) + n);
  const { tokens, mentions } = ix;
  let last = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentenceStart === k) last = -1;
    if (t.quote >= 0) continue;
    if (t.mention >= 0) {
      const m = mentions[t.mention];
      if (m.entity.type !== 'person' || m.firstTok !== k) continue;
      const w = tokens[k - 1]?.text === ',' ? tokens[k - 2] : tokens[k - 1];
      if (last !== t.mention && w && w.quote < 0 && MALE_TITLES.has(w.lower)) add(m.entity.id, 2);
      if (last !== t.mention && w && w.quote < 0 && FEMALE_TITLES.has(w.lower)) add(m.entity.id, -2);
      const object = OBJECT_MARKERS.has(tokens[k - 1]?.lower ?? '') || /['’]s$/.test(tokens[m.lastTok].text);
      last = object ? -1 : t.mention;
      continue;
    }
    const vote = MALE_PRONOUNS.has(t.lower) ? 1 : FEMALE_PRONOUNS.has(t.lower) ? -1 : 0;
    if (vote && last >= 0) add(mentions[last].entity.id, vote);
  }
  return votes;
}

const ARTICLE = [
  'Mara Quill met Teodor Vass in Arden. She said the talks went well, and he agreed with her.',
  '"We are close," Vass said. His union wants more. Asked about Quill\'s offer, he smiled.',
  'Her husband, Wiremu Tane, told Quill that "she should wait for him." He left. She stayed.',
  "Officials spoke to Alma Rudd. She declined to comment. Rudd's aide said he was away.",
  'Tavi Darrow arrived late, and she waved to the crowd.',
].join('\n\n');

describe('attribution document facts and gender votes', () => {
  it('the votes read from mentions and pronouns only equal the votes counted token by token', () => {
    for (const text of [ARTICLE, ARTICLE.replace('She said', 'He said'), ARTICLE.replace('Her husband, ', ''), 'She said. He said.']) {
      const ctx = contextOf(text);
      const votes = (ctx.coref.genders as unknown as { pronounVotes(): Map<string, number> }).pronounVotes();
      assert.deepEqual(votes, votesByToken(ctx), text);
    }
  });

  it('a letter changed in lower-case narration leaves the facts as they were', () => {
    const before = new DocumentFacts(contextOf(ARTICLE));
    assert.ok(before.equals(new DocumentFacts(contextOf(ARTICLE.replace('talks went', 'talks wxnt')))));
    assert.ok(before.equals(new DocumentFacts(contextOf(ARTICLE))));
  });

  it('a pronoun that turns a gender, a name, a mention inside a quote or an object marker changes them', () => {
    const before = new DocumentFacts(contextOf(ARTICLE));
    for (const edited of [
      ARTICLE.replace('she waved', 'he waved'),
      ARTICLE.replace('Alma Rudd', 'Alma Ruud'),
      ARTICLE.replace('"We are close," Vass said.', '"We are close, Vass," Quill said.'),
      ARTICLE.replace('Officials spoke to Alma Rudd', 'Officials spoke. Alma Rudd'),
    ]) {
      assert.ok(!before.equals(new DocumentFacts(contextOf(edited))), edited);
    }
  });

  it('an unchanged paragraph whose quote marks change is not given its old id (same text, same sentences)', () => {
    // A same-length edit closes the quote that ran on into the next paragraph: that paragraph's text and
    // sentences stay, what its tokens lie in changes, and the document-wide facts stay equal (quotes are reused).
    const paragraphs = ['Transport Minister Alma Rudd met the union on Tuesday.'];
    for (let i = 0; i < 40; i++)
      paragraphs.push(`Workers counted ${i + 12} ships on day ${i + 1}. "The queue is ${i + 2} ships long," Rudd said.`);
    paragraphs.splice(
      20,
      0,
      'The guard was tired. "The night was long and cold, and nobody slept.',
      '"We waited for the morning," the guard added.',
    );
    const open = paragraphs.join('\n\n');
    const closed = open.replace('nobody slept.', 'nobody slept"');
    const [openCtx, closedCtx] = [contextOf(open), contextOf(closed)];
    const next = openCtx.doc.paragraphs.findIndex((p) => p.text.startsWith('"We waited'));
    assert.equal(
      openCtx.doc.paragraphs[next].sentences,
      closedCtx.doc.paragraphs[next].sentences,
      'the next paragraph keeps its sentences',
    );
    clearSieveMemo();
    const ids = (ctx: SieveContext) => (new SieveMemo(ctx) as unknown as { paragraphIds: number[] }).paragraphIds;
    const [openIds, closedIds] = [ids(openCtx), ids(closedCtx)];
    assert.notEqual(openIds[next], closedIds[next]);
    assert.equal(openIds[next - 5], closedIds[next - 5], 'a paragraph before the edit keeps its id');
    for (const [before, after] of [
      [open, closed],
      [closed, open],
    ]) {
      clearAnalysisCaches();
      analyze(before);
      const reused = sieveMemoCounters.reused;
      const warm = analyze(after);
      assert.ok(sieveMemoCounters.reused > reused, 'the document-wide facts stayed equal');
      clearAnalysisCaches();
      assert.deepEqual(warm, analyze(after));
    }
  });
});
