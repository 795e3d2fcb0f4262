// A document site's text of a PDF can keep its paragraphs as "<p>...</p>" tags and write them all on one physical
// line ("<p>PRESENT: ...</p><p>1. APOLOGIES</p><p>..."). Such a line, opening with a paragraph tag, is read as the
// paragraphs it joins, each keeping its tags (a table row's cell that holds paragraphs is no such line).

const CLOSE = '</p>';
// One closed paragraph is a line of its own already.
const MIN_PARAGRAPHS = 2;

const opensParagraph = (s: string, at: number) => s.charCodeAt(at) === 60 && (s.charCodeAt(at + 1) | 32) === 112 && (s.charCodeAt(at + 2) === 62 || s.charCodeAt(at + 2) === 32);

/** The [start, end) spans of the paragraphs a "<p>...</p><p>...</p>" line holds, or [] when it is no such line. */
export function paragraphPieces(raw: string): [number, number][] {
  let from = 0;
  while (raw.charCodeAt(from) === 32 || raw.charCodeAt(from) === 9) from++;
  if (!opensParagraph(raw, from)) return [];
  const lower = raw.toLowerCase();
  const pieces: [number, number][] = [];
  let last = 0;
  for (let close = lower.indexOf(CLOSE); close !== -1; close = lower.indexOf(CLOSE, close + 1)) {
    const end = close + CLOSE.length;
    let next = end;
    while (raw.charCodeAt(next) === 32) next++;
    // Only where the next paragraph opens: "</p>" before words is read as it was.
    if (next < raw.length && !opensParagraph(raw, next)) continue;
    pieces.push([last, end]);
    last = next;
  }
  if (pieces.length < MIN_PARAGRAPHS) return [];
  if (last < raw.length) pieces.push([last, raw.length]);
  return pieces;
}
