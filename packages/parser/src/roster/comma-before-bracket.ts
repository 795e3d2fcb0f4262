// "Peter Crowcroft, (Northshire Police)": a comma typed before the bracket that gives the person's organisation. It parts no
// name from the bracket, so lists split at commas would leave the bracket as a part of its own.
const COMMA_BEFORE_BRACKET = /, \(/g;

/** The text with ", (" read as " (". */
export function withCommaBeforeBracketClosed(text: string): string {
  return text.includes(', (') ? text.replace(COMMA_BEFORE_BRACKET, ' (') : text;
}
