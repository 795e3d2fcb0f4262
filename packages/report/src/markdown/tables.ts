import type { Minutes } from '@lsmp/model';
import type { RootContent } from 'mdast';
import { attendanceLists, attendeeNotes } from '../meeting/attendance-lists.js';
import type { MeetingReportOptions } from '../meeting/options.js';
import { actionOriginLabel, ownerLabels } from '../meeting/owners.js';
import { sourceLink } from '../meeting/source-link.js';
import { attendeeDisplayName } from '../shared/people.js';
import { heading, sourceLinkNodes, table, text } from './nodes.js';

/** Attendance: one table per roster list, in report order. */
export function attendanceSection(minutes: Minutes): RootContent[] {
  const lists = attendanceLists(minutes.attendees);
  if (lists.length === 0) return [];
  const nodes: RootContent[] = [heading(2, 'Attendance')];
  for (const list of lists) {
    nodes.push(heading(3, `${list.heading} (${list.attendees.length})`));
    const rows = list.attendees.map((a) => [attendeeDisplayName(a), a.initials ?? '', a.organisation ?? '', a.role ?? '', attendeeNotes(a).join('; ')]);
    nodes.push(table(['Name', 'Initials', 'Organisation', 'Role', 'Notes'], rows));
  }
  return nodes;
}

/** Actions: one table, in the order the minutes record them. */
export function actionsSection(minutes: Minutes, options: MeetingReportOptions): RootContent[] {
  if (minutes.actions.length === 0) return [];
  const rows = minutes.actions.map((action) => [
    action.number ?? '',
    [text(action.text), ...sourceLinkNodes(sourceLink(action.position, options, false))],
    ownerLabels(action, minutes.attendees).join('; '),
    action.itemNumber ?? '',
    actionOriginLabel(action),
    action.status ?? '',
  ]);
  return [heading(2, 'Actions'), table(['No.', 'Action', 'Owners', 'Item', 'Raised', 'Status'], rows)];
}
