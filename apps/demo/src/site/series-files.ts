import type { Minutes } from '@lsmp/model';
import { type ItemHref, renderSeries, type SeriesOptions } from '@lsmp/report';
import type { LoadedMinutes } from '../io/load-minutes.js';
import type { SiteFile } from './site-file.js';

/** Links a series table's agenda item to its section of the meeting's page (`item-N`, N counted from 1). */
function itemHrefFor(loaded: readonly LoadedMinutes[], pageFolder: string): ItemHref {
  return (meeting, itemNumber, itemId) => {
    const doc = loaded[meeting.inputIndex];
    if (!doc) return null;
    const items = doc.minutes.items;
    const index = items.findIndex((item) => (itemId ? item.id === itemId : item.number === itemNumber));
    return `${pageFolder}${doc.slug}.html${index >= 0 ? `#item-${index + 1}` : ''}`;
  };
}

/** The series reports (HTML, Markdown) and their CSV downloads, all from @lsmp/report. */
export function seriesFiles(loaded: readonly LoadedMinutes[], options: SeriesOptions): SiteFile[] {
  const minutes: Minutes[] = loaded.map((doc) => doc.minutes);
  const render = (format: Parameters<typeof renderSeries>[1] & object, pageFolder = '../meetings/') =>
    renderSeries(minutes, { ...options, ...format, itemHref: itemHrefFor(loaded, pageFolder) });
  return [
    { path: 'series/index.html', content: render({ format: 'html' }), label: 'Series report: actions, attendance, coverage, timeline' },
    { path: 'series/series.md', content: render({ format: 'markdown' }), label: 'Series report (Markdown)' },
    { path: 'downloads/actions.csv', content: render({ format: 'actions-csv', bom: true }), label: 'Action tracker (CSV)' },
    { path: 'downloads/attendance.csv', content: render({ format: 'attendance-csv', bom: true }), label: 'Attendance register (CSV)' },
  ];
}
