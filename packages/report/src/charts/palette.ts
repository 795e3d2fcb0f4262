import type { RegisterStatus } from '../series/attendance-register.js';
import type { TrackedStatus } from '../series/classify-progress.js';

// Okabe–Ito colours: told apart with the common colour-vision deficiencies; each
// chart also labels its values and has a data table, so colour is never the only cue.
export const STATUS_COLOURS: Record<TrackedStatus, string> = {
  open: '#D55E00',
  'reported-on': '#0072B2',
  done: '#009E73',
  dropped: '#6B6B6B',
};

export const ATTENDANCE_COLOURS: Record<Exclude<RegisterStatus, 'not-listed' | 'absent'>, string> = {
  present: '#0072B2',
  substitute: '#56B4E9',
  apologies: '#E69F00',
};

/** "reported-on" as "reported on". */
export function statusLabel(status: string): string {
  return status.replace(/-/g, ' ');
}
