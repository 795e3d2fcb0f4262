import { scaleBand, scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { s } from 'hastscript';
import type { CoverageMatrix } from '../series/coverage-matrix.js';
import type { SeriesMeeting } from '../series/meetings.js';
import { bandAxis } from './axis.js';
import { type Chart, type ChartOptions, px, svgRoot, truncate } from './chart.js';
import { textColourOn } from './palette.js';

const ROW_HEIGHT = 28;
const COLUMN_WIDTH = 84;
const LABEL_CHARACTERS = 34;
const MARGIN = { top: 56, right: 16, bottom: 16, left: 290 };
const NOT_LINKED = '#f2f2f2';

/**
 * The strategy coverage matrix as a heat map: service areas down, meetings across,
 * each cell shaded by how many agenda items concerned the area (d3's sequential
 * "Blues" scale) and labelled with the number. Meetings without links are grey.
 */
export function coverageHeatmap(matrix: CoverageMatrix, meetings: readonly SeriesMeeting[], options: ChartOptions = {}): Chart {
  const title = 'Strategy coverage by meeting';
  const linked = new Set(matrix.linkedMeetings);
  const covered = matrix.rows.filter((row) => row.total > 0);
  const description =
    `${covered.length} of ${matrix.rows.length} service areas were discussed at ${linked.size} linked meeting${linked.size === 1 ? '' : 's'}. ` +
    'Each cell counts the agenda items concerning a service area at one meeting; darker is more.';
  const width = MARGIN.left + Math.max(1, meetings.length) * COLUMN_WIDTH + MARGIN.right;
  const height = MARGIN.top + Math.max(1, matrix.rows.length) * ROW_HEIGHT + MARGIN.bottom;
  const x = scaleBand<string>().domain(meetings.map((m) => m.id)).range([MARGIN.left, width - MARGIN.right]).padding(0.06);
  const y = scaleBand<string>().domain(matrix.rows.map((r) => r.serviceArea.id)).range([MARGIN.top, height - MARGIN.bottom]).padding(0.06);
  const maxItems = Math.max(1, ...matrix.rows.flatMap((row) => row.cells.map((cell) => cell.items.length)));
  // Start the scale a little above white so a count of zero still reads as a cell.
  const colour = scaleSequential(interpolateBlues).domain([-maxItems * 0.1, maxItems]);
  const cells = matrix.rows.flatMap((row) =>
    row.cells.map((cell) => {
      const count = cell.items.length;
      const isLinked = linked.has(cell.meetingId);
      const left = px(x(cell.meetingId) ?? 0);
      const top = px(y(row.serviceArea.id) ?? 0);
      const fill = isLinked ? colour(count) : NOT_LINKED;
      return s('g', [
        s('rect', { x: left, y: top, width: px(x.bandwidth()), height: px(y.bandwidth()), fill }),
        s('text', { x: px(left + x.bandwidth() / 2), y: px(top + y.bandwidth() / 2 + 4), textAnchor: 'middle', fill: textColourOn(fill) }, isLinked ? String(count) : '–'),
      ]);
    }),
  );
  const element = svgRoot({ title, description, idPrefix: options.idPrefix ?? 'coverage-heatmap' }, { width, height }, [
    bandAxis({ scale: x, orientation: 'top', at: MARGIN.top, labels: new Map(meetings.map((m) => [m.id, m.label])), label: 'Meeting', labelAt: { x: (MARGIN.left + width - MARGIN.right) / 2, y: 18 } }),
    bandAxis({
      scale: y,
      orientation: 'left',
      at: MARGIN.left,
      labels: new Map(matrix.rows.map((r) => [r.serviceArea.id, truncate(r.serviceArea.name, LABEL_CHARACTERS)])),
      label: 'Service area',
      labelAt: { x: 14, y: (MARGIN.top + height - MARGIN.bottom) / 2 },
    }),
    ...cells,
  ]);
  const table = {
    caption: title,
    header: ['Service area', ...meetings.map((m) => m.label), 'Total'],
    rows: matrix.rows.map((row) => [row.serviceArea.name, ...row.cells.map((cell) => (linked.has(cell.meetingId) ? cell.items.length : '–')), row.total]),
  };
  return { title, description, table, element };
}
