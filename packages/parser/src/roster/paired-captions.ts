import type { Line } from '../scan/scan-lines.js';
import { cellsOf, parseEntry } from './parse-entry.js';

// "Name | Type of Governor | Name | Type of Governor": a governing board's table of two people a row, the same
// captions over each pair of columns. The first caption names the people; the second says who each is.
const PERSON_CAPTION = /^(?:names?|governors?|members?|trustees?|attendees?)$/i;
// The second caption: what kind of member each is, or their post.
const KIND_CAPTION = /^(?:(?:type|category|kind)(?:\s+of\s+(?:governor|member|trustee))?|governor\s+(?:type|category)|roles?|positions?|posts?|representing|organi[sz]ations?)$/i;
const ORGANISATION_CAPTION = /^(?:representing|organi[sz]ations?)$/i;
// " / ": a table's cells flattened with slashes, as document-sharing pages convert Word tables.
const SLASH = ' / ';

// The cells a pair of columns holds: the name and who the person is.
const PAIR = 2;
// A word every caption row holds, tested before the row is split into cells.
const CAPTION_WORD = /name|governor|member|trustee|attendee/i;

export interface PairedCaptions {
  /** The cells were flattened with slashes, not tabs. */
  slashed: boolean;
  /** The second caption says what kind of member or post each is ("Type of Governor", "Role"): a role, not an organisation. */
  role: boolean;
}

/** The cells of a row, parted as the caption row's were. */
export function pairedCells(text: string, captions: PairedCaptions): readonly string[] {
  return cellsParted(text, captions.slashed);
}

const cellsParted = (text: string, slashed: boolean): readonly string[] => (slashed ? text.split(SLASH).map((c) => c.trim()) : cellsOf(text));

/** "Name / Type of Governor / Name / Type of Governor": captions repeated for a second person a row; else null. */
export function readPairedCaptions(text: string): PairedCaptions | null {
  if (!CAPTION_WORD.test(text)) return null;
  const slashed = !text.includes('\t') && text.includes(SLASH);
  const cells = cellsParted(text, slashed);
  if (cells.length !== 4 && cells.length !== 6) return null;
  for (let k = PAIR; k < cells.length; k++) if (cells[k]!.toLowerCase() !== cells[k % PAIR]!.toLowerCase()) return null;
  return PERSON_CAPTION.test(cells[0]!) && KIND_CAPTION.test(cells[1]!) ? { slashed, role: !ORGANISATION_CAPTION.test(cells[1]!) } : null;
}

/** The pairs of a row under paired captions ("Jo Hale / Chair and Co-opted / Ann Lee / Parent"), each a name and who they are. */
export function splitPairs(cells: readonly string[]): string[][] | null {
  if (cells.length === 0 || cells.length % PAIR !== 0) return null;
  const pairs: string[][] = [];
  for (let k = 0; k < cells.length; k += PAIR) pairs.push(cells.slice(k, k + PAIR) as string[]);
  return pairs;
}

/** A row of the paired table a list's lines open with ("Name / Type of Governor / ..." first): the list goes on. */
export function continuesPairedTable(line: Line, lines: readonly Line[]): boolean {
  const first = lines.find((l) => !l.blank);
  const captions = first ? readPairedCaptions(first.text) : null;
  const pairs = captions ? splitPairs(pairedCells(line.text, captions)) : null;
  return pairs?.every((pair) => parseEntry(pair) !== null) === true;
}
