// Helpers for the layout tests. Every text is fictional and written by the test:
// the Northbridge Community Partnership does not exist.
import type { Action, Attendance, Attendee, Minutes, Paragraph } from '@lsmp/model';
import { type ParseResult, parseMinutes } from '../../src/index.js';

/** The lines joined with "\n" (or another line ending), parsed. */
export function parseLines(lines: string[], eol = '\n'): ParseResult {
  return parseMinutes(lines.join(eol));
}

/** A Word-export header: bold body line, title, bold date, time and venue lines. */
export function wordHeader(date = '14 March 2023', time = '10am –12pm', venue = 'Town Hall'): string[] {
  return [
    '**Northbridge Community Partnership**',
    '',
    'Minutes of the Northbridge Community Partnership meeting',
    '',
    `**${date}**`,
    '',
    time,
    '',
    venue,
    '',
  ];
}

/** A PDF-extraction header: plain title, date and venue lines, then "Present:". */
export function pdfHeader(): string[] {
  return ['Minutes of the Northbridge Community Partnership meeting', '', '14 March 2023', 'Town Hall', '', 'Present:'];
}

/** An attendee as a careful reader takes it from the roster (no id or position). */
export type Person = Omit<Attendee, 'id' | 'position'>;

/** A person with every field the roster line does not state left empty. */
export function person(name: string, attendance: Attendance, list: string | null, stated: Partial<Person> = {}): Person {
  return {
    name,
    honorific: null,
    initials: null,
    organisation: null,
    role: null,
    attendance,
    chair: false,
    substituteFor: null,
    shadowing: null,
    partial: false,
    list,
    ...stated,
  };
}

/** The attendees without ids and positions, to compare with `person(...)` lists. */
export function people(minutes: Minutes): Person[] {
  return minutes.attendees.map(({ id: _id, position: _position, ...rest }) => rest);
}

/** A paragraph as read: number, text, bullet, speaker initials, children. */
export interface Read {
  number: string | null;
  text: string;
  bullet: boolean;
  speaker: string | null;
  children: Read[];
}

export function paragraphs(list: Paragraph[]): Read[] {
  return list.map((p) => ({
    number: p.number,
    text: p.text,
    bullet: p.bullet,
    speaker: p.speaker?.raw ?? null,
    children: paragraphs(p.children),
  }));
}

/** A paragraph with defaults for the fields the text does not set. */
export function para(text: string, stated: Partial<Read> = {}): Read {
  return { number: null, text, bullet: false, speaker: null, children: [], ...stated };
}

/** The fields of an action a reader checks: number, text, owners, origin, status. */
export function actionFacts(actions: Action[]) {
  return actions.map((a) => ({ number: a.number, text: a.text, owners: a.owners, origin: a.origin, status: a.status }));
}

/** The span's source text, so position tests read as text. */
export function spanText(text: string, position: { start: { offset: number }; end: { offset: number } } | undefined): string | null {
  return position ? text.slice(position.start.offset, position.end.offset) : null;
}

export const codes = (result: ParseResult) => result.diagnostics.map((d) => d.code);
