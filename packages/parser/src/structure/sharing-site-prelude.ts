import { blankedLine } from '../scan/line-part.js';
import { mayStartItem } from '../agenda/headings.js';
import { UPLOADER_CAPTION } from '../header/header-words.js';
import type { Line } from '../scan/scan-lines.js';

// A document-sharing site's page (Docstoc, where many councils' and partnerships' papers of 2008-2014 were posted) opens
// with the site's navigation and the file's name: "Learning Center" / "Plans & pricing Sign in" / "Sign Out", or
// "Document Sample" / "<file name> Powered By Docstoc". Those lines are no part of the minutes.
const PRELUDE_LINE = /^(?:docstoc|learning center|plans & pricing sign in|sign out|document sample|documents|resources|upload)$/i;
const POWERED_BY = /\spowered by docstoc$/i;
// The prelude stands among the page's first lines.
const PRELUDE_REACH = 8;

// "1 Minutes of Monthly Meeting of ..." / "Total Page:16" / "File Type:pdf, Size:1020Kb": another site (docslib) gives the file's
// name, a page number before it, then its size. The size lines go; the name stays without the number.
const FILE_FACT = /^(?:total page:\s?\d{1,4}|file type:\s?[a-z]{2,5},\s?size:\s?[\d.]{1,8}\s?[kmg]b)$/i;
const PAGE_NUMBER = /^\d{1,3}\s(?=\p{Lu})/u;

/** The content with a document-sharing site's opening lines blanked; as it was where it does not open so. */
export function withoutSharingSitePrelude(content: Line[]): Line[] {
  return withoutFileFacts(withoutDocstocPrelude(withoutDownloadCounts(withoutEpaperPrelude(content))));
}

// "18.01.2015 Views" / the file's name three times / "SHOW MORE" / "SHOW LESS" / "Create successful ePaper yourself" /
// "Turn your PDF publications into a flip-book ...": an ePaper site's (Yumpu's) page head, its date the upload's.
const VIEWS_DATE = /^\d{2}\.\d{2}\.\d{4}\sviews$/i;
const SHOW_LESS = /^show\sless$/i;
const EPAPER_PITCH = /\b(?:e-?paper|yumpu|flip-book)\b/i;
// The pitch is a line or two after "SHOW LESS".
const PITCH_LINES = 2;

/** The ePaper site's head blanked, through its pitch; the content as it was where it does not open so. */
function withoutEpaperPrelude(content: Line[]): Line[] {
  const filled = content.map((_, k) => k).filter((k) => !content[k]!.blank).slice(0, PRELUDE_REACH + PITCH_LINES);
  if (filled.length === 0 || !VIEWS_DATE.test(content[filled[0]!]!.text.trim())) return content;
  const less = filled.findIndex((k) => SHOW_LESS.test(content[k]!.text.trim()));
  if (less === -1) return content;
  let last = less;
  while (last + 1 < filled.length && last - less < PITCH_LINES && EPAPER_PITCH.test(content[filled[last + 1]!]!.text)) last++;
  return content.map((l, k) => (k <= filled[last]! && !l.blank ? blankedLine(l) : l));
}

// "Protection Working Group Meeting - Minutes - UNHCR Data Portal" / "0 downloads 244 Views 134KB Size Report" /
// "Apr 24, 2013 - document will be distributed by email ...": a sharing site's file name, its counts, then its date and a
// snippet of the text. The minutes' own title comes after them.
const DOWNLOAD_COUNTS = /^\d{1,7}\sdownloads?\s\d{1,7}\sviews?\s[\d.]{1,8}\s?[kmg]b\ssize\sreport$/i;
// "Apr 24, 2013 - ...": the upload's date and the snippet after it.
const DATED_SNIPPET = /^\p{Lu}\p{Ll}{2}\s\d{1,2},\s(?:19|20)\d{2}\s-\s/u;

/** The file name, counts and dated snippet a sharing site opens its page with, blanked. */
function withoutDownloadCounts(content: Line[]): Line[] {
  const filled = content.map((_, k) => k).filter((k) => !content[k]!.blank).slice(0, 3);
  if (filled.length < 2 || !DOWNLOAD_COUNTS.test(content[filled[1]!]!.text.trim())) return content;
  const snippet = filled[2] !== undefined && DATED_SNIPPET.test(content[filled[2]]!.text.trim()) ? filled[2] : filled[1]!;
  return content.map((l, k) => (k <= snippet && !l.blank ? blankedLine(l) : l));
}

// "Food Conspiracy Board Meeting s1": the site's number of the file's part after its name.
const PART_NUMBER = /\ss\d{1,2}$/;
// "... Minutes of Meeting Held": a name the site cut mid-phrase. (A whole name over a longer line stays: the line may run on
// into the date and venue, where the name alone is the title.)
const CUT_END = /\s(?:held|on|of|the|and|for|at|in|to|from|by|with)$/i;
const nameKey = (text: string): string => text.trim().replace(PART_NUMBER, '').replace(/\s+/g, ' ').toLowerCase();

/**
 * The size lines under a shared file's name blanked, the page number before the name taken off. Where the name is cut
 * short (mid-phrase, or numbered as a part) and the text below opens with it ("... Minutes of Meeting Held" over "...
 * Minutes of meeting held from 1st March ..."), the name is the site's copy of the text's title, and goes too.
 */
function withoutFileFacts(content: Line[]): Line[] {
  const filled = content.map((_, k) => k).filter((k) => !content[k]!.blank).slice(0, PRELUDE_REACH);
  const facts = filled.filter((k) => FILE_FACT.test(content[k]!.text.trim()));
  if (facts.length === 0) return content;
  const name = filled[filled.indexOf(facts[0]!) - 1];
  const below = filled[filled.indexOf(facts[facts.length - 1]!) + 1];
  const cut = name !== undefined && (PART_NUMBER.test(content[name]!.text.trim()) || CUT_END.test(content[name]!.text.trim()));
  const copied = cut && below !== undefined && nameKey(content[name!]!.text).length > 0 && nameKey(content[below]!.text).startsWith(nameKey(content[name!]!.text));
  return content.map((l, k) => {
    if (facts.includes(k) || (copied && k === name)) return blankedLine(l);
    const number = k === name ? PAGE_NUMBER.exec(l.text) : null;
    return number ? { ...l, text: l.text.slice(number[0].length) } : l;
  });
}

function withoutDocstocPrelude(content: Line[]): Line[] {
  let last = -1;
  let site = false;
  let filled = 0;
  for (let k = 0; k < content.length && filled < PRELUDE_REACH; k++) {
    const line = content[k]!;
    if (line.blank) continue;
    filled++;
    const text = line.text.trim();
    if (POWERED_BY.test(text)) {
      last = k;
      site = true;
    } else if (PRELUDE_LINE.test(text)) {
      last = k;
      site ||= /^sign out$/i.test(text);
    }
  }
  if (!site) return content;
  return content.map((l, k) => (k <= last && !l.blank ? blankedLine(l) : l));
}

// "VIEWS: 15 PAGES: 11": the site's counts under the caption.
const SITE_COUNTS = /^views:\s*\d+\s+pages:\s*\d+$/i;

/** The content with a sharing site's caption line (and its counts) blanked where the page opens with one that starts like an item. */
export function withoutUploaderCaption(content: Line[]): Line[] {
  const first = content.findIndex((l) => !l.blank);
  const caption = first >= 0 ? content[first]!.text.trim() : '';
  // ("Item 2 SLP YOS June 2010 Minutes by 2y3ItQ": a handle in lower case or with digits is a user's, not "by Chairman".)
  const handle = UPLOADER_CAPTION.exec(caption)?.[1];
  // (Only a caption that would open an item is taken away: the header reads any other as a title at most.)
  if (!handle || !mayStartItem(caption) || !/\bminutes\b/i.test(caption) || !(/\d/.test(handle) || handle === handle.toLowerCase())) return content;
  const counts = content.findIndex((l, k) => k > first && !l.blank);
  const last = counts >= 0 && SITE_COUNTS.test(content[counts]!.text.trim()) ? counts : first;
  return content.map((l, k) => (k >= first && k <= last ? blankedLine(l) : l));
}
