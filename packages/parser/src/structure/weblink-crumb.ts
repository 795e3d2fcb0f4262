import type { Line } from '../scan/scan-lines.js';
import { partOf, blankedLine } from '../scan/line-part.js';
import { findDates } from '../dates/parse-date.js';

// A document repository's page (Laserfiche WebLink, as many American and Canadian councils publish minutes) opens with
// its breadcrumb and the file's name run into the text: "HomeMy WebLinkAbout0104 RegularREGULAR CITY COUNCIL MEETING
// MINUTES ...". The crumb and the file's name are no part of the minutes.
// ("HomeMy Public PortalAbout": the same repository's public portal.)
const CRUMBS = ['HomeMy WebLinkAbout', 'HomeMy Public PortalAbout'];
// Where the file's name meets the text with no space between: "RegularREGULAR", "02/23/1999MINUTES", "Minutes -Meeting",
// "(27)Laurel", "8-19-10Central Point", "Draft Minutes.docEthics". (Within the first characters only: a name is short.)
const EXTENSION_GLUED = /\.(?:docx?|pdf|rtf)(?=\p{Lu})/u;
// ("Chamber of Commerce (14) Laurel Chamber ...": the repository's number of a file of the same name, then a space.)
const GLUED = /(?:\p{Ll}(?=\p{Lu}{2})|\d(?=\p{Lu}{2}|\p{Lu}\p{Ll})|[-)](?=\p{Lu})|\.(?:docx?|pdf|rtf)(?=\p{Lu})|\(\d{1,3}\) (?=\p{Lu}))/u;
// "09/15/2016 Minutes of the Ethics Commission ...": a name that ends with its date, the minutes' own heading after a space.
const DATED_NAME = /^[\p{L}\d ~&'(),._-]*?\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}(?= (?:Minutes|MINUTES)\b)/u;
const NAME_REACH = 160;
const FILE_NAME = /^[\p{L}\d ~&'(),./_-]+$/u;

// The page's own line above the crumb: the site's name.
const PAGE_CHROME = /^Laserfiche WebLink$/;

/** The first line without the crumb and the file's name, where the name is glued to the text; the page's chrome above it blank. */
export function withoutWebLinkCrumb(lines: Line[]): Line[] {
  let content = lines;
  let at = content.findIndex((l) => !l.blank && !l.code);
  while (at !== -1 && PAGE_CHROME.test(content[at]!.text)) {
    const chrome = at;
    content = content.map((l, k) => (k === chrome ? blankedLine(l) : l));
    at = content.findIndex((l, k) => k > chrome && !l.blank && !l.code);
  }
  const line = content[at];
  const crumb = CRUMBS.find((c) => line?.text.startsWith(c));
  if (line && !crumb) return withoutDatedFileName(content, at);
  if (!line || !crumb) return content;
  const after = line.text.slice(crumb.length);
  // (Where no glue or heading shows where the name ends, the line is left as it is: the name's own date, "03/11/1996", read alone could be misread.)
  // ("102-Minutes - February 4, 2009.pdfMINUTES SARATOGA ...": the file's extension glued to the text ends the name, past
  // any other glue inside the name.)
  const glued = EXTENSION_GLUED.exec(after.slice(0, NAME_REACH)) ?? GLUED.exec(after.slice(0, NAME_REACH));
  // ("HomeMy WebLinkAbout03-19-14 Downtown BID Minutes/": a line of the crumb and the folder's name alone, the slash closing it.)
  const folder = after.length <= NAME_REACH && after.endsWith('/') ? after.length : -1;
  // ("Minutes ECONOMIC ... MEETING June 3, 2008-City Hall": the heading in capitals starts before the glue a date makes.)
  const capitals = nameBeforeCapitals(after);
  const gluedEnd = glued && (capitals === -1 || glued.index + glued[0].length < capitals) ? glued.index + glued[0].length : -1;
  const nameEnd = gluedEnd !== -1 ? gluedEnd : (DATED_NAME.exec(after.slice(0, NAME_REACH))?.[0].length ?? (folder !== -1 ? folder : capitals));
  // (A name is words, figures and the marks of dates and numbering: an OCR'd page's noise is no name, "1� L4MW�".)
  if (nameEnd === -1 || !FILE_NAME.test(after.slice(0, nameEnd))) return content;
  const from = crumb.length + nameEnd;
  const rest = line.text.slice(from).trim();
  const kept = rest ? partOf(line, from, line.text.length) : blankedLine(line);
  return [...content.slice(0, at), kept, ...content.slice(at + 1)];
}

// "Minutes ECONOMIC DEVELOPMENT PLAN ... MEETING": the file's name in small letters, a space, then the heading in capitals.
const CAPITALS_HEADING_AFTER = / (?=\p{Lu}{2,} \p{Lu}{2,})/u;

/**
 * Where a file's name written in small letters ends before a heading in capitals, or -1. (A name with a date or number in
 * it, "03/12/2001 City Council MINUTES OF ...", is left to the rules above: its end is not so plain.)
 */
function nameBeforeCapitals(after: string): number {
  const m = CAPITALS_HEADING_AFTER.exec(after.slice(0, NAME_REACH));
  const name = m ? after.slice(0, m.index) : '';
  return m && m.index > 0 && /\p{Ll}/u.test(name) && !/\d/.test(name) ? m.index + 1 : -1;
}

// "01-16-2007 Regular MeetingREGULAR MEETING OF ...", "Utility Board Mins 01-09-1989Minutes ...": the repository's
// page copied without its crumb still opens with the file's name, which carries a date in figures.
const NAME_DATE = /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b/;
const BARE_NAME_REACH = 60;

/** The first line without a file's name glued to the text, where that name carries a date in figures. */
function withoutDatedFileName(content: Line[], at: number): Line[] {
  const line = content[at]!;
  const glued = GLUED.exec(line.text.slice(0, BARE_NAME_REACH));
  if (!glued) return content;
  const nameEnd = glued.index + glued[0].length;
  const name = line.text.slice(0, nameEnd);
  // (The text must state the date itself: "HELD THE SIXTEENTH DAY OF JANUARY" is read by no one, and the name's date stays.)
  if (!FILE_NAME.test(name) || !NAME_DATE.test(name) || findDates(line.text.slice(nameEnd)).length === 0) return content;
  return [...content.slice(0, at), partOf(line, nameEnd, line.text.length), ...content.slice(at + 1)];
}
