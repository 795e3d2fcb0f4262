// The properties every parse must have, whatever the input: checked by the fuzz tests.
import { type Minutes, MinutesSchema, type Point, type Position } from '@lsmp/model';
import { expect } from 'vitest';
import { parseMinutes } from '../../src/index.js';

function isPoint(value: unknown): value is Point {
  return typeof value === 'object' && value !== null && 'offset' in value && 'line' in value && 'column' in value;
}

/** Every span anywhere in the result, found by walking it rather than by listing fields. */
export function allSpans(value: unknown, found: Position[] = []): Position[] {
  if (Array.isArray(value)) {
    for (const item of value) allSpans(item, found);
  } else if (typeof value === 'object' && value !== null) {
    const { start, end } = value as Partial<Position>;
    if (isPoint(start) && isPoint(end)) found.push(value as Position);
    for (const child of Object.values(value)) allSpans(child, found);
  }
  return found;
}

/** Offsets where each line starts, to check a point's line and column against its offset. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function expectPointIn(text: string, starts: readonly number[], point: Point): void {
  expect(point.offset).toBeGreaterThanOrEqual(0);
  expect(point.offset).toBeLessThanOrEqual(text.length);
  let line = starts.length;
  while (starts[line - 1]! > point.offset) line--;
  expect({ line: point.line, column: point.column }).toEqual({ line, column: point.offset - starts[line - 1]! + 1 });
}

/**
 * Parses `text` twice and checks: no exception, a result the model's schema accepts,
 * every span (on any node, however deep) inside the text with start <= end and line
 * and column agreeing with the offset, and the same JSON both times.
 */
export function checkParse(text: string): Minutes {
  const first = parseMinutes(text).minutes;
  const checked = MinutesSchema.safeParse(first);
  expect(checked.success, checked.error?.message).toBe(true);
  const starts = lineStarts(text);
  for (const span of allSpans(first)) {
    expectPointIn(text, starts, span.start);
    expectPointIn(text, starts, span.end);
    expect(span.start.offset).toBeLessThanOrEqual(span.end.offset);
  }
  expect(JSON.stringify(parseMinutes(text).minutes)).toBe(JSON.stringify(first));
  return first;
}
