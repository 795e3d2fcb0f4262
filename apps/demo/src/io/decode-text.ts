import { InputError } from './input-error.js';

/** How bytes without a UTF-16 byte order mark are read. */
export type InputEncoding = 'utf-8' | 'latin1';

/** The encodings `--encoding` accepts. */
export const INPUT_ENCODINGS: readonly InputEncoding[] = ['utf-8', 'latin1'];

/** UTF-16 announced by its byte order mark (Word's "Unicode text" export), else null. */
function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Windows-1252's characters for bytes 0x80-0x9F, where ISO-8859-1 has C1 controls
 * (undefined bytes keep their C1 code point, as the WHATWG Encoding Standard says).
 * Node 20's TextDecoder reads "windows-1252" as ISO-8859-1, hence this table.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Latin-1 as browsers read it: Windows-1252. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates are left to TextDecoder). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

/**
 * Decodes an input's bytes to text, dropping a byte order mark: UTF-16 when a BOM
 * says so, otherwise UTF-8 (the default) or Latin-1. Latin-1 is read as browsers
 * read it, as Windows-1252, so the curly quotes and dashes of Word exports survive.
 * Refuses binary (a NUL byte) and invalid UTF-8, naming the byte offset.
 */
export function decodeText(bytes: Uint8Array, name: string, encoding: InputEncoding = 'utf-8'): string {
  const utf16 = utf16ByBom(bytes);
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new InputError(`${name}: is not valid ${utf16.toUpperCase()} (it starts with a UTF-16 byte order mark)`);
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(`${name}: looks like a binary file (NUL byte at offset ${nul}), not minutes text`);
  if (encoding === 'latin1') return decodeWindows1252(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${name}: is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); for Latin-1 or Windows-1252 text add --encoding latin1`);
  }
}
