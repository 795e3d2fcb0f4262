// Clocks written partly or wholly in letters, read as the figures they stand for. Each change keeps the text's length, so
// the indexes of what is found in it hold.

// "at 8.OOp.m.", "At 7.3Opm", "closed at 8.l0p.m.": a typed or OCR'd clock with the letter O or l for a figure of its
// minutes. Only minutes after a stop or colon with "am" or "pm" straight after them are read so: a clock, nothing else.
const LETTER_MINUTES = /\b(\d{1,2}[.:])([\dOl]{2})(?=\s?[ap]\.?m)/g;
// The cheap test first: a letter O or l straight after a clock's stop or its first figure.
const HAS_LETTER_MINUTES = /\d[.:]\d?[Ol]/;
// "was called to order at noon", "Time: Monday January 10, 2011 at Noon ET": noon in a word after "at" ("12 noon" has its figures).
const AT_NOON = /\b(at\s)noon\b/gi;

// "held at 7:30om": OCR's o for the p of "pm" straight after a clock's minutes (a clock, nothing else, is read so).
const O_FOR_PM = /(\d[.:]\d{2})om\b/gi;

const figures = (minutes: string) => minutes.replaceAll('O', '0').replaceAll('l', '1');

/** The text with a clock's letter O or l read as its figure, "at noon" as "at 12pm" and "7:30om" as "7:30pm" (the same length). */
export function withClockFigures(text: string): string {
  const typed = HAS_LETTER_MINUTES.test(text) ? text.replace(LETTER_MINUTES, (_, hour: string, minutes: string) => hour + figures(minutes)) : text;
  const noon = typed.includes('oon') || typed.includes('OON') ? typed.replace(AT_NOON, '$112pm') : typed;
  return noon.includes('om') || noon.includes('OM') ? noon.replace(O_FOR_PM, '$1pm') : noon;
}
