/**
 * Characters HTML forbids in a document (C0 and C1 controls other than tab, line
 * feed and carriage return; DEL; lone surrogates). Escaping cannot express them,
 * so they are shown as U+FFFD, the replacement character.
 */
const NOT_ALLOWED_IN_HTML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces characters HTML cannot carry with U+FFFD; other text is unchanged. */
export function htmlSafeText(value: string): string {
  return value.replace(NOT_ALLOWED_IN_HTML, '\uFFFD');
}
