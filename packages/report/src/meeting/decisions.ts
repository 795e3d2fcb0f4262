import type { Decision } from '@lsmp/model';

const DECISION_LABELS: Record<Decision['kind'], string> = {
  'minutes-approved': 'Minutes approved',
  agreed: 'Agreed',
  approved: 'Approved',
  resolved: 'Resolved',
  noted: 'Noted',
};

/** The kind of a decision for people to read ("Minutes approved"). */
export function decisionLabel(decision: Decision): string {
  return DECISION_LABELS[decision.kind];
}
