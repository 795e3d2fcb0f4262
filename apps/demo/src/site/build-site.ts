import type { SeriesReport } from '@lsmp/report';
import type { LoadedMinutes } from '../io/load-minutes.js';
import { apiFiles } from './api-files.js';
import { indexPage } from './index-page.js';
import { meetingFiles } from './meeting-files.js';
import { seriesFiles } from './series-files.js';
import type { SiteFile } from './site-file.js';

/** Every file of the report site, in memory; `writeSite` puts them on disk. */
export function buildSite(loaded: readonly LoadedMinutes[], report: SeriesReport, options: { withPage: boolean }): SiteFile[] {
  const files = [...loaded.flatMap((doc) => meetingFiles(doc)), ...seriesFiles(loaded, {}), ...apiFiles(loaded, report)];
  return [indexPage(loaded, report, files, options.withPage), ...files];
}
