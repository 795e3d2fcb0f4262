import { Command, CommanderError } from 'commander';
import { registerCheck } from './commands/check.js';
import { registerParse } from './commands/parse.js';
import { InputError } from './io/read-input.js';

/**
 * Exit codes: 0 success; 1 the input has errors (check) or a command found
 * problems; 2 the command could not run (bad input file, bad usage).
 */
const program = new Command('lsmp')
  .description('Turn the minutes of a partnership board into data people can use.')
  .version('0.1.0')
  .exitOverride();

registerParse(program);
registerCheck(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof InputError) {
    process.stderr.write(`lsmp: ${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    throw error;
  }
}
