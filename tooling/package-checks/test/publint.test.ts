import { readFileSync } from 'node:fs';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, it } from 'vitest';

describe('publint', () => {
  for (const pkg of inject('packed')) {
    it(`finds no problem, not even a suggestion, in ${pkg.name}`, async () => {
      const tarball = readFileSync(pkg.tarball);
      const result = await publint({
        pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
        level: 'suggestion',
        strict: true,
      });
      const messages = result.messages.map((message) => `${message.type}: ${formatMessage(message, result.pkg)}`);
      expect(messages).toEqual([]);
    });
  }
});
