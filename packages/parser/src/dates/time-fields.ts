import type { Line } from '../scan/scan-lines.js';
import { withoutBulletMark } from '../text/bullets.js';
import { isDigitAt } from '../text/clean.js';
import { findTimes } from './parse-time.js';

/** What a field's label says its time is: when the meeting started or when it ended. */
const START_LABELS = new Set(['start', 'start time', 'starting time', 'time started', 'started', 'opened', 'meeting opened', 'meeting started', 'meeting start', 'called to order', 'meeting called to order', 'call to order']);
const END_LABELS = new Set(['end', 'end time', 'ending time', 'finish', 'finish time', 'time ended', 'ended', 'closed', 'close', 'meeting closed', 'meeting ended', 'meeting end', 'meeting close', 'adjourned', 'meeting adjourned']);
// "Duration: 15:00 till 16:57", "Time: 10.00 - 12.00": a field whose value is the range from start to end.
const RANGE_LABELS = new Set(['duration', 'time', 'times', 'meeting time', 'meeting times', 'meeting duration']);
// "13.30", "2:05 pm", "7pm": a clock reading alone, as a field's value is written.
const CLOCK = /^(\d{1,2})(?:[.:](\d{2}))?\s*(?:([ap])\.?m\.?)?$/i;
const REPEATED_LABEL = /^(?:open(?:ed)?|close[sd]?|start(?:ed)?|end(?:ed)?)\s+/i;
const FOUR_FIGURES = /^([01]\d|2[0-3])([0-5]\d)$/;
// "20:12 Open", "7:05 pm - Meeting called to order": the clock first, then what happened then.
const CLOCK_FIRST = /^(\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?)\s+(?:[-–]\s+)?([a-z][a-z ]{2,30})$/i;

export interface TimeFields {
  start: string | null;
  end: string | null;
}

/** "13.30", "14:20 pm", "7pm" -> "13:30", "14:20", "19:00"; a bare hour needs its meridiem. */
function clockOf(value: string, afterLabel = false): string | null {
  // "Opened: OPEN 8:08pm": the label said again before the clock.
  const bare = value.replace(/\*+/g, '').trim().replace(REPEATED_LABEL, '');
  // "Closed: 2130": four figures after the label, the clock of a 24-hour day (alone on a line they may be a year).
  const hhmm = afterLabel ? FOUR_FIGURES.exec(bare) : null;
  if (hhmm) return `${hhmm[1]}:${hhmm[2]}`;
  const m = CLOCK.exec(bare);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  let hour = Number(m[1]);
  const meridiem = m[3]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  else if (meridiem === 'a' && hour === 12) hour = 0;
  return hour > 23 ? null : `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
}

// "I.  Call to Order: 5:36 PM", "1. Call to order: 7pm": the agenda's number before the field's label.
const ITEM_NUMBER = /^(?:[IVX]{1,5}|\d{1,2})[.)]\s+/;

/** "- Meeting Opened", "**End Time**", "I. Call to Order": a field's label without its list mark or number, emphasis and case. */
const labelOf = (text: string) => withoutBulletMark(text).replace(/\*+/g, '').trim().replace(ITEM_NUMBER, '').toLowerCase();

const kindOf = (label: string) => (START_LABELS.has(label) ? 'start' : END_LABELS.has(label) ? 'end' : null);
// After a clock ("20:12 Open", "19:00 Call to order"), a few more words say the meeting began.
const STAMPED_START = new Set(['open', 'opening', 'call to order']);
const stampedKindOf = (label: string) => (STAMPED_START.has(label) ? 'start' : kindOf(label));

const FIELD_GAP = /\t|\s{3,}/;
const SLASH_CELLS = ' / ';

/** "Time: 10.00 - 12.00", "Duration: 15:00 till 16:57": the range; "Time: 14:30", a clock alone, the start. */
function readRangeField(text: string, colon: number, found: TimeFields): void {
  if (colon <= 2 || colon > 40 || !RANGE_LABELS.has(labelOf(text.slice(0, colon)))) return;
  const value = text.slice(colon + 1);
  const range = findTimes(value);
  if (range?.end) {
    found.start ??= range.start;
    found.end ??= range.end;
    return;
  }
  const clock = clockOf(value, true);
  if (clock) found.start ??= clock;
}

/** One field of a line that holds several: "Start: 13:02", "Time: 14:30". */
function readLabelledTime(field: string, found: TimeFields): void {
  const colon = field.indexOf(':');
  const labelled = colon > 2 && colon <= 40 ? kindOf(labelOf(field.slice(0, colon))) : null;
  const value = labelled ? clockOf(field.slice(colon + 1), true) : null;
  if (labelled && value) found[labelled] ??= value;
  else if (!labelled) readRangeField(field, colon, found);
}

/**
 * "Start Time: 13:02", "- Meeting Opened: 13.30", or the label alone with the time on the next line
 * ("Meeting Closed" / "14:20 pm"): the meeting's times as a page's fields give them.
 */
export function readTimeFields(lines: readonly Line[]): TimeFields {
  const found: TimeFields = { start: null, end: null };
  const content = lines.filter((l) => !l.blank);
  content.forEach((line, k) => {
    // "Date: 2nd November 2019          Time: 14:30": fields side by side, spaces between them;
    // "Start time: 2.00pm / Finish Time: 3.15 pm": a Word form's cells, which a converter joined with slashes.
    const fields = line.text.includes('   ') || line.text.includes('\t') ? line.text.split(FIELD_GAP) : line.text.includes(' / ') ? line.text.split(SLASH_CELLS) : [line.text];
    if (fields.length > 1) {
      for (const field of fields) readLabelledTime(field.trim(), found);
      return;
    }
    const text = line.text;
    const colon = text.indexOf(':');
    // A label is a few words: the first colon after at most 40 characters.
    const labelled = colon > 2 && colon <= 40 ? kindOf(labelOf(text.slice(0, colon))) : null;
    const value = labelled ? clockOf(text.slice(colon + 1), true) : null;
    const alone = labelled || text.length > 40 ? null : kindOf(labelOf(text.replace(/:$/, '')));
    if (!labelled) readRangeField(text, colon, found);
    const stamped = labelled || alone || !isDigitAt(text, 0) ? null : CLOCK_FIRST.exec(withoutBulletMark(text).replace(/\*+/g, '').trim());
    const stampKind = stamped ? stampedKindOf(stamped[2]!.trim().toLowerCase()) : null;
    const kind = value ? labelled : stampKind ?? (alone && content[k + 1] ? alone : null);
    const time = value ?? (stampKind ? clockOf(stamped![1]!) : kind ? clockOf(content[k + 1]!.text) : null);
    if (kind && time && !found[kind]) found[kind] = time;
  });
  return found;
}
