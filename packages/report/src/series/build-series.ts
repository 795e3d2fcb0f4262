import type { Minutes } from '@lsmp/model';
import { type AttendanceRegister, buildAttendanceRegister } from './attendance-register.js';
import { buildCoverageMatrix, type CoverageMatrix, type SeriesServiceAreaLinks, type ServiceAreaRef } from './coverage-matrix.js';
import { foldText } from './normalise-name.js';
import { orderSeries, type SeriesMeeting, type SkippedDocument } from './meetings.js';
import { buildTimeline, type Timeline } from './timeline.js';
import { type ActionTracker, trackActions } from './track-actions.js';

export interface SeriesOptions {
  /** Per document of the list (same order), the service areas of its items; see `SeriesServiceAreaLinks`. */
  serviceAreaLinks?: SeriesServiceAreaLinks | undefined;
  /** Every service area, in catalogue order, so areas no meeting touched still get a row. */
  serviceAreas?: readonly ServiceAreaRef[] | undefined;
  /** A name for the series ("London Strategic Migration Partnership, 2009–2017"); defaults to the bodies' names. */
  title?: string | undefined;
}

/** Everything the series reports show, as plain JSON-serialisable data. */
export interface SeriesReport {
  title: string;
  meetings: SeriesMeeting[];
  skipped: SkippedDocument[];
  actions: ActionTracker;
  attendance: AttendanceRegister;
  /** Null when no service-area links were given. */
  coverage: CoverageMatrix | null;
  timeline: Timeline;
}

/**
 * Reads a series of minutes into the data behind the series reports: the action
 * tracker, the attendance register, the strategy coverage matrix and the timeline.
 * Pure: the same minutes give the same report, in any order.
 * @param minutesList Parsed minutes, in any order; documents that are not minutes are skipped.
 */
export function buildSeries(minutesList: readonly Minutes[], options: SeriesOptions = {}): SeriesReport {
  const series = orderSeries(minutesList);
  return {
    title: options.title ?? defaultTitle(series.minutes),
    meetings: series.meetings,
    skipped: series.skipped,
    actions: trackActions(series),
    attendance: buildAttendanceRegister(series),
    coverage: options.serviceAreaLinks ? buildCoverageMatrix(series, options.serviceAreaLinks, options.serviceAreas) : null,
    timeline: buildTimeline(series),
  };
}

function defaultTitle(minutes: readonly Minutes[]): string {
  const named = [...new Set(minutes.map((m) => m.body?.trim()).filter((b): b is string => Boolean(b)))];
  // "London Strategic Migration Partnership Board" is the same body as "London Strategic Migration Partnership".
  const bodies = named.filter((body) => !named.some((other) => other !== body && foldText(body).startsWith(foldText(other))));
  return bodies.length > 0 ? `${bodies.join('; ')}: a series of meetings` : 'A series of meetings';
}
