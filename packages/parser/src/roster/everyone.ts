import type { RosterHeading } from './headings.js';

// "all", "everyone", "all members": a word for the whole body, which names nobody.
const EVERYONE = /^(?:all|everyone|everybody|all (?:members|present)|full (?:board|council|committee|membership))\.?$/i;

/**
 * "Attendance: all", "Present: everyone": a list's label whose value says the whole body came. It names nobody,
 * so it opens no list: the lines under it (an outline of the items) are not people.
 */
export function namesEveryone(heading: RosterHeading | null): boolean {
  return heading !== null && heading.attendance === 'present' && !heading.chair && EVERYONE.test(heading.rest.trim());
}
