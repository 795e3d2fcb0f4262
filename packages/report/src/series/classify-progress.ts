/** Where an action stands. */
export type TrackedStatus = 'open' | 'reported-on' | 'done' | 'dropped';

export const TRACKED_STATUSES: readonly TrackedStatus[] = ['open', 'reported-on', 'done', 'dropped'];

// Checked in this order: a report that says the work stopped, then one that says it
// is not finished yet (which must win over "sent" in "not yet sent"), then one
// that says it is finished. Anything else is progress: "reported on".
const DROPPED =
  /\b(no longer|not (?:be )?(?:taken forward|pursued|proceed\w*|required|needed|necessary)|dropped|withdrawn|abandoned|cancell?ed|superseded|no further action|decided not to)\b/i;
const NOT_YET =
  /\b(not yet|not (?:been )?(?:posted|sent|circulated|shared|done|completed?|arranged|received|published|available)|was not|has not|have not|still|outstanding|pending|ongoing|in progress|underway|will|to be|awaiting|expected|deferred|postponed|carried (?:over|forward))\b/i;
const DONE =
  /\b(done|complete[ds]?|completed|closed|achieved|delivered|(?:has|have|had) been \w+|(?:was|were) (?:sent|circulated|shared|held|arranged|published|made|set up|agreed|received|provided|added|invited)|took place|circulated|sent|shared|held|published|presented|issued|resolved|actioned|incorporated)\b/i;

/**
 * What a report on an action says about it: `done`, `dropped`, or `reported-on`
 * when it reports progress without an end. Empty text says nothing: `null`.
 * @param report Progress text as written ("the meeting has been arranged for 11 October").
 */
export function classifyProgress(report: string | null | undefined): Exclude<TrackedStatus, 'open'> | null {
  const text = report?.trim();
  if (!text) return null;
  if (DROPPED.test(text)) return 'dropped';
  if (NOT_YET.test(text)) return 'reported-on';
  if (DONE.test(text)) return 'done';
  return 'reported-on';
}

/**
 * Whether a short text is only a progress report ("Done", "not yet received"), with
 * nothing that names the work itself.
 */
export function isBareProgress(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return true;
  return trimmed.split(/\s+/).length <= 4 && (DROPPED.test(trimmed) || NOT_YET.test(trimmed) || DONE.test(trimmed));
}
