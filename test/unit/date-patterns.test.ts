// The date passes build their patterns from the lexicon's word lists (alternation). These tests
// pin them to the literal patterns they replaced: the same source where the words kept their order,
// and otherwise the same matches, on every paragraph of the seeds and corpora and on phrases made
// from every word of the date lexicon.
import * as assert from 'node:assert/strict';
import * as dateCues from '../../src/analysis/lexicon/dateCues';
import * as dateWords from '../../src/analysis/lexicon/dateWords';
import { alternation } from '../../src/analysis/lexicon/pattern';
import { CLOCK, MAY_HOLD_CHRONO_DATE, MONTH_OR_WEEKDAY, RELATIVE_WORD, UNIT_WORD } from '../../src/analysis/dates';
import { COUNTED_AFTER, NUMBER_LABEL_BEFORE, RULES, UNIT_AFTER, YEAR_BEFORE } from '../../src/analysis/relativeDates';
import { ADVERB, AMOUNT_BEFORE, AMOUNT_PER, EVERY, NUM, UNIT, VAGUE_PLURAL } from '../../src/analysis/durations';
import { BYLINE_LABEL, MONTH } from '../../src/analysis/dateline';
import { corpusArticles, repoArticles } from '../bench/articles';
import { repoRoot } from '../bench/corpus';

describe('alternation (lexicon/pattern)', () => {
  it('joins the words in their order, escaping what a regex would read', () => {
    assert.equal(alternation(['this past', 'this', 'no.', 'a+b', '(x)']), 'this past|this|no\\.|a\\+b|\\(x\\)');
  });

  it('appends a suffix, as a pattern, to every word', () => {
    assert.equal(alternation(['day', 'week'], 's?'), 'days?|weeks?');
    const re = new RegExp(`^(?:${alternation(['day', 'week'], 's?')})$`);
    assert.deepEqual(
      ['day', 'days', 'week', 'weeks', 'dayss', 'w'].map((s) => re.test(s)),
      [true, true, true, true, false, false],
    );
  });

  it('matches a word with a period literally', () => {
    const re = new RegExp(`^(?:${alternation(['no.'])})$`);
    assert.ok(re.test('no.'));
    assert.ok(!re.test('nox'));
  });

  it('gives an empty alternation for no words', () => {
    assert.equal(alternation([]), '');
  });
});

// ---- the literal patterns the lexicon replaced ----

const OLD_MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
const OLD_MONTH_ABBR = 'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const OLD_WEEKDAY_NAMES = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const OLD_CAL_UNITS = 'week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|winter|morning|afternoon|evening|night';
const OLD_YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
const OLD_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const OLD_ONES = 'one|two|three|four|five|six|seven|eight|nine';

const rule = (id: string): RegExp => {
  const found = RULES.find((r) => r.id === id);
  assert.ok(found, `rule ${id}`);
  return found.re;
};

interface PatternCase {
  name: string;
  now: RegExp;
  old: RegExp;
  /** The words kept their order: the source is the same, character for character. */
  sameSource: boolean;
  /** The code only tests the pattern (no span, no groups): compare test() rather than the matches. */
  testOnly?: boolean;
}

const CASES: PatternCase[] = [
  {
    name: 'MONTH_OR_WEEKDAY',
    now: MONTH_OR_WEEKDAY,
    old: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i,
    sameSource: true,
  },
  {
    name: 'CLOCK',
    now: CLOCK,
    old: /\d:\d\d|\d\s*(?:[ap]\.?m\b\.?)|\b(?:noon|midnight|midday)\b|\d{4}\s*(?:UTC|GMT|hrs|hours)\b/i,
    sameSource: true,
  },
  {
    name: 'RELATIVE_WORD',
    now: RELATIVE_WORD,
    old: /\b(?:today|tonight|tomorrow|yesterday|ago|now|next|last|this|later|earlier|coming|past)\b/i,
    sameSource: true,
  },
  { name: 'UNIT_WORD', now: UNIT_WORD, old: /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i, sameSource: true },
  {
    name: 'MAY_HOLD_CHRONO_DATE',
    now: MAY_HOLD_CHRONO_DATE,
    old: /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|noon|midnight|midday/i,
    sameSource: true,
  },
  {
    name: 'day-word',
    now: rule('day-word'),
    old: /\b(?:(?:earlier|later) )?(the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow)(?:(?:['’]s)? (morning|afternoon|evening|night))?\b/gi,
    sameSource: true,
  },
  {
    name: 'present-now',
    now: rule('present-now'),
    old: /\bright now\b|(?<=\b(?:until|till|by|for|from|as of|up to|up until|before|since|even) )now\b(?![-’'])|\bthe time being\b/gi,
    sameSource: true,
  },
  {
    name: 'at-the-time-past-ref',
    now: rule('at-the-time-past-ref'),
    old: /(?<=\bat )the time\b(?! (?:of|when|that|and|it|he|she|they|we|I)\b)/gi,
    sameSource: true,
  },
  {
    name: 'past-ref-the-past',
    now: rule('past-ref-the-past'),
    old: /(?<=\b(?:in|into|for|about|of|to|towards?|on|with|from|over|at|than)\s)(?:the (?:distant |recent |not-too-distant |not too distant )?past)\b(?! (?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|(?:week|month|year|decade|day|quarter|century)))/gi,
    sameSource: false,
  },
  {
    name: 'future-ref-the-future',
    now: rule('future-ref-the-future'),
    old: /(?<=\b(?:in|into|for|about|of|to|towards?|on|with|from|over|at|than)\s)(?:the (?:near |distant |foreseeable |immediate |not-too-distant |not too distant )?future|the (?:near|long|short|medium) term)\b(?!\s+(?!(?:of|and|or|but|as|is|are|was|were|will|when|if|that|than|to|for|in|with|at|on|by|he|she|they|we|it|i|remains|looks|holds|lies|may|might|could|would|should|can)\b)[a-z])/gi,
    sameSource: false,
  },
  {
    name: 'this-last-next-unit',
    now: rule('this-last-next-unit'),
    old: new RegExp(
      `\\b(?:(the) )?(?:(earlier|later|early|late) (?:in )?)?(this past|this coming|this|last|next|past|previous|coming|current|following|same) (${OLD_CAL_UNITS})\\b(?! of (?:the |this |last |next )?(?:${OLD_MONTH_NAMES}|\\d|year\\b|month\\b|week\\b))`,
      'gi',
    ),
    sameSource: true,
  },
  {
    name: 'edge-of-unit',
    now: rule('edge-of-unit'),
    old: /\b(?:the )?(?:very )?(?:end|start|beginning|middle|rest|remainder|close|turn) of (?:the |this |last |next )(day|week|month|year|quarter|decade|century)\b/gi,
    sameSource: true,
  },
  {
    name: 'quarter',
    now: rule('quarter'),
    old: new RegExp(
      `\\b(?:the )?(first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]quarter(?: (?:of )?(?:(this|last|next) year|the year|(?:fiscal )?(${OLD_YEAR})))?\\b|\\bQ([1-4])(?:\\s*(${OLD_YEAR}))?\\b`,
      'gi',
    ),
    sameSource: false,
  },
  {
    name: 'decade',
    now: rule('decade'),
    old: new RegExp(
      `\\b(?:the (?:(?:early|late|mid)[- ])?|(?:early|late|mid)[- ])?(1[0-9]|20)(\\d)0['’]?s\\b|(?:\\bthe )?['’‘](\\d)0s\\b|(?<=\\b(?:the|and|or|to|early|late|mid)[- ])(\\d)0s\\b|\\bthe (?:(?:early|late|mid)[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b`,
      'gi',
    ),
    sameSource: true,
  },
  {
    name: 'century',
    now: rule('century'),
    old: /\bthe (\d{1,2})(?:st|nd|rd|th) century\b|\bthe (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first) century\b/gi,
    sameSource: false,
  },
  {
    name: 'two-digit-year',
    now: rule('two-digit-year'),
    old: /(?<=\b(?:since|in|of|from|to|until|by|before|after|class of|summer|winter|spring|autumn|fall) )['’‘](\d\d)\b(?!s)/gi,
    sameSource: true,
  },
  {
    name: 'the-weekend',
    now: rule('the-weekend'),
    old: /(?<=\b(?:over|during|on|at|for|through|by|until|after|before|of|this|next|last|the) )(?:the )?weekend\b/gi,
    sameSource: true,
  },
  {
    name: 'the-day',
    now: rule('the-day'),
    old: /(?<=\b(?:on|for|during|throughout|over|of|end|ending|ended|ends|finish|finishing|finished|close|closing|closed) )the day\b(?! (?:before|after|of|when|that|which|he|she|they|it|we|I)\b)|\blate in the day\b|\bthe same day\b/gi,
    sameSource: true,
  },
  {
    name: 'weekday',
    now: rule('weekday'),
    old: new RegExp(
      `\\b(?:(?:early|late) )?(?:(this past|this coming|last|next|this|past|coming) )?(${OLD_WEEKDAY_NAMES})(s)?(?: (morning|afternoon|evening|night))?\\b`,
      'gi',
    ),
    sameSource: true,
  },
  {
    name: 'bare-month',
    now: rule('bare-month'),
    old: new RegExp(
      `\\b(?:(the (?:very )?(?:end|start|beginning|middle|close) of) )?(?:(early|late|mid)[- ]?)?` +
        `(?:(last|next|this|this past|this coming) )?(${OLD_MONTH_NAMES}|(?:${OLD_MONTH_ABBR})\\.)(-end)?` +
        `(?: of (${OLD_YEAR})| (last|next|this) year\\b)?(?!\\w| \\d| ['’]\\d|,? (?:${OLD_YEAR}))`,
      'gi',
    ),
    sameSource: false,
  },
  {
    name: 'YEAR_BEFORE',
    now: YEAR_BEFORE,
    old: new RegExp(
      `(?:\\b(?:in|since|by|until|till|of|from|to|during|before|after|through|between|and|or|early|late|mid|around|circa|year|years|fiscal|season|summer|winter|spring|autumn|fall|(?:${OLD_MONTH_NAMES})|(?:${OLD_MONTH_ABBR})\\.?|the end of|the start of|the beginning of|as of|back in|first|last|in early|in late|than)|[(–—-]|^)\\s*$`,
      'i',
    ),
    sameSource: false,
    testOnly: true,
  },
  {
    name: 'COUNTED_AFTER',
    now: COUNTED_AFTER,
    old: /^\s+(?:[a-z]+s\b(?<!\b(?:was|is|has|saw|sees|marks|marked|brings|as|this|its|his|us|plus|versus|thus|was))|people|men|women|\w*children|staff|km|kg|mph|feet|foot|metres|meters|miles|tonnes|tons|jobs|troops|[a-z]+-(?:strong|seat|member|page))\b/,
    sameSource: false,
    testOnly: true,
  },
  {
    name: 'UNIT_AFTER',
    now: UNIT_AFTER,
    old: /^[\s-]+(?:years?|months?|days?|weeks?|hours?|minutes?|decades?|centuries)\b/i,
    sameSource: false,
    testOnly: true,
  },
  {
    name: 'NUMBER_LABEL_BEFORE',
    now: NUMBER_LABEL_BEFORE,
    old: /(?:\$|£|€|¥|#|No\.?|number|flight|route|room|model|version|v)\s*$/i,
    sameSource: false,
    testOnly: true,
  },
  {
    name: 'NUM (number words)',
    now: new RegExp(NUM, 'gi'),
    old: new RegExp(
      `(?:\\d+(?:\\.\\d+)?|(?:${OLD_TENS})[- ](?:${OLD_ONES})|${Object.keys(dateWords.NUMBER_WORDS)
        .sort((a, b) => b.length - a.length)
        .join('|')}|${dateWords.VAGUE_QUANTITIES.slice()
        .sort((a, b) => b.length - a.length)
        .join('|')})(?:[- ]and[- ]a[- ]half)?`,
      'gi',
    ),
    sameSource: true,
  },
  {
    name: 'VAGUE_PLURAL',
    now: VAGUE_PLURAL,
    old: /(?<=\b(?:for|in|over|within|after) )(?:(?:recent|many|the past|the last|the coming|the next) )?(years|decades|months|weeks|days|hours|minutes|centuries)\b(?! of\b| ago\b)/gi,
    sameSource: false,
  },
  {
    name: 'EVERY',
    now: EVERY,
    old: new RegExp(
      `\\b(?:every|each)(?: other)?(?: (${NUM}))? (${UNIT}|morning|afternoon|evening|night|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b`,
      'gi',
    ),
    sameSource: true,
  },
  {
    name: 'AMOUNT_PER',
    now: AMOUNT_PER,
    old: new RegExp(`(?<=(?:\\d|\\d%|million|billion|thousand|hundred|percent|per cent|bn|m)\\s)(?:a|an|per) (${UNIT})\\b`, 'gi'),
    sameSource: true,
  },
  {
    name: 'ADVERB',
    now: ADVERB,
    old: /\b(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annual|annually|yearly|biennial|biannual|year-on-year|year-over-year)\b/gi,
    sameSource: true,
  },
  {
    name: 'AMOUNT_BEFORE',
    now: AMOUNT_BEFORE,
    old: /(?:\d|\d%|million|billion|thousand|hundred|percent|per cent|bn|once|twice|times)\s$/i,
    sameSource: true,
  },
  {
    name: 'dateline MONTH',
    now: new RegExp(MONTH, 'gi'),
    old: /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?/gi,
    sameSource: false,
  },
  {
    name: 'BYLINE_LABEL',
    now: BYLINE_LABEL,
    old: /^(?:published|updated|posted|last updated|first published|dated?|filed|modified|by\s)/i,
    sameSource: false,
    testOnly: true,
  },
];

// ---- the texts both are run on ----

/** Every string of the date lexicon: list entries and record keys. */
function lexiconWords(): string[] {
  const out = new Set<string>();
  for (const value of [...Object.values(dateCues), ...Object.values(dateWords)]) {
    if (Array.isArray(value) || value instanceof Set) for (const w of value) out.add(String(w));
    else if (value && typeof value === 'object' && !(value instanceof RegExp)) for (const k of Object.keys(value)) out.add(k);
  }
  for (const w of ['toward', 'towards', 'sept.', 'sep.', 'jan.', 'may.', 'children', 'schoolchildren', 'twenty first', 'last']) out.add(w);
  return [...out];
}

/** Each word in the places the patterns look at: before and after a date word, a count, a year. */
const TEMPLATES = [
  'W',
  'W ',
  ' W',
  ' Ws',
  '- W',
  ' W-strong',
  'W.',
  '(W ',
  'in W ',
  'W 2019',
  '2019 W',
  'the 2019 W',
  'W 1999 W',
  'W the past',
  'W the past W',
  'W the recent past two years',
  'W the future',
  'W the future W',
  'W the near future of',
  'W the long term',
  'W now',
  'W now-',
  'at the time W',
  'W the weekend',
  'W weekend',
  'W the day',
  'the day W',
  "W '82",
  'W summer',
  'W Tuesday',
  'W Tuesday W',
  'W March',
  'W March 2020',
  'W the W quarter',
  'the W-quarter of 2019',
  'W quarter',
  'the W century',
  'the W of this W',
  'three W W',
  'for W',
  'every W',
  'each other W',
  'twice a W',
  '$5 billion a W',
  'W 12:30',
  'W W W',
  'W ago',
  'W days',
  'the W W day',
];

function synthetic(): string[] {
  const out: string[] = [];
  for (const w of lexiconWords()) {
    const forms = [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()];
    for (const t of TEMPLATES) for (const f of forms) out.push(t.replace(/W/g, f));
  }
  return out;
}

/** Paragraphs of the seeds, the gold texts and (when present) the corpora. */
function paragraphs(): string[] {
  const root = repoRoot();
  return [...repoArticles(root), ...corpusArticles(root)].flatMap((a) => a.text.split(/\n\s*\n/));
}

/** The windows the year checks read: 24 characters before and after each four-digit number. */
function yearWindows(texts: string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    for (const m of t.matchAll(/\d{4}/g)) {
      out.push(t.slice(Math.max(0, m.index! - 24), m.index!), t.slice(m.index! + 4, m.index! + 28));
    }
  }
  return out;
}

function matches(re: RegExp, text: string): string {
  if (!re.global) return JSON.stringify(re.exec(text)?.map(String) ?? null) + (re.exec(text)?.index ?? '');
  return JSON.stringify([...text.matchAll(re)].map((m) => [m.index, ...m]));
}

describe('date patterns built from the lexicon match what the literal patterns matched', function () {
  this.timeout(120_000);
  let all: string[] = [];
  before(() => {
    const texts = [...synthetic(), ...paragraphs()];
    all = [...texts, ...yearWindows(texts), ...texts.flatMap((t) => t.split(/\r?\n/).map((l) => l.trim()))];
  });

  for (const c of CASES) {
    it(c.name, () => {
      assert.equal(c.now.flags, c.old.flags, 'flags');
      // the same source and flags make the same pattern: no text can tell them apart
      if (c.sameSource) return assert.equal(c.now.source, c.old.source);
      for (const text of all) {
        if (c.testOnly) assert.equal(c.now.test(text), c.old.test(text), `test() on ${JSON.stringify(text)}`);
        else assert.equal(matches(c.now, text), matches(c.old, text), `matches in ${JSON.stringify(text)}`);
      }
    });
  }

  it('the synthetic phrases reach the patterns that changed order', () => {
    for (const c of CASES.filter((x) => !x.sameSource)) {
      const old = new RegExp(c.old.source, c.old.flags.replace('g', ''));
      assert.ok(
        all.some((t) => old.test(t)),
        `${c.name} matches some text`,
      );
    }
  });
});
