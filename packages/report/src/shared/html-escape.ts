import { stringifyEntities } from 'stringify-entities';
import { HTML_UNSAFE_CHARACTERS, htmlSafeText } from './html-text.js';

/** Named references (`&amp;`, `&quot;`) for HTML pages; numeric ones (`&#x26;`) for standalone SVG. */
export type CharacterReferences = 'named' | 'numeric';

// The characters that end text or a double-quoted attribute value (and `'` and `` ` ``,
// which old browsers also ended attributes at), as hast-util-to-html escapes them.
const TEXT_SUBSET = ['<', '&'];
const ATTRIBUTE_SUBSET = ['"', '&', "'", '`'];
// Options made once, with the same subset arrays: stringify-entities caches its regex per subset array.
const OPTIONS = {
  text: { named: { useNamedReferences: true, subset: TEXT_SUBSET }, numeric: { subset: TEXT_SUBSET } },
  attribute: { named: { useNamedReferences: true, subset: ATTRIBUTE_SUBSET }, numeric: { subset: ATTRIBUTE_SUBSET } },
};

// Most text needs nothing; one test finds what does (markup characters, and those
// `htmlSafeText` may replace).
/** The characters `escapeText` may change, as the body of a regex character class. */
export const TEXT_ESCAPED_CHARACTERS = `<&${HTML_UNSAFE_CHARACTERS}`;
const TEXT_NEEDS_WORK = new RegExp(`[${TEXT_ESCAPED_CHARACTERS}]`);
const ATTRIBUTE_NEEDS_WORK = new RegExp(`["&'\`${HTML_UNSAFE_CHARACTERS}]`);

function toReferences(value: string, context: 'text' | 'attribute', references: CharacterReferences): string {
  return stringifyEntities(htmlSafeText(value), OPTIONS[context][references]);
}

/**
 * Text content, safe between tags: `<` and `&` become character references, and
 * characters HTML cannot carry become U+FFFD. Escaping is `stringify-entities`' job
 * (the escaper behind `hast-util-to-html`), so the rules are a library's, not ours.
 * @param value Untrusted text, such as anything read from the minutes.
 * @param references Named or numeric character references.
 */
export function escapeText(value: string, references: CharacterReferences = 'named'): string {
  return TEXT_NEEDS_WORK.test(value) ? toReferences(value, 'text', references) : value;
}

/**
 * An attribute value, safe inside double quotes: `"`, `&`, `'` and `` ` `` become
 * character references, and characters HTML cannot carry become U+FFFD.
 * @param value Untrusted text.
 * @param references Named or numeric character references.
 */
export function escapeAttribute(value: string, references: CharacterReferences = 'named'): string {
  return ATTRIBUTE_NEEDS_WORK.test(value) ? toReferences(value, 'attribute', references) : value;
}
