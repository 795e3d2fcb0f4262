import { join } from 'node:path';
import { renderNextMeetingICalendar, toOcdEvent } from '@lsmp/report';
import { type Command, Option } from 'commander';
import { type MeetingFormatId, meetingFormat } from '../formats/meeting-formats.js';
import { isSingleDocument, type LoadedMinutes, loadMinutes } from '../io/load-minutes.js';
import { InputError } from '../io/read-input.js';
import { ensureOutputFolder, writeFileAtomic } from '../output/write-atomic.js';
import { displayPath } from '../ui/display-path.js';
import { withInputs, writeJson } from './inputs-argument.js';

type ExportFormat = 'json' | 'csv' | 'ics' | 'ocd' | 'popolo' | 'markdown' | 'html';

interface ExportOptions {
  format: ExportFormat;
  table: 'actions' | 'attendance';
  out?: string;
  json?: boolean;
}

function formatId(options: ExportOptions): MeetingFormatId {
  return options.format === 'csv' ? `${options.table}-csv` : options.format;
}

/** Several meetings on standard output, for the formats where one file can hold them all. */
function combined(loaded: readonly LoadedMinutes[], format: ExportFormat): string | null {
  if (format === 'json') return `${JSON.stringify(loaded.map((doc) => doc.minutes), null, 2)}\n`;
  if (format === 'ocd') return `${JSON.stringify(loaded.map((doc) => toOcdEvent(doc.minutes)), null, 2)}\n`;
  if (format === 'ics') return renderNextMeetingICalendar(loaded.map((doc) => doc.minutes));
  throw new InputError(`${loaded.length} documents: --format ${format} writes one file per meeting; give --out <folder>`);
}

function writeFiles(loaded: readonly LoadedMinutes[], options: ExportOptions & { out: string }): void {
  const format = meetingFormat(formatId(options));
  ensureOutputFolder(options.out);
  const written: string[] = [];
  for (const doc of loaded) {
    const content = format.render(doc.minutes, { text: doc.text, bom: true });
    if (content === null) {
      process.stderr.write(`lsmp: ${doc.name}: nothing to export as ${format.label} (no dated next meeting)\n`);
      continue;
    }
    const path = join(options.out, `${doc.slug}${format.suffix}`);
    writeFileAtomic(path, content);
    written.push(displayPath(path));
  }
  if (options.json) writeJson({ format: format.id, written });
  else process.stdout.write(written.map((path) => `wrote ${path}\n`).join(''));
  if (written.length < loaded.length) process.exitCode = 1;
}

export function registerExport(program: Command): void {
  withInputs(program.command('export'))
    .description('export meetings for other tools: canonical JSON, CSV, iCalendar, Open Civic Data, Popolo, Markdown or HTML')
    .addOption(new Option('--format <format>', 'what to write').choices(['json', 'csv', 'ics', 'ocd', 'popolo', 'markdown', 'html']).default('json'))
    .addOption(new Option('--table <table>', 'CSV: which table').choices(['actions', 'attendance']).default('actions'))
    .option('--out <folder>', 'write one file per meeting into this folder instead of printing')
    .option('--json', 'with --out: list the files written as JSON')
    .addHelpText(
      'after',
      '\nOne file is printed on standard output. For several, json and ocd print a JSON array and ics one calendar;\nthe other formats need --out. Exit 1 when a meeting has nothing to export (a calendar without a dated next meeting).',
    )
    .action(async (inputs: string[], options: ExportOptions) => {
      const loaded = await loadMinutes(inputs);
      if (options.out !== undefined) return writeFiles(loaded, { ...options, out: options.out });
      const only = isSingleDocument(loaded) ? loaded[0]! : null;
      const content = only ? meetingFormat(formatId(options)).render(only.minutes, { text: only.text }) : combined(loaded, options.format);
      if (content === null) {
        process.stderr.write('lsmp: nothing to export as a calendar: the minutes name no dated next meeting\n');
        process.exitCode = 1;
        return;
      }
      process.stdout.write(content);
    });
}
