// news-lens analyze [--format json|jsonl|csv|md|brat|spans] [--date YYYY-MM-DD] [--out DIR] [--jobs N] [--max-size S] FILE|DIR...
// news-lens analyze --stdin-jsonl (one {"id","text"} per line in, one analysis per line out)
// news-lens check [--format text|json|sarif] FILE|DIR...
// news-lens import --from brat|spans [--force] FILE...
import { runCli } from './cliRunner';

// `news-lens analyze big/ | head`: the reader went away; stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`news-lens: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
