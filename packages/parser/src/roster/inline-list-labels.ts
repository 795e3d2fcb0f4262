import type { Attendance } from '@lsmp/model';
import { readRosterHeading } from './headings.js';

// "... Cllr Tom Rich TR District Councils In Attendance Mike Dunn MD ...": the next list's label inside a flattened roster's
// run, without the colon or line break that would set it apart; capitalised as a label is, so that prose ("was in
// attendance") is not cut. ("Absent" is left out: a flattened attendance table writes it as each person's mark.)
const INLINE_LABEL = /(?<=[\p{L}\d)])\s(?=(In Attendance|IN ATTENDANCE|Also Present|ALSO PRESENT|Also [Ii]n [Aa]ttendance|Apologies|APOLOGIES)\s)/gu;

/** A run with the labels inside it taken out, and where each label's list starts in what is left. */
export interface LabelledRun {
  text: string;
  labels: { at: number; attendance: Attendance }[];
}

/**
 * "Ann Lee AL Acme Bob Hale BH Beta Trust In Attendance Cal Dunn CD Acme": the run without its inner labels (so that the
 * people read as one run, the labels no part of anyone's body), and where each label stood. Null where no label has a
 * capitalised word after it, or where a label is written more than once (then it is each person's mark in a flattened
 * table, not a list's label).
 */
export function takeOutInlineListLabels(written: string): LabelledRun | null {
  if (!/ttendance|resent|pologies|TTENDANCE|RESENT|POLOGIES/.test(written)) return null;
  const found = [...written.matchAll(INLINE_LABEL)];
  if (new Set(found.map((m) => m[1]!.toLowerCase())).size < found.length) return null;
  let text = '';
  let from = 0;
  const labels: LabelledRun['labels'] = [];
  for (const m of found) {
    // The label read alone, as a heading line would be.
    const heading = readRosterHeading(m[1]!, true);
    const after = m.index + 1 + m[1]!.length;
    if (!heading || heading.rest || !/^\s\p{Lu}/u.test(written.slice(after, after + 2))) continue;
    text += written.slice(from, m.index);
    labels.push({ at: text.length, attendance: heading.attendance });
    from = after;
  }
  return labels.length > 0 ? { text: text + written.slice(from), labels } : null;
}

/**
 * The list each name read from the run stands in: the last label before where it is written (null before the first), found
 * name by name in order. Null when a name is not found so (a reader changed how it is written), to leave the run unmarked.
 */
export function listsOfNames(run: LabelledRun, names: readonly string[]): (Attendance | null)[] | null {
  const lists: (Attendance | null)[] = [];
  let from = 0;
  for (const name of names) {
    const at = run.text.indexOf(name, from);
    if (at === -1) return null;
    let list: Attendance | null = null;
    for (const label of run.labels) if (label.at <= at) list = label.attendance;
    lists.push(list);
    from = at + name.length;
  }
  return lists;
}
