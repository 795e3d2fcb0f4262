// Helpers for the layout tests: each test writes a small fictional minutes text
// and compares what the parser read with what a careful reader takes from it.
import type { Attendance, Minutes } from '@lsmp/model';
import { type ParseResult, parseMinutes } from '../../src/index.js';

/** Parses the lines joined as one document, so each test's text reads as written. */
export function parse(...lines: string[]): ParseResult {
  return parseMinutes(lines.join('\n'));
}

/** What a roster entry says about a person (no id, position or list label). */
export interface Person {
  name: string;
  honorific: string | null;
  initials: string | null;
  organisation: string | null;
  role: string | null;
  attendance: Attendance;
  chair: boolean;
  substituteFor: string | null;
  shadowing: string | null;
  partial: boolean;
}

/** A person as the text states them: every field the entry does not state is empty. */
export function person(name: string, stated: Partial<Omit<Person, 'name'>> = {}): Person {
  return {
    name,
    honorific: null,
    initials: null,
    organisation: null,
    role: null,
    attendance: 'present',
    chair: false,
    substituteFor: null,
    shadowing: null,
    partial: false,
    ...stated,
  };
}

export function people(minutes: Minutes): Person[] {
  return minutes.attendees.map(({ name, honorific, initials, organisation, role, attendance, chair, substituteFor, shadowing, partial }) => ({
    name, honorific, initials, organisation, role, attendance, chair, substituteFor, shadowing, partial,
  }));
}

export function names(minutes: Minutes): string[] {
  return minutes.attendees.map((a) => a.name);
}

export function items(minutes: Minutes): { number: string | null; title: string }[] {
  return minutes.items.map(({ number, title }) => ({ number, title }));
}

export function actions(minutes: Minutes): { number: string | null; text: string; owners: string[] }[] {
  return minutes.actions.map(({ number, text, owners }) => ({ number, text, owners }));
}

export function codes(result: ParseResult): string[] {
  return result.diagnostics.map((d) => d.code);
}
