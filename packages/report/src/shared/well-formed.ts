/** A UTF-16 surrogate without its other half: it cannot be encoded as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces lone surrogates with U+FFFD, as `String.prototype.toWellFormed` does
 * (ES2024, not in every runtime we support), so the text encodes as UTF-8 exactly.
 * @param text Any string.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
