import { startsWithBullet } from '../text/bullets.js';
import type { RosterHeading } from './headings.js';
import type { RosterSection } from './read-roster.js';

// "Attendees and apologies", "Attendance & Apologies": one heading over both lists.
const BOTH_LISTS = /^(?:attendees|attendance|present)\s+(?:and|&)\s+apologies$/i;

/**
 * "Attendees and apologies" over two blocks of people parted by blank lines, neither with a heading of its own: the
 * caption above a table whose two parts lost their own captions, those present first, then those who sent apologies.
 * Three blocks are the same page with its guests between ("Present" / "In attendance" / "Apologies", every caption lost):
 * the middle block attended, the last sent apologies. One block says nothing of where the apologies start, and stays a list
 * of those present.
 */
export function splitAttendanceAndApologies(section: RosterSection): RosterSection[] {
  if (section.heading.rest !== '' || !BOTH_LISTS.test(section.heading.label)) return [section];
  const blocks: number[] = [];
  for (let k = 0; k < section.lines.length; k++) if (!section.lines[k]!.blank && (k === 0 || section.lines[k - 1]!.blank)) blocks.push(k);
  if (blocks.length !== 2 && blocks.length !== 3) return [section];
  // The parts of one table, alike: two lines at least in the first and the last (the guests may be one), every line
  // bulleted or none ("Scottish Government" over its people's bullets is a group's caption, no part of its own).
  const last = blocks[blocks.length - 1]!;
  const parts = blocks.map((start, k) => section.lines.slice(start, blocks[k + 1] ?? section.lines.length).filter((l) => !l.blank));
  if (parts[0]!.length < 2 || parts[parts.length - 1]!.length < 2) return [section];
  const filled = parts.flat();
  const bulleted = filled.filter((l) => startsWithBullet(l.text)).length;
  if (bulleted !== 0 && bulleted !== filled.length) return [section];
  const apologies: RosterHeading = { ...section.heading, attendance: 'apologies', chair: false };
  const split: RosterSection[] = [{ ...section, lines: section.lines.slice(0, blocks[1]) }];
  if (blocks.length === 3) {
    const guests: RosterHeading = { ...section.heading, attendance: 'in-attendance', chair: false };
    split.push({ ...section, heading: guests, headingLine: null, lines: section.lines.slice(blocks[1], last) });
  }
  split.push({ ...section, heading: apologies, headingLine: null, lines: section.lines.slice(last) });
  return split;
}
