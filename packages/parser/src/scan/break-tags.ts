// A document repository's page text (Laserfiche WebLink, as many American city commissions publish minutes) keeps
// each line break of the PDF as a literal "<br />" and runs the lines together on one physical line. Such a line,
// of line-break tags and no other markup, is read as the lines it joins.

// Fewer tags than this are an odd break inside a web paragraph, read as a space as before.
const MIN_BREAKS = 3;

const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The end of a line-break tag ("<br>", "<br/>", "<BR />") opening at `at`, or -1 when no such tag opens there. */
function breakTagEnd(s: string, at: number): number {
  if ((s.charCodeAt(at + 1) | 32) !== 98 || (s.charCodeAt(at + 2) | 32) !== 114) return -1;
  let k = at + 3;
  while (s.charCodeAt(k) === 32) k++;
  if (s.charCodeAt(k) === 47) k++;
  return s.charCodeAt(k) === 62 ? k + 1 : -1;
}

/** The [start, end) spans of the lines a "<br />"-joined line holds (tags left out), or [] when it is no such line. */
export function brokenLinePieces(raw: string): [number, number][] {
  const pieces: [number, number][] = [];
  let last = 0;
  for (let open = raw.indexOf('<'); open !== -1; open = raw.indexOf('<', open + 1)) {
    const end = breakTagEnd(raw, open);
    if (end === -1) {
      // Any other tag ("<p>", "</td>") is web markup, read as it was; a lone "<" in the words is no tag.
      const c = raw.charCodeAt(open + 1);
      if (isLetterCode(c) || c === 47) return [];
      continue;
    }
    pieces.push([last, open]);
    last = end;
    open = end - 1;
  }
  if (pieces.length < MIN_BREAKS) return [];
  pieces.push([last, raw.length]);
  return pieces;
}
