import type { Diagnostic, Minutes } from '@lsmp/model';
import type { MessageOverrides } from './diagnostics/create-diagnostic.js';

export interface ParseOptions {
  /** Replace the wording of any diagnostic, by code. */
  messages?: MessageOverrides;
}

export interface ParseResult {
  minutes: Minutes;
  diagnostics: Diagnostic[];
}

/**
 * Reads minutes text into the lsmp model. Tries to be as fault tolerant as
 * possible and always returns a result: never throws on any string. Therefore,
 * always check the diagnostics.
 */
export function parseMinutes(text: string, _options: ParseOptions = {}): ParseResult {
  const minutes: Minutes = {
    schemaVersion: '1.0.0',
    kind: 'minutes',
    title: null,
    body: null,
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
    complete: text.length > 0,
    diagnostics: [],
  };
  return { minutes, diagnostics: minutes.diagnostics };
}
