import { renderSeries } from '@lsmp/report';
import { serviceAreaCatalogue } from '../../src/formats/strategy-links.js';
import { analyse } from './analyse.js';
import type { SampleDocument } from './samples.js';

/**
 * The series report of @lsmp/report for a set of documents (the action tracker,
 * attendance register, strategy coverage and timeline), parsed and linked here.
 */
export function seriesReportHtml(documents: readonly SampleDocument[]): string {
  const analyses = documents.map((doc) => analyse(doc.name, doc.text));
  return renderSeries(
    analyses.map((a) => a.minutes),
    { format: 'html', serviceAreaLinks: analyses.map((a) => a.strategy.serviceAreas), serviceAreas: serviceAreaCatalogue },
  );
}
