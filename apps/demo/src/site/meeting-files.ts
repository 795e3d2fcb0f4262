import { meetingFormat } from '../formats/meeting-formats.js';
import type { StrategyLinks } from '../formats/strategy-links.js';
import type { LoadedMinutes } from '../io/load-minutes.js';
import { jsonText, type SiteFile } from './site-file.js';

/** Formats each meeting gets in `downloads/` (its JSON is under `api/`). */
const DOWNLOADS = ['actions-csv', 'attendance-csv', 'ics', 'ocd', 'popolo'] as const;

/**
 * Per meeting: its page (HTML with a source view), Markdown, source text, canonical
 * JSON, London Enriched links, and the downloads, every one rendered by @lsmp/report.
 */
export function meetingFiles(doc: LoadedMinutes, strategy: StrategyLinks): SiteFile[] {
  const page = (path: string, label: string, content: string | null): SiteFile[] => (content === null ? [] : [{ path, content, label, meeting: doc.slug }]);
  const context = { text: doc.text, sourceHref: `${doc.slug}.txt`, serviceAreas: strategy.serviceAreas };
  const downloads = DOWNLOADS.flatMap((id) => {
    const format = meetingFormat(id);
    return page(`downloads/${doc.slug}${format.suffix}`, format.label, format.render(doc.minutes, { ...context, sourceHref: `../meetings/${doc.slug}.txt`, bom: true }));
  });
  return [
    ...page(`meetings/${doc.slug}.html`, 'page', meetingFormat('html').render(doc.minutes, { text: doc.text, serviceAreas: strategy.serviceAreas })),
    ...page(`meetings/${doc.slug}.md`, 'Markdown', meetingFormat('markdown').render(doc.minutes, context)),
    ...page(`meetings/${doc.slug}.txt`, 'source text', doc.text),
    ...page(`api/meetings/${doc.slug}.json`, 'JSON', meetingFormat('json').render(doc.minutes, context)),
    ...page(`api/links/${doc.slug}.json`, 'London Enriched links', jsonText(strategy.links)),
    ...downloads,
  ];
}
