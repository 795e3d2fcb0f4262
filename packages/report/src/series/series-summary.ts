import type { SeriesReport } from './build-series.js';

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** "3 meetings, 28 Sep 2011 to 19 Jun 2017." */
export function seriesSummary(report: SeriesReport): string {
  const first = report.meetings[0];
  const last = report.meetings.at(-1);
  const span = first && last && first !== last ? `, ${first.label} to ${last.label}` : first ? `, ${first.label}` : '';
  const skipped = report.skipped.length > 0 ? ` ${plural(report.skipped.length, 'document')} left out (not minutes).` : '';
  return `${plural(report.meetings.length, 'meeting')}${span}.${skipped}`;
}

export function actionsSummary(report: SeriesReport): string {
  const { counts, atRisk, actions } = report.actions;
  return (
    `${plural(actions.length, 'action')}: ${counts.open} open, ${counts['reported-on']} reported on, ${counts.done} done, ` +
    `${counts.dropped} dropped. ${plural(atRisk, 'action')} at risk (still open and passed over without mention at the latest meetings).`
  );
}

export function attendanceSummary(report: SeriesReport): string {
  const { people, organisations } = report.attendance;
  const joined = people.filter((p) => p.spellings.length > 1).length;
  const spellings = joined > 0 ? ` ${plural(joined, 'person', 'people')} written in more than one way joined by name.` : '';
  return `${plural(people.length, 'person', 'people')} from ${plural(organisations.length, 'organisation')} on the rosters.${spellings}`;
}

export function coverageSummary(report: SeriesReport): string {
  const coverage = report.coverage;
  if (!coverage) return 'No service-area links were given, so strategy coverage is not shown.';
  const covered = coverage.rows.filter((r) => r.total > 0).length;
  return `${covered} of ${plural(coverage.rows.length, 'service area')} concerned at least one agenda item at the ${plural(coverage.linkedMeetings.length, 'linked meeting')}.`;
}

export function timelineSummary(report: SeriesReport): string {
  const announced = report.timeline.entries.filter((e) => e.nextMeeting?.date).length;
  return `${plural(announced, 'meeting')} announced the next; ${plural(report.timeline.rescheduled, 'meeting')} moved or held on another date.`;
}
