import { type RegisterStatus, REGISTER_STATUSES } from '@lsmp/report';
import type { Command } from 'commander';
import { loadSeries } from '../series/load-series.js';
import { colour } from '../ui/colour.js';
import { withInputs, writeJson } from './inputs-argument.js';

/** One character per meeting, so a person's record across the series reads as a row. */
const mark: Record<RegisterStatus, string> = {
  present: colour.green('P'),
  substitute: colour.cyan('S'),
  apologies: colour.yellow('A'),
  absent: colour.red('X'),
  'not-listed': colour.dim('·'),
};

export function registerAttendance(program: Command): void {
  withInputs(program.command('attendance'))
    .description('the attendance register: people and organisations against meetings')
    .option('--json', 'print the attendance register as JSON')
    .action(async (inputs: string[], options: { json?: boolean }) => {
      const { report } = await loadSeries(inputs);
      if (options.json) return writeJson({ meetings: report.meetings, ...report.attendance });
      const people = report.attendance.people;
      const nameWidth = Math.max(6, ...people.map((p) => p.name.length));
      const lines = [
        colour.bold(`${'Person'.padEnd(nameWidth)}  meetings  present  organisation`),
        ...people.map((person) => {
          const row = person.cells.map((cell) => mark[cell.status]).join('');
          const attended = `${person.counts.present + person.counts.substitute}/${person.cells.length}`;
          return `${person.name.padEnd(nameWidth)}  ${row}${' '.repeat(Math.max(0, 8 - person.cells.length))}  ${attended.padStart(7)}  ${person.organisation ?? ''}`;
        }),
        '',
        `Meetings: ${report.meetings.map((m, i) => `${i + 1} ${m.label}`).join(', ')}`,
        `Key: ${REGISTER_STATUSES.map((s) => `${mark[s]} ${s}`).join('  ')}`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
