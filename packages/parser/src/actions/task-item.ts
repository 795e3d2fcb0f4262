import type { OwnerResolver } from './owners.js';
import { leadingInitials, leadingOwners, splitOwners } from './owners.js';
import { trailingTag } from './trailing-tag.js';
import { subjectOwners } from './read-action.js';
import { dashOwners, topicLabelled } from './closing-owners.js';
import { CHECK_BOX } from '../text/bullets.js';

// "New: AW to forward the bill", "Ongoing: Jo to ...": the entry's state written first (a list that keeps its
// actions from meeting to meeting marks the ones just agreed), no owner.
const OPEN_STATE = /^(?:new|open|ongoing|pending|outstanding)\s?:\s+(?=\S)/i;

/**
 * One entry of an action list, its list mark already gone: the check box is dropped, and
 * owners written first and followed by a colon are read off the text when the roster
 * knows them; else the owners are the sentence's subject ("Ada to draft the plan"), or
 * an attendee named in full at its end.
 */
export function readTaskItem(written: string, resolver: OwnerResolver): { text: string; owners: string[] } {
  const box = CHECK_BOX.exec(written);
  const unboxed = box ? written.slice(box[0].length) : written;
  const state = OPEN_STATE.exec(unboxed);
  const text = state ? unboxed.slice(state[0].length) : unboxed;
  const topic = topicLabelled(text, resolver);
  if (topic) return topic;
  const led = leadingOwners(text, resolver);
  if (led) return led;
  const tagged = closingBracketOwners(text, resolver);
  if (tagged) return tagged;
  const subject = subjectOwners(text, resolver);
  if (subject.length > 0) return { text, owners: subject };
  const dashed = dashOwners(text, resolver);
  if (dashed) return dashed;
  // "PD in continued discussions with AJ": the initials of a member the roster knows open the entry.
  const initials = leadingInitials(text, resolver);
  if (initials.length > 0) return { text, owners: initials };
  const trailing = trailingAttendee(text, resolver);
  return trailing ? { text: text.slice(0, -trailing.length).trimEnd(), owners: [trailing] } : { text, owners: [] };
}

// A bracket names a few owners at most; a longer list in brackets is an aside.
const MAX_BRACKET_OWNERS = 4;

/** "Circulate the planting plan (JB)", "Create a blog post (Tobias/Sean)": the owners in a bracket closing the entry. */
function closingBracketOwners(text: string, resolver: OwnerResolver): { text: string; owners: string[] } | null {
  const tag = trailingTag(text);
  if (!tag || tag.index === 0) return null;
  const owners = splitOwners(tag.inner);
  if (owners.length === 0 || owners.length > MAX_BRACKET_OWNERS || !owners.every((o) => resolver.isOwner(o))) return null;
  return { text: text.slice(0, tag.index).trim(), owners };
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
