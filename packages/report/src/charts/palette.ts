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

/**
 * Black or white, whichever reads better on `fill` (an `rgb(r, g, b)` or `#rrggbb`
 * colour), by WCAG relative luminance: labels on heat-map cells stay legible.
 */
export function textColourOn(fill: string): string {
  const channels = fill.startsWith('#')
    ? [1, 3, 5].map((i) => Number.parseInt(fill.slice(i, i + 2), 16))
    : (fill.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  const [r = 255, g = 255, b = 255] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); they are equal at L ≈ 0.179.
  return luminance > 0.179 ? '#1b1b1b' : '#ffffff';
}
