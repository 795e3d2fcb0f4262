import type { Minutes } from '@lsmp/model';
import { attendanceLists, attendeeNotes } from '../meeting/attendance-lists.js';
import type { MeetingReportOptions } from '../meeting/options.js';
import { actionOriginLabel, ownerLabels } from '../meeting/owners.js';
import { sourceLink } from '../meeting/source-link.js';
import { h, type MarkupElement } from '../shared/markup.js';
import { attendeeDisplayName } from '../shared/people.js';
import { dataTable, labelledSection, sourceLinkNodes } from './nodes.js';

/** Attendance: a table per roster list, with the count in the caption. */
export function attendanceSection(minutes: Minutes): MarkupElement[] {
  const lists = attendanceLists(minutes.attendees);
  if (lists.length === 0) return [];
  const tables = lists.map((list) =>
    dataTable(
      `${list.heading} (${list.attendees.length})`,
      ['Name', 'Initials', 'Organisation', 'Role', 'Notes'],
      list.attendees.map((a) => [attendeeDisplayName(a), a.initials ?? '', a.organisation ?? '', a.role ?? '', attendeeNotes(a).join('; ')]),
    ),
  );
  return [labelledSection('attendance', 'Attendance', tables)];
}

/** Actions: one table in the order the minutes record them. */
export function actionsSection(minutes: Minutes, options: MeetingReportOptions, inDocument: boolean): MarkupElement[] {
  if (minutes.actions.length === 0) return [];
  const rows = minutes.actions.map((action) => {
    const owners = ownerLabels(action, minutes.attendees);
    return [
      action.number ?? '',
      [action.text, ...sourceLinkNodes(sourceLink(action.position, options, inDocument))],
      owners.length > 0 ? [h('ul', { class: 'owners' }, owners.map((owner) => h('li', owner)))] : '',
      action.itemNumber ?? '',
      actionOriginLabel(action),
      action.status ?? '',
    ];
  });
  // The action's text names the row better than its number, which may be missing.
  const table = dataTable(`Actions (${minutes.actions.length})`, ['No.', 'Action', 'Owners', 'Item', 'Raised', 'Status'], rows, 1);
  return [labelledSection('actions', 'Actions', [table])];
}
