// `npm run lint`: ESLint (eslint.config.mjs) and Prettier's check (.prettierrc.json), both always run.
// Prints each tool's findings, a count per ESLint rule, and closes with mocha-style counts (each
// tool is one check, passing or failing) that scripts/test.mjs reads for its summary.
//   npm run lint            check
//   npm run format          rewrite the files Prettier would change (then run lint again)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Both caches sit in node_modules/.cache: a second run only reads the files that changed.
const eslint = new ESLint({ cwd: ROOT, cache: true, cacheLocation: 'node_modules/.cache/eslint/' });

console.log('-- eslint');
const results = await eslint.lintFiles(['.']);
const output = await (await eslint.loadFormatter('stylish')).format(results);
if (output) console.log(output);
const perRule = new Map();
for (const message of results.flatMap((r) => r.messages)) {
  const rule =
    message.ruleId ?? (message.fatal ? 'parse error' : /^Unused eslint-disable/.test(message.message) ? 'unused eslint-disable' : 'other');
  perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
}
const problems = [...perRule.values()].reduce((a, b) => a + b, 0);
const filesWithProblems = results.filter((r) => r.messages.length > 0).length;
console.log(`eslint: ${problems} problems in ${filesWithProblems} of ${results.length} files`);
for (const [rule, count] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)}  ${rule}`);

console.log('\n-- prettier --check');
const prettier = spawnSync('npx', ['prettier', '--check', '--cache', '.'], { cwd: ROOT, encoding: 'utf8' });
const prettierOutput = `${prettier.stdout}${prettier.stderr}`;
const unformatted = prettierOutput.split('\n').filter((l) => /^\[warn\] (?!Code style issues)/.test(l));
if (unformatted.length) console.log(unformatted.join('\n'));
if (prettier.status !== 0 && unformatted.length === 0) console.log(prettierOutput.trim()); // a crash, a syntax error
const prettierOk = prettier.status === 0;
console.log(
  prettierOk ? 'prettier: every file formatted' : `prettier: ${unformatted.length} files not formatted (npm run format rewrites them)`,
);

const passing = (problems === 0 ? 1 : 0) + (prettierOk ? 1 : 0);
console.log(`\n  ${passing} passing\n  ${2 - passing} failing`);
process.exit(passing === 2 ? 0 : 1);
