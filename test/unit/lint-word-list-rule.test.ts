// The repository's own ESLint rule news-lens/no-inline-word-list (eslint-rules/), which keeps word
// lists in the lexicon: each shape of inline list it must catch, and the near misses it must let pass.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RuleTester, type Rule } from 'eslint';

const ROOT = join(__dirname, '..', '..', '..');
const EIGHT = ['said', 'says', 'told', 'added', 'asked', 'wrote', 'noted', 'stated'];
const quoted = (words: string[]) => words.map((w) => `'${w}'`).join(', ');

describe('ESLint rule news-lens/no-inline-word-list', () => {
  let rule: Rule.RuleModule;
  before(async () => {
    rule = (await import(pathToFileURL(join(ROOT, 'eslint-rules', 'no-inline-word-list.mjs')).href)).default;
  });

  it('flags inline lists of eight or more words and lets shorter or non-word lists pass', () => {
    // RuleTester would declare one mocha test per case; the rule is only loaded once mocha runs, so the
    // cases run here, each failure naming its code.
    RuleTester.describe = (_title: string, run: () => void) => run();
    RuleTester.it = (title: string, run: () => void) => {
      try {
        run();
      } catch (e) {
        const error = e as Error;
        error.message = `${title}\n${error.message}`;
        error.stack = `${title}\n${error.stack}`;
        throw error;
      }
    };
    const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } });
    const error = (messageId: string, count: number) => ({ messageId, data: { count: String(count) } });
    tester.run('no-inline-word-list', rule, {
      valid: [
        `const SHORT = [${quoted(EIGHT.slice(0, 7))}];`,
        'const NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9];',
        `const MIXED = new Set([${quoted(EIGHT.slice(0, 4))}, 1, 2, 3, 4, 5]);`,
        `const W = '${EIGHT.slice(0, 7).join(' ')}'.split(' ');`,
        // Split on commas, a string of spaced words is one piece.
        `const W = '${EIGHT.join(' ')}'.split(',');`,
        `const SPEECH = /\\b(?:${EIGHT.slice(0, 7).join('|')})\\b/;`,
        // Eight alternatives, none of them a word.
        String.raw`const NOT_WORDS = /(?:\d+|\s|[a-z]+|x{2}|\.\.\.|[|(]|--|\p{Lu})/u;`,
        // A | inside a character class is not an alternation.
        String.raw`const CLASS = /[said|says|told|added|asked|wrote|noted|stated]/;`,
        `const SOME = new RegExp(\`\\\\b(\${UNIT}|${EIGHT.slice(0, 6).join('|')})\\\\b\`);`,
        `const SPLIT_LATER = words.join(' ').split(' ');`,
      ],
      invalid: [
        { code: `const LIST = [${quoted(EIGHT)}];`, errors: [error('array', 8)] },
        { code: `const SET = new Set([${quoted([...EIGHT, 'argued'])}]);`, errors: [error('array', 9)] },
        { code: `const W = '${EIGHT.join(' ')}'.split(' ');`, errors: [error('split', 8)] },
        { code: `const W = '  ${EIGHT.join('  ')} '.split(/\\s+/);`, errors: [error('split', 8)] },
        { code: `const W = '${EIGHT.join(',')}'.split(',');`, errors: [error('split', 8)] },
        { code: `const W = new Set(words('${EIGHT.join(' ')}'));`, errors: [error('split', 8)] },
        { code: `const SPEECH = /\\b(?:${EIGHT.join('|')})\\b/i;`, errors: [error('regex', 8)] },
        {
          code: String.raw`const MONTH = /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?)\.?/;`,
          errors: [error('regex', 8)],
        },
        // A nested alternation counts on its own; the outer one has two alternatives.
        { code: `const NESTED = /(?:the (?:${EIGHT.join('|')}) day|\\d+)/;`, errors: [error('regex', 8)] },
        // Phrases count as words.
        { code: `const PHRASES = /(?:${EIGHT.map((w) => `${w} that`).join('|')})/;`, errors: [error('regex', 8)] },
        // A string given to RegExp, with an interpolation that is not counted as a word.
        { code: `const R = new RegExp(\`\\\\b(\${UNIT}|${EIGHT.join('|')})\\\\b\`, 'g');`, errors: [error('regex', 8)] },
        { code: `const R = RegExp('(?:${EIGHT.join('|')})');`, errors: [error('regex', 8)] },
        { code: `const FEW = ['a', 'b', 'c'];`, options: [{ min: 3 }], errors: [error('array', 3)] },
      ],
    });
  });
});
