// Properties that hold for any input: parseMinutes never throws, every span lies
// inside the text (with line and column agreeing with the offset), and the result
// is valid canonical JSON by the model's schema.
import { type Minutes, MinutesSchema, type Paragraph, type Position } from '@lsmp/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from './parse-minutes.js';

function paragraphSpans(paragraphs: Paragraph[]): (Position | undefined)[] {
  return paragraphs.flatMap((p) => [p.position, ...paragraphSpans(p.children)]);
}

/** Every span the result carries, whatever node it is on. */
function spans(minutes: Minutes): Position[] {
  return [
    minutes.position,
    ...minutes.attendees.map((a) => a.position),
    ...minutes.items.flatMap((i) => [i.position, ...paragraphSpans(i.paragraphs)]),
    ...minutes.actions.map((a) => a.position),
    ...minutes.decisions.map((d) => d.position),
    ...minutes.recommendations.map((r) => r.position),
    ...minutes.references.map((r) => r.position),
    ...minutes.dates.map((d) => d.position),
    minutes.nextMeeting?.position,
    ...minutes.diagnostics.map((d) => d.position),
  ].filter((span): span is Position => span !== undefined);
}

/** The 1-based line and column of a 0-based offset, counted the slow, obvious way. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function checkResult(text: string): void {
  const { minutes, diagnostics } = parseMinutes(text);
  expect(diagnostics).toBe(minutes.diagnostics);
  for (const span of spans(minutes)) {
    expect(span.start.offset).toBeGreaterThanOrEqual(0);
    expect(span.start.offset).toBeLessThanOrEqual(span.end.offset);
    expect(span.end.offset).toBeLessThanOrEqual(text.length);
    expect({ line: span.start.line, column: span.start.column }).toEqual(lineAndColumn(text, span.start.offset));
    expect({ line: span.end.line, column: span.end.column }).toEqual(lineAndColumn(text, span.end.offset));
  }
  const checked = MinutesSchema.safeParse(minutes);
  expect(checked.success, checked.error?.message).toBe(true);
  expect(JSON.parse(JSON.stringify(minutes))).toEqual(minutes);
}

// Fragments of minutes as they are written, to reach the parser's deeper rules
// far more often than random characters do. All names are fictional.
const givenNames = ['Maria', 'Tomasz', 'Grace', 'Kofi', 'Nadia', 'Jonah', 'Priya'];
const familyNames = ['Okafor', 'Pawlak', 'Ellery', 'Danso', 'Volkova', 'Baird', 'Anand'];
const descriptions = ['Harbour Trust', 'Head of Services, Northbridge Health Board', 'NBC', 'Riverside Forum for Dan Hale', 'Shadowing Kofi Danso', 'Deputy Leader (chair)', ''];
const months = ['January', 'Sept', 'March', 'November', 'Dec'];

const person = fc.record({ given: fc.constantFrom(...givenNames), family: fc.constantFrom(...familyNames) });
const initials = person.map(({ given, family }) => `${given[0]}${family[0]}`);
const rosterRow = fc
  .tuple(fc.constantFrom('', 'Chair', 'Cllr '), person, fc.constantFrom(...descriptions), fc.constantFrom('\t', '      ', ',\t'))
  .map(([mark, { given, family }, description, gap]) =>
    mark === 'Cllr ' ? `${given[0]}${family[0]}${gap}Cllr ${given} ${family}${gap}${description}` : `${mark || given[0]! + family[0]!}\t${given} ${family}${gap}${description}`,
  );
const heading = fc
  .tuple(fc.integer({ min: 0, max: 12 }), fc.constantFrom('Welcome', 'Matters arising', 'AOB', 'Date of next meeting', 'Youth services'), fc.constantFrom('', '#', '###', '**'))
  .map(([n, title, mark]) => (mark === '**' ? `**${n}. ${title}**` : `${mark} ${n}. ${title}`.trim()));
const rosterHeading = fc.constantFrom('**Present**', 'Present:', 'Apologies:', '**Apologies:**', '#### In attendance', 'Secretariat:', '### Chair (*Sub*)');
const date = fc
  .tuple(fc.integer({ min: 0, max: 32 }), fc.constantFrom('', 'st', 'nd', 'th'), fc.constantFrom(...months), fc.constantFrom('', ' 2011', ' 2023', ' 99'))
  .map(([day, suffix, month, year]) => `${day}${suffix} ${month}${year}`);
const time = fc.constantFrom('10am –12pm', '2–4pm', '10.00am – 12.00pm', '7.30 p.m.', '25:61', '10am-', '– 12pm');
const actionLine = fc
  .tuple(fc.constantFrom('**Action 1:**', 'Action 2:', '**Action 3: ', 'Outstanding action from March meeting:'), initials, fc.constantFrom(' to contact ', ' – will ', ' ', '** to '), person)
  .map(([label, who, verb, { given }]) => `${label} ${who}${verb}${given} (GLA) - done`);
const columnAction = fc.tuple(initials, initials).map(([a, b]) => `${a} to contact ${b}`);
const paragraph = fc
  .tuple(fc.constantFrom('', '1.1 ', '- ', '4.3.1 ', '  - 5.4.1 '), initials, fc.constantFrom(' – reported that', ' **reported** on', ' agreed as an accurate record', ' and'))
  .map(([number, who, rest]) => `${number}**${who}**${rest} the plan`);
const fixed = fc.constantFrom(
  '',
  '',
  '# MAYOR OF LONDON',
  'NORTHBRIDGE COUNCIL',
  'Next meeting: 5 September 2017, 10am-12pm',
  '**NOTE: This has now been moved to 12 October 2017.**',
  'Minutes of the Northbridge Community Partnership meeting',
  'The meeting closed at 9.15pm.',
  '<http://example.org/a>',
  'Recommendations',
  '1. That the board notes the report (appendix 1).',
  'neigh-',
  '\u00a0',
  '\t',
  '*End*',
);
const line = fc.oneof(rosterRow, heading, rosterHeading, date, time, actionLine, columnAction, paragraph, fixed, fc.string({ maxLength: 12 }));
const minutesLike = fc.tuple(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\n\n', '\r')).map(([lines, eol]) => lines.join(eol));

// A small alphabet of the characters the rules look at, so random text is dense with structure.
const structural = fc
  .array(fc.constantFrom('\n', '\r\n', '\t', ' ', '  ', '*', '#', '-', '–', '.', ':', ',', '(', ')', '1', '2', '9', 'A', 'B', 'a', 'Chair', 'for ', '\u00a0', '’'), { maxLength: 200 })
  .map((parts) => parts.join(''));

describe('parseMinutes on any input', () => {
  it('holds for arbitrary strings of any code unit', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkResult), { numRuns: 200 });
  });

  it('holds for strings of structural characters', () => {
    fc.assert(fc.property(structural, checkResult), { numRuns: 300 });
  });

  it('holds for texts built from minutes-like lines', () => {
    fc.assert(fc.property(minutesLike, checkResult), { numRuns: 300 });
  });

  it('holds for the edge cases fast-check may not reach', () => {
    for (const text of ['', ' ', '\n', '\r\n', '\r', '\uFEFF', '\uD800', '**', '1.', 'Action 1:', 'Present:\n\tChair\t']) checkResult(text);
  });
});
