import type { Minutes } from '@lsmp/model';
import { parseMinutes } from '@lsmp/parser';
import { buildSeries, renderHtml, renderSeriesHtml } from '@lsmp/report';
import { byteLength, type BenchCorpus, largestDocument } from './corpus.js';
import { lsmpLink } from './contenders.js';
import { measure, megabytesPerSecond, type Timing } from './measure.js';

/** Timings of the renderer and the linker. */
export interface RendererAndLinkerResult {
  /** HTML report of the largest corpus document. */
  meetingHtml: Timing;
  /** buildSeries + renderSeriesHtml over 100 meetings. */
  seriesHtml: Timing & { meetings: number };
  /** linkMinutes over every distinct document, parsed beforehand. */
  linker: Timing & { documents: number; MBps: number };
}

/** The i-th meeting of a made-up monthly series, so that 100 copies read as 100 meetings. */
function asMonthlyMeeting(minutes: Minutes, index: number): Minutes {
  const year = 2000 + Math.floor(index / 12);
  const month = String((index % 12) + 1).padStart(2, '0');
  return { ...minutes, date: `${year}-${month}-15` };
}

export function measureRendererAndLinker(corpus: BenchCorpus): RendererAndLinkerResult {
  const largest = largestDocument(corpus);
  const largestMinutes = parseMinutes(largest.text).minutes;
  const parsed = corpus.documents.map((doc) => ({ text: doc.text, minutes: parseMinutes(doc.text).minutes }));
  const meetings = parsed.filter((p) => p.minutes.kind === 'minutes');
  const series = Array.from({ length: 100 }, (_, i) => asMonthlyMeeting(meetings[i % meetings.length]!.minutes, i));
  const timing = measure(
    {
      meetingHtml: () => renderHtml(largestMinutes, { source: largest.text }),
      seriesHtml: () => renderSeriesHtml(buildSeries(series)),
      linker: () => {
        for (const p of parsed) lsmpLink(p.minutes, p.text);
      },
    },
    { timeMs: 2000, iterations: 5 },
  );
  const linkedBytes = parsed.reduce((sum, p) => sum + byteLength(p.text), 0);
  return {
    meetingHtml: timing.meetingHtml!,
    seriesHtml: { ...timing.seriesHtml!, meetings: series.length },
    linker: { ...timing.linker!, documents: parsed.length, MBps: megabytesPerSecond(linkedBytes, timing.linker!.medianMs) },
  };
}
