import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { s } from 'hastscript';
import type { AttendanceRegister } from '../series/attendance-register.js';
import type { OrganisationTotals } from '../series/organisation-counts.js';
import { bandAxis, linearAxis } from './axis.js';
import { type Chart, type ChartOptions, px, svgRoot, truncate } from './chart.js';
import { legend } from './legend.js';
import { ATTENDANCE_COLOURS } from './palette.js';

const KEYS = ['present', 'substitute', 'apologies'] as const;
const ROW_HEIGHT = 24;
const WIDTH = 760;
const LABEL_CHARACTERS = 34;
const MARGIN = { top: 40, right: 24, bottom: 48, left: 290 };

/**
 * Attendance by organisation over the series: one stacked bar per organisation,
 * counting its people present, present as substitutes, and sending apologies,
 * summed over the meetings (`d3-shape`'s `stack` lays the segments end to end).
 */
export function attendanceByOrganisationChart(register: AttendanceRegister, meetingCount: number, options: ChartOptions = {}): Chart {
  const title = 'Attendance by organisation';
  const organisations = register.organisations;
  const description =
    organisations.length === 0
      ? 'No organisation is named on the rosters of the series.'
      : `People from ${organisations.length} organisation${organisations.length === 1 ? '' : 's'} over ${meetingCount} meeting${meetingCount === 1 ? '' : 's'}: for each, how many times its people were present, present as a substitute, or sent apologies. ${busiest(organisations)}`;
  const height = MARGIN.top + Math.max(1, organisations.length) * ROW_HEIGHT + MARGIN.bottom;
  const series = stack<OrganisationTotals>().keys(KEYS)(organisations.map((o) => o.totals));
  const maxTotal = Math.max(1, ...organisations.map((o) => o.totals.present + o.totals.substitute + o.totals.apologies));
  const x = scaleLinear().domain([0, maxTotal]).nice().range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleBand<string>().domain(organisations.map((o) => o.key)).range([MARGIN.top, height - MARGIN.bottom]).padding(0.2);
  const segments = series.flatMap((layer) =>
    layer.map(([from, to], index) => {
      const organisation = organisations[index]!;
      if (to === from) return null;
      return s('rect', { x: px(x(from)), y: px(y(organisation.key) ?? 0), width: px(x(to) - x(from)), height: px(y.bandwidth()), fill: ATTENDANCE_COLOURS[layer.key as (typeof KEYS)[number]] });
    }),
  );
  const element = svgRoot({ title, description, idPrefix: options.idPrefix ?? 'attendance-by-organisation' }, { width: WIDTH, height }, [
    legend(KEYS.map((key) => ({ label: key, colour: ATTENDANCE_COLOURS[key] })), { x: MARGIN.left, y: 14 }),
    linearAxis({ scale: x, orientation: 'bottom', at: height - MARGIN.bottom, gridTo: MARGIN.top, label: 'Attendances over the series (people × meetings)', labelAt: { x: (MARGIN.left + WIDTH - MARGIN.right) / 2, y: height - 10 } }),
    ...segments.filter((segment) => segment !== null),
    bandAxis({
      scale: y,
      orientation: 'left',
      at: MARGIN.left,
      labels: new Map(organisations.map((o) => [o.key, truncate(o.name, LABEL_CHARACTERS)])),
      label: 'Organisation',
      labelAt: { x: 14, y: (MARGIN.top + height - MARGIN.bottom) / 2 },
    }),
  ]);
  const table = {
    caption: title,
    header: ['Organisation', 'Present', 'Substitute', 'Apologies', 'Meetings represented'],
    rows: organisations.map((o) => [o.name, o.totals.present, o.totals.substitute, o.totals.apologies, o.meetingsRepresented]),
  };
  return { title, description, table, element };
}

function busiest(organisations: AttendanceRegister['organisations']): string {
  const first = organisations[0];
  if (!first) return '';
  return `${first.name} was represented at the most meetings (${first.meetingsRepresented}).`;
}
