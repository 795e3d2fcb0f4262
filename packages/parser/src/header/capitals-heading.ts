import { endsMidPhrase } from '../roster/wrapped.js';

// A heading in capitals that a PDF conversion wrote one line a paragraph: "MINUTES OF THE 45TH ANNUAL GENERAL MEETING" /
// "OF THE" / "FERNVALE CREDIT UNION LTD." / "HELD AT THE HALL ON SUNDAY 30TH JUNE, 2019".
// ("OF THE", "OF": a line of nothing but such words goes on too.)
const CONTINUING_CAPITALS = /^(?:OF|AND|THE|IN|AT|ON|FOR|TO|WITH|BY)(?:\s|$)/;
const ORDINAL_END = /\s\d{1,2}(?:ST|ND|RD|TH)?$/;
const MONTH_FIRST = /^(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]{0,6}[,\s]/;
/** "HELD ON WEDNESDAY 26 FEBRUARY 2014", "HELD AT THE VILLAGE HALL": the line under a heading in capitals that says when or where. */
export const HELD_IN_CAPITALS = /^HELD\s(?:ON|AT|IN)\s/;

/** Whether `next`, a line in capitals, goes on with the heading `text` ("... ON MONDAY, 2ND" / "JULY, 2014"). */
export function goesOnInCapitals(text: string, next: string): boolean {
  return endsMidPhrase(text) || CONTINUING_CAPITALS.test(next) || (ORDINAL_END.test(text) && MONTH_FIRST.test(next));
}

/** Whether `next` is a line of the heading in capitals `text` ends: capitals only, and joined to it. */
export function continuesCapitalsHeading(text: string, next: string): boolean {
  return !/\p{Ll}/u.test(next) && !next.endsWith(':') && !/[.:;]$/.test(text) && goesOnInCapitals(text, next);
}
