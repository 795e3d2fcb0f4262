import { isDigitAt } from '../text/clean.js';
// A web export (a blog's minutes page saved as it is) writes paragraphs, list entries and
// headings as HTML block tags with entities. Each line is read as the markdown it stands for.

/** Whether the text is written in HTML blocks (closed paragraphs, line breaks or list entries) or keeps a web page's entities. */
export function isHtmlBlockText(text: string): boolean {
  // "&lt;jo@example.org&gt;": a wiki's export keeps the angle brackets around an address as entities.
  // ("11<sup>th</sup> April", "<u>Apologies</u>": Word's superscripts and underlining as a converter to GitHub's markdown writes them.)
  return text.includes('</p>') || text.includes('<br') || text.includes('</li>') || text.includes('</sup>') || text.includes('</u>') || text.includes('</span>') || text.includes('&nbsp;') || text.includes('&amp;') || text.includes('&#8') || text.includes('&gt;');
}

const HEADING_TAG = /^h[1-6]$/;
// Inline and block tags whose words stay: the tag alone goes.
const DROPPED = new Set(['p', 'br', 'ul', 'ol', 'div', 'span', 'em', 'i', 'u', 'a', 'sup', 'sub', 'font', 'blockquote', 'mark', 'ins', 'small']);

/** The mark a tag stands for ("<h2>" -> "## " at the line start, "<li>" -> "* ", "<strong>" -> "**"), or null when it is no tag of a web page. */
function tagMark(tag: string, atStart: boolean): string | null {
  const closing = tag.startsWith('/');
  const name = (closing ? tag.slice(1) : tag).split(/[\s/]/, 1)[0]!.toLowerCase();
  if (name === 'strong' || name === 'b') return '**';
  if (HEADING_TAG.test(name)) return closing || !atStart ? ' ' : `${'#'.repeat(Number(name[1]))} `;
  if (name === 'li') return closing || !atStart ? ' ' : '* ';
  if (name === 'br') return ' ';
  return DROPPED.has(name) ? '' : null;
}

/** "<p><strong>1. Apologies</strong><br />" -> "**1. Apologies**": the line's tags as markdown marks, its entities as characters. */
export function htmlBlockText(line: string): string {
  let out = '';
  let last = 0;
  // Whether anything but white space is written yet: a flag, so that no tag reads the whole line before it again.
  let begun = false;
  // Where a list entry's mark was written, while nothing followed it: "<li><h4>Planning</h4>" is a heading.
  let listMarkAt = -1;
  for (let open = line.indexOf('<'); open !== -1; open = line.indexOf('<', open + 1)) {
    const close = line.indexOf('>', open + 1);
    if (close === -1) break;
    const before = line.slice(last, open);
    const blankBefore = before.trim() === '';
    const mark = tagMark(line.slice(open + 1, close), (!begun || listMarkAt !== -1) && blankBefore);
    if (mark === null) continue;
    if (listMarkAt !== -1 && mark.startsWith('#')) {
      out = out.slice(0, listMarkAt);
      listMarkAt = -1;
    } else if (!begun && mark === '* ') listMarkAt = out.length;
    else if (!blankBefore || mark.trim() !== '') listMarkAt = -1;
    out += before + mark;
    begun ||= (before + mark).trim() !== '';
    last = close + 1;
    open = close;
  }
  out = last === 0 ? line : out + line.slice(last);
  return out.includes('&') ? decodeEntities(out) : out;
}

const ENTITY = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,6});/gi;
const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", pound: '£', euro: '€',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…',
};

/** "Children&#8217;s&nbsp;Services &amp; Health" -> "Children’s Services & Health"; an unknown entity stays. */
export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (whole, body: string) => {
    if (body.charAt(0) !== '#') return NAMED[body.toLowerCase()] ?? whole;
    const code = body.charAt(1) === 'x' || body.charAt(1) === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    // A no-break space is noise to every rule, as in plain text.
    return code === 0xa0 ? ' ' : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

// '<ol start="3">': where the list's numbering starts (an editor that parts one list around the paragraphs between its entries).
const LIST_START = /^ol\s[^>]*?\bstart=["']?(\d{1,4})/i;

/** The count of entries before an outer numbered list's first: 0, or one less than its start attribute. */
function entriesBefore(raw: string, open: number): number {
  const start = LIST_START.exec(raw.slice(open + 1, raw.indexOf('>', open + 1) + 1 || raw.length));
  return start ? Number(start[1]) - 1 : 0;
}

/**
 * "<ol><li><h4>Planning</h4>": a heading that opens an entry of the page's outer numbered list takes the
 * entry's number, as the page shows it; so does an entry written whole on its line ('<ol start="2"><li>Minutes of
 * the last meeting</li></ol>', a word processor's numbered heading). (Inner lists, and entries whose text goes on
 * below their first line, are left as they are.)
 */
export function numberListHeadings(lines: { raw: string; text: string; heading: number; blank: boolean }[]): void {
  // Per open list: the entries counted so far, or -1 for a bulleted one.
  const lists: number[] = [];
  let opened = false;
  for (const line of lines) {
    const { raw } = line;
    // Whether the line holds an outer entry whole: its text is the entry's.
    let wholeEntry = false;
    for (let open = raw.indexOf('<'); open !== -1; open = raw.indexOf('<', open + 1)) {
      const name = raw.slice(open + 1, open + 4).toLowerCase();
      if (name === 'ol>' || name === 'ol ') lists.push(entriesBefore(raw, open));
      else if (name === 'ul>' || name === 'ul ') lists.push(-1);
      else if (name === '/ol' || name === '/ul') lists.pop();
      else if ((name === 'li>' || name === 'li ') && lists.length === 1 && lists[0]! >= 0) {
        lists[0]!++;
        opened = true;
        wholeEntry = raw.includes('</li>', open) || raw.includes('</LI>', open);
      }
    }
    // "<li>" on a line of its own leaves its list mark alone there: the heading may stand on the next line.
    if (!opened || line.blank || line.text === '*') continue;
    if (line.heading > 0 && !/^\d/.test(line.text)) line.text = `${lists[0]}. ${line.text}`;
    else if (wholeEntry && line.text.startsWith('* ') && !isDigitAt(line.text, 2)) line.text = `${lists[0]}. ${line.text.slice(2)}`;
    opened = false;
  }
}
