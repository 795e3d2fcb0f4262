import { expect, it } from 'vitest';
import { wellFormed } from './well-formed.js';

it('replaces lone surrogates only', () => {
  expect(wellFormed('a\uD800b\uDC00c😀')).toBe('a\uFFFDb\uFFFDc😀');
  expect(new TextDecoder().decode(new TextEncoder().encode(wellFormed('x\uDBFF')))).toBe('x\uFFFD');
});
