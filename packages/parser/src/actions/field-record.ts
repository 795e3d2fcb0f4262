import type { Line } from '../scan/scan-lines.js';
import { collapseSpaces } from '../text/clean.js';
import { splitOwners } from './owners.js';
import { ACTION_LABEL, type ReadAction } from './read-action.js';

// "Action: 13/6/25/1" / "On: Jo Finch" / "Requirement: Contact the league" / "Conclusion: Action complete": a club's
// action log kept as records, the action's reference after the label and its owner, task and outcome on labelled
// lines of their own under it.

// A reference, not a task: one token with a figure in it ("13/6/25/1", "A12", "2024-03").
const REFERENCE = /^(?=[^\s]{0,24}\d)[\p{L}\d]{1,8}(?:[./-][\p{L}\d]{1,8}){0,5}$/u;
const OWNER_FIELD = /^(?:on|owners?|who|lead|responsible|assigned to|by whom)$/;
const TASK_FIELD = /^(?:requirement|task|description|details?|what|action required)$/;
const STATUS_FIELD = /^(?:conclusion|status|update|progress|outcome)$/;
const FIELD = /^([A-Za-z][A-Za-z ]{1,18}):(.*)$/;

/** The action a reference line and the field lines under it record; null unless an owner and a task are both given. */
export function readActionRecord(labelled: string, fieldLines: readonly Line[] | undefined): ReadAction | null {
  if (!fieldLines || fieldLines.length < 2) return null;
  const m = ACTION_LABEL.exec(labelled);
  if (!m) return null;
  const rest = labelled.slice(m[0].length).trim();
  const number = rest === '' ? (m[2] ?? null) : REFERENCE.test(rest) && !m[2] ? rest : null;
  if (number === null) return null;
  const fields = new Map<string, string>();
  let last = '';
  for (const line of fieldLines) {
    const field = FIELD.exec(line.text.trim());
    const key = field ? field[1]!.trimEnd().toLowerCase() : '';
    if (field && (OWNER_FIELD.test(key) || TASK_FIELD.test(key) || STATUS_FIELD.test(key)) && !fields.has(kindOf(key))) {
      last = kindOf(key);
      fields.set(last, field[2]!.trim());
    } else if (last !== '') fields.set(last, `${fields.get(last)} ${line.text.trim()}`);
    // The record starts with its fields: a first line that is none is no record.
    else return null;
  }
  const owner = fields.get('owner');
  const task = fields.get('task');
  if (!owner || !task) return null;
  const status = fields.get('status');
  return { number, text: collapseSpaces(task), owners: splitOwners(owner), status: status ? collapseSpaces(status) : null, outstanding: false };
}

function kindOf(key: string): string {
  return OWNER_FIELD.test(key) ? 'owner' : TASK_FIELD.test(key) ? 'task' : 'status';
}
