import type { AgendaItem } from '@lsmp/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkMinutes, londonEnriched, parseStrategyText } from '../src/index.js';

// Lines that look like the plan's, mixed with anything at all.
const planLine = fc.oneof(
  fc.constantFrom('Core objective', 'Proposed Action (7.3.1)', 'Key tasks', 'Outcome', 'Delivery partners (lead in bold)', 'Resources', '', '  1. a task', '    1. a sub-task', '**Lead**', 'It covers 3 service areas: a, b and c.'),
  fc.string(),
);
const text = fc.array(planLine, { maxLength: 40 }).map((lines) => lines.join('\n'));
// Words the linker knows, in any order, among anything at all.
const minutesText = fc
  .array(fc.oneof(fc.constantFrom('ESOL', 'London Enriched', 'action 7.3.1', 'Child Trafficking\nToolkit', 'NHS Employers', 'http://x.org/health', 'RIES', 'housing'), fc.string()), { maxLength: 12 })
  .map((words) => words.join(' '));

describe('on any input', () => {
  it('parseStrategyText returns a catalogue and diagnostics with in-range lines', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { catalogue, diagnostics } = parseStrategyText(input);
        const lineCount = input.split('\n').length;
        for (const action of catalogue.actions) expect(action.source.lines.end).toBeLessThanOrEqual(lineCount);
        for (const diagnostic of diagnostics) expect(diagnostic.position?.end.offset ?? 0).toBeLessThanOrEqual(input.length);
      }),
    );
  });

  it('linkMinutes finds evidence that is really in the text, with or without the source', () => {
    fc.assert(
      fc.property(minutesText, minutesText, (title, body) => {
        const source = `${title}\n${body}`;
        const item: AgendaItem = {
          id: 'i1',
          number: '1',
          title,
          paragraphs: [{ number: null, text: body, bullet: false, speaker: null, children: [] }],
          position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: body.length + 1, offset: source.length } },
        };
        for (const options of [{}, { source }]) {
          const [linked] = linkMinutes({ items: [item], actions: [] }, londonEnriched, options).items;
          for (const evidence of linked!.links.flatMap((link) => link.evidence)) {
            expect((evidence.field === 'title' ? title : body).slice(evidence.start, evidence.end)).toBe(evidence.text);
            // Only the title has a position here, and it starts the source.
            if (evidence.position) expect([evidence.position.start.offset, evidence.position.end.offset]).toEqual([evidence.start, evidence.end]);
          }
        }
      }),
    );
  });
});
