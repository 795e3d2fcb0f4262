import { readFileSync, statSync } from 'node:fs';

/** An input the CLI refuses, with the one-line reason it prints (exit code 2). */
export class InputError extends Error {
  override name = 'InputError';
}

export interface InputText {
  /** The path as given, or `<stdin>`. */
  name: string;
  text: string;
}

/** Decodes bytes as UTF-8 (dropping a BOM), refusing binary and invalid UTF-8 with the byte offset. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(`${name}: looks like a binary file (NUL byte at offset ${nul}), not minutes text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${name}: is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
}

/** Offset of the first byte that breaks UTF-8, found by decoding ever longer prefixes' last sequence. */
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

/** Refuses input with nothing but white space in it: there are no minutes to read. */
function requireContent(text: string, name: string): string {
  if (text.trim() === '') throw new InputError(`${name}: is empty, there are no minutes to read`);
  return text;
}

/** Reads a file path, or standard input for `-`. */
export function readInput(path: string): InputText {
  if (path === '-') return { name: '<stdin>', text: requireContent(decodeText(readFileSync(0), '<stdin>'), '<stdin>') };
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (stats.isDirectory()) throw new InputError(`${path}: is a directory, not a minutes file`);
  return { name: path, text: requireContent(decodeText(readFileSync(path), path), path) };
}
