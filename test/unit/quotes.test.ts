import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildDocument } from '../../src/analysis/document';
import { ELISION, findQuotes, turnLabel } from '../../src/analysis/quotes';
import { alternation } from '../../src/analysis/lexicon/pattern';

/** The quote texts found in a text, checking every span against the text on the way. */
function quotes(text: string): string[] {
  const found = findQuotes(buildDocument(text));
  for (const q of found) assert.equal(text.slice(q.start, q.end), q.text);
  // quotes never cross: one after the other, or one wholly inside a transcript turn
  for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end || found[i].end <= found[i - 1].end, 'quotes cross');
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
    assert.deepEqual(quotes("'We didn't know the pumps weren't coming,' said Margaret Hughes."), [
      "'We didn't know the pumps weren't coming,'",
    ]);
    assert.deepEqual(quotes('She said: ‘It’s over, and we don’t regret it.’'), ['‘It’s over, and we don’t regret it.’']);
  });

  it('finds guillemets and German low-high quotes', () => {
    assert.deepEqual(quotes('«Nous sommes prêts», a déclaré le ministre.'), ['«Nous sommes prêts»']);
    assert.deepEqual(quotes('Er sagte: „Wir schaffen das.“ Dann ging er.'), ['„Wir schaffen das.“']);
    assert.deepEqual(quotes('Sie sagte: »Das reicht.« Dann ging sie.'), ['»Das reicht.«']);
  });

  it('reports only the outer quote of a nested quotation', () => {
    assert.deepEqual(quotes(`"He told me 'never again' and walked out," she said.`), [`"He told me 'never again' and walked out,"`]);
    assert.deepEqual(quotes('“Officials called it a ‘routine check’ at the time,” he said.'), [
      '“Officials called it a ‘routine check’ at the time,”',
    ]);
    assert.deepEqual(quotes(`'The sign said "closed" all week,' she said.`), [`'The sign said "closed" all week,'`]);
  });

  it('does not take apostrophes for quote marks', () => {
    assert.deepEqual(quotes("Music of the '90s, rock 'n' roll and the Joneses' garden party: don't miss it."), []);
    assert.deepEqual(quotes('In the ’90s the students’ union didn’t care.'), []);
    assert.deepEqual(quotes("The Smiths' new album isn't out, the band's manager said."), []);
  });

  it('keeps elisions inside an open single-quoted quote', () => {
    assert.deepEqual(quotes('‘We played rock ’n’ roll and ’80s hits all night,’ the drummer said.'), [
      '‘We played rock ’n’ roll and ’80s hits all night,’',
    ]);
    assert.deepEqual(quotes("'Fish 'n' chips on the pier's end,' she said."), ["'Fish 'n' chips on the pier's end,'"]);
  });

  it('does not take inch and foot marks for quote marks', () => {
    assert.deepEqual(quotes('The 6\'2" striker bought a 12" screen and a 4\' ladder.'), []);
    assert.deepEqual(quotes('"The new line opens in 2027," the minister said of the 6\'2" tall signs.'), ['"The new line opens in 2027,"']);
  });

  it('closes a single quote on a plural word when the next mark opens another quote', () => {
    const text = "The union said members had waited 'for years' and wanted 'a fair deal, not a promise'.";
    assert.deepEqual(quotes(text), ["'for years'", "'a fair deal, not a promise'"]);
    assert.deepEqual(quotes("'We saw the Joneses' car, then the Smiths' van,' she said."), [
      "'We saw the Joneses' car, then the Smiths' van,'",
    ]);
  });

  it('keeps a plural possessive inside a single-quoted quote', () => {
    assert.deepEqual(quotes("'I borrowed the Joneses' car for the day,' he said."), ["'I borrowed the Joneses' car for the day,'"]);
  });

  it('reports short scare quotes too (GUM annotates quotation-mark quotes)', () => {
    assert.deepEqual(quotes('Jaishankar held a "comprehensive and productive" meeting and signed "very important" agreements.'), [
      '"comprehensive and productive"',
      '"very important"',
    ]);
  });

  it('leaves out names and titles in quotation marks inside a sentence, not Title Case speech', () => {
    assert.deepEqual(
      quotes('The attack came from a user labelled "Anonymous" on the website "Insurgency Wiki" and the "History" page.'),
      [],
    );
    assert.deepEqual(quotes('Headline: Putin: "We Will Win" as talks stall'), ['"We Will Win"']);
    assert.deepEqual(quotes('She called it "a Turning Point for all of us"'), ['"a Turning Point for all of us"']);
  });

  it("lets a typo'd opening mark after a comma still open a quote", () => {
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
    assert.ok(
      found.every((q) => !q.includes('\n')),
      'a quote ran over a paragraph end',
    );
    assert.ok(found.includes('"a short quote"'));
  });
});

describe('quotes: interview transcripts', () => {
  it('takes Q: and A: turns as quotes without marks', () => {
    const text =
      'Interview with Mayor Elena Petrova.\n\nQ: What happens now?\n\nA: We go back to the table.\n\nQ: And then?\n\nA: We vote.';
    assert.deepEqual(quotes(text), ['What happens now?', 'We go back to the table.', 'And then?', 'We vote.']);
  });

  it('takes repeated NAME: turns, but not a lone "Note:" line', () => {
    const text = 'PETROVA: We go back to the table.\n\nIVANOV: That changes nothing.\n\nPETROVA: It changes the budget.';
    assert.deepEqual(quotes(text), ['We go back to the table.', 'That changes nothing.', 'It changes the budget.']);
    assert.deepEqual(quotes('Note: this story was updated on Monday.\n\nThe council met.'), []);
    assert.deepEqual(quotes('Washington: The council met on Monday.'), []);
  });

  it('takes a turn labelled with a role and the name in brackets, the name as its label', () => {
    const text = 'HOST (DANA WU): Welcome, Ivo Tan.\n\nTAN: Thanks.\n\nWU: Why now?\n\nTAN: Because the river rose.';
    assert.deepEqual(quotes(text), ['Welcome, Ivo Tan.', 'Thanks.', 'Why now?', 'Because the river rose.']);
  });

  it('finds a remark quoted inside a turn as a quote of its own, inside the turn', () => {
    const text =
      'ANCHOR: What did the mayor say?\n\nREPORTER: She came out at noon. She told me, "The levee will hold." Then she left.\n\n' +
      'ANCHOR: Thank you.';
    assert.deepEqual(quotes(text), [
      'What did the mayor say?',
      'She came out at noon. She told me, "The levee will hold." Then she left.',
      '"The levee will hold."',
      'Thank you.',
    ]);
  });

  it('reads the name before a bracketed role as the label (`NAME (ROLE):`)', () => {
    const label = (text: string) => turnLabel(buildDocument(text).paragraphs[0])?.label;
    assert.equal(label('MARA LINDQVIST (ANCHOR): Good evening.'), 'MARA LINDQVIST');
    assert.equal(label('HOST (DANA WU): Welcome.'), 'DANA WU');
  });

  it('reads labels in Markdown bold, leaving the emphasis out of the turn', () => {
    const text = '**HOST:** Welcome back.\n\n**OKAFOR:** Glad to be here.\n\n**HOST:** Why the delay?\n\n**Q: And the cost?**\n\nA: Lower.';
    assert.deepEqual(quotes(text).slice(0, 3), ['Welcome back.', 'Glad to be here.', 'Why the delay?']);
    assert.deepEqual(quotes('**Q: How did it start?**\n\nA: By accident.\n\n*Q: Really?*\n\nA: Yes.'), [
      'How did it start?',
      'By accident.',
      'Really?',
      'Yes.',
    ]);
  });

  it('takes the paragraphs after `Name -- Title` speaker lines of a call transcript as turns', () => {
    const text =
      'Lena Ortiz -- Chief Financial Officer\n\nThank you. Orders rose 8%.\n\nPaul Hart -- Analyst, Morrow Capital\n\nWhat about costs?\n\n' +
      'Operator\n\nThe next question is from Ana Ruiz.';
    assert.deepEqual(quotes(text), ['Thank you. Orders rose 8%.', 'What about costs?', 'The next question is from Ana Ruiz.']);
  });

  it('does not read match headings (`Spain – Brazil`) as speaker lines', () => {
    const text = 'Spain – Brazil\n\nSpain won 2-1.\n\nItaly – Chile\n\nA draw.\n\nPeru – Japan\n\nJapan won.';
    assert.deepEqual(quotes(text), []);
  });

  it('keeps a turn that only starts with a quoted word', () => {
    const text = 'Q: When does it open?\n\nA: "Spring" is the honest answer. I won\'t give a date.';
    assert.deepEqual(quotes(text), ['When does it open?', '"Spring" is the honest answer. I won\'t give a date.']);
    assert.deepEqual(quotes('Q: When?\n\nA: "In spring."'), ['When?', '"In spring."']);
  });
});

describe('quotes: embedded social posts', () => {
  it('takes a post signed `— Name (@handle) Date` as a quote without marks, leaving out its trailing links', () => {
    const text =
      'The minister replied within the hour.\n\nEvery family gets a tax cut from April. That is the promise. https://t.co/AbC123 — Rachel Ambrose (@RachelAmbrose) March 5, 2024\n\nOthers were less sure.';
    assert.deepEqual(quotes(text), ['Every family gets a tax cut from April. That is the promise.']);
    assert.deepEqual(quotes('Nothing changes today. pic.twitter.com/Qw3rTy — BBC Weather (@bbcweather) 5 March 2024'), [
      'Nothing changes today.',
    ]);
    assert.deepEqual(quotes('We will be back next year! — Glastonbury (@GlastoFest) on X'), ['We will be back next year!']);
    assert.deepEqual(quotes('Polls close at ten. — Ana Lopes (@analopes.bsky.social) March 5, 2024'), ['Polls close at ten.']);
    assert.deepEqual(quotes('Polls close at ten. — Ana Lopes (@analopes@mastodon.social) on Mastodon'), ['Polls close at ten.']);
    assert.deepEqual(quotes('> Polls close at ten. — Ana Lopes (@analopes) March 5, 2024'), ['Polls close at ten.']);
  });

  it('runs a post over the paragraphs joined by wide gaps (two or more blank lines), starting after the narration', () => {
    const text =
      'The leader posted a video.\n\nThis budget does nothing for families.\n\n\n\nNot one word on rents. pic.twitter.com/Qw3rTy — Tomasz Nowicki (@TNowickiMP) March 5, 2024\n\nThe minister replied.';
    assert.deepEqual(quotes(text), ['This budget does nothing for families.\n\n\n\nNot one word on rents.']);
  });

  it('does not run a post back over narration with reported speech', () => {
    const text = 'Intro.\n\n"We are ready," she said on Monday.\n\n\n\nNot one word on rents. — Ana Lopes (@analopes) March 5, 2024';
    assert.deepEqual(quotes(text), ['"We are ready,"', 'Not one word on rents.']);
  });

  it('ignores wide gaps in a text spaced that way throughout, but starts a post after an introduction ending in a colon', () => {
    const text =
      'The leader posted a video.\n\n\nShe wrote on X:\n\n\nThis budget does nothing.\n\n\nNot one word on rents. — Ana Lopes (@analopes) March 5, 2024\n\n\nThe minister replied.';
    assert.deepEqual(quotes(text), ['This budget does nothing.\n\n\nNot one word on rents.']);
    const single =
      'The leader posted a video.\n\n\nThis budget does nothing.\n\n\nNot one word on rents. — Ana Lopes (@analopes) March 5, 2024';
    assert.deepEqual(quotes(single), ['Not one word on rents.']);
  });

  it('takes the paragraph before a signature that stands alone', () => {
    assert.deepEqual(quotes('Not one word on rents.\n\n— Ana Lopes (@analopes) March 5, 2024'), ['Not one word on rents.']);
  });

  it('keeps a marked post as its quotation-mark quote, and marked quotes inside a post inside it', () => {
    assert.deepEqual(quotes('"Growth needs certainty." — Helen Ostrowski (@HOstrowski) on X'), ['"Growth needs certainty."']);
    assert.deepEqual(quotes('"Growth needs certainty."\n\n— Helen Ostrowski (@HOstrowski) March 5, 2024'), ['"Growth needs certainty."']);
    assert.deepEqual(quotes('They call it "growth". I call it debt. — Ana Lopes (@analopes) March 5, 2024'), [
      'They call it "growth". I call it debt.',
    ]);
  });

  it('needs the handle: a dash and a name in prose are no signature', () => {
    assert.deepEqual(quotes('The vote was close — Ana Lopes said so herself on March 5, 2024'), []);
    assert.deepEqual(quotes('The vote was close - see Lopes (@analopes) for details.'), []);
  });
});

describe('quotes: seed article', () => {
  it("finds the seed article's quotes and its two embedded posts, and not its apostrophes", () => {
    const text = readFileSync('seeds/000_114cf2c0402081cf.txt', 'utf8');
    const found = quotes(text);
    assert.equal(found.length, 7);
    assert.ok(found[0].startsWith('"We will be glad') && found[0].endsWith('in Russia,"'));
    assert.ok(found[1].startsWith('"Honoured to call on') && found[1].endsWith('of our ties,"'));
    assert.ok(found[2].startsWith('A wide ranging and useful meeting') && found[2].endsWith('G20 and…'), found[2]);
    assert.ok(found[3].startsWith('"Our trade turnover'));
    assert.deepEqual(found.slice(4, 6), ['"comprehensive and productive"', '"very important"']);
    assert.ok(found[6].startsWith('A comprehensive and productive meeting') && found[6].endsWith('greater focus on…'), found[6]);
    assert.ok(!found.some((q) => q.includes('pic.twitter.com') || q.includes('@DrSJaishankar')));
  });
});

describe('quotes: word lists as patterns', () => {
  it('alternation matches exactly the listed words, special characters taken literally', () => {
    const re = new RegExp(`^(?:${alternation(['vs.', 'a+b', 'q&a'])})$`);
    for (const w of ['vs.', 'a+b', 'q&a']) assert.ok(re.test(w), w);
    for (const w of ['vsx', 'aab', 'vs', 'q']) assert.ok(!re.test(w), w);
  });

  it('ELISION reads a whole elided word after the apostrophe, in any case, and not the start of a longer word', () => {
    for (const after of ['em all', "n' roll", 'Til death', 'tween them', 'cause I said']) assert.ok(ELISION.test(after), after);
    for (const after of ['emma said', 'nice', 'tilt', 'roundabout']) assert.ok(!ELISION.test(after), after);
  });
});
