import type { Minutes } from '@lsmp/model';
import type { Command } from 'commander';
import { isSingleDocument, loadMinutes } from '../io/load-minutes.js';
import { colour } from '../ui/colour.js';
import { withInputs, writeJson } from './inputs-argument.js';

/** A short human summary of one parsed meeting. */
export function summarise(name: string, minutes: Minutes): string {
  const lines = [
    colour.bold(name),
    `  ${minutes.title ?? colour.dim('(no title)')}`,
    `  body: ${minutes.body ?? '-'}  date: ${minutes.date ?? '-'}  time: ${minutes.start ?? '-'}-${minutes.end ?? '-'}  venue: ${minutes.venue ?? '-'}`,
  ];
  const byList = new Map<string, number>();
  for (const a of minutes.attendees) byList.set(a.attendance, (byList.get(a.attendance) ?? 0) + 1);
  const lists = [...byList].map(([list, n]) => `${n} ${list}`).join(', ');
  lines.push(`  attendees: ${minutes.attendees.length}${lists ? ` (${lists})` : ''}`);
  lines.push(`  agenda items: ${minutes.items.length}  actions: ${minutes.actions.length}  decisions: ${minutes.decisions.length}`);
  if (minutes.nextMeeting) {
    const moved = minutes.nextMeeting.originalDate ? ` (moved from ${minutes.nextMeeting.originalDate})` : '';
    lines.push(`  next meeting: ${`${minutes.nextMeeting.date ?? '-'} ${minutes.nextMeeting.start ?? ''}`.trimEnd()}${moved}`);
  }
  const errors = minutes.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = minutes.diagnostics.filter((d) => d.severity === 'warning').length;
  const counts = `${minutes.diagnostics.length} (${errors} errors, ${warnings} warnings)`;
  lines.push(`  diagnostics: ${errors > 0 ? colour.red(counts) : warnings > 0 ? colour.yellow(counts) : counts}`);
  return lines.join('\n');
}

export function registerParse(program: Command): void {
  withInputs(program.command('parse'))
    .description('parse minutes and print a summary of each meeting, or the canonical JSON')
    .option('--json', 'print the canonical JSON (one object for one input, an array for several)')
    .action(async (inputs: string[], options: { json?: boolean }) => {
      const loaded = await loadMinutes(inputs);
      if (options.json) {
        writeJson(isSingleDocument(loaded) ? loaded[0]!.minutes : loaded.map((l) => l.minutes));
        return;
      }
      process.stdout.write(`${loaded.map((l) => summarise(l.name, l.minutes)).join('\n\n')}\n`);
    });
}
