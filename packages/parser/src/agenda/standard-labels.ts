// The items nearly every meeting's agenda has, by the labels minutes give them.

// "Apologies", "Matters Arising", "Declarations of interest", "Date of next meeting": a standard item's label whole.
const STANDARD_ITEM =
  /^(?:apologies(?:\sfor\sabsence)?|matters\sarising|declarations?\sof\sinterests?|any\sother\sbusiness|aob|a\.o\.b\.?|minutes\sof\s(?:the\s)?(?:last|previous)\s(?:meeting|agm)|date\s(?:and\stime\s)?of\s(?:the\s)?next\smeeting|welcome(?:\sand\sintroductions)?|correspondence|treasurer'?s\sreport|chair(?:man)?'?s\sreport)$/i;

/** Whether a title is the label of an item nearly every agenda has ("Matters Arising"). */
export const isStandardItem = (title: string): boolean => STANDARD_ITEM.test(title.trim());
