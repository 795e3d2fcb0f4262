import type { SourceLine } from './lines.js';

export type SectionKind = 'coreObjective' | 'action' | 'keyTasks' | 'outcomes' | 'deliveryPartners' | 'resources';

export interface SectionHeading {
  kind: SectionKind;
  line: SourceLine;
  /** The action's number, for `action`. */
  id?: string;
  /** What the heading says in brackets ("lead in bold"). */
  note?: string;
}

const PATTERNS: [RegExp, SectionKind][] = [
  [/^core objectives?:?$/i, 'coreObjective'],
  [/^proposed action\s*\(?\s*(?<id>\d+(?:\.\d+)+)\s*\)?:?$/i, 'action'],
  [/^key tasks?:?$/i, 'keyTasks'],
  [/^outcomes?:?$/i, 'outcomes'],
  [/^delivery partners?(?:\s*\((?<note>[^)]*)\))?:?$/i, 'deliveryPartners'],
  [/^resources?:?$/i, 'resources'],
];

/** The implementation plan's section heading on this line, if it is one. */
export function sectionHeading(line: SourceLine): SectionHeading | undefined {
  for (const [pattern, kind] of PATTERNS) {
    const match = pattern.exec(line.text);
    if (!match) continue;
    const heading: SectionHeading = { kind, line };
    if (match.groups?.id) heading.id = match.groups.id;
    if (match.groups?.note) heading.note = match.groups.note;
    return heading;
  }
  return undefined;
}

/** Human names of the sections, for diagnostics. */
export const sectionLabels: Record<SectionKind, string> = {
  coreObjective: 'Core objective',
  action: 'Proposed Action',
  keyTasks: 'Key tasks',
  outcomes: 'Outcome',
  deliveryPartners: 'Delivery partners',
  resources: 'Resources',
};

export type Unit = { heading: SectionHeading } | { block: SourceLine[] };

/** The text as section headings and the blocks of lines between them (a heading also ends a block). */
export function splitUnits(lines: SourceLine[]): Unit[] {
  const units: Unit[] = [];
  let block: SourceLine[] = [];
  const flush = () => {
    if (block.length > 0) units.push({ block });
    block = [];
  };
  for (const line of lines) {
    const heading = line.text === '' ? undefined : sectionHeading(line);
    if (heading) {
      flush();
      units.push({ heading });
    } else if (line.text === '') flush();
    else block.push(line);
  }
  flush();
  return units;
}
