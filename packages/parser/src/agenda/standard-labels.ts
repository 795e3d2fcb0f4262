// The items nearly every meeting's agenda has, by the labels minutes give them.

// The standing items that carry the meeting's own business: the last minutes, what arose from them, other business and
// the next meeting's date ("Minutes and matters arising from previous meeting" as one). Never a roster list's label nor a person.
const STANDING_ITEMS = String.raw`minutes\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting|(?:minutes\s+(?:and|&)\s+)?matters\s+arising|any\s+other\s+business|date\s+of\s+(?:the\s+)?next\s+meeting`;

/** "Matters arising", "Date of next meeting ...": a line that opens with a standing item's title. */
export const OPENS_WITH_STANDING_ITEM = new RegExp(`^(?:${STANDING_ITEMS})\\b`, 'i');

// "Apologies", "Matters Arising", "Declarations of interest", "Date of next meeting": a standard item's label whole.
const STANDARD_ITEMS = `${STANDING_ITEMS}|apologies(?:\\sfor\\sabsence)?|declarations?\\sof\\sinterests?|aob|a\\.o\\.b\\.?|minutes\\sof\\s(?:the\\s)?(?:last|previous)\\sagm|date\\sand\\stime\\sof\\s(?:the\\s)?next\\smeeting|welcome(?:\\sand\\sintroductions)?|correspondence|treasurer'?s\\sreport|chair(?:man)?'?s\\sreport`;
const STANDARD_ITEM = new RegExp(`^(?:${STANDARD_ITEMS})$`, 'i');
// "Declarations of Interest – Pecuniary and Non-Pecuniary": a standard item's label, then what it covers.
const STANDARD_OPENING = new RegExp(`^(?:${STANDARD_ITEMS})(?![\\p{L}\\d])`, 'iu');

/** Whether a title is the label of an item nearly every agenda has ("Matters Arising"). */
export const isStandardItem = (title: string): boolean => STANDARD_ITEM.test(title.trim());

/** Whether a title opens with the label of an item nearly every agenda has ("Declarations of Interest – Pecuniary"). */
export const opensWithStandardItem = (title: string): boolean => STANDARD_OPENING.test(title.trim());
