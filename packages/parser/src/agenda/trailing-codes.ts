import type { AgendaItem } from '@lsmp/model';

// "Minutes Approved (D)", "Personnel (G-1)", "Consent Calendar Approved (G-1/G-10)": a school board's minutes write the
// agenda's code after each heading rather than before it.
const TRAILING_CODE = /\s\(([A-Z](?:-\d{1,2}[a-z]?)?(?:\/[A-Z](?:-\d{1,2}[a-z]?)?)?)\)$/;
// So many headings at least, and half the items, end with a code before the codes are read as the items' numbers.
const LEAST_CODED = 3;

/** Unnumbered items whose titles end with their agenda code: the code taken as the item's number. */
export function withTrailingCodes(items: AgendaItem[]): AgendaItem[] {
  const coded = items.filter((item) => item.number === null && TRAILING_CODE.test(item.title));
  if (coded.length < LEAST_CODED || coded.length * 2 < items.length) return items;
  return numberedFrom(items, TRAILING_CODE);
}

/** Each unnumbered item whose title `pattern` ends: its first group the number, the title cut before the match. */
function numberedFrom(items: AgendaItem[], pattern: RegExp): AgendaItem[] {
  return items.map((item) => {
    const m = item.number === null ? pattern.exec(item.title) : null;
    return m ? { ...item, number: m[1]!, title: item.title.slice(0, m.index) } : item;
  });
}

// "CALL TO ORDER – AGENDA ITEM #1", "Safety Minute - Agenda Item 3": an electric co-operative's minutes number each heading
// after it, with the agenda's words.
const TRAILING_ITEM_NUMBER = /\s[–—-]\s(?:AGENDA\s)?ITEM\s#?(\d{1,2}[a-z]?)$/i;
// Two headings at least so numbered say the layout is the minutes' own.
const LEAST_ITEM_NUMBERED = 2;

/** Unnumbered items whose titles end with "– AGENDA ITEM #n": n taken as the item's number, the words left out of the title. */
export function withTrailingItemNumbers(items: AgendaItem[]): AgendaItem[] {
  if (items.filter((item) => item.number === null && TRAILING_ITEM_NUMBER.test(item.title)).length < LEAST_ITEM_NUMBERED) return items;
  return numberedFrom(items, TRAILING_ITEM_NUMBER);
}
