import type { Minutes } from '@lsmp/model';

/**
 * The canonical JSON of lsmp: the model exactly as the parser produced it, two-space
 * indented, with a final newline (the same text `lsmp parse --json` prints).
 * @param minutes Parsed minutes.
 */
export function renderJson(minutes: Minutes): string {
  return `${JSON.stringify(minutes, null, 2)}\n`;
}
