/**
 * Characters HTML forbids in a document (C0 and C1 controls other than tab, line
 * feed and carriage return; DEL; lone surrogates). Escaping cannot express them,
 * so they are shown as U+FFFD, the replacement character.
 */
const CONTROLS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
const NOT_ALLOWED_IN_HTML = new RegExp(`[${CONTROLS}]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`, 'g');

/** Every character `htmlSafeText` may replace (a surrogate only when alone), as the body of a regex character class. */
export const HTML_UNSAFE_CHARACTERS = `${CONTROLS}\\uD800-\\uDFFF`;
// Most text has none of them: one plain test spares it the search with lookarounds.
const MAY_BE_UNSAFE = new RegExp(`[${HTML_UNSAFE_CHARACTERS}]`);

/** Replaces characters HTML cannot carry with U+FFFD; other text is unchanged. */
export function htmlSafeText(value: string): string {
  return MAY_BE_UNSAFE.test(value) ? value.replace(NOT_ALLOWED_IN_HTML, '\uFFFD') : value;
}
