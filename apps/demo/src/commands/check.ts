import type { Severity } from '@lsmp/model';
import { type Command, Option } from 'commander';
import { loadMinutes } from '../io/load-minutes.js';
import { colour } from '../ui/colour.js';
import { withInputs, writeJson } from './inputs-argument.js';

const severityColour = { error: colour.red, warning: colour.yellow, info: colour.dim } as const;

/** Severities from most to least serious: `--fail-on warning` fails on warnings and errors. */
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function registerCheck(program: Command): void {
  withInputs(program.command('check'))
    .description('print diagnostics as file:line:col severity message [code]; exit 1 when there are errors')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a diagnostic is this serious or more').choices(SEVERITIES).default('error'))
    .option('--json', 'print the diagnostics as JSON: [{ file, ...diagnostic }]')
    .action(async (inputs: string[], options: { json?: boolean; failOn: Severity }) => {
      const loaded = await loadMinutes(inputs);
      const found = loaded.flatMap(({ name, minutes }) => minutes.diagnostics.map((diagnostic) => ({ file: name, ...diagnostic })));
      if (options.json) writeJson(found);
      else {
        for (const d of found) {
          const at = d.position ? `${d.position.start.line}:${d.position.start.column}` : '1:1';
          process.stdout.write(`${d.file}:${at} ${severityColour[d.severity](d.severity)} ${d.message} ${colour.dim(`[${d.code}]`)}\n`);
        }
      }
      const failing = SEVERITIES.slice(0, SEVERITIES.indexOf(options.failOn) + 1);
      if (found.some((d) => failing.includes(d.severity))) process.exitCode = 1;
    });
}
