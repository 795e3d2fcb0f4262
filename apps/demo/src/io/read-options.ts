import type { InputEncoding } from './decode-text.js';

/** How the CLI reads its inputs; set once per run from `--encoding` and `--max-size`. */
export interface ReadOptions {
  encoding: InputEncoding;
  /** Inputs larger than this many bytes are refused. */
  maxBytes: number;
}

/** 20 MiB: a year of minutes is well under 1 MB, and the parser reads 20 MiB in seconds. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

let current: ReadOptions = { encoding: 'utf-8', maxBytes: DEFAULT_MAX_BYTES };

/** The options in force for this run. */
export function readOptions(): ReadOptions {
  return current;
}

/** Changes the options for the rest of this run (the commands' preAction hook calls it). */
export function setReadOptions(options: Partial<ReadOptions>): void {
  current = { ...current, ...options };
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** "20MB", "512k", "1.5 GB", "1000" → bytes (binary multiples: 1 MB = 1,048,576 bytes); null when unreadable. */
export function parseByteSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) return null;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 ? bytes : null;
}

/** Bytes as people read them: "20 MB", "512 kB", "900 bytes". */
export function formatByteSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${Number((bytes / 1024 ** 2).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} kB`;
  return `${bytes} bytes`;
}
