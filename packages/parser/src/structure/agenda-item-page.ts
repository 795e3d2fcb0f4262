import type { Line } from '../scan/scan-lines.js';
import { filledFrom } from '../scan/filled-lines.js';
import { readsAsTitle } from '../agenda/row-title.js';
import type { ItemSection } from './segment.js';

/**
 * A committee website's page for one item of a meeting ("Agenda item", modern.gov's mgAi page): the caption, the
 * item's title, then the agenda's note and the record. The title line is the page's one item.
 */

// The page's caption, alone on its first line.
export const AGENDA_ITEM_CAPTION = /^agenda item$/i;

// A committee website's page for a meeting held (modern.gov's mgAi/ieListDocuments): "Agenda and decisions",
// "Agenda, decisions and draft minutes", "Agenda and minutes" on its first line; an agenda alone reads "Agenda".
export const MEETING_PAGE_CAPTION = /^agenda(?:, decisions)? and (?:draft )?(?:decisions|minutes)$/i;

/** The page's item, and the caption above it; null where the content is no such page or its title was lost. */
export function readAgendaItemPage(content: readonly Line[]): { before: Line[]; items: ItemSection[] } | null {
  const caption = filledFrom(content, 0);
  if (caption >= content.length || !AGENDA_ITEM_CAPTION.test(content[caption]!.text)) return null;
  const at = filledFrom(content, caption + 1);
  const line = content[at];
  // ("Apologies for absence were received from ...": the text itself, the title lost.)
  // ("1. Welcome": a numbered agenda under a caption, no page of one item.)
  if (!line || line.heading > 0 || !readsAsTitle(line.text) || /[!?]$/.test(line.text) || /^\d/.test(line.text)) return null;
  return { before: content.slice(0, caption + 1), items: [{ heading: { number: null, title: line.text, rest: '' }, line, lines: content.slice(at + 1) }] };
}
