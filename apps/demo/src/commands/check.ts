import type { Command } from 'commander';
import { loadMinutes } from '../io/load-minutes.js';
import { colour } from '../ui/colour.js';
import { withInputs, writeJson } from './inputs-argument.js';

const severityColour = { error: colour.red, warning: colour.yellow, info: colour.dim } as const;

export function registerCheck(program: Command): void {
  withInputs(program.command('check'))
    .description('print diagnostics as file:line:col severity message [code]; exit 1 when there are errors')
    .option('--json', 'print the diagnostics as JSON: [{ file, ...diagnostic }]')
    .action(async (inputs: string[], options: { json?: boolean }) => {
      const loaded = await loadMinutes(inputs);
      const found = loaded.flatMap(({ name, minutes }) => minutes.diagnostics.map((diagnostic) => ({ file: name, ...diagnostic })));
      if (options.json) writeJson(found);
      else {
        for (const d of found) {
          const at = d.position ? `${d.position.start.line}:${d.position.start.column}` : '1:1';
          process.stdout.write(`${d.file}:${at} ${severityColour[d.severity](d.severity)} ${d.message} ${colour.dim(`[${d.code}]`)}\n`);
        }
      }
      if (found.some((d) => d.severity === 'error')) process.exitCode = 1;
    });
}
