import { scaleBand, scaleLinear } from 'd3-scale';
import { s } from 'hastscript';
import { TRACKED_STATUSES } from '../series/classify-progress.js';
import type { ActionTracker } from '../series/track-actions.js';
import { bandAxis, linearAxis } from './axis.js';
import { type Chart, type ChartOptions, px, svgRoot } from './chart.js';
import { STATUS_COLOURS, statusLabel } from './palette.js';

const WIDTH = 480;
const HEIGHT = 280;
const MARGIN = { top: 24, right: 16, bottom: 52, left: 56 };

/** A bar per action status (open, reported on, done, dropped), with the count on each bar. */
export function actionsByStatusChart(tracker: ActionTracker, options: ChartOptions = {}): Chart {
  const title = 'Actions by status';
  const total = tracker.actions.length;
  const parts = TRACKED_STATUSES.map((status) => `${tracker.counts[status]} ${statusLabel(status)}`);
  const description = `${total} action${total === 1 ? '' : 's'} over the series: ${parts.join(', ')}; ${tracker.atRisk} at risk (carried over without mention).`;
  const x = scaleBand<string>().domain(TRACKED_STATUSES).range([MARGIN.left, WIDTH - MARGIN.right]).padding(0.3);
  const maxCount = Math.max(1, ...TRACKED_STATUSES.map((status) => tracker.counts[status]));
  const y = scaleLinear().domain([0, maxCount]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const bars = TRACKED_STATUSES.map((status) => {
    const count = tracker.counts[status];
    const left = px(x(status) ?? 0);
    const top = px(y(count));
    return s('g', [
      s('rect', { x: left, y: top, width: px(x.bandwidth()), height: px(y(0) - y(count)), fill: STATUS_COLOURS[status] }),
      s('text', { x: px(left + x.bandwidth() / 2), y: top - 4, textAnchor: 'middle' }, String(count)),
    ]);
  });
  const element = svgRoot({ title, description, idPrefix: options.idPrefix ?? 'actions-by-status' }, { width: WIDTH, height: HEIGHT }, [
    linearAxis({ scale: y, orientation: 'left', at: MARGIN.left, gridTo: WIDTH - MARGIN.right, label: 'Number of actions', labelAt: { x: 16, y: (MARGIN.top + HEIGHT - MARGIN.bottom) / 2 } }),
    ...bars,
    bandAxis({
      scale: x,
      orientation: 'bottom',
      at: HEIGHT - MARGIN.bottom,
      labels: new Map(TRACKED_STATUSES.map((status) => [status, statusLabel(status)])),
      label: 'Status at the latest meeting',
      labelAt: { x: (MARGIN.left + WIDTH - MARGIN.right) / 2, y: HEIGHT - 12 },
    }),
  ]);
  const table = {
    caption: title,
    header: ['Status', 'Actions'],
    rows: [...TRACKED_STATUSES.map((status) => [statusLabel(status), tracker.counts[status]]), ['at risk', tracker.atRisk]],
  };
  return { title, description, table, element };
}
