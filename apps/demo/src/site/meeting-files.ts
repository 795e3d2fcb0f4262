import type { LoadedMinutes } from '../io/load-minutes.js';
import type { SiteFile } from './site-file.js';

/** Per meeting: its source text (which the pages link their lines to). */
export function meetingFiles(doc: LoadedMinutes): SiteFile[] {
  return [{ path: `meetings/${doc.slug}.txt`, content: doc.text, label: 'source text' }];
}
