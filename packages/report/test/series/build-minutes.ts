// Small builders for hand-written, fictional Minutes in tests: only the fields a
// test cares about are given, the rest take empty values.
import type { Action, AgendaItem, Attendee, Minutes, NextMeeting, Paragraph } from '@lsmp/model';

export function minutes(fields: Partial<Minutes>): Minutes {
  return {
    schemaVersion: '1.0.0',
    kind: 'minutes',
    title: null,
    body: 'Harbourside Integration Board',
    date: null,
    start: null,
    end: null,
    venue: null,
    status: null,
    attendees: [],
    items: [],
    actions: [],
    decisions: [],
    recommendations: [],
    references: [],
    dates: [],
    nextMeeting: null,
    complete: true,
    diagnostics: [],
    ...fields,
  };
}

export function attendee(id: string, name: string, fields: Partial<Attendee> = {}): Attendee {
  return {
    id,
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
    list: null,
    ...fields,
  };
}

export function action(id: string, text: string, fields: Partial<Action> = {}): Action {
  return { id, number: null, text, owners: [], ownerRefs: [], origin: 'new', status: null, itemNumber: null, confidence: 1, ...fields };
}

export function item(number: string, title: string, paragraphs: string[] = []): AgendaItem {
  return { id: `i${number}`, number, title, paragraphs: paragraphs.map(paragraph) };
}

export function paragraph(text: string): Paragraph {
  return { number: null, text, bullet: false, speaker: null, children: [] };
}

export function nextMeeting(date: string, fields: Partial<NextMeeting> = {}): NextMeeting {
  return { date, start: null, end: null, venue: null, originalDate: null, note: null, ...fields };
}
