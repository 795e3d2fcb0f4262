import type { RosterHeading } from '../roster/headings.js';
import type { RosterSection } from '../roster/read-roster.js';
import { pluralPostOf } from '../roster/plural-post.js';

/**
 * "Officials in Attendance" then "Directors: Kevin Stewart, Tadhg McDonnell": under a list of the body's officials, a line
 * keyed by a post in the plural names more of them by their post, not a new list of directors present.
 */
export function keysPostInStaffList(heading: RosterHeading, previous: RosterSection | undefined): boolean {
  if (!previous || heading.chair || heading.attendance !== 'present' || heading.rest === '') return false;
  if (previous.heading.attendance !== 'secretariat' && previous.heading.attendance !== 'in-attendance') return false;
  const label = heading.label.replace(/:$/, '').trim();
  return pluralPostOf(label) !== null;
}
