import type { ItemServiceAreas } from '../shared/service-areas.js';

/** Options for the one-meeting reports ({@link renderMarkdown}, {@link renderHtml}). */
export interface MeetingReportOptions {
  /**
   * The service areas each agenda item concerns, from a linker such as
   * `@lsmp/london-enriched`'s `linkMinutes` (mapped to this shape). Without it the
   * reports show no service areas.
   */
  serviceAreas?: readonly ItemServiceAreas[] | undefined;
  /**
   * The text the minutes were parsed from. The HTML report then ends with a source
   * view (the text with numbered lines, ids `L1`, `L2`, ...) and every paragraph,
   * action and decision links to its lines there.
   */
  source?: string | undefined;
  /**
   * Where the text is published (a URL or a relative path). Paragraphs and actions
   * then link to `sourceHref#L12-L14` (GitHub's line fragments): in Markdown always,
   * in HTML when `source` is not given.
   */
  sourceHref?: string | undefined;
}
