import type { Command } from 'commander';

/** The input argument every command shares. */
export function withInputs(command: Command): Command {
  return command.argument(
    '[inputs...]',
    'minutes files, folders, glob patterns ("minutes/*.txt") or - for standard input; default: the bundled sample series',
  );
}

/** Prints a value as JSON on standard output. */
export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
