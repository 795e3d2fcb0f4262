import type { Line } from './scan-lines.js';

/** Where the first line that is not blank stands, from `from` on; the lines' length when none is. */
export function filledFrom(lines: readonly Line[], from: number): number {
  let k = from;
  while (k < lines.length && lines[k]!.blank) k++;
  return k;
}

/** The first line after `at` that is not blank. */
export const nextFilled = (lines: readonly Line[], at: number): Line | undefined => lines[filledFrom(lines, at + 1)];

/** The last line that is not blank. */
export function lastFilled(lines: readonly Line[]): Line | undefined {
  for (let k = lines.length - 1; k >= 0; k--) if (!lines[k]!.blank) return lines[k];
  return undefined;
}

/** The last line before `at` that is not blank. */
export function previousFilled(lines: readonly Line[], at: number): Line | undefined {
  for (let k = at - 1; k >= 0; k--) if (!lines[k]!.blank) return lines[k];
  return undefined;
}
