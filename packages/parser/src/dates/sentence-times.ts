import type { Line } from '../scan/scan-lines.js';
import { findTimes } from './parse-time.js';

// A clock reading after "at": "7pm", "7.20pm", "19:34", "7.00p.m.".
const CLOCK = String.raw`(\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?))`;
// "The meeting closed at 9pm", "was declared closed at 7.50pm", "Cllr Hale closed the meeting at 7.20pm".
const CLOSED = new RegExp(String.raw`\b(?:(?:meeting|it)\s+(?:was\s+)?(?:declared\s+)?(?:closed|ended|finished|concluded|terminated|adjourned)|closed\s+the\s+meeting)\b[^.]{0,20}?\b(?:at\s+)?${CLOCK}`, 'i');
// "Cllr Hale opened the meeting at 7pm", "Meeting commenced at 7pm", "declared the meeting open at 7.00p.m.".
const OPENED = new RegExp(String.raw`\b(?:(?:opened|commenced|started|began)\s+the\s+meeting|meeting\s+(?:was\s+)?(?:opened|commenced|started|began|declared\s+open)|declared\s+the\s+meeting\s+open)\b[^.]{0,20}?\bat\s+${CLOCK}`, 'i');

/** "... at 7.20pm" as a 24-hour time: a 24-hour reading is a time after "at", as the words before it said. */
const timeAt = (clock: string) => findTimes(`at ${clock}`)?.start ?? null;

/** The time the last sentence saying the meeting closed gives. */
export function closingTime(lines: readonly Line[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = CLOSED.exec(lines[i]!.text);
    if (m) return timeAt(m[1]!);
  }
  return null;
}

/** The time the first sentence saying the meeting opened gives, among the lines before `end`. */
export function openingTime(lines: readonly Line[], end: number): string | null {
  for (const line of lines) {
    if (line.index >= end) break;
    const lower = line.text.toLowerCase();
    // The verbs as literals first: most lines have none of them.
    if (!lower.includes('meeting') || !(lower.includes('open') || lower.includes('commenc') || lower.includes('start') || lower.includes('began'))) continue;
    const m = OPENED.exec(line.text);
    if (m) return timeAt(m[1]!);
  }
  return null;
}
