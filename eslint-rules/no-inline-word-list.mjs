// Word lists live in the lexicon (src/analysis/lexicon/), not in the logic that uses them: this rule
// flags a list of `min` (8) or more words written inline, in any of the four shapes such lists take:
// an array literal of strings (so `new Set([...])` too), a string that is `.split()` or given to a
// `words()` helper, and a regular expression (a literal, or a string given to `RegExp`) one of whose
// alternations has that many plain-word alternatives, e.g. /\b(?:said|says|told|...)\b/.

const DEFAULT_MIN = 8;

/** The text of a string literal or of a template literal without expressions; undefined otherwise. */
function staticString(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked ?? undefined;
  return undefined;
}

/**
 * The alternatives of every alternation in a regular expression's source, one list per group (and one
 * for the top level). Character classes and escapes are skipped over so their `|` and `(` do not count.
 */
function alternations(source) {
  const stack = [[['']]]; // per open group: its alternatives so far, the last one being written
  const done = [];
  const append = (s) => {
    for (const group of stack) group[group.length - 1] += s;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      append(source.slice(i, i + 2));
      i++;
    } else if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      append(source.slice(i, j + 1));
      i = j;
    } else if (c === '(') {
      append(c);
      let prefix = '';
      const m = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i));
      if (m) prefix = m[0].slice(1);
      for (const group of stack) group[group.length - 1] += prefix;
      i += prefix.length;
      stack.push(['']);
    } else if (c === ')' && stack.length > 1) {
      done.push(stack.pop());
      append(c);
    } else if (c === '|') {
      // The `|` belongs to the innermost group's own list; outer groups see it as text.
      for (const group of stack.slice(0, -1)) group[group.length - 1] += c;
      stack[stack.length - 1].push('');
    } else {
      append(c);
    }
  }
  return [...done, ...stack];
}

/**
 * Whether a regex alternative is a plain word or phrase: letters (and ' ’ - . and spaces), once optional
 * groups, `?` quantifiers and escaped punctuation are read as the letters they stand for
 * (`jan(?:uary)?`, `mr\.?`, `(?:the )?day`).
 */
function isWordAlternative(alternative) {
  const text = alternative
    .replace(/\\[sb]/g, ' ')
    .replace(/\\([.'’-])/g, '$1')
    .replace(/\(\?:|[()?]/g, '');
  return /^\s*\p{L}[\p{L}\p{M}'’.\- ]*$/u.test(text);
}

function largestWordAlternation(source) {
  let largest = 0;
  for (const alternatives of alternations(source)) {
    if (alternatives.length < 2) continue;
    largest = Math.max(largest, alternatives.filter(isWordAlternative).length);
  }
  return largest;
}

function splitWords(text, separator) {
  const parts = separator === undefined ? text.trim().split(/\s+/) : text.split(separator);
  return parts.filter((p) => p.trim() !== '');
}

/** The separator of `.split(x)` when it can be known (a string or a regex literal); undefined means whitespace. */
function separatorOf(node) {
  if (!node) return undefined;
  const s = staticString(node);
  if (s !== undefined) return s;
  if (node.type === 'Literal' && node.regex) return new RegExp(node.regex.pattern, node.regex.flags.replace(/[gy]/g, ''));
  return undefined;
}

const calleeName = (callee) => (callee.type === 'Identifier' ? callee.name : undefined);

export default {
  meta: {
    type: 'suggestion',
    docs: { description: 'Keep word lists of eight or more words in the lexicon (src/analysis/lexicon/), not inline' },
    schema: [{ type: 'object', properties: { min: { type: 'integer', minimum: 2 } }, additionalProperties: false }],
    messages: {
      array: 'A list of {{count}} words written inline: move it to the lexicon (src/analysis/lexicon/).',
      split: 'A string of {{count}} words split into a list: move it to the lexicon (src/analysis/lexicon/).',
      regex: 'A regular expression with {{count}} alternative words: move the words to the lexicon (src/analysis/lexicon/).',
    },
  },
  create(context) {
    const min = context.options[0]?.min ?? DEFAULT_MIN;
    const checkRegexSource = (node, source) => {
      const count = largestWordAlternation(source);
      if (count >= min) context.report({ node, messageId: 'regex', data: { count } });
    };
    const checkSplitString = (node, text, separator) => {
      const count = splitWords(text, separator).length;
      if (count >= min) context.report({ node, messageId: 'split', data: { count } });
    };
    return {
      ArrayExpression(node) {
        const count = node.elements.filter((e) => staticString(e) !== undefined).length;
        if (count >= min) context.report({ node, messageId: 'array', data: { count } });
      },
      Literal(node) {
        if (node.regex) checkRegexSource(node, node.regex.pattern);
      },
      'NewExpression, CallExpression'(node) {
        const name = calleeName(node.callee);
        const first = staticString(node.arguments[0]);
        if (first === undefined) {
          if (name === 'RegExp' && node.arguments[0]?.type === 'TemplateLiteral') {
            checkRegexSource(node.arguments[0], node.arguments[0].quasis.map((q) => q.value.cooked ?? '').join('\\d'));
          }
          return;
        }
        if (name === 'RegExp') checkRegexSource(node.arguments[0], first);
        else if (name === 'words') checkSplitString(node.arguments[0], first, undefined);
      },
      'CallExpression > MemberExpression.callee[property.name="split"]'(member) {
        const text = staticString(member.object);
        if (text === undefined) return;
        checkSplitString(member.object, text, separatorOf(member.parent.arguments[0]));
      },
    };
  },
};
