import type { Command } from 'commander';
import { withInputOptions } from '../io/input-options.js';

/** Exit codes, the same for every command; `lsmp --help` explains them in full. */
export const EXIT_CODES_HELP = '\nExit codes: 0 success, 1 the input has errors or the command found problems, 2 the command could not run.';

/** The input argument every command shares (with `--encoding` and `--max-size`), and the exit codes in its help. */
export function withInputs(command: Command): Command {
  return withInputOptions(command)
    .argument('[inputs...]', 'minutes files, folders, glob patterns ("minutes/*.txt") or - for standard input; default: the bundled sample series')
    .addHelpText('after', EXIT_CODES_HELP);
}

/** Prints a value as JSON on standard output. */
export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
