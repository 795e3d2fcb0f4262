import { MinutesSchema } from '@lsmp/model';
import { expect, it } from 'vitest';
import { harbourMinutes } from './fixtures/harbourside.js';

it('the hand-written fixture is valid canonical minutes', () => {
  expect(MinutesSchema.safeParse(harbourMinutes).error).toBeUndefined();
});
