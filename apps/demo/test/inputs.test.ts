import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugOf } from '../src/io/load-minutes.js';
import { decodeText, InputError } from '../src/io/read-input.js';
import { resolveInputs } from '../src/io/resolve-inputs.js';

describe('resolveInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lsmp-inputs-'));
  mkdirSync(join(dir, 'minutes'));
  for (const name of ['2024-03.txt', '2024-01.md', 'README.md', 'notes.docx']) writeFileSync(join(dir, 'minutes', name), 'x');

  it('lists a folder’s minutes files in name order, leaving out its README and other files', async () => {
    const sources = await resolveInputs([join(dir, 'minutes')]);
    expect(sources.map((s) => s.path)).toEqual([join(dir, 'minutes', '2024-01.md'), join(dir, 'minutes', '2024-03.txt')]);
    expect(sources.every((s) => s.fromCollection)).toBe(true);
  });

  it('expands a glob pattern and keeps a named file on its own', async () => {
    expect((await resolveInputs([join(dir, 'minutes', '*.txt')])).map((s) => s.path)).toEqual([join(dir, 'minutes', '2024-03.txt')]);
    expect(await resolveInputs([join(dir, 'minutes', 'notes.docx')])).toEqual([{ path: join(dir, 'minutes', 'notes.docx'), fromCollection: false }]);
  });

  it('defaults to the six bundled samples', async () => {
    const sources = await resolveInputs([]);
    expect(sources).toHaveLength(6);
    expect(sources.every((s) => /riverside-board\.txt$/.test(s.path))).toBe(true);
  });

  it('refuses standard input twice', async () => {
    await expect(resolveInputs(['-', '-'])).rejects.toThrow(InputError);
  });
});

describe('slugOf', () => {
  it.each([
    ['minutes/2024-01-board.txt', '2024-01-board'],
    ['Board minutes (final) 3 May.TXT', 'Board-minutes-final-3-May'],
    ['<stdin>', 'stdin'],
    ['...', 'minutes'],
  ])('%s -> %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });
});

describe('decodeText', () => {
  it('drops a byte order mark and reads UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]), 'x')).toBe('Aé');
  });

  it('names the first bad byte of a truncated sequence', () => {
    expect(() => decodeText(new Uint8Array([0x41, 0x42, 0xe2, 0x82]), 'x.txt')).toThrow('x.txt: is not valid UTF-8 (first bad byte at offset 2)');
  });
});
