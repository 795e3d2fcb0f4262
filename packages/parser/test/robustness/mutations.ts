// Structured mutations of real minutes, the damage PDF and Word converters do:
// lines reordered, cut, doubled, white space and dashes changed, markers inserted.
import fc from 'fast-check';

/** One edit to a document's lines; indices are taken modulo the line count. */
export type Mutation = (lines: string[]) => string[];

const at = (lines: readonly string[], index: number): number => (lines.length === 0 ? 0 : index % lines.length);

/** Markers the parser's rules look for, inserted where they do not belong. */
const MARKERS = ['Action 1:', 'Action:', 'Present:', 'Apologies:', '**', '#', '###', '\t', '1.', '1.1.1', '- ', '•', 'Chair', '(Chair)', 'Next meeting:', '|', '---', '*End*'];

const index = fc.nat({ max: 10_000 });

const shuffle = fc.array(fc.nat(), { minLength: 1, maxLength: 400 }).map((keys): Mutation => (lines) =>
  lines
    .map((line, i) => ({ line, key: keys[i % keys.length]! + i / lines.length }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.line),
);
const cutLines = fc.tuple(index, index).map(([from, length]): Mutation => (lines) => {
  const start = at(lines, from);
  return [...lines.slice(0, start), ...lines.slice(start + (length % 40))];
});
const cutInsideLine = fc.tuple(index, index).map(([line, column]): Mutation => (lines) =>
  lines.map((text, i) => (i === at(lines, line) ? text.slice(0, column % (text.length + 1)) : text)),
);
const truncate = index.map((keep): Mutation => (lines) => lines.slice(0, at(lines, keep) + 1));
const double = fc.tuple(index, fc.integer({ min: 1, max: 30 })).map(([from, length]): Mutation => (lines) => {
  const start = at(lines, from);
  const block = lines.slice(start, start + length);
  return [...lines.slice(0, start + length), ...block, ...lines.slice(start + length)];
});
const joinLines = index.map((line): Mutation => (lines) => {
  const i = at(lines, line);
  return i + 1 < lines.length ? [...lines.slice(0, i), `${lines[i]} ${lines[i + 1]}`, ...lines.slice(i + 2)] : lines;
});
const whitespace = fc
  .constantFrom<[RegExp, string]>([/ /g, '\t'], [/\t/g, '    '], [/ +/g, ' '], [/^/gm, '   '], [/ /g, '\u00a0'], [/\s+$/gm, ''], [/ /g, '  '])
  .map(([pattern, replacement]): Mutation => (lines) => lines.map((line) => line.replace(pattern, replacement)));
const dashes = fc
  .constantFrom<[RegExp, string]>([/–/g, '-'], [/-/g, '–'], [/[-–]/g, '—'], [/ - /g, '-'], [/-/g, ''])
  .map(([pattern, replacement]): Mutation => (lines) => lines.map((line) => line.replace(pattern, replacement)));
const insertMarker = fc.tuple(index, fc.constantFrom(...MARKERS), fc.constantFrom('start', 'end', 'alone')).map(([line, marker, where]): Mutation => (lines) => {
  const i = at(lines, line);
  if (where === 'alone') return [...lines.slice(0, i), marker, ...lines.slice(i)];
  return lines.map((text, k) => (k !== i ? text : where === 'start' ? `${marker} ${text}` : `${text} ${marker}`));
});
const lineEnds = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\u2028');

/** A document's lines after one to six mutations, joined with some kind of line end. */
export function mutatedDocument(texts: readonly string[]): fc.Arbitrary<string> {
  const mutation = fc.oneof(shuffle, cutLines, cutInsideLine, truncate, double, joinLines, whitespace, dashes, insertMarker, insertMarker);
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 6 }), lineEnds)
    .map(([text, mutations, eol]) => mutations.reduce((lines, mutate) => mutate(lines), text.split(/\r\n|\r|\n/)).join(eol));
}
