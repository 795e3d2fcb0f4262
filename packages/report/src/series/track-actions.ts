import type { Action, Minutes } from '@lsmp/model';
import { type ActionEvent, type ActionMatch, isAtRisk, statusFromHistory, statusTracker } from './action-history.js';
import { CandidatePool } from './candidate-pool.js';
import { classifyProgress, TRACKED_STATUSES, type TrackedStatus } from './classify-progress.js';
import { type MatchCandidate, matchAction, matchParagraph, ownerKeys } from './match-earlier-action.js';
import { foldText } from './normalise-name.js';
import { followingParagraphs, mattersArisingParagraphs, type ReportParagraph, spansOverlap } from './matters-arising.js';
import type { OrderedSeries } from './meetings.js';
import { referencedMeeting } from './referenced-meeting.js';
import { resolveOwners, type TrackedOwner } from './resolve-owners.js';
import { contentWords } from './text-similarity.js';

/** One action followed through the series. */
export interface TrackedAction {
  /** `<meeting id>-<action id>` of the record that first shows it. */
  id: string;
  number: string | null;
  text: string;
  owners: TrackedOwner[];
  /** Meeting it was raised at; null when it was raised before the first meeting of the series. */
  raisedAt: string | null;
  /** Meeting whose minutes first record it. */
  firstSeenAt: string;
  itemNumber: string | null;
  status: TrackedStatus;
  /** The words behind the status, and the meeting that recorded them; null while open. */
  evidence: string | null;
  evidenceMeetingId: string | null;
  /** Still open and passed over without mention at the latest meeting(s). */
  atRisk: boolean;
  history: ActionEvent[];
}

export interface ActionTracker {
  actions: TrackedAction[];
  /** How many actions stand at each status. */
  counts: Record<TrackedStatus, number>;
  atRisk: number;
}

/**
 * Follows every action through the series: raised at one meeting, reported on
 * under later meetings' matters arising (matched by action number at the next
 * meeting, or by the words of the action), and flagged when carried over unmentioned.
 */
export function trackActions(series: OrderedSeries): ActionTracker {
  const pool = new CandidatePool<TrackedAction>();
  const currentStatus = statusTracker();
  series.minutes.forEach((minutes, index) => {
    const meetingId = series.meetings[index]!.id;
    const before = series.meetings.slice(0, index);
    // Actions first seen at this meeting are not candidates for its other records.
    const earlier = pool.candidates.length;
    const mentioned = new Set<TrackedAction>();
    const reportedBy = new Map<Action, TrackedAction>();
    for (const action of minutes.actions) {
      const numberedAt = referencedMeeting(`${action.text} ${action.status ?? ''}`, before);
      const match = action.origin === 'new' ? null : matchAction(action, pool, earlier, numberedAt, ownerKeys(resolveOwners(action, minutes)));
      const event = eventFor(action, meetingId, match?.matchedBy ?? 'same-record', match?.similarity ?? null);
      let target: TrackedAction;
      if (match) {
        target = match.candidate.value;
        target.history.push(event);
        mentioned.add(target);
      } else {
        const started = startTracking(action, minutes, meetingId, event);
        pool.add(started);
        target = started.value;
      }
      if (action.origin !== 'new') reportedBy.set(action, target);
    }
    const reports = [...reportedBy.keys()];
    const paragraphs = mattersArisingParagraphs(minutes);
    const followers = followingParagraphs(reports, minutes.actions, paragraphs);
    const reportTexts = reports.map((a) => foldText(a.text));
    for (const paragraph of paragraphs) {
      const followed = followers.get(paragraph);
      if (followed) {
        reportedBy.get(followed)!.history.push(reportEvent(meetingId, paragraph, 'following-paragraph', null));
        continue;
      }
      if (reports.some((a) => spansOverlap(a.position, paragraph.position))) continue;
      const folded = foldText(paragraph.text);
      if (reportTexts.some((actionText) => restates(folded, actionText))) continue;
      const match = matchParagraph(paragraph.text, pool, earlier, referencedMeeting(paragraph.text, before));
      if (!match) continue;
      match.candidate.value.history.push(reportEvent(meetingId, paragraph, match.matchedBy, match.similarity));
      mentioned.add(match.candidate.value);
    }
    for (const { value } of pool.candidates.slice(0, earlier)) {
      const status = currentStatus(value.history);
      if (mentioned.has(value) || status === 'done' || status === 'dropped') continue;
      value.history.push({ meetingId, kind: 'not-mentioned', evidence: null, itemNumber: null, implies: null, matchedBy: null, similarity: null });
    }
  });
  return summarise(pool.candidates.map((c) => settle(c.value)));
}

function reportEvent(meetingId: string, paragraph: ReportParagraph, matchedBy: ActionMatch, similarity: number | null): ActionEvent {
  return {
    meetingId,
    kind: 'reported',
    evidence: paragraph.text,
    itemNumber: paragraph.itemNumber,
    implies: classifyProgress(paragraph.text) ?? 'reported-on',
    matchedBy,
    similarity,
  };
}

function eventFor(action: Action, meetingId: string, matchedBy: ActionEvent['matchedBy'], similarity: number | null): ActionEvent {
  const kind = action.origin === 'new' ? 'raised' : action.origin === 'outstanding' ? 'outstanding' : 'reported';
  // Restated under matters arising without a report: it was reviewed, so "reported on".
  // Where a record has no separate progress text, its own words may carry the report
  // ("Action 1 (EF, guidance) – the guidance was issued in June. Complete.").
  // Only an end (done, dropped) is taken from them: a restated action is no progress.
  const fromText = action.status === null && kind !== 'raised' ? classifyProgress(action.text) : null;
  const fallback = fromText === 'done' || fromText === 'dropped' ? fromText : defaultFor(kind);
  return {
    meetingId,
    kind,
    evidence: action.status ?? (kind === 'raised' ? null : action.text),
    itemNumber: action.itemNumber,
    implies: classifyProgress(action.status) ?? fallback,
    matchedBy,
    similarity,
  };
}

function defaultFor(kind: ActionEvent['kind']): ActionEvent['implies'] {
  return kind === 'reported' ? 'reported-on' : null;
}

function startTracking(action: Action, minutes: Minutes, meetingId: string, event: ActionEvent): MatchCandidate<TrackedAction> {
  const value: TrackedAction = {
    id: `${meetingId}-${action.id}`,
    number: action.number,
    text: action.text,
    owners: resolveOwners(action, minutes),
    raisedAt: action.origin === 'new' ? meetingId : null,
    firstSeenAt: meetingId,
    itemNumber: action.itemNumber,
    status: 'open',
    evidence: null,
    evidenceMeetingId: null,
    atRisk: false,
    history: [event],
  };
  return { value, number: action.number, raisedAt: value.raisedAt, words: contentWords(action.text), owners: ownerKeys(value.owners) };
}

// A paragraph that only repeats a matters-arising action the parser already read
// (both texts folded by `foldText`).
function restates(paragraphText: string, actionText: string): boolean {
  return actionText.length > 10 && paragraphText.includes(actionText);
}

function settle(action: TrackedAction): TrackedAction {
  const { status, source } = statusFromHistory(action.history);
  return {
    ...action,
    status,
    evidence: source?.evidence ?? null,
    evidenceMeetingId: source?.meetingId ?? null,
    atRisk: isAtRisk(status, action.history),
  };
}

function summarise(actions: TrackedAction[]): ActionTracker {
  const counts = Object.fromEntries(TRACKED_STATUSES.map((s) => [s, 0])) as Record<TrackedStatus, number>;
  for (const action of actions) counts[action.status] += 1;
  return { actions, counts, atRisk: actions.filter((a) => a.atRisk).length };
}
