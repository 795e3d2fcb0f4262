import type { Position } from '@lsmp/model';
import type { MeetingReportOptions } from './options.js';
import { lineRange, lineRangeFragment, lineRangeLabel } from './source-lines.js';

/** A link from a rendered part back to its lines in the source. */
export interface SourceLink {
  href: string;
  /** "lines 12–14". */
  label: string;
}

/**
 * The link from a node to its source lines: inside the document when the HTML
 * report carries the source view, else to `sourceHref`, else none.
 * @param position The node's span.
 * @param options The report options.
 * @param inDocument Whether the document includes the source view (HTML with `source`).
 */
export function sourceLink(position: Position | undefined, options: MeetingReportOptions, inDocument: boolean): SourceLink | null {
  const range = lineRange(position);
  if (!range) return null;
  const label = lineRangeLabel(range);
  // An id can name one line only, so in-document links jump to the first line.
  if (inDocument) return { href: `#L${range.first}`, label };
  if (options.sourceHref !== undefined) return { href: `${options.sourceHref}#${lineRangeFragment(range)}`, label };
  return null;
}
