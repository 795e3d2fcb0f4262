import type { Severity } from '@lsmp/model';

/**
 * The catalogue of diagnostics the parser reports. Codes are stable: never reuse
 * or renumber one. 1xxx: document structure; 2xxx: roster; 3xxx: agenda and
 * paragraphs; 4xxx: actions; 5xxx: dates and times.
 */
export const diagnosticCatalogue = {
  LSMP1001: { severity: 'error', template: 'The text does not look like minutes ({actual}); no attendees or actions were read.' },
  LSMP1002: { severity: 'info', template: 'Skipped repeated page furniture "{actual}".' },
  LSMP1003: { severity: 'error', template: 'The text is empty.' },
  LSMP1004: { severity: 'info', template: 'Skipped text the parser could not place: "{actual}".' },
  LSMP1005: { severity: 'warning', template: 'The text looks cut off: it ends mid-sentence.' },
  LSMP1006: { severity: 'info', template: 'The meeting was inquorate: decisions recorded may not stand.' },
  LSMP2001: { severity: 'warning', template: 'Unrecognised roster line "{actual}".' },
  LSMP2002: { severity: 'warning', template: 'No roster of attendees was found.' },
  LSMP2003: { severity: 'info', template: 'The same initials "{actual}" belong to more than one person on the roster.' },
  LSMP2004: { severity: 'warning', template: 'Initials "{actual}" match nobody on the roster.' },
  LSMP2005: { severity: 'info', template: 'More than one person is marked as chairing the meeting.' },
  LSMP2006: { severity: 'warning', template: '"{actual}" is listed both as present and as sending apologies.' },
  LSMP3001: { severity: 'info', template: 'Agenda numbering jumps from {expected} to {actual}.' },
  LSMP3002: { severity: 'warning', template: 'No numbered agenda items were found.' },
  LSMP3003: { severity: 'info', template: 'Agenda number {actual} appears more than once.' },
  LSMP4001: { severity: 'warning', template: 'Action has no owner: "{actual}".' },
  LSMP4002: { severity: 'info', template: 'Action owner "{actual}" could not be resolved to a person or organisation.' },
  LSMP4003: { severity: 'info', template: 'Read a line of the action column, interleaved into the text: "{actual}".' },
  LSMP5001: { severity: 'warning', template: 'The meeting date was not found.' },
  LSMP5002: { severity: 'info', template: 'More than one date could be the meeting\'s: {actual}; chose {expected}.' },
  LSMP5003: { severity: 'warning', template: 'Could not read the date "{actual}".' },
  LSMP5004: { severity: 'info', template: 'The next meeting was moved: {actual}.' },
} as const satisfies Record<string, { severity: Severity; template: string }>;

export type DiagnosticCode = keyof typeof diagnosticCatalogue;
