// Minutes numbered count/year ("5/16 Minutes of the Meeting", "6/16 Matters Arising") number the points inside an
// item plainly ("7. Clerk Mobile Phone: ...", a markdown list under "6/16"). The plain list goes on from the count by
// chance: it is no item of the run, which keeps its "/16" to the end.

// "6/16", "26/6" (a typist's slip for "26/16"), "39/2020": a count, a slash and a year.
const COUNT_YEAR_NUMBER = /^\d{1,4}\/(?:\d{1,2}|(?:19|20)\d{2})$/;
const PLAIN_NUMBER = /^\d{1,4}$/;

/** Whether an item numbered `number` would break a run of count/year minute numbers that last stood at `lastNumber`. */
export function breaksCountYearRun(lastNumber: string | null | undefined, number: string | null): boolean {
  return lastNumber != null && number !== null && COUNT_YEAR_NUMBER.test(lastNumber) && PLAIN_NUMBER.test(number);
}
