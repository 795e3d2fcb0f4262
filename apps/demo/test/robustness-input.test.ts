// Input hygiene: whatever bytes a converter produced, the CLI reads them as text or
// refuses them with one line naming the problem (exit 2). Byte order marks are
// dropped, UTF-16 with a BOM is decoded, Latin-1 is read on request, and inputs
// above the size limit are refused before they are read.
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMinutes } from '@lsmp/parser';
import { describe, expect, it } from 'vitest';
import { summarise } from '../src/commands/parse.js';
import { decodeText, InputError, readInput } from '../src/io/read-input.js';
import { DEFAULT_MAX_BYTES, formatByteSize, parseByteSize } from '../src/io/read-options.js';
import { lsmp, samplesPath } from './run-cli.js';

const sample = readFileSync(join(samplesPath, '2024-01-riverside-board.txt'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'lsmp-input-'));
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? bytes : bytes.swap16();
}

/** What a reader takes from minutes, without positions (which count line ends). */
function reading(text: string) {
  const { minutes } = parseMinutes(text);
  return {
    title: minutes.title,
    date: minutes.date,
    attendees: minutes.attendees.map((a) => a.name),
    items: minutes.items.map((i) => [i.number, i.title, i.paragraphs.length]),
    actions: minutes.actions.map((a) => [a.text, a.owners]),
    nextMeeting: minutes.nextMeeting?.date ?? null,
  };
}

describe('decoding input bytes', () => {
  it('drops a UTF-8 byte order mark', () => {
    expect(decodeText(utf8('\uFEFFMinutes'), 'x.txt')).toBe('Minutes');
  });

  it('decodes UTF-16 in either byte order when a byte order mark announces it, and drops the mark', () => {
    expect(decodeText(utf16(sample, 'le'), 'x.txt')).toBe(sample);
    expect(decodeText(utf16(sample, 'be'), 'x.txt')).toBe(sample);
  });

  it('refuses UTF-16 that is cut in the middle of a character', () => {
    expect(() => decodeText(utf16('Minutes', 'le').subarray(0, 7), 'x.txt')).toThrow(/x\.txt: is not valid UTF-16LE/);
  });

  it('refuses binary input and invalid UTF-8 with the byte offset, suggesting --encoding latin1', () => {
    expect(() => decodeText(Uint8Array.from([0x41, 0x42, 0x00]), 'x.bin')).toThrow(/NUL byte at offset 2/);
    const error = (() => {
      try {
        decodeText(Uint8Array.from([...utf8('Caf'), 0xe9, ...utf8(' au lait')]), 'x.txt');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('x.txt: is not valid UTF-8 (first bad byte at offset 3); for Latin-1 or Windows-1252 text add --encoding latin1');
  });

  it('reads Latin-1 as Windows-1252 on request, so Word quotes and dashes survive', () => {
    const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0xa3, 0x35]);
    expect(decodeText(bytes, 'x.txt', 'latin1')).toBe('Café “q” – £5');
  });
});

/** A small seeded generator (mulberry32), so the random inputs are the same on every run. */
function randomBytes(seed: number, length: number): Uint8Array {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Mostly text-like bytes, with some high and control bytes, as a broken converter leaves them.
  return Uint8Array.from({ length }, () => (next() < 0.8 ? 32 + Math.floor(next() * 95) : Math.floor(next() * 256)));
}

describe('any bytes', () => {
  it('are read as text or refused with a one-line InputError, and what is read parses and prints', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const bytes = randomBytes(seed, seed * 7);
      if (seed % 3 === 0) bytes.set([0xff, 0xfe].slice(0, bytes.length)); // sometimes a UTF-16 BOM
      for (const encoding of ['utf-8', 'latin1'] as const) {
        let text: string;
        try {
          text = decodeText(bytes, 'random.txt', encoding);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).toMatch(/^random\.txt: [^\n]+$/);
          continue;
        }
        expect(text.startsWith('\uFEFF')).toBe(false);
        expect(summarise('random.txt', parseMinutes(text).minutes)).toContain('random.txt');
      }
    }
  });
});

describe('line ends are the parser’s job', () => {
  it('reads CRLF and lone CR minutes as it reads LF ones', () => {
    const lf = reading(sample);
    expect(lf.items.length).toBeGreaterThan(3);
    expect(reading(sample.replace(/\n/g, '\r\n'))).toEqual(lf);
    expect(reading(sample.replace(/\n/g, '\r'))).toEqual(lf);
  });
});

describe('the size limit', () => {
  it('reads sizes as people write them, in binary multiples', () => {
    expect(parseByteSize('20MB')).toBe(20 * 1024 * 1024);
    expect(parseByteSize('512 kB')).toBe(512 * 1024);
    expect(parseByteSize('1.5G')).toBe(1.5 * 1024 ** 3);
    expect(parseByteSize('1000')).toBe(1000);
    for (const bad of ['', 'MB', '-1MB', '0', '12 parsecs', '1e9']) expect(parseByteSize(bad)).toBeNull();
    expect(formatByteSize(DEFAULT_MAX_BYTES)).toBe('20 MB');
  });

  it('refuses a file above the default 20 MB before reading it', () => {
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, DEFAULT_MAX_BYTES + 1); // sparse: no 20 MB written to disk
    expect(() => readInput(huge)).toThrow(`${huge}: is 20 MB, larger than the 20 MB limit; raise it with --max-size if this really is minutes`);
    expect(() => readInput(huge, { encoding: 'utf-8', maxBytes: DEFAULT_MAX_BYTES + 1 })).toThrow(/NUL byte at offset 0/);
  });
});

describe('the command line', () => {
  const write = (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const json = (args: string[]) => {
    const run = lsmp(['parse', '--json', ...args]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout);
  };

  it('reads UTF-16 (with a BOM) and UTF-8 with a BOM as it reads plain UTF-8', () => {
    const plain = json([write('plain.txt', sample)]);
    expect(json([write('utf16le.txt', utf16(sample, 'le'))])).toEqual(plain);
    expect(json([write('bom.txt', `\uFEFF${sample}`)])).toEqual(plain);
  });

  it('decodes Latin-1 with --encoding latin1, and otherwise names the bad byte', () => {
    const latin1 = write('latin1.txt', Buffer.from(sample.replaceAll('Riverside', 'Rivérside'), 'latin1'));
    const refused = lsmp(['parse', latin1]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/latin1\.txt: is not valid UTF-8 \(first bad byte at offset \d+\); for Latin-1 or Windows-1252 text add --encoding latin1\n$/);
    expect(json(['--encoding', 'latin1', latin1]).title).toContain('Rivérside');
  });

  it('refuses input above --max-size, from a file or standard input, with one line and exit 2', () => {
    const file = lsmp(['check', '--max-size', '1kB', write('big.txt', sample)]);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/^lsmp: .*big\.txt: is \d+(\.\d)? kB, larger than the 1 kB limit; raise it with --max-size if this really is minutes\n$/);
    const stdin = lsmp(['parse', '-', '--max-size', '100'], { input: sample });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toBe('lsmp: <stdin>: is larger than the 100 bytes limit; raise it with --max-size if this really is minutes\n');
    expect(lsmp(['parse', '--max-size', 'lots']).code).toBe(2);
  });
});
