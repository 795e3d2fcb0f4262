import { Command, CommanderError } from 'commander';
import { registerActions } from './commands/actions.js';
import { registerAttendance } from './commands/attendance.js';
import { registerCheck } from './commands/check.js';
import { registerExport } from './commands/export.js';
import { registerLondonEnriched } from './commands/link.js';
import { registerParse } from './commands/parse.js';
import { registerReport } from './commands/report.js';
import { InputError } from './io/read-input.js';
import packageJson from '../package.json' with { type: 'json' };

const exitCodes = `
Every command reads minutes files, folders, glob patterns or - (standard input),
and the bundled fictional sample series when given none.

Exit codes:
  0  success
  1  the input has errors (check) or a command found problems
  2  the command could not run: a missing file, a folder with no minutes, binary,
     empty or non-UTF-8 input, or bad usage (one line on stderr says why)`;

const program = new Command('lsmp')
  .description('Turn the minutes of a partnership board into data people can use.')
  .version(packageJson.version)
  .addHelpText('after', exitCodes)
  .exitOverride();

// `lsmp parse | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

registerParse(program);
registerCheck(program);
registerLondonEnriched(program);
registerActions(program);
registerAttendance(program);
registerReport(program);
registerExport(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof InputError) {
    process.stderr.write(`lsmp: ${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    // A bug in lsmp, not a problem with the input: say so, with the stack for the report.
    process.stderr.write(`lsmp: unexpected error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
}
