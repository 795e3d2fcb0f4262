import type { Line } from '../scan/scan-lines.js';
import { startsWithBullet, withoutBulletMark } from '../text/bullets.js';
import type { ItemSection } from './segment.js';

/**
 * MeetBot's minutes of an IRC meeting: "Meeting summary" over a rule of dashes, then each topic the chair set a
 * bullet stamped with who set it and when ("* Budget review  (ann, 16:33:42)"), its links, agreements and
 * actions indented under it. The topics are the items; the notes under them stay out of the items, as the
 * actions among them are listed again below ("Action Items") and read there.
 */

const SUMMARY = /^meeting\s+summary$/i;
// "(dgilmore, 16:33:42)": the nick and the time closing each line of the summary (wrapped onto a line of its own at times).
const STAMP = /\([^\s(),]{1,40},\s\d{1,2}:\d{2}(?::\d{2})?\)$/;

/** The topics under a "Meeting summary" heading, or none: every topic must carry MeetBot's stamp. */
export function readMeetBotTopics(lines: readonly Line[]): { before: Line[]; items: ItemSection[] } | null {
  const at = lines.findIndex((l) => l.heading > 0 && SUMMARY.test(l.text));
  if (at < 0) return null;
  const items: ItemSection[] = [];
  let topIndent = -1;
  let open: { line: Line; text: string } | null = null;
  const close = (): boolean => {
    if (!open) return true;
    const title = open.text.replace(STAMP, '').trim();
    if (!STAMP.test(open.text) || title === '') return false;
    items.push({ heading: { number: null, title, rest: '' }, line: open.line, lines: [] });
    open = null;
    return true;
  };
  for (let k = at + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.blank) continue;
    const bullet = startsWithBullet(line.text);
    if (bullet && (topIndent < 0 || line.indent <= topIndent)) {
      if (!close()) return null;
      topIndent = line.indent;
      open = { line, text: withoutBulletMark(line.text).trim() };
    } else if (!bullet && line.indent > topIndent && topIndent >= 0 && open && !STAMP.test(open.text)) {
      // "* #5959 Enable keep-alive connections\n  (dgilmore, 16:41:44)": the topic wrapped before its stamp.
      open.text = `${open.text} ${line.text.trim()}`;
    } else if (!bullet && line.indent <= topIndent) {
      // "Meeting ended at ...": the summary is over (a note under the topic, or a wrapped note's stamp, is passed by).
      break;
    }
  }
  if (!close() || items.length === 0) return null;
  return { before: lines.slice(0, at), items };
}
