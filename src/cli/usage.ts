// What a subcommand prints on bad usage: the problem, its one-line synopsis and where the full help is,
// so the error is not lost above a screen of help text.

/** `usage` is the subcommand's whole help; its first line is the synopsis. */
export function usageError(command: string, problem: string, usage: string): string {
  const synopsis = usage.split('\n', 1)[0];
  return `news-lens ${command}: ${problem}\n${synopsis}\nsee news-lens ${command} --help\n`;
}
