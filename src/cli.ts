// news-lens analyze [--format json|jsonl|csv|md|brat] [--date YYYY-MM-DD] [--out DIR] FILE|DIR...
import { runCli } from './cliRunner';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`news-lens: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
