import type { Line } from '../scan/scan-lines.js';
import { filledFrom } from '../scan/filled-lines.js';
import type { ItemSection } from './segment.js';
import { ISSUE_MEETING } from '../header/body-name.js';

/**
 * A committee website's history of one issue ("Issue - meetings", modern.gov's ieIssueDetails page): for each
 * meeting that took it, "Meeting: 07/03/2022 - Planning Committee (Item 73)", then the item's own line
 * "73 Minutes" and its record. The item line under each meeting line is an item.
 */

// What follows the number on the item's line: its stop, if any, then the title.
const ITEM_TITLE = /^[.)]?\s+(\S.*)$/;

/** The item of each meeting line, and the lines above the first (the first meeting line with them); null where there are none. */
export function readIssueMeetings(content: readonly Line[]): { before: Line[]; items: ItemSection[] } | null {
  const items: ItemSection[] = [];
  let first = -1;
  for (let k = 0; k < content.length; k++) {
    const m = content[k]!.blank ? null : ISSUE_MEETING.exec(content[k]!.text);
    if (!m) {
      items[items.length - 1]?.lines.push(content[k]!);
      continue;
    }
    const at = filledFrom(content, k + 1);
    const line = content[at];
    const number = m[3]!;
    // "73 Minutes", "2. Minutes of the last meeting": the meeting's number for the item, then its title.
    const title = line?.text.startsWith(number) ? ITEM_TITLE.exec(line.text.slice(number.length)) : null;
    if (!line || !title) continue;
    if (first < 0) first = k;
    items.push({ heading: { number, title: title[1]!, rest: '' }, line, lines: [] });
    k = at;
  }
  return items.length > 0 ? { before: content.slice(0, first + 1), items } : null;
}
