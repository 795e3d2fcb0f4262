import type { Nodes } from 'hast';

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

/**
 * Applies {@link htmlSafeText} to every text node and string attribute of a hast
 * tree, in place, so no renderer can let such a character through.
 * @param node The tree's root.
 */
export function makeTreeHtmlSafe(node: Nodes): void {
  if (node.type === 'text' || node.type === 'comment') node.value = htmlSafeText(node.value);
  if (node.type === 'element') {
    for (const [key, value] of Object.entries(node.properties)) {
      if (typeof value === 'string') node.properties[key] = htmlSafeText(value);
    }
  }
  if ('children' in node) for (const child of node.children) makeTreeHtmlSafe(child);
}
