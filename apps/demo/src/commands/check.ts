import { parseMinutes } from '@lsmp/parser';
import type { Command } from 'commander';
import { readInput } from '../io/read-input.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('print diagnostics as file:line:col severity message; exit 1 when there are errors')
    .argument('<file>', 'minutes text file, or - for standard input')
    .action((file: string) => {
      const input = readInput(file);
      const { diagnostics } = parseMinutes(input.text);
      for (const d of diagnostics) {
        const at = d.position ? `${d.position.start.line}:${d.position.start.column}` : '1:1';
        process.stdout.write(`${input.name}:${at} ${d.severity} ${d.message} [${d.code}]\n`);
      }
      if (diagnostics.some((d) => d.severity === 'error')) process.exitCode = 1;
    });
}
