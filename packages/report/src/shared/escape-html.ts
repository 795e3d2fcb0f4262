import { stringifyEntities } from 'stringify-entities';

/**
 * Escapes text for HTML text content and for double- or single-quoted attribute
 * values: `&`, `<`, `>`, `"`, `'` and `` ` `` become character references; every other
 * character is kept as written (the documents are UTF-8).
 *
 * Uses `stringify-entities` (the escaper behind `hast-util-to-html`) with
 * `escapeOnly`, so the rules come from a well-kept library, not from us.
 * @param text Untrusted text, such as anything read from the minutes.
 * @returns Text safe to put between tags or inside a quoted attribute.
 */
export function escapeHtml(text: string): string {
  return stringifyEntities(text, { escapeOnly: true, useNamedReferences: true });
}
