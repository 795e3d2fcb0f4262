import type { Minutes } from '@lsmp/model';
import { parseMinutes } from '@lsmp/parser';
import type { Command } from 'commander';
import { readInput } from '../io/read-input.js';

/** A short human summary of one parsed meeting. */
export function summarise(name: string, minutes: Minutes): string {
  const lines = [
    `${name}`,
    `  ${minutes.title ?? '(no title)'}`,
    `  body: ${minutes.body ?? '-'}  date: ${minutes.date ?? '-'}  time: ${minutes.start ?? '-'}-${minutes.end ?? '-'}  venue: ${minutes.venue ?? '-'}`,
  ];
  const byList = new Map<string, number>();
  for (const a of minutes.attendees) byList.set(a.attendance, (byList.get(a.attendance) ?? 0) + 1);
  const lists = [...byList].map(([list, n]) => `${n} ${list}`).join(', ');
  lines.push(`  attendees: ${minutes.attendees.length}${lists ? ` (${lists})` : ''}`);
  lines.push(`  agenda items: ${minutes.items.length}  actions: ${minutes.actions.length}  decisions: ${minutes.decisions.length}`);
  if (minutes.nextMeeting) lines.push(`  next meeting: ${minutes.nextMeeting.date ?? '-'} ${minutes.nextMeeting.start ?? ''}`.trimEnd());
  const problems = minutes.diagnostics.filter((d) => d.severity !== 'info').length;
  lines.push(`  diagnostics: ${minutes.diagnostics.length} (${problems} warnings or errors)`);
  return lines.join('\n');
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse a minutes file (or - for stdin) and print a summary, or the canonical JSON')
    .argument('<file>', 'minutes text file, or - for standard input')
    .option('--json', 'print the canonical JSON')
    .action((file: string, options: { json?: boolean }) => {
      const input = readInput(file);
      const { minutes } = parseMinutes(input.text);
      process.stdout.write(options.json ? `${JSON.stringify(minutes, null, 2)}\n` : `${summarise(input.name, minutes)}\n`);
    });
}
