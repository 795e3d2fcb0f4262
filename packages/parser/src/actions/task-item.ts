import type { OwnerResolver } from './owners.js';
import { splitOwners } from './owners.js';
import { subjectOwners } from './read-action.js';

// "[ ] ", "[x] ": a task list's check box.
const CHECK_BOX = /^\[[ xX]\]\s+/;
// "Carl: buy the cake", "Ada, Ben: draft the plan": who, then what.
const OWNER_LABEL = /^([^:]{1,40}):\s+(?=\S)/;
const MARKERS = new Set(['todo', 'to do', 'note', 'nb', 'fyi', 'done', 'tbd', 'tbc', 'update', 'status']);

/**
 * One entry of an action list, its list mark already gone: the check box is dropped, and
 * owners written first and followed by a colon are read off the text when the roster
 * knows them; else the owners are the sentence's subject ("Ada to draft the plan"), or
 * an attendee named in full at its end.
 */
export function readTaskItem(written: string, resolver: OwnerResolver): { text: string; owners: string[] } {
  const box = CHECK_BOX.exec(written);
  const text = box ? written.slice(box[0].length) : written;
  const found = OWNER_LABEL.exec(text);
  // "TODO: book the room": a marker, not who.
  const label = found && !MARKERS.has(found[1]!.trim().toLowerCase()) ? found : null;
  const labelled = label ? splitOwners(label[1]!.trim()) : [];
  if (label && labelled.length > 0 && labelled.every((o) => resolver.isOwner(o))) return { text: text.slice(label[0].length), owners: labelled };
  const dashed = ownersBeforeDash(text, resolver);
  if (dashed) return dashed;
  const subject = subjectOwners(text, resolver);
  if (subject.length > 0) return { text, owners: subject };
  const trailing = trailingAttendee(text, resolver);
  return trailing ? { text: text.slice(0, -trailing.length).trimEnd(), owners: [trailing] } : { text, owners: [] };
}

const OWNER_DASHES = [' - ', ' – ', ' — '];

/** "Ada - squash and merge": the owners the roster knows, then a dash, then the task. */
function ownersBeforeDash(text: string, resolver: OwnerResolver): { text: string; owners: string[] } | null {
  for (const dash of OWNER_DASHES) {
    const at = text.indexOf(dash);
    if (at <= 0 || at > 40) continue;
    const owners = splitOwners(text.slice(0, at).trim());
    if (owners.length > 0 && owners.every((o) => resolver.isOwner(o))) return { text: text.slice(at + dash.length).trim(), owners };
  }
  return null;
}

/** "Draft the plan **Ada Lund**": an attendee's full name closing the entry owns it. */
function trailingAttendee(text: string, resolver: OwnerResolver): string | null {
  const words = text.split(' ');
  for (let k = 2; k <= 4 && k < words.length; k++) {
    const candidate = words.slice(-k).join(' ');
    if (resolver.person(candidate)?.name === candidate) return candidate;
  }
  return null;
}
