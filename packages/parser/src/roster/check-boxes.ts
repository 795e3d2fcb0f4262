import type { Line } from '../scan/scan-lines.js';
import { CHECK_BOX, withoutBulletMark } from '../text/bullets.js';

/**
 * "* [x] Ada Finch, Acme" / "* [ ] Bo Reed, Initech": a roll kept as a task list, ticked for those
 * there. The lines without their boxes, and the lines left unticked (those absent, as "Absent" lists them).
 */
export function readCheckBoxes(lines: Line[]): { lines: Line[]; unticked: Set<number> } {
  const unticked = new Set<number>();
  let boxes = 0;
  const read = lines.map((line) => {
    const listed = line.text.includes('[') ? withoutBulletMark(line.text) : '';
    const box = listed ? CHECK_BOX.exec(listed) : null;
    if (!box) return line;
    boxes++;
    if (!/[xX]/.test(box[0])) unticked.add(line.index);
    return { ...line, text: `- ${listed.slice(box[0].length)}` };
  });
  // One box alone may be a task; a roll has two at least.
  return boxes >= 2 ? { lines: read, unticked } : { lines, unticked: new Set() };
}
