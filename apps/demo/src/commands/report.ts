import { join } from 'node:path';
import type { Command } from 'commander';
import { loadSeriesInWorkers } from '../parallel/load-series-in-workers.js';
import { buildSite } from '../site/build-site.js';
import { hasBuiltPage, writeSite } from '../site/write-site.js';
import { colour } from '../ui/colour.js';
import { displayPath } from '../ui/display-path.js';
import { plural } from '../ui/plural.js';
import { withInputs, writeJson } from './inputs-argument.js';

export function registerReport(program: Command): void {
  withInputs(program.command('report'))
    .description('write a static report site: an index, a page per meeting, the series reports, downloads, and the JSON under api/')
    .option('--out <folder>', 'where to write the site (replaced if lsmp wrote it before)', 'out')
    .option('--json', 'print what was written as JSON')
    .action(async (inputs: string[], options: { out: string; json?: boolean }) => {
      // Folders are parsed and linked on worker threads (one per core), with progress.
      const series = await loadSeriesInWorkers(inputs);
      const { report } = series;
      const withPage = hasBuiltPage();
      // Say so when the site shows the bundled samples, which are invented.
      const note = inputs.length === 0 ? 'These are the fictional sample minutes bundled with lsmp: the board, its people and organisations are invented.' : undefined;
      const files = buildSite(series, { withPage, note });
      const root = writeSite(options.out, files, withPage);
      const index = displayPath(join(root, 'index.html'));
      const { counts, atRisk } = report.actions;
      const summary = {
        site: root,
        index,
        files: files.length,
        browserPage: withPage,
        meetings: report.meetings.length,
        skipped: report.skipped.length,
        actions: { total: report.actions.actions.length, ...counts, atRisk },
        people: report.attendance.people.length,
        organisations: report.attendance.organisations.length,
        serviceAreasCovered: report.coverage?.rows.filter((row) => row.total > 0).length ?? null,
        rescheduled: report.timeline.rescheduled,
      };
      if (options.json) return writeJson(summary);
      const lines = [
        `${colour.green('Wrote')} ${colour.bold(report.title)} to ${colour.bold(displayPath(root))}/ (${files.length} files${withPage ? ' and the browser page' : ''})`,
        `  meetings:   ${summary.meetings}${summary.skipped ? ` (${plural(summary.skipped, 'document')} left out: not minutes)` : ''}`,
        `  actions:    ${summary.actions.total}: ${counts.open} open, ${counts['reported-on']} reported on, ${counts.done} done, ${counts.dropped} dropped; ${colour.yellow(`${atRisk} at risk`)}`,
        `  attendance: ${plural(summary.people, 'person', 'people')} from ${plural(summary.organisations, 'organisation')}`,
      ];
      const first = report.meetings[0];
      const last = report.meetings.at(-1);
      if (first && last) lines.push(`  timeline:   ${first.label} to ${last.label}; ${plural(report.timeline.rescheduled, 'meeting')} moved`);
      if (summary.serviceAreasCovered !== null) lines.push(`  strategy:   ${summary.serviceAreasCovered} of ${report.coverage?.rows.length} London Enriched service areas discussed`);
      lines.push(`Open ${colour.cyan(index)} in a browser${withPage ? `, or ${colour.cyan(displayPath(join(root, 'page', 'index.html')))} to try your own minutes` : ''}.`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
