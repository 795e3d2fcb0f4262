import type { Line } from '../scan/scan-lines.js';
import { partOf, blankedLine } from '../scan/line-part.js';

// A document-sharing site's transcription page (lawsdocbox, businessdocbox and their kin) opens with the document's
// title, the viewer's controls ("Size: px", "Start display at page:", 'Download "..."') and "Transcription"; the
// document's pages follow flattened, each after its number ("1 SANTA CRUZ ...", "2 Page 2 ..."). The controls and
// the first page's number are no part of the minutes.
const CONTROLS = /^(?:Size: ?px|Start display at page:|Download ".*"|Transcription)$/;
const VIEWER = 'Start display at page:';
// The controls stand under the title: the lines after these are not searched.
const REACH = 12;
const FIRST_PAGE = /^1 (?=\S)/;

/** The lines with a transcription page's viewer controls blank and the first page's number off its text. */
export function withoutViewerControls(content: Line[]): Line[] {
  const opening = content.slice(0, REACH);
  if (!opening.some((l) => l.text === VIEWER)) return content;
  let numbered = -1;
  const out = content.map((l, k) => {
    if (k >= REACH || !CONTROLS.test(l.text)) return l;
    if (l.text === 'Transcription') numbered = k;
    return blankedLine(l);
  });
  const first = numbered === -1 ? -1 : out.findIndex((l, k) => k > numbered && !l.blank);
  const line = out[first];
  if (line && FIRST_PAGE.test(line.text)) out[first] = partOf(line, 2, line.text.length);
  return out;
}
