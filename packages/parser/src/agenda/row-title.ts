/**
 * The first line of a row of a committee website's item table saved as text runs the item's title, the
 * agenda's note and the record together: "Public Questions To receive questions from the public. Minutes:
 * There were none." The title ends where the note, a document's size or a label of the record begins.
 */

// "Minutes:", "Decision:", "Additional documents:": the labels a committee page prints inside each row.
export const ROW_LABEL_WORDS = 'Additional documents|Supporting documents|Minutes|Decisions?';
const ROW_LABEL = new RegExp(`\\s(?:${ROW_LABEL_WORDS}):`);
// "Minutes of Fire Authority PDF 137 KB": the size of the document the title links to.
const FILE_SIZE = /\s(?:pdf icon\s+)?(?:PDF|DOCX?|DOTX|XLSX?|PPTX?)\s+[\d.]+\s*[KM]B\b/i;
// How an agenda's note opens: "To receive ...", "Members are reminded ...", "The draft minutes ...", "You are welcome ...",
// "Oral item.". ("Questions from Members of the Public": members named in a title are no note's opening.)
const NOTE_OPENING =
  /\s(?:To\s\p{Ll}|(?:Oral|Verbal)\s(?:item|report|update)\b|(?:Members|Councillors)\s(?:are|will|should|must|may|can|were|have)\b|(?:This|These|Please|You)\s\p{Ll}|A\s(?:report|copy|verbal|presentation|briefing|summary|note)\b|The\s(?:\p{Ll}|\p{Lu}\p{Ll}+\s(?:is|are|will|has|have|was|were)\b))/u;
// A row's first line that opens with a label or a resolution is its record, no title.
const RECORD_FIRST = new RegExp(`^(?:${ROW_LABEL_WORDS})\\s*:|^RESOLVED\\b`);
// A title says what the item is; one with "is", "was" or "will" says something, as a note does.
const AUXILIARY = /\s(?:is|are|was|were|has|have|had|will|would|should|could|can|must)\s/;
// Titles are short.
const MAX_TITLE_WORDS = 20;

export interface RowTitle {
  title: string;
  /** What follows the title on the line: the note and the record. */
  rest: string;
}

/** The title the row's first line opens with and the rest of the line; null where the line does not open with one. */
export function readRowTitle(text: string): RowTitle | null {
  if (RECORD_FIRST.test(text)) return null;
  let cut = -1;
  let restAt = -1;
  for (const pattern of [ROW_LABEL, FILE_SIZE, NOTE_OPENING]) {
    const m = pattern.exec(text);
    if (!m || (cut !== -1 && m.index >= cut)) continue;
    cut = m.index;
    // The document's size is no part of the note after it.
    restAt = pattern === FILE_SIZE ? m.index + m[0].length : m.index;
  }
  if (cut === -1) return null;
  const title = text.slice(0, cut).trim();
  return readsAsTitle(title) ? { title, rest: text.slice(restAt).trim() } : null;
}

/** A short phrase that opens in capitals or a number and does not end as a sentence or a clause does. */
export function readsAsTitle(text: string): boolean {
  return (
    /^[\p{Lu}\d]/u.test(text) &&
    !/[.,;:]$/.test(text) &&
    text.split(/\s+/).length <= MAX_TITLE_WORDS &&
    !AUXILIARY.test(` ${text} `)
  );
}
