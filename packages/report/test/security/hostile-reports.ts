import { buildSeries, renderHtml, renderSeriesHtml } from '../../src/index.js';
import { harbourMinutes } from '../fixtures/harbourside.js';
import { hostileMinutes, hostileText } from './hostile-minutes.js';

/** The HTML reports of the hostile minutes: one meeting (two ways) and a series holding it. */
export function hostileReports(): { name: string; html: string }[] {
  const minutes = hostileMinutes();
  const series = buildSeries([harbourMinutes, minutes]);
  return [
    { name: 'renderHtml with the source view', html: renderHtml(minutes, { source: hostileText }) },
    { name: 'renderHtml linking to the published text', html: renderHtml(minutes, { sourceHref: 'minutes/harbour.txt' }) },
    { name: 'renderSeriesHtml', html: renderSeriesHtml(series, { itemHref: (meeting, item) => `${meeting}.html#item-${item}` }) },
  ];
}
