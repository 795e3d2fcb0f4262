import type { OwnerResolver } from './owners.js';
import { splitOwners } from './owners.js';
import type { TaggedAction } from './tagged-actions.js';

// "Action I.R. to provide ...", "... Accepted. Action chair to confirm ...": the label with no colon opens a sentence
// (the paragraph's start, or after a stop and a space) and the owner follows it.
const BARE_LABEL = /(?:^|(?<=[.!?] ))(?:Actions?|ACTIONS?) (?=[^\s:])/gu;
// The subject (a few words, an apposition between commas allowed) then "to" or "will" and a verb in lower case.
const SUBJECT = /^(\S+(?: \S+){0,5}?) (?:to|will) (\p{Ll}+)/u;
// "Action Plan to be agreed", "Action points to follow": words a label runs into that are no owner.
const NOT_OWNERS = new Set(['plan', 'plans', 'point', 'points', 'item', 'items', 'log', 'list', 'note', 'notes', 'group', 'groups', 'required', 'taken', 'agreed']);
// The task's sentence ends at a stop after a small letter, a digit or a bracket (not after "J.J."), or at the next label.
const SENTENCE_END = /(?<=[\p{Ll}\d)])[.!?](?= |$)/u;

/**
 * "Action I.R. to provide details to J.J. Action J.J. to inform the Commission.", "Accepted. Action chair to confirm
 * the decision.": each bare label opens a task whose subject is its owner; the text runs from the owner to the end of
 * the sentence or the next label. An apposition after the owner ("Alan Cousins, branch Returning Officer, to inform")
 * stays in the text, not in the owners.
 */
export function bareLabelTasks(paragraph: string, resolver: OwnerResolver): TaggedAction[] {
  if (!paragraph.includes('ction ') && !paragraph.includes('CTION')) return [];
  const starts: { label: number; task: number }[] = [];
  BARE_LABEL.lastIndex = 0;
  for (let m = BARE_LABEL.exec(paragraph); m; m = BARE_LABEL.exec(paragraph)) starts.push({ label: m.index, task: m.index + m[0].length });
  const found: TaggedAction[] = [];
  starts.forEach(({ task }, k) => {
    const limit = starts[k + 1]?.label ?? paragraph.length;
    const rest = paragraph.slice(task, limit).trimEnd();
    const owners = subjectOwners(rest, resolver);
    if (!owners) return;
    const stop = SENTENCE_END.exec(rest);
    found.push({ text: stop ? rest.slice(0, stop.index + 1) : rest, owners });
  });
  return found;
}

function subjectOwners(rest: string, resolver: OwnerResolver): string[] | null {
  const m = SUBJECT.exec(rest);
  if (!m || m[2] === 'be') return null;
  const subject = m[1]!;
  // "Alan Cousins, branch Returning Officer," : the owner before the apposition.
  const comma = subject.indexOf(', ');
  const owner = subject.endsWith(',') && comma > 0 ? subject.slice(0, comma) : subject;
  if (NOT_OWNERS.has(owner.split(' ', 1)[0]!.toLowerCase())) return null;
  const owners = splitOwners(owner);
  return owners.length > 0 && owners.length <= 4 && owners.every((o) => resolver.isOwner(o)) ? owners : null;
}
