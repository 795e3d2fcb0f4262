import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from './parse-minutes.js';

describe('parseMinutes', () => {
  it('never throws, and every span lies inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const { minutes, diagnostics } = parseMinutes(text);
        const spans = [
          ...minutes.attendees.map((a) => a.position),
          ...minutes.items.map((i) => i.position),
          ...minutes.actions.map((a) => a.position),
          ...diagnostics.map((d) => d.position),
        ];
        for (const span of spans) {
          if (!span) continue;
          expect(span.start.offset).toBeGreaterThanOrEqual(0);
          expect(span.end.offset).toBeLessThanOrEqual(text.length);
          expect(span.start.offset).toBeLessThanOrEqual(span.end.offset);
        }
      }),
      { numRuns: 300 },
    );
  });
});
