import type { Action, Minutes } from '@lsmp/model';
import { lineRange, lineRangeFragment } from '../meeting/source-lines.js';
import { type CsvOptions, writeCsv } from '../shared/csv.js';

/** The columns of {@link renderActionsCsv}, in order. */
export const ACTIONS_CSV_COLUMNS = [
  'meeting_date',
  'body',
  'number',
  'action',
  'owners',
  'owners_as_written',
  'owner_organisations',
  'agenda_item',
  'origin',
  'status',
  'source_lines',
] as const;

/** The organisations behind an action's owners: person owners' organisations and organisation owners, without repeats. */
function ownerOrganisations(action: Action, minutes: Minutes): string[] {
  const organisations = action.ownerRefs.map((owner) => {
    if (owner.kind === 'organisation') return owner.name ?? owner.raw;
    if (owner.kind !== 'person') return null;
    return minutes.attendees.find((a) => a.id === owner.attendeeId)?.organisation ?? null;
  });
  return [...new Set(organisations.filter((o): o is string => o !== null))];
}

/**
 * The actions of one meeting as CSV (RFC 4180, UTF-8, header row, formula-safe):
 * one row per action, lists joined with "; ". `owners` are full names and
 * organisations where resolved; `origin` is `new`, `matters-arising` or
 * `outstanding`; `source_lines` is "45" or "54-56".
 * @param minutes Parsed minutes.
 * @param options A byte order mark for spreadsheet programs.
 */
export function renderActionsCsv(minutes: Minutes, options: CsvOptions = {}): string {
  const rows = minutes.actions.map((action) => {
    const range = lineRange(action.position);
    return [
      minutes.date,
      minutes.body,
      action.number,
      action.text,
      action.ownerRefs.map((owner) => owner.name ?? owner.raw).join('; '),
      action.owners.join('; '),
      ownerOrganisations(action, minutes).join('; '),
      action.itemNumber,
      action.origin,
      action.status,
      range ? lineRangeFragment(range).replace(/L/g, '') : null,
    ];
  });
  return writeCsv(ACTIONS_CSV_COLUMNS, rows, options);
}
