import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildDocument } from '../../src/analysis/document';
import { findQuotes } from '../../src/analysis/quotes';

/** The quote texts found in a text, checking every span against the text on the way. */
function quotes(text: string): string[] {
  const found = findQuotes(buildDocument(text));
  for (const q of found) assert.equal(text.slice(q.start, q.end), q.text);
  for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end, 'quotes overlap');
  return found.map((q) => q.text);
}

describe('quotes: quotation marks', () => {
  it('finds straight double quotes, span including the marks', () => {
    const text = '"We will be glad to see you," Putin told Jaishankar.';
    const [q] = findQuotes(buildDocument(text));
    assert.equal(q.start, 0);
    assert.equal(q.text, '"We will be glad to see you,"');
  });

  it('finds curly double quotes', () => {
    assert.deepEqual(quotes('The mayor said: “We are ready for the storm.” Then she left.'), ['“We are ready for the storm.”']);
  });

  it('finds UK single quotes with apostrophes inside them', () => {
    assert.deepEqual(quotes("'We didn't know the pumps weren't coming,' said Margaret Hughes."), ["'We didn't know the pumps weren't coming,'"]);
    assert.deepEqual(quotes('She said: ‘It’s over, and we don’t regret it.’'), ['‘It’s over, and we don’t regret it.’']);
  });

  it('finds guillemets and German low-high quotes', () => {
    assert.deepEqual(quotes('«Nous sommes prêts», a déclaré le ministre.'), ['«Nous sommes prêts»']);
    assert.deepEqual(quotes('Er sagte: „Wir schaffen das.“ Dann ging er.'), ['„Wir schaffen das.“']);
    assert.deepEqual(quotes('Sie sagte: »Das reicht.« Dann ging sie.'), ['»Das reicht.«']);
  });

  it('reports only the outer quote of a nested quotation', () => {
    assert.deepEqual(quotes(`"He told me 'never again' and walked out," she said.`), [`"He told me 'never again' and walked out,"`]);
    assert.deepEqual(quotes('“Officials called it a ‘routine check’ at the time,” he said.'), ['“Officials called it a ‘routine check’ at the time,”']);
    assert.deepEqual(quotes(`'The sign said "closed" all week,' she said.`), [`'The sign said "closed" all week,'`]);
  });

  it('does not take apostrophes for quote marks', () => {
    assert.deepEqual(quotes("Music of the '90s, rock 'n' roll and the Joneses' garden party: don't miss it."), []);
    assert.deepEqual(quotes('In the ’90s the students’ union didn’t care.'), []);
    assert.deepEqual(quotes("The Smiths' new album isn't out, the band's manager said."), []);
  });

  it('does not take inch and foot marks for quote marks', () => {
    assert.deepEqual(quotes('The 6\'2" striker bought a 12" screen and a 4\' ladder.'), []);
    assert.deepEqual(quotes('"The new line opens in 2027," the minister said of the 6\'2" tall signs.'), ['"The new line opens in 2027,"']);
  });

  it('keeps a plural possessive inside a single-quoted quote', () => {
    assert.deepEqual(quotes("'I borrowed the Joneses' car for the day,' he said."), ["'I borrowed the Joneses' car for the day,'"]);
  });

  it('reports short scare quotes too (GUM annotates quotation-mark quotes)', () => {
    assert.deepEqual(quotes('Jaishankar held a "comprehensive and productive" meeting and signed "very important" agreements.'),
      ['"comprehensive and productive"', '"very important"']);
  });

  it('leaves out names and titles in quotation marks inside a sentence, not Title Case speech', () => {
    assert.deepEqual(quotes('The attack came from a user labelled "Anonymous" on the website "Insurgency Wiki" and the "History" page.'), []);
    assert.deepEqual(quotes('Headline: Putin: "We Will Win" as talks stall'), ['"We Will Win"']);
    assert.deepEqual(quotes('She called it "a Turning Point for all of us"'), ['"a Turning Point for all of us"']);
  });

  it('lets a typo\'d opening mark after a comma still open a quote', () => {
    assert.deepEqual(quotes('Wilkins said," Warhol liked the way photo booths looked".'), ['" Warhol liked the way photo booths looked"']);
  });
});

describe('quotes: paragraphs and unbalanced marks', () => {
  it('joins a news-style quote across paragraphs: left open, then reopened', () => {
    const text = '"The first part of the statement runs here.\n\n"The second part ends it," he said.\n\nNext paragraph.';
    const found = findQuotes(buildDocument(text));
    assert.equal(found.length, 1);
    assert.equal(found[0].start, 0);
    assert.equal(found[0].text, '"The first part of the statement runs here.\n\n"The second part ends it,"');
    assert.equal(found[0].firstParagraph, 0);
    assert.equal(found[0].lastParagraph, 1);
  });

  it('joins three paragraphs of one quote, curly and single marks alike', () => {
    const text = '“One.\n\n“Two.\n\n“Three,” she said.';
    assert.deepEqual(quotes(text), ['“One.\n\n“Two.\n\n“Three,”']);
    const uk = "'One thing.\n\n'Another thing,' she said.";
    assert.deepEqual(quotes(uk), ["'One thing.\n\n'Another thing,'"]);
  });

  it('joins a quote whose paragraph break falls inside it (closed in the next paragraph)', () => {
    const text = 'The coach said, "I think we learned a lot today.\n\nIt was a very emotional day."\n\nThe end.';
    assert.deepEqual(quotes(text), ['"I think we learned a lot today.\n\nIt was a very emotional day."']);
  });

  it('never lets an unbalanced mark swallow the rest of the document', () => {
    const text = 'He said "we are ready and left.\n\nThe next paragraph has no marks.\n\n"A real quote," she said.';
    assert.deepEqual(quotes(text), ['"A real quote,"']);
  });

  it('drops a closing mark that was never opened', () => {
    assert.deepEqual(quotes('It was over” and nobody cared. Then “a new start,” he said.'), ['“a new start,”']);
  });

  it('ignores Markdown front matter values', () => {
    const text = '---\ntitle: "Inside the race"\ndate: 2025-09-02\n---\n\n# Inside\n\n"We are short of time," said Jamie.';
    assert.deepEqual(quotes(text), ['"We are short of time,"']);
  });

  it('keeps working over a long document with many stray marks', () => {
    const para = 'A stray " mark and a 5" screen, the \'80s and "a short quote" here.';
    const text = Array.from({ length: 300 }, () => para).join('\n\n');
    const found = quotes(text);
    assert.ok(found.length >= 300, `found ${found.length}`);
    assert.ok(found.every((q) => !q.includes('\n')), 'a quote ran over a paragraph end');
    assert.ok(found.includes('"a short quote"'));
  });
});

describe('quotes: interview transcripts', () => {
  it('takes Q: and A: turns as quotes without marks', () => {
    const text = 'Interview with Mayor Elena Petrova.\n\nQ: What happens now?\n\nA: We go back to the table.\n\nQ: And then?\n\nA: We vote.';
    assert.deepEqual(quotes(text), ['What happens now?', 'We go back to the table.', 'And then?', 'We vote.']);
  });

  it('takes repeated NAME: turns, but not a lone "Note:" line', () => {
    const text = 'PETROVA: We go back to the table.\n\nIVANOV: That changes nothing.\n\nPETROVA: It changes the budget.';
    assert.deepEqual(quotes(text), ['We go back to the table.', 'That changes nothing.', 'It changes the budget.']);
    assert.deepEqual(quotes('Note: this story was updated on Monday.\n\nThe council met.'), []);
    assert.deepEqual(quotes('Washington: The council met on Monday.'), []);
  });
});

describe('quotes: seed article', () => {
  it('finds the seed article\'s quotes, and not its apostrophes or embedded posts', () => {
    const text = readFileSync('seeds/000_114cf2c0402081cf.txt', 'utf8');
    const found = quotes(text);
    assert.equal(found.length, 5);
    assert.ok(found[0].startsWith('"We will be glad') && found[0].endsWith('in Russia,"'));
    assert.ok(found[1].startsWith('"Honoured to call on') && found[1].endsWith('of our ties,"'));
    assert.ok(found[2].startsWith('"Our trade turnover'));
    assert.deepEqual(found.slice(3), ['"comprehensive and productive"', '"very important"']);
  });
});
