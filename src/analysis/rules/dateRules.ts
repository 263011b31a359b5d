import type { Rule } from './rule';

/** Date values: our own patterns (relativeDates.ts, durations.ts) and chrono's dates as dates.ts reads them. */
export const DATE_VALUE_RULES: readonly Rule[] = [
  // relativeDates.ts
  { id: 'day-word', description: '"today", "yesterday", "tomorrow", "tonight", with a part of the day, from the document date' },
  {
    id: 'quoted-day-word-event-day',
    description: 'a quoted "tonight" or "today" in a story about a day one to three days before publication: that day',
  },
  {
    id: 'present-now',
    description: '"now" naming the present ("until now", "for now"), "right now" (one mention), "the time being": PRESENT_REF',
  },
  {
    id: 'present-now-adverb',
    description: '"now" as a plain adverb ("prices are now higher", not "would now", "now that"), "currently": PRESENT_REF',
  },
  { id: 'at-the-time-past-ref', description: '"at the time": PAST_REF' },
  { id: 'past-ref-the-past', description: '"in the past": PAST_REF' },
  { id: 'future-ref-the-future', description: '"in the future", "in the long term": FUTURE_REF' },
  { id: 'this-last-next-unit', description: '"last week", "next year", "this evening", from the document date' },
  {
    id: 'ordinal-day-of-relative-month',
    description: '"the 14th of next month at 9 a.m.": the day (and time) in a month named from the document date',
  },
  { id: 'edge-of-unit', description: '"the end of this year", "the rest of the week"' },
  { id: 'count-ago-from-now', description: '"two years ago", "three weeks from now"' },
  {
    id: 'quarter',
    description: 'a quarter ("the third quarter of 2009", "Q1 2024"); in a match report a bare quarter is a period of play, not a date',
  },
  { id: 'months-quarter', description: 'a quarter named by its months ("the July-September quarter")' },
  { id: 'half-year', description: 'a half year ("the first half of 2024", "H2 2023")' },
  { id: 'season', description: 'a season ("summer 2024", "last winter", "in the spring")' },
  {
    id: 'named-season',
    description: 'a season of the year by what happens in it ("this season", "the rainy season", "the 2025/26 season"): no value',
  },
  { id: 'decade', description: 'a decade ("1990s", "the \'90s", "the sixties"); with a modifier its article too ("the late 1980s")' },
  { id: 'century', description: 'a century ("the 20th century")' },
  {
    id: 'fiscal-year-relative',
    description: '"this financial year", "the last fiscal year": FY and the year named from the document date',
  },
  { id: 'fiscal-year', description: 'a fiscal year ("fiscal 2008", "FY2008")' },
  { id: 'bare-year', description: 'a year on its own ("in 2024", "mid-2011")' },
  { id: 'two-digit-year', description: 'a year written with two digits ("since \'82")' },
  { id: 'the-weekend', description: '"the weekend": the past one in a past-tense sentence, else the coming one' },
  { id: 'the-day', description: '"on the day", "the same day": the document\'s day' },
  { id: 'the-unit-before', description: '"the year before", "the previous month"' },
  { id: 'military-time-zone', description: 'a military time with a zone ("0800 UTC")' },
  { id: 'weekday-of-relative-week', description: '"Monday of last week": that weekday in the week named from the document date' },
  {
    id: 'early-hours-of-weekday',
    description: '"the early hours of Sunday": that night (TNI); after "usually", "often" a set of that weekday',
  },
  {
    id: 'count-earlier-later-anchored',
    description: '"two days earlier", "a year later": counted from the last day-precise date before it; with none, a duration',
  },
  {
    id: 'same-period-a-year-back',
    description: '"the same period last year", "the same quarter a year earlier": the last period named before it, a year back',
  },
  {
    id: 'weekday',
    description:
      'a weekday, resolved by its modifier or the sentence\'s tense ("Tuesday", "next Friday", "early Tuesday"); the modal of "would hit" is the cue, ' +
      'and a trailing ", officials said" counts only when the clause has no other cue',
  },
  { id: 'bare-month', description: 'a month name after a temporal word ("in August", "the end of December"), its year from the tense' },
  // durations.ts
  {
    id: 'counted-duration',
    description:
      'a number of units with its modifier or range ("nine months", "about 25 years", "more than a decade", "two to three weeks")',
  },
  { id: 'compound-duration', description: 'counts of two units in one duration ("2 hours, 51 minutes", "two hours and ten minutes")' },
  { id: 'count-per-unit-set', description: '"five days a week", "24 hours a day": a count of units per unit, a set' },
  {
    id: 'vague-plural-duration',
    description: 'plural units without a number after "for", "in", "over" ("for weeks"), or with "later"/"earlier" ("minutes later")',
  },
  { id: 'another-unit-duration', description: '"another month", "another two weeks": a duration' },
  { id: 'every-set', description: '"every week", "each Monday", "every weekend": a set' },
  { id: 'every-nth-set', description: '"every second day", "every third week": a set every n units' },
  { id: 'every-season-set', description: '"every winter", "each spring": the season every year (XXXX-WI)' },
  { id: 'every-alternate-set', description: '"every alternate day": every second day (P2D)' },
  { id: 'weekends-set', description: '"on weekends", "Weekends are busy": every weekend (XXXX-WXX-WE)' },
  { id: 'times-per-set', description: '"twice a week": a set' },
  { id: 'amount-per-set', description: '"$5 billion a year": a rate, a set' },
  { id: 'frequency-adverb-set', description: '"daily", "weekly", "annually": a set' },
  // dates.ts (chrono)
  { id: 'chrono-relative-without-date', description: 'a relative date and no document date: no value' },
  { id: 'chrono-month-day', description: 'a month and a day with its year (written or relative)' },
  { id: 'chrono-month-day-year-by-tense', description: "a month and a day without a year: the year from the sentence's tense" },
  { id: 'chrono-month-year', description: 'a month and a year ("March 2024")' },
  { id: 'chrono-year', description: 'a year read by chrono' },
  { id: 'chrono-weekday-by-tense', description: "a weekday with a time, resolved by the sentence's tense" },
  { id: 'chrono-relative-day', description: 'a day relative to the document date, read by chrono' },
  { id: 'chrono-clock-time', description: "a clock time on its own: the document's day" },
  { id: 'clock-time-of-a-set', description: '"every Friday at 7pm": the clock time of a set, without a date (T19:00)' },
  {
    id: 'clock-time-of-a-habit',
    description: 'a clock time in a sentence that names a repeated day and no one day ("between 8am and 9.30am on school days"): no date',
  },
  {
    id: 'clock-time-of-a-schedule',
    description: '"open from 8am to 8pm": a range of clock times in a sentence naming no day but weekdays, times without a date (T08:00)',
  },
  { id: 'clock-time-day-from-sentence', description: 'a clock time takes the day of the nearest date in its sentence' },
];
