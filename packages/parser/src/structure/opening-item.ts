import type { Segments } from './segment.js';

// "Welcome and apologies", "Welcome, introductions and apologies", "Introductions": the meeting's opening, by its usual titles.
const OPENING_TITLE =
  /^(?:(?:chair'?s\s+)?welcome|introductions?|opening)(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:welcome|introductions?|apologies(?:\s+for\s+absence)?|declarations?\s+of\s+interests?))*[.:]?$/i;

/** "Welcome, introductions and apologies": the title of a meeting's opening. */
export const isOpeningTitle = (text: string): boolean => OPENING_TITLE.test(text.trim());

/**
 * "Welcome and apologies" alone between the lists and "1. Minutes of the previous meeting", text under it: the meeting's
 * opening, an item the minutes left unnumbered. Read only where the lists were read and the items are numbered from one,
 * so that the title stands where the first item would.
 */
export function withOpeningItem(out: Segments): Segments {
  const first = out.items[0];
  if (out.roster.length === 0 || !first?.heading.number?.startsWith('1')) return out;
  const at = out.preamble.findIndex((l) => !l.blank);
  const line = out.preamble[at];
  if (!line || line.heading > 0 || !isOpeningTitle(line.text)) return out;
  const text = out.preamble.slice(at + 1);
  if (!text.some((l) => !l.blank) || (text[0] && !text[0].blank)) return out;
  const title = line.text.trim().replace(/[.:]$/, '');
  return { ...out, preamble: out.preamble.slice(0, at), items: [{ heading: { number: null, title, rest: '' }, line, lines: text }, ...out.items] };
}
