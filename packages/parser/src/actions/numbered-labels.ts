import type { OwnerResolver } from './owners.js';
import { leadingInitials, splitOwners } from './owners.js';
import { subjectOwners } from './read-action.js';
import type { TaggedAction } from './tagged-actions.js';

// "... the website. Action 3.1.1: SL and JG arrange a date ...": a numbered label after a sentence's stop, its colon.
// (A label opening the paragraph is read as a labelled paragraph.)
const NUMBERED_LABEL = /(?<=[.!?] )(?:Actions?|ACTIONS?) (\d{1,3}[a-z]?(?:\.\d{1,3}){0,3}) ?: ?/gu;
// The task's sentence ends at a stop after a small letter, a digit or a bracket (not after "J.J."), or at the next label.
const SENTENCE_END = /(?<=[\p{Ll}\d)])[.!?](?= |$)/u;
// "SL and JG/ST arrange ...": initials joined by "and", commas or slashes, then the task's verb in lower case.
const INITIALS_SUBJECT = /^(\p{Lu}{2,4}(?:(?: and |, ?| ?\/ ?| ?& ?)\p{Lu}{2,4}){0,3}) \p{Ll}/u;

/**
 * "Action 3.1.1: SL and JG/ST arrange a date to look at the website.": a numbered label inside a paragraph names the task
 * after it (a number is never a tag for the sentence before). The task runs to the end of its sentence or the next label;
 * its owners are the names that open it.
 */
export function numberedLabelTasks(paragraph: string, resolver: OwnerResolver): TaggedAction[] {
  if (!paragraph.includes('ction ') && !paragraph.includes('CTION ')) return [];
  const starts: { label: number; task: number; number: string }[] = [];
  NUMBERED_LABEL.lastIndex = 0;
  for (let m = NUMBERED_LABEL.exec(paragraph); m; m = NUMBERED_LABEL.exec(paragraph)) starts.push({ label: m.index, task: m.index + m[0].length, number: m[1]! });
  return starts.map(({ task, number }, k) => {
    const rest = paragraph.slice(task, starts[k + 1]?.label ?? paragraph.length).trimEnd();
    const stop = SENTENCE_END.exec(rest);
    const text = stop ? rest.slice(0, stop.index + 1) : rest;
    return { number, text, owners: ownersOpening(text, resolver) };
  });
}

/** "Ann Lee to book ...", "DK and OM arrange ...": who the task's first words name. */
function ownersOpening(text: string, resolver: OwnerResolver): string[] {
  const subject = subjectOwners(text, resolver);
  if (subject.length > 0) return subject;
  const initials = INITIALS_SUBJECT.exec(text);
  return initials ? splitOwners(initials[1]!) : leadingInitials(text, resolver);
}
