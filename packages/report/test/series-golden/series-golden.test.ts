// Golden files for the series reports of real inputs: the shared corpus and the demo's
// sample series. Each file was generated, then read and checked by hand. After a
// deliberate change, regenerate with
//   UPDATE_GOLDEN=1 pnpm --filter @lsmp/report exec vitest run test/series-golden
// and read the diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionsByStatusChart } from '../../src/charts/actions-by-status-chart.js';
import { attendanceByOrganisationChart } from '../../src/charts/attendance-chart.js';
import { chartToSvg } from '../../src/charts/chart.js';
import { coverageHeatmap } from '../../src/charts/coverage-heatmap.js';
import { buildSeries } from '../../src/series/build-series.js';
import { renderSeries } from '../../src/series/render-series.js';
import { type GoldenSeries, goldenSeries } from './golden-series.js';

const update = process.env.UPDATE_GOLDEN === '1';

function outputs({ minutes, options }: GoldenSeries): Record<string, string> {
  const report = buildSeries(minutes, options);
  return {
    'series.json': renderSeries(minutes, { ...options, format: 'json' }),
    'series.md': renderSeries(minutes, { ...options, format: 'markdown' }),
    'series.html': renderSeries(minutes, { ...options, format: 'html' }),
    'actions.csv': renderSeries(minutes, { ...options, format: 'actions-csv' }),
    'attendance.csv': renderSeries(minutes, { ...options, format: 'attendance-csv' }),
    'actions-by-status.svg': chartToSvg(actionsByStatusChart(report.actions)),
    'attendance-by-organisation.svg': chartToSvg(attendanceByOrganisationChart(report.attendance, report.meetings.length)),
    ...(report.coverage ? { 'coverage-heatmap.svg': chartToSvg(coverageHeatmap(report.coverage, report.meetings)) } : {}),
  };
}

describe.each(goldenSeries())('series golden files: $name', (series) => {
  const dir = new URL(`./${series.name}/`, import.meta.url);
  it.each(Object.entries(outputs(series)))('%s', (file, actual) => {
    const path = new URL(file, dir);
    if (update) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, actual);
      return;
    }
    if (!existsSync(path)) throw new Error(`Missing golden file ${path.pathname}: run with UPDATE_GOLDEN=1, then read it before committing.`);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
