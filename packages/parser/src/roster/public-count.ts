import { trimEndOf } from '../text/clean.js';

const COUNT_WORDS = new Set(
  'a one two three four five six seven eight nine ten eleven twelve several some many few no'.split(' '),
);
// "... Public: 4", "... Members of the public 5": the count after its label, run on after the last person.
const PUBLIC_LABEL = /\s(?:members of the )?public\s?:?\s?\d{1,3}\.?$/i;
// "Mrs N Cooper (Clerk) There were 0 members of the public": a sentence run on after the list joins the count too.
const JOINING = [' together with', ' along with', ' plus', ' and', ',', ' there were', ' there was'];

/**
 * "Borough Councillor Colin Sampson 1 member of the public", "Mrs Fisher together with nine
 * members of the public": the person without the count of the public written after them.
 */
export function withoutPublicCount(text: string): string {
  // "Helen Reed (Parish Clerk) Public: 4": the count under its own label, run on after the last person.
  const labelled = PUBLIC_LABEL.exec(text);
  if (labelled) return text.slice(0, labelled.index).trimEnd();
  const lower = text.toLowerCase().replace(/\.$/, '');
  const tail = lower.endsWith(' members of the public') ? ' members of the public' : lower.endsWith(' member of the public') ? ' member of the public' : null;
  if (!tail) return text;
  let end = lower.length - tail.length;
  const countStart = lower.lastIndexOf(' ', end - 1);
  const count = lower.slice(countStart + 1, end);
  if (countStart <= 0 || !(/^\d{1,3}$/.test(count) || COUNT_WORDS.has(count))) return text;
  end = countStart;
  for (const joining of JOINING) {
    if (lower.slice(0, end).endsWith(joining)) {
      end -= joining.length;
      break;
    }
  }
  return trimEndOf(text.slice(0, end), ',');
}
