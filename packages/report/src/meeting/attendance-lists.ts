import type { Attendance, Attendee } from '@lsmp/model';

/** One roster list as reports show it. */
export interface AttendanceList {
  attendance: Attendance;
  heading: string;
  attendees: Attendee[];
}

const LIST_HEADINGS: Record<Attendance, string> = {
  present: 'Present',
  apologies: 'Apologies',
  'in-attendance': 'In attendance',
  secretariat: 'Secretariat',
  speaker: 'Speakers',
  absent: 'Absent',
};

/** The order in which reports show the lists, whatever order the minutes used. */
export const ATTENDANCE_ORDER: readonly Attendance[] = ['present', 'apologies', 'in-attendance', 'secretariat', 'speaker', 'absent'];

/**
 * The non-empty roster lists in report order, people in roster order within each.
 * @param attendees The roster.
 */
export function attendanceLists(attendees: readonly Attendee[]): AttendanceList[] {
  return ATTENDANCE_ORDER.map((attendance) => ({
    attendance,
    heading: LIST_HEADINGS[attendance],
    attendees: attendees.filter((a) => a.attendance === attendance),
  })).filter((list) => list.attendees.length > 0);
}

/** The heading of one list ("In attendance"). */
export function attendanceHeading(attendance: Attendance): string {
  return LIST_HEADINGS[attendance];
}

/**
 * What else the roster says about a person: chair, substitute, shadowing, part of the meeting.
 * @returns Short notes, such as ["Chair", "for Una Marr"].
 */
export function attendeeNotes(attendee: Attendee): string[] {
  const notes: string[] = [];
  if (attendee.chair) notes.push('Chair');
  if (attendee.substituteFor) notes.push(`for ${attendee.substituteFor}`);
  if (attendee.shadowing) notes.push(`shadowing ${attendee.shadowing}`);
  if (attendee.partial) notes.push('part of the meeting');
  return notes;
}
