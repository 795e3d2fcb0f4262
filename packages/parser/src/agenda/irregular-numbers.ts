import type { Line } from '../scan/scan-lines.js';
import { type ItemHeading, readItemHeading } from './headings.js';
import { readsAsSentence } from './run-in-title.js';

const PLAIN_NUMBER = /^(\d{1,3})[.)]\s+\S/;
// How far ahead the item a list's point shares its number with is looked for.
const LIST_LOOKAHEAD = 80;

/** "3. Water supply", "2) That ...": a line that opens with a plain number. */
export const startsWithPlainNumber = (text: string): boolean => PLAIN_NUMBER.test(text);

/**
 * Items whose plain numbers repeat ("3. Water", "3. Rents") or run out of order
 * ("5." before "4."): read as items only where a list inside an item cannot be
 * meant: after a blank line, in an item with text and no numbered lines of its own,
 * with a short title. The numbering diagnostics then say what is irregular.
 */
export class IrregularNumbers {
  private readonly used = new Set<number>();
  private numberedText = false;
  private textLines = 0;
  // The last number of the list that runs "1.", "2.", ... in the open item's text.
  private listLast = 0;

  /** A heading opened an item. */
  opened(n: number): void {
    this.used.add(n);
    this.numberedText = false;
    this.textLines = 0;
    this.listLast = 0;
  }

  /** A non-blank line of the open item's text. */
  text(line: Line): void {
    this.textLines++;
    if (!startsWithPlainNumber(line.text)) return;
    this.numberedText = true;
    const n = Number.parseInt(line.text, 10);
    this.listLast = n === 1 || n === this.listLast + 1 ? n : 0;
  }

  /**
   * "7. Correspondence", its letters "1." to "11.", then "8. Planning": the letters' "8." is their list's next point,
   * not item 8, when the list has run up to it from "1." and a later line is item 8.
   */
  continuesList(content: Line[], at: number, n: number): boolean {
    if (this.listLast === 0 || this.listLast !== n - 1) return false;
    const end = Math.min(content.length, at + LIST_LOOKAHEAD);
    for (let k = at + 1; k < end; k++) {
      const later = content[k]!;
      // (A later "4." indented past this line is a point of a deeper list, not the item this line would stand in for.)
      if (!later.blank && later.indent <= content[at]!.indent && startsWithPlainNumber(later.text) && Number.parseInt(later.text, 10) === n && readItemHeading(later, n - 1)) return true;
    }
    return false;
  }

  /** The open item's text has numbered lines of its own: a list, whose next number is no item. */
  get listsInText(): boolean {
    return this.numberedText;
  }

  read(content: Line[], at: number, last: number): ItemHeading | null {
    const m = PLAIN_NUMBER.exec(content[at]!.text);
    if (!m || this.textLines === 0 || this.numberedText) return null;
    const n = Number(m[1]);
    // "1. Matters arising" / "• ..." / "1. Finance": a page's lists each numbered from 1 (a list per heading, as a web
    // page or a word processor restarts them) stand close, with no blank line before the next "1.".
    if (!(content[at - 1]?.blank ?? true) && !(n === 1 && last === 1)) return null;
    const repeated = n === last;
    const outOfOrder = !this.used.has(n) && n !== last + 1 && Math.abs(n - last) <= 3;
    if (!repeated && !outOfOrder) return null;
    const heading = readItemHeading(content[at]!, n - 1);
    if (!heading || heading.rest || heading.title.split(' ').length > 10 || /[;,:]$/.test(heading.title)) return null;
    // "1. Review of Draft Work Programme.": a title may keep its stop; a numbered sentence ("1. Minutes were agreed.",
    // "1. That the board notes the report.") is no title.
    return heading.title.endsWith('.') && (readsAsSentence(heading.title) || /^That\s/.test(heading.title)) ? null : heading;
  }
}
