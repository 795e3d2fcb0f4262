import type { TrackedStatus } from './classify-progress.js';

/**
 * What happened to an action at one meeting. `raised`: recorded as a new action.
 * `reported`: reported on under matters arising. `outstanding`: listed as still open.
 * `not-mentioned`: a later meeting passed without a word on it while it was open.
 */
export type ActionEventKind = 'raised' | 'reported' | 'outstanding' | 'not-mentioned';

/** How a later record was tied to the action. */
export type ActionMatch =
  | 'same-record'
  | 'action-number'
  | 'similar-action'
  | 'numbered-paragraph'
  | 'similar-paragraph'
  | 'following-paragraph';

export interface ActionEvent {
  meetingId: string;
  kind: ActionEventKind;
  /** The words that show it, as written: a progress report or a paragraph. */
  evidence: string | null;
  itemNumber: string | null;
  /** What the evidence says about the action; null when it says nothing. */
  implies: Exclude<TrackedStatus, 'open'> | null;
  matchedBy: ActionMatch | null;
  /** Word overlap that tied a later record to the action, 0..1; null for the record itself. */
  similarity: number | null;
}

/** The status the history shows, and the event that shows it (latest evidence wins). */
export function statusFromHistory(history: readonly ActionEvent[]): { status: TrackedStatus; source: ActionEvent | null } {
  let status: TrackedStatus = 'open';
  let source: ActionEvent | null = null;
  for (const event of history) {
    if (event.implies) {
      status = event.implies;
      source = event;
    }
  }
  return { status, source };
}

/**
 * `statusFromHistory(history).status` for histories that only grow, reading each
 * event once: an open action gains a `not-mentioned` event at every meeting, so
 * reading whole histories again at each meeting would take time quadratic in the
 * length of the series.
 */
export function statusTracker(): (history: readonly ActionEvent[]) => TrackedStatus {
  const read = new Map<readonly ActionEvent[], { events: number; status: TrackedStatus }>();
  return (history) => {
    const seen = read.get(history) ?? { events: 0, status: 'open' };
    for (let index = seen.events; index < history.length; index++) seen.status = history[index]!.implies ?? seen.status;
    seen.events = history.length;
    read.set(history, seen);
    return seen.status;
  };
}

/** Open and not mentioned at the latest meetings since it was last spoken of. */
export function isAtRisk(status: TrackedStatus, history: readonly ActionEvent[]): boolean {
  if (status === 'done' || status === 'dropped') return false;
  return history.at(-1)?.kind === 'not-mentioned';
}
