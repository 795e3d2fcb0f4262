// A word processor's table saved as HTML (a WordPress post of minutes) writes an item's heading as the bold run
// that opens the row's text cell and its record straight after it in the same cell ("<b>Correspondence</b>7.1 ...",
// "<b><u>Play area</u></b><ul><li>..."). Once the tags go, the heading and the record run together
// ("Correspondence7.1 ..."): the bold run's end is where the heading stops.

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** The lower-case name of the tag opening at `open` ("b", "/b", "span"), read up to a space, "/" or ">". */
function tagName(s: string, open: number, close: number): string {
  let end = open + 1;
  if (s.charCodeAt(end) === 47) end++;
  while (end < close && !isSpace(s.charCodeAt(end)) && s.charCodeAt(end) !== 47) end++;
  return s.slice(open + 1, end).toLowerCase();
}

const isBold = (name: string) => name === 'b' || name === 'strong';

/**
 * Where the bold run that opens an HTML cell ends (adjacent bold runs, "<b>No apologies</b><b> for Absence</b>",
 * are one), or -1 when the cell does not open with one or nothing but blanks and tags follows it.
 */
export function cellHeadingEnd(cell: string): number {
  let depth = 0;
  let runEnd = -1;
  let i = 0;
  while (i < cell.length) {
    const c = cell.charCodeAt(i);
    if (c === 60) {
      const close = cell.indexOf('>', i + 1);
      if (close === -1) return -1;
      const name = tagName(cell, i, close);
      const bare = name.startsWith('/') ? name.slice(1) : name;
      if (isBold(bare)) {
        depth = name.startsWith('/') ? Math.max(0, depth - 1) : depth + 1;
        if (depth === 0) runEnd = close + 1;
      } else if (depth === 0) break; // a list, a break or a heading after the run: the record starts
      i = close + 1;
    } else if (c === 38 && cell.startsWith('&nbsp;', i)) i += 6;
    else if (isSpace(c)) i++;
    else if (depth === 0) break; // words outside any bold run
    else {
      // Words inside the run: on to its next tag.
      const next = cell.indexOf('<', i);
      i = next === -1 ? cell.length : next;
    }
  }
  if (runEnd === -1) return -1;
  return hasWords(cell, runEnd) ? runEnd : -1;
}

/** Whether anything but tags, blanks and no-break space entities stands in the cell from `from` on. */
function hasWords(cell: string, from: number): boolean {
  let i = from;
  while (i < cell.length) {
    const c = cell.charCodeAt(i);
    if (c === 60) {
      const close = cell.indexOf('>', i + 1);
      if (close === -1) return true;
      i = close + 1;
    } else if (c === 38 && cell.startsWith('&nbsp;', i)) i += 6;
    else if (isSpace(c)) i++;
    else return true;
  }
  return false;
}
