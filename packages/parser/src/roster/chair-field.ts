import type { Attendee } from '@lsmp/model';
import { listIn } from '../map-lists.js';
import type { RosterHeading } from './headings.js';
import { parseEntry } from './parse-entry.js';
import { trimEndOf } from '../text/clean.js';

const CHAIR_WORDS = ['chair', 'chairman', 'chairwoman', 'chairperson'];

/**
 * "Chair Julia Mulligan" in a meeting's header, a table of fields flattened with a space
 * between label and value: the chair, when the rest is a name and nothing more.
 */
export function readChairField(text: string): RosterHeading | null {
  const space = text.indexOf(' ');
  if (space === -1) return null;
  // Every sentence ending names the chair: most lines have no "chair" at all.
  const chaired = /chair/i.test(text) ? chairSentenceName(text) : null;
  if (!chaired && !CHAIR_WORDS.includes(text.slice(0, space).toLowerCase())) return null;
  const rest = chaired ?? text.slice(space + 1).trim();
  const entry = parseEntry([rest]);
  const bare = entry !== null && Object.values(entry.description).every((v) => v === null || v === false);
  return bare ? { attendance: 'present', chair: true, label: chaired ? 'Chair' : text.slice(0, space), rest } : null;
}

const CHAIR_SENTENCE_ENDS = [' was in the chair', ' chaired the meeting', ' in the chair'];

/** "Cllr Mo Finch was in the chair", "Mayor Jo Pike chaired the meeting": the name before the words. */
function chairSentenceName(text: string): string | null {
  const lower = trimEndOf(text, '.').toLowerCase();
  const end = CHAIR_SENTENCE_ENDS.find((words) => lower.endsWith(words));
  return end ? text.slice(0, lower.length - end.length).trim() : null;
}

/**
 * "Chair: Julia Mulligan" (or "Secretary Victoria Robinson") above the lists, and the same
 * person again in a list: one attendee, the listed one, who takes the chair. Entries read
 * from the fields above the lists (a bare chair, or no list at all) give way to a later
 * listed entry of the same name; ids are then given again in order.
 */
export function foldChairField(attendees: Attendee[]): Attendee[] {
  const unlistedPerLine = countPerLine(attendees, (a) => a.list === null);
  const listed = new ListedNames(attendees);
  const perLine = countPerLine(attendees);
  const perLineLabel = countPerLineLabel(attendees);
  const folded = attendees.filter((field, k) => {
    const bareChair = field.chair && !field.organisation && !field.role && !field.initials;
    // "Chairperson: Cy Dunn" below the list that named him: the listed entry takes the chair. ("Facilitator: Lila Recorder:
    // Robert": the one name of its label, though other labels share its line.)
    const alone = bareChair && (perLine.get(field.position?.start.line ?? -1) === 1 || perLineLabel.get(lineLabelKey(field)) === 1);
    const before = alone ? listed.sameName(field.name, (other, j) => j < k && other.attendance === 'present' && !other.chair) : undefined;
    if (before) {
      before.chair = true;
      return false;
    }
    // "Ada Finch (AF), Hugo Sands (HS), ...": an attendance line with no heading names several people, a field one.
    const onListLine = (unlistedPerLine.get(field.position?.start.line ?? -1) ?? 0) > 1;
    if (!bareChair && (field.list !== null || onListLine)) return true;
    const later = listed.sameName(field.name, (other, j) => j > k && (!field.chair || other.attendance === 'present'));
    if (!later) return true;
    if (field.chair) later.chair = true;
    return false;
  });
  if (folded.length === attendees.length) return attendees;
  folded.forEach((attendee, k) => {
    attendee.id = `a${k + 1}`;
  });
  return folded;
}

/** The attendees a list gave, by name and by given name, so each field looks up its name rather than scanning the roster. */
class ListedNames {
  private readonly byName = new Map<string, number[]>();
  private readonly byGivenName = new Map<string, number[]>();

  constructor(private readonly attendees: Attendee[]) {
    attendees.forEach((a, j) => {
      if (a.list === null) return;
      const lower = a.name.toLowerCase();
      listIn(this.byName, lower).push(j);
      const space = lower.indexOf(' ');
      if (space !== -1) listIn(this.byGivenName, lower.slice(0, space)).push(j);
    });
  }

  /**
   * The listed attendee, among those `eligible`, a field names: the same name, or ("Chair: Esther"
   * above "Esther Wit") a given name alone that starts the name of exactly one of them.
   */
  sameName(name: string, eligible: (other: Attendee, index: number) => boolean): Attendee | undefined {
    const lower = name.toLowerCase();
    const same = this.eligibleOf(this.byName.get(lower), eligible);
    if (same.length || name.includes(' ')) return same[0];
    const starting = this.eligibleOf(this.byGivenName.get(lower), eligible);
    return new Set(starting.map((other) => other.name.toLowerCase())).size === 1 ? starting[0] : undefined;
  }

  private eligibleOf(indexes: number[] | undefined, eligible: (other: Attendee, index: number) => boolean): Attendee[] {
    return (indexes ?? []).filter((j) => eligible(this.attendees[j]!, j)).map((j) => this.attendees[j]!);
  }
}

/** The field's line and the label it came under, as one key. */
const lineLabelKey = (a: Attendee): string => `${a.position?.start.line ?? -1}\t${a.list ?? ''}`;

/** How many attendees each line's label gave. */
function countPerLineLabel(attendees: Attendee[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of attendees) {
    if (a.list === null || !a.position) continue;
    const key = lineLabelKey(a);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** How many entries each line gave (of those `counted` keeps). */
function countPerLine(attendees: Attendee[], counted: (a: Attendee) => boolean = () => true): Map<number, number> {
  const counts = new Map<number, number>();
  for (const a of attendees) {
    const line = a.position?.start.line;
    if (line !== undefined && counted(a)) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return counts;
}
