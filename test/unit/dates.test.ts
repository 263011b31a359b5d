import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocument } from '../../src/analysis/document';
import { findDates } from '../../src/analysis/dates';
import { analyze } from '../../src/analysis/analyze';
import { formatDuration, formatWeek, isoWeek, parseYmd, weekdayNear } from '../../src/analysis/dateValues';
import type { DateMention } from '../../src/analysis/types';

/** Dates of a text as [text, type, value] triples, checking the offset contract on the way. */
function dates(text: string, documentDate: string | null = '2024-02-13'): Array<[string, string, string | null]> {
  const found = findDates(buildDocument(text), documentDate);
  for (const d of found) {
    assert.equal(text.slice(d.start, d.end), d.text, `span of ${d.text}`);
    // the period of "a.m." belongs to the abbreviation
    assert.ok(!/^\s|[\s,.;:!?]$/.test(d.text.replace(/\b([ap])\.m\.$/i, '$1m')), `no whitespace or trailing punctuation: "${d.text}"`);
  }
  return found.map((d) => [d.text, d.type, d.value]);
}

function one(text: string, documentDate: string | null = '2024-02-13'): [string, string, string | null] {
  const found = dates(text, documentDate);
  assert.equal(found.length, 1, `one date in "${text}": ${JSON.stringify(found)}`);
  return found[0];
}

// 2024-02-13 is a Tuesday.
describe('dates: spans', () => {
  it('leaves prepositions and punctuation outside the span', () => {
    assert.deepEqual(one('On Friday, the council met.'), ['Friday', 'date', '2024-02-09']);
    assert.deepEqual(one('Prices rose in December 2021.'), ['December 2021', 'date', '2021-12']);
    assert.deepEqual(one('Rates have doubled since 2019.'), ['2019', 'date', '2019']);
    assert.deepEqual(one('The plant opened at 10:45 a.m. on the coast.')[0], '10:45 a.m.');
  });

  it('splits a range into its two ends', () => {
    assert.deepEqual(
      dates('Voting runs from November 20 to December 11, 2024.').map((d) => d[0]),
      ['November 20', 'December 11, 2024'],
    );
  });

  it('keeps a clock time and the date after a comma apart, and gives the time that day', () => {
    assert.deepEqual(dates('The company filed at 16:15 UTC, June 1st, in New York.', '2009-06-04'), [
      ['16:15 UTC', 'time', '2009-06-01T16:15Z'],
      ['June 1st', 'date', '2009-06-01'],
    ]);
  });
});

describe('dates: values at the precision of the text', () => {
  const cases: Array<[string, string, string, string]> = [
    ['It will open next year.', 'next year', 'date', '2025'],
    ['Sales fell last month.', 'last month', 'date', '2024-01'],
    ['The vote is next week.', 'next week', 'date', '2024-W08'],
    ['Talks continue this week.', 'this week', 'date', '2024-W07'],
    ['Inflation eased earlier this month.', 'earlier this month', 'date', '2024-02'],
    ['Profits doubled in the third quarter of 2023.', 'the third quarter of 2023', 'date', '2023-Q3'],
    ['The plant closes in summer 2025.', 'summer 2025', 'date', '2025-SU'],
    ['Music of the 1990s is back.', 'the 1990s', 'date', '199'],
    ['It shaped the 20th century.', 'the 20th century', 'date', '19'],
    ['She arrived yesterday.', 'yesterday', 'date', '2024-02-12'],
    ['The verdict is due tomorrow.', 'tomorrow', 'date', '2024-02-14'],
    ['He speaks this evening.', 'this evening', 'time', '2024-02-13TEV'],
    ['The firm was founded two years ago.', 'two years ago', 'date', '2022'],
    ['Things are quiet for now.', 'now', 'date', 'PRESENT_REF'],
    ['The bank said on Tuesday, February 13, 2024 that it would act.', 'Tuesday, February 13, 2024', 'date', '2024-02-13'],
    ['Flights resume at 18:00 UTC.', '18:00 UTC', 'time', '2024-02-13T18:00Z'],
    ['The market fell 5% on the day.', 'the day', 'date', '2024-02-13'],
  ];
  for (const [text, span, type, value] of cases) {
    it(`"${span}" -> ${value}`, () => assert.deepEqual(one(text), [span, type, value]));
  }

  it('reads durations', () => {
    assert.deepEqual(one('He is on a five-day visit.'), ['five-day', 'duration', 'P5D']);
    assert.deepEqual(one('She stayed for three weeks.'), ['three weeks', 'duration', 'P3W']);
    assert.deepEqual(one('The talks lasted 48 hours.'), ['48 hours', 'duration', 'PT48H']);
    assert.deepEqual(one('It took two years.'), ['two years', 'duration', 'P2Y']);
    assert.deepEqual(one('The scheme ran for several years.'), ['several years', 'duration', 'PXY']);
    assert.deepEqual(one('Prices rose over the past decade.'), ['the past decade', 'duration', 'P10Y']);
  });

  it('reads sets', () => {
    assert.deepEqual(one('The board meets every week.'), ['every week', 'set', 'P1W']);
    assert.deepEqual(one('The annual summit was cancelled.'), ['annual', 'set', 'P1Y']);
    assert.deepEqual(one('Trains run twice a day.'), ['twice a day', 'set', 'P1D']);
    assert.deepEqual(one('The market opens on Mondays.'), ['Mondays', 'set', 'XXXX-WXX-1']);
  });
});

describe('dates: tense decides bare weekdays and months', () => {
  it('puts a weekday in a past-tense sentence in the past, in a future one ahead', () => {
    assert.deepEqual(one('The minister resigned on Friday.'), ['Friday', 'date', '2024-02-09']);
    assert.deepEqual(one('The minister will resign on Friday.'), ['Friday', 'date', '2024-02-16']);
    assert.deepEqual(one('The hearing is due to start on Monday.'), ['Monday', 'date', '2024-02-19']);
    assert.deepEqual(one('The trial is to be held on Thursday.'), ['Thursday', 'date', '2024-02-15']);
    // the document's own weekday in a past-tense report is that day
    assert.deepEqual(one('Shares fell on Tuesday.'), ['Tuesday', 'date', '2024-02-13']);
  });

  it('honours "last" and "next" on weekdays and months', () => {
    assert.deepEqual(one('They met last Tuesday.'), ['last Tuesday', 'date', '2024-02-06']);
    assert.deepEqual(one('They meet next Tuesday.'), ['next Tuesday', 'date', '2024-02-20']);
    assert.deepEqual(one('Rates rose last September.'), ['last September', 'date', '2023-09']);
  });

  it('puts a month after the document date in the past year when the sentence looks back', () => {
    assert.deepEqual(one('The deal was signed in August.'), ['August', 'date', '2023-08']);
    assert.deepEqual(one('The deal will be signed in August.'), ['August', 'date', '2024-08']);
    assert.deepEqual(one('Sales doubled in January.'), ['January', 'date', '2024-01']);
  });

  it('resolves a day and month without a year by tense, else to the nearest occurrence', () => {
    assert.deepEqual(one('The ship sank on December 3.'), ['December 3', 'date', '2023-12-03']);
    assert.deepEqual(one('A March 3 hearing has been scheduled.'), ['March 3', 'date', '2024-03-03']);
  });
});

describe('dates: false positives', () => {
  it('skips modal "may", the verb "march", ordinals and names', () => {
    assert.deepEqual(dates('Protesters may march to the square.'), []);
    assert.deepEqual(dates('It was the first time in a row for the second year in a row.'), []);
    assert.deepEqual(dates('Theresa May met Prime Minister Modi.'), []);
    assert.deepEqual(dates('A second A380 landed safely.'), []);
  });

  it('skips heights, counts and amounts that look like years', () => {
    assert.deepEqual(dates('He is 6\'2" tall.'), []);
    assert.deepEqual(dates('A survey of 1709 schoolchildren found 2000 people ill.'), []);
    assert.deepEqual(dates('It cost $2024 and weighed 1950 kg.'), []);
    assert.deepEqual(dates('The 2000-year-old tradition lives on.'), []);
  });

  it('never throws on impossible dates', () => {
    assert.doesNotThrow(() => dates('Dated 31/02/2024 and 9999-99-99 and 2024-13-45 and February 30, 2024.'));
    for (const [, , value] of dates('Dated 31/02/2024 and 9999-99-99 and February 30, 2024.')) {
      if (value && /^\d{4}-\d{2}-\d{2}/.test(value)) assert.ok(parseYmd(value.slice(0, 10)), `valid value ${value}`);
    }
    assert.doesNotThrow(() => findDates(buildDocument('Next week.'), '2024-02-31'));
  });
});

describe('dates: without a document date', () => {
  it('resolves absolute dates and leaves relative ones with a null value', () => {
    assert.deepEqual(dates('It opened on March 3, 2021, was sold yesterday and closes next year.', null), [
      ['March 3, 2021', 'date', '2021-03-03'],
      ['yesterday', 'date', null],
      ['next year', 'date', null],
    ]);
    assert.deepEqual(one('It will close in 2030.', null), ['2030', 'date', '2030']);
    assert.deepEqual(one('It lasted five days.', null), ['five days', 'duration', 'P5D']);
  });
});

describe('dates: calendar helpers', () => {
  it('numbers ISO weeks across year ends', () => {
    assert.deepEqual(isoWeek({ y: 2021, m: 1, d: 3 }), { year: 2020, week: 53 });
    assert.equal(formatWeek({ y: 2024, m: 12, d: 30 }), '2025-W01');
    assert.equal(formatWeek({ y: 2024, m: 2, d: 13 }), '2024-W07');
  });

  it('finds weekdays around a day', () => {
    assert.deepEqual(weekdayNear({ y: 2024, m: 2, d: 13 }, 2, -1), { y: 2024, m: 2, d: 13 });
    assert.deepEqual(weekdayNear({ y: 2024, m: 2, d: 13 }, 2, -1, true), { y: 2024, m: 2, d: 6 });
    assert.deepEqual(weekdayNear({ y: 2024, m: 2, d: 13 }, 0, 1), { y: 2024, m: 2, d: 18 });
  });

  it('writes durations in TIMEX3 form', () => {
    assert.equal(formatDuration(5, 'day'), 'P5D');
    assert.equal(formatDuration(48, 'hour'), 'PT48H');
    assert.equal(formatDuration(1, 'decade'), 'P10Y');
    assert.equal(formatDuration(null, 'year'), 'PXY');
    assert.equal(formatDuration(2.5, 'year'), 'P2.5Y');
  });

  it('rejects impossible document dates', () => {
    assert.equal(parseYmd('2024-02-30'), null);
    assert.equal(parseYmd('9999-99-99'), null);
    assert.deepEqual(parseYmd('2024-02-29'), { y: 2024, m: 2, d: 29 });
  });
});

describe('dates: the seed article', () => {
  const text = readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', '000_114cf2c0402081cf.txt'), 'utf8');
  const analysis = analyze(text);
  const byText = (t: string): DateMention[] => analysis.dates.filter((d) => d.text === t);

  it('reads the document date from the leading date line', () => assert.equal(analysis.documentDate, '2023-12-28'));

  it('resolves the hard cases', () => {
    assert.deepEqual(
      byText('Tuesday').map((d) => d.value),
      ['2023-12-26'],
    );
    assert.deepEqual(
      byText('next year').map((d) => d.value),
      ['2024', '2024'],
    );
    assert.deepEqual(
      byText('December 2021').map((d) => d.value),
      ['2021-12'],
    );
    assert.deepEqual(
      byText('five-day').map((d) => [d.type, d.value]),
      [['duration', 'P5D']],
    );
    assert.deepEqual(
      byText('this evening').map((d) => [d.type, d.value]),
      [['time', '2023-12-28TEV']],
    );
    assert.deepEqual(
      byText('December 27, 2023').map((d) => d.value),
      ['2023-12-27'],
    );
    assert.deepEqual(
      byText('this year').map((d) => d.value),
      ['2023'],
    );
  });

  it('does not take "for the second year in a row" or "the future power-generating units" as dates', () => {
    for (const d of analysis.dates) assert.ok(!/second|future/i.test(d.text), d.text);
  });

  it('numbers dates d1.. in document order', () => {
    analysis.dates.forEach((d, i) => {
      assert.equal(d.id, `d${i + 1}`);
      if (i) assert.ok(d.start >= analysis.dates[i - 1].end);
    });
  });
});

describe('dates: TimeML extents keep modifiers and ranges (counted-duration, count-per-unit-set, vague-plural-duration)', () => {
  it('keeps the modifier of a count in the span', () => {
    assert.deepEqual(one('The hearing lasted about 40 minutes.'), ['about 40 minutes', 'duration', 'PT40M']);
    assert.deepEqual(one('The bakery has stood empty for more than a decade.'), ['more than a decade', 'duration', 'P10Y']);
    assert.deepEqual(one('Repairs will take at least several more weeks.'), ['at least several more weeks', 'duration', 'PXW']);
    assert.deepEqual(one('The bridge has been shut for more than a year and a half.'), [
      'more than a year and a half',
      'duration',
      'P1.5Y',
    ]);
  });

  it('keeps "over" only where it modifies the count, not where it is the preposition', () => {
    assert.deepEqual(one('Shares hit their lowest level in over nine years.'), ['over nine years', 'duration', 'P9Y']);
    assert.deepEqual(one('The fund grew 4 per cent over five years.'), ['five years', 'duration', 'P5Y']);
  });

  it('reads a vague range of counts as one mention', () => {
    assert.equal(one('The repairs need two to three weeks.')[0], 'two to three weeks');
    assert.equal(one('Crews expect three or four days of rain.')[0], 'three or four days');
    assert.equal(one('The frost lasted three, four months.')[0], 'three, four months');
    assert.deepEqual(
      dates('The clinic tested 60 and 90 days after the shot.').map((d) => d[0]),
      ['90 days'],
    );
  });

  it('makes a count of units per unit a set', () => {
    assert.deepEqual(one('The gym is open five days a week.'), ['five days a week', 'set', 'P1W']);
    assert.deepEqual(one('Guards watch the gate 24 hours a day.'), ['24 hours a day', 'set', 'P1D']);
  });

  it('keeps "later" with bare plural units, and leaves counted ones to the count', () => {
    assert.deepEqual(one('Hours later the river burst its banks.'), ['Hours later', 'duration', 'PTXH']);
    assert.deepEqual(one('Eight minutes later the visitors equalised.'), ['Eight minutes', 'duration', 'PT8M']);
  });
});

describe('dates: tense cues for bare weekdays (weekday)', () => {
  it('reads a past-looking verb after a modal or "to" as the bare verb: the modal decides', () => {
    assert.deepEqual(one('The walkout would hit Friday services.'), ['Friday', 'date', '2024-02-16']);
    assert.deepEqual(one('Unions plan to cut Thursday shifts.'), ['Thursday', 'date', '2024-02-15']);
  });

  it('lets a trailing attribution decide only when the clause has no other cue', () => {
    assert.deepEqual(one('Tickets will be refunded by Friday, the club said.'), ['Friday', 'date', '2024-02-16']);
    assert.deepEqual(one('The vote happened on Friday, officials said.'), ['Friday', 'date', '2024-02-09']);
    assert.deepEqual(one('On Friday, the mayor announced a review of the plan.'), ['Friday', 'date', '2024-02-09']);
  });

  it("reads timetable verbs and forecasts ahead, and a date before an intent verb as the act's own", () => {
    assert.deepEqual(one('The library reopens on Friday after repairs.'), ['Friday', 'date', '2024-02-16']);
    assert.deepEqual(one('The river was forecast to crest on Friday.'), ['Friday', 'date', '2024-02-16']);
    assert.deepEqual(one('A jury on Friday ordered the firm to pay damages.'), ['Friday', 'date', '2024-02-09']);
    assert.deepEqual(one('The council voted to close the pool on Friday.'), ['Friday', 'date', '2024-02-16']);
  });
});

describe('dates: schedules and edges of a month (clock-time-of-a-schedule, bare-month)', () => {
  it('makes a range of clock times in a sentence naming no day a pair of times without a date', () => {
    assert.deepEqual(
      dates('The pool opens from 6am to 9pm.').map((d) => d[2]),
      ['T06:00', 'T21:00'],
    );
    assert.deepEqual(
      dates('The stall trades Thursday to Saturday, 7 a.m. to noon.')
        .slice(-2)
        .map((d) => d[2]),
      ['T07:00', 'T12:00'],
    );
  });

  it('keeps the day of a clock range when the sentence names a date', () => {
    assert.deepEqual(
      dates('The count runs from 9 a.m. to 5 p.m. on February 20.').map((d) => d[2]),
      ['2024-02-20T09:00', '2024-02-20T17:00'],
    );
  });

  it('reads "the end of <month>" at month precision, with its article', () => {
    assert.deepEqual(one('The chief will step down at the end of June.'), ['the end of June', 'date', '2024-06']);
  });
});

describe('dates: determiners kept as in TimeML (decade, season, present-now)', () => {
  it('keeps the article of a decade', () => {
    assert.deepEqual(one('The mill closed in the early 1970s.'), ['the early 1970s', 'date', '197']);
    assert.deepEqual(one('Rents doubled in the 2010s.'), ['the 2010s', 'date', '201']);
  });

  it('keeps "early" and "late" with a weekday (weekday)', () => {
    assert.deepEqual(one('The storm made landfall early Sunday.'), ['early Sunday', 'date', '2024-02-11']);
  });

  it('reads "right now" as one present reference', () => {
    assert.deepEqual(one('Right now the queue is short.'), ['Right now', 'date', 'PRESENT_REF']);
  });
});

describe('dates: seasons with their article, winters by their December (season)', () => {
  it('keeps "the" of a bare season in the span', () => {
    assert.deepEqual(one('The ferry stops running in the summer.'), ['the summer', 'date', '2024-SU']);
    assert.deepEqual(one('The orchard was planted in the summer of 2019.'), ['the summer of 2019', 'date', '2019-SU']);
  });

  it('names a winter by the year of its December', () => {
    assert.deepEqual(one('Heating bills rose sharply this winter.', '2026-01-20'), ['this winter', 'date', '2025-WI']);
    assert.deepEqual(one('Snow closed the pass last winter.', '2026-01-20'), ['last winter', 'date', '2024-WI']);
    assert.deepEqual(one('The rink opens next winter.', '2025-03-10'), ['next winter', 'date', '2025-WI']);
  });
});

describe('dates: "now" and "currently" as the present (present-now-adverb)', () => {
  it('reads the plain adverb as PRESENT_REF', () => {
    assert.deepEqual(one('The bakery now opens at dawn.'), ['now', 'date', 'PRESENT_REF']);
    assert.deepEqual(one('Two lanes are currently shut.'), ['currently', 'date', 'PRESENT_REF']);
  });

  it('leaves "now" after a modal or "has", "now that" and "now-closed" alone', () => {
    assert.deepEqual(dates('The council would now review the permit.'), []);
    assert.deepEqual(dates('The strike has now spread to the docks.'), []);
    assert.deepEqual(dates('Now that the road is open, buses run again.'), []);
    assert.deepEqual(dates('The now-closed mill stood empty.'), []);
  });
});

describe('dates: tense cues in contractions and later clauses (weekday)', () => {
  it('reads the modal inside a contraction', () => {
    assert.deepEqual(one('We’ll go over the figures on Thursday.'), ['Thursday', 'date', '2024-02-15']);
    assert.deepEqual(one("We're shut Saturday so the staff can rest."), ['Saturday', 'date', '2024-02-17']);
  });

  it('lets the clause of the date decide before a later clause', () => {
    assert.deepEqual(one('The mayor said on Monday that the bridge would reopen.'), ['Monday', 'date', '2024-02-12']);
    assert.deepEqual(one('The firm had told its drivers on Sunday and would pay them later.'), ['Sunday', 'date', '2024-02-11']);
  });

  it('reads "expects" as looking ahead', () => {
    assert.deepEqual(one('The agency expects the river to crest by Friday.'), ['Friday', 'date', '2024-02-16']);
  });
});

describe('dates: days named from other days (count-earlier-later-anchored, weekday-of-relative-week, the-unit-before)', () => {
  it('counts "two days earlier" from the last day named', () => {
    assert.deepEqual(dates('The dam gave way on March 9, 2023. Engineers had warned of cracks two days earlier.'), [
      ['March 9, 2023', 'date', '2023-03-09'],
      ['two days earlier', 'date', '2023-03-07'],
    ]);
    assert.deepEqual(dates('The mill shut on June 3, 2021. A year later it reopened.')[1], ['A year later', 'date', '2022']);
  });

  it('reads the shift as a duration when no day came before', () => {
    assert.deepEqual(one('Two weeks later the ferry sailed again.'), ['Two weeks later', 'duration', 'P2W']);
  });

  it('finds a weekday of the week named', () => {
    assert.deepEqual(one('The permit lapsed on Thursday of last week.'), ['Thursday of last week', 'date', '2024-02-08']);
  });

  it('reads "the week before last" two weeks back', () => {
    assert.deepEqual(one('Prices jumped the week before last.'), ['the week before last', 'date', '2024-W05']);
  });
});

describe('dates: nights and clock times joined to their day (early-hours-of-weekday, ordinal-day-of-relative-month)', () => {
  it('reads "the early hours of Sunday" as that night, or a set after "usually"', () => {
    assert.deepEqual(one('The shed burned down in the early hours of Sunday.'), ['the early hours of Sunday', 'time', '2024-02-11TNI']);
    assert.deepEqual(one('The raids usually came in the early hours of Saturday.'), ['the early hours of Saturday', 'set', 'XXXX-WXX-6']);
  });

  it('keeps a clock time before "on the 14th of next month" in the mention', () => {
    assert.deepEqual(one('The appeal will be heard at 2pm on the 7th of next month.'), [
      '2pm on the 7th of next month',
      'time',
      '2024-03-07T14:00',
    ]);
    assert.deepEqual(one('Bids close on the 20th of next month.'), ['the 20th of next month', 'date', '2024-03-20']);
  });
});

describe('dates: plans, reschedulings and reported quarters (weekday, bare-month, this-last-next-unit)', () => {
  it('reads an intent verb a few words before its "to" as looking ahead, but not for a date before the "to"', () => {
    assert.deepEqual(dates('The board voted 4-3 to shut the pool in May.'), [['May', 'date', '2024-05']]);
    assert.deepEqual(one('The union voted on Monday to strike.'), ['Monday', 'date', '2024-02-12']);
  });

  it('puts a date an event was moved to ahead', () => {
    assert.deepEqual(one('The inquiry was pushed to January.'), ['January', 'date', '2025-01']);
    assert.deepEqual(one('The city had set a deadline of January-end for the bids.'), ['January-end', 'date', '2025-01']);
  });

  it('reads "<month> last year" as one mention', () => {
    assert.deepEqual(one('The wells ran dry in August last year.'), ['August last year', 'date', '2023-08']);
  });

  it('takes "this quarter" in a past-tense sentence early in a quarter as the one just closed', () => {
    assert.deepEqual(one('Cloud sales drove the gains this quarter.', '2024-04-20'), ['this quarter', 'date', '2024-Q1']);
    assert.deepEqual(one('Sales will rise this quarter.', '2024-04-20'), ['this quarter', 'date', '2024-Q2']);
  });
});

describe('dates: the day of the story in its quotes (quoted-day-word-event-day)', () => {
  it('reads a quoted "tonight" as the night the story tells of, not the publication day', () => {
    const text = 'Harwick beat Orrin on Tuesday night.\n\n"Tonight we finally listened," Fenn said. The teams meet again today.';
    assert.deepEqual(dates(text, '2024-02-14'), [
      ['Tuesday night', 'time', '2024-02-13TNI'],
      ['Tonight', 'time', '2024-02-13TNI'],
      ['today', 'date', '2024-02-14'],
    ]);
    // a condition speaks of any day; a story of the same day keeps its "tonight"
    assert.deepEqual(dates('Cases rose on Tuesday.\n\n"If you feel fine today, stay alert," she said.', '2024-02-14')[1], [
      'today',
      'date',
      '2024-02-14',
    ]);
    assert.deepEqual(dates('Harwick play Orrin on Wednesday.\n\n"Tonight matters," Fenn said.', '2024-02-14')[1], [
      'Tonight',
      'time',
      '2024-02-14TNI',
    ]);
  });
});

describe('dates: names that hold a date word (bare-year, day-word)', () => {
  it('leaves a year that ends a plan’s name alone', () => {
    assert.deepEqual(dates('The county’s transport plan, Link 2045, is over budget.'), []);
    assert.deepEqual(dates('A scheme called Homes for 2035 was dropped.'), []);
    assert.deepEqual(one('The scheme runs until 2035.'), ['2035', 'date', '2035']);
  });

  it('leaves "Today" before "programme" alone', () => {
    assert.deepEqual(dates('She told the Today programme she would resign.'), []);
  });
});

describe('dates: fiscal years named from the document date (fiscal-year-relative)', () => {
  it('reads this, last and the current fiscal or financial year', () => {
    assert.deepEqual(one('Losses narrowed in the last financial year.'), ['the last financial year', 'date', 'FY2023']);
    assert.deepEqual(one('Budgets for this fiscal year are frozen.'), ['this fiscal year', 'date', 'FY2024']);
    assert.deepEqual(one('Revenue for the current fiscal year will fall.'), ['the current fiscal year', 'date', 'FY2024']);
  });
});

describe('dates: sets of seasons, weekends and weekdays with their times (every-season-set, weekends-set, clock-time-of-a-set)', () => {
  it('reads "every winter", "every alternate day" and plural weekends as sets', () => {
    assert.deepEqual(one('The road floods every winter.'), ['every winter', 'set', 'XXXX-WI']);
    assert.deepEqual(one('Tankers come every alternate day.'), ['every alternate day', 'set', 'P2D']);
    // game-period-quarter: in a match report a quarter is a period of play
    assert.deepEqual(dates('Fenn scored 14 of her 30 points in the fourth quarter.'), []);
    assert.deepEqual(one('Profit rose in the fourth quarter.'), ['the fourth quarter', 'date', '2023-Q4']);
    // every-nth-set: an ordinal before the unit, not "second" the unit
    assert.deepEqual(one('Water is supplied every second day.'), ['every second day', 'set', 'P2D']);
    assert.deepEqual(one('Bins are emptied every third week.'), ['every third week', 'set', 'P3W']);
    assert.deepEqual(one('The ferry runs only at weekends.'), ['weekends', 'set', 'XXXX-WXX-WE']);
  });

  it('keeps the weekday of "every Thursday from 9 a.m." in the set and its times without a date', () => {
    assert.deepEqual(dates('The clinic opens every Thursday from 9 a.m. to noon.'), [
      ['every Thursday', 'set', 'XXXX-WXX-4'],
      ['9 a.m.', 'time', 'T09:00'],
      ['noon', 'time', 'T12:00'],
    ]);
  });
});
