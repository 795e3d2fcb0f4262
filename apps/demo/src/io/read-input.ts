import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { decodeText } from './decode-text.js';
import { InputError } from './input-error.js';
import { rememberInput } from './input-paths.js';
import { formatByteSize, type ReadOptions, readOptions } from './read-options.js';

export { decodeText, type InputEncoding } from './decode-text.js';
export { InputError } from './input-error.js';

export interface InputText {
  /** The path as given, or `<stdin>`. */
  name: string;
  text: string;
}

/** Refuses input with nothing but white space in it: there are no minutes to read. */
function requireContent(text: string, name: string): string {
  if (text.trim() === '') throw new InputError(`${name}: is empty, there are no minutes to read`);
  return text;
}

/** `size` is the input's size when known ("25 MB") or null for a stream cut off at the limit. */
function tooLarge(name: string, size: string | null, maxBytes: number): InputError {
  return new InputError(`${name}: is ${size ? `${size}, ` : ''}larger than the ${formatByteSize(maxBytes)} limit; raise it with --max-size if this really is minutes`);
}

/** Sleeps without a busy loop while a non-blocking standard input has no data yet. */
function pause(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

/**
 * Reads a file descriptor to its end, stopping as soon as it passes `maxBytes`: a
 * pipe, a device such as /dev/zero or a file growing while read cannot exhaust memory.
 */
function readWithin(fd: number, name: string, maxBytes: number): Uint8Array {
  const chunks: Buffer[] = [];
  const chunk = Buffer.alloc(64 * 1024);
  let total = 0;
  for (;;) {
    let count: number;
    try {
      count = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        pause(10);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (count === 0) break;
    total += count;
    if (total > maxBytes) throw tooLarge(name, null, maxBytes);
    chunks.push(Buffer.from(chunk.subarray(0, count)));
  }
  return Buffer.concat(chunks);
}

/** Reads a file, refusing a regular file larger than `maxBytes` before reading any of it. */
function readFileWithin(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    if (stats.isFile() && stats.size > maxBytes) throw tooLarge(path, formatByteSize(stats.size), maxBytes);
    return readWithin(fd, path, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a file path, or standard input for `-`, as text (see {@link decodeText}),
 * with the run's `--encoding` and `--max-size` unless `options` says otherwise.
 */
export function readInput(path: string, options: ReadOptions = readOptions()): InputText {
  if (path === '-') {
    return { name: '<stdin>', text: requireContent(decodeText(readWithin(0, '<stdin>', options.maxBytes), '<stdin>', options.encoding), '<stdin>') };
  }
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (stats.isDirectory()) throw new InputError(`${path}: is a directory, not a minutes file`);
  rememberInput(path);
  return { name: path, text: requireContent(decodeText(readFileWithin(path, options.maxBytes), path, options.encoding), path) };
}
