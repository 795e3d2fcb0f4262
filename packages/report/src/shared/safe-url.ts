/**
 * A URL that reports may link to: http, https or mailto, with no whitespace or
 * control characters. Anything else (`javascript:`, `data:`, relative paths from
 * the text) stays plain text, so a document cannot smuggle a script link in.
 * @param url A URL read from the minutes.
 * @returns The URL, or null when it must not be a link.
 */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (/[\s\u0000-\u001F\u007F]/.test(trimmed)) return null;
  return /^(https?:\/\/[^/?#]+|mailto:[^@\s]+@)/i.test(trimmed) ? trimmed : null;
}
