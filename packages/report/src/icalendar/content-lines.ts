// RFC 5545 §3.1 and §3.3.11: content lines, TEXT escaping and line folding.
import { wellFormed } from '../shared/well-formed.js';

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line is longer than 75 octets of UTF-8, not
 * counting the CRLF; continuation lines start with one space (RFC 5545 §3.1).
 * Never splits a character, so multi-byte characters stay whole.
 * @param line One unfolded content line, without line break.
 * @returns The folded line, its parts joined by CRLF and a space.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Characters TEXT values must not carry (controls other than the line breaks escapeText handles). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * One property as a folded content line: `NAME;PARAM=V:value`.
 * @param name Property name, such as `SUMMARY`.
 * @param value The value, already in the property's value format.
 * @param parameters Parameters such as `{ TZID: 'Europe/London' }`; values must be safe parameter text.
 */
export function contentLine(name: string, value: string, parameters: Readonly<Record<string, string>> = {}): string {
  const params = Object.entries(parameters)
    .map(([key, v]) => `;${key}=${v}`)
    .join('');
  return foldLine(`${name}${params}:${wellFormed(value.replace(CONTROL, ''))}`);
}

/** A TEXT property, escaped and folded. */
export function textLine(name: string, value: string): string {
  return contentLine(name, escapeText(value.replace(CONTROL, '')));
}
