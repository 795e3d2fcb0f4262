import { startsWithBullet } from '../text/bullets.js';
import type { RosterHeading } from './headings.js';
import type { RosterSection } from './read-roster.js';

// "Attendees and apologies", "Attendance & Apologies": one heading over both lists.
const BOTH_LISTS = /^(?:attendees|attendance|present)\s+(?:and|&)\s+apologies$/i;

/**
 * "Attendees and apologies" over two blocks of people parted by blank lines, neither with a heading of its own: the
 * caption above a table whose two parts lost their own captions, those present first, then those who sent apologies.
 * One block (or three) says nothing of where the apologies start, and stays a list of those present.
 */
export function splitAttendanceAndApologies(section: RosterSection): RosterSection[] {
  if (section.heading.rest !== '' || !BOTH_LISTS.test(section.heading.label)) return [section];
  const blocks: number[] = [];
  for (let k = 0; k < section.lines.length; k++) if (!section.lines[k]!.blank && (k === 0 || section.lines[k - 1]!.blank)) blocks.push(k);
  if (blocks.length !== 2) return [section];
  // Two parts of one table, alike: two lines at least each, every line bulleted or none ("Scottish Government" over its
  // people's bullets is a group's caption, no part of its own).
  const first = section.lines.slice(0, blocks[1]).filter((l) => !l.blank);
  const second = section.lines.slice(blocks[1]).filter((l) => !l.blank);
  if (first.length < 2 || second.length < 2) return [section];
  const bulleted = [...first, ...second].filter((l) => startsWithBullet(l.text)).length;
  if (bulleted !== 0 && bulleted !== first.length + second.length) return [section];
  const apologies: RosterHeading = { ...section.heading, attendance: 'apologies', chair: false };
  return [
    { ...section, lines: section.lines.slice(0, blocks[1]) },
    { ...section, heading: apologies, headingLine: null, lines: section.lines.slice(blocks[1]) },
  ];
}
