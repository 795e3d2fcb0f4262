import { serviceAreaCatalogue } from '../formats/strategy-links.js';
import type { LoadedSeries } from '../series/load-series.js';
import { apiFiles } from './api-files.js';
import { indexPage } from './index-page.js';
import { meetingFiles } from './meeting-files.js';
import { seriesFiles } from './series-files.js';
import type { SiteFile } from './site-file.js';

/** Every file of the report site, in memory; `writeSite` puts them on disk. */
export function buildSite({ loaded, strategy, report }: LoadedSeries, options: { withPage: boolean; note?: string | undefined }): SiteFile[] {
  const files = [
    ...loaded.flatMap((doc, index) => meetingFiles(doc, strategy[index]!)),
    ...seriesFiles(loaded, { serviceAreaLinks: strategy.map((links) => links.serviceAreas), serviceAreas: serviceAreaCatalogue }),
    ...apiFiles(loaded, report),
  ];
  return [indexPage(loaded, report, files, options), ...files];
}
