import { readRosterHeading } from '../roster/headings.js';
import { parseEntry } from '../roster/parse-entry.js';
import { readsAsDescriptionCell } from '../roster/stacked-cells.js';
import type { Line } from '../scan/scan-lines.js';
import { partOf } from '../scan/line-part.js';

// "Present / Michael Sole" / "Dylan Jones" / ... / "Tony Konieczny / Chairman" / "Secretary" / ... : a Word table of
// three columns (label, name, post) that a converter wrote column by column, a cell a line, the cells of a row parted
// by " / ": the label and the first name share a line, as do the last name and the first post. The posts are paired
// with the names by position, and each list is written again as "Name, Post" lines under its label.

// Rosters stand near the top: the lines after these are not searched.
const SEARCHED = 80;
// The names a column holds, one a line.
const MAX_ROWS = 60;

/** "Present / Michael Sole": a list's label alone, then the first name; null for any other line. */
function labelledFirstName(line: Line): { label: string; name: string } | null {
  if (line.blank || line.code || !line.text.includes(' / ')) return null;
  const [label, name, ...more] = line.text.split(' / ');
  if (more.length || !label || !name) return null;
  const heading = readRosterHeading(label.replace(/:$/, ''), true);
  return heading && !heading.rest && isBareName(name) ? { label, name } : null;
}

// A post's cell is short.
const MAX_POST = 60;

/** The line after the last post: the table ends, or the next list's label row starts; another name would mean a miscount. */
const endsColumn = (next: Line | undefined) => next === undefined || next.blank || next.text.includes(' / ') || !isBareName(next.text);

const isBareName = (text: string) => {
  const entry = parseEntry([text]);
  return entry !== null && !entry.description.role && !entry.description.organisation && !text.includes(' / ');
};

/** The lists from `k` on, each a label, names and then as many posts; null where a column's count does not hold. */
function readColumns(content: Line[], k: number): { lines: Line[]; end: number } | null {
  const opening = labelledFirstName(content[k]!);
  if (!opening) return null;
  const names = [opening.name];
  let at = k + 1;
  for (; at < content.length && at - k <= MAX_ROWS && !content[at]!.text.includes(' / '); at++) {
    if (!isBareName(content[at]!.text)) return null;
    names.push(content[at]!.text);
  }
  const meet = content[at];
  const parts = meet ? meet.text.split(' / ') : [];
  if (parts.length !== 2 || !isBareName(parts[0]!)) return null;
  names.push(parts[0]!);
  const posts = [parts[1]!];
  for (at++; posts.length < names.length && at < content.length; at++) {
    const text = content[at]!.text;
    if (content[at]!.blank || text.includes(' / ') || text.length > MAX_POST || /[.!?:;]$/.test(text)) return null;
    posts.push(text);
  }
  // ("Art Club", "Valley Friends" read as names too: the posts are known by their place, most of them by their words.)
  const described = posts.filter((post) => readsAsDescriptionCell(post)).length;
  if (posts.length !== names.length || described * 2 < posts.length || !endsColumn(content[at])) return null;
  const label = partOf(content[k]!, 0, opening.label.length);
  const rows = names.map((name, n) => ({ ...(n === 0 ? content[k]! : content[k + n] ?? meet!), text: `${name}, ${posts[n]}` }));
  return { lines: [{ ...label, text: `${opening.label.replace(/:$/, '')}:` }, ...rows], end: at };
}

/** The opening's lists written column by column under " / "-parted labels, each rewritten as a label over "Name, Post" lines. */
export function splitSlashNamePostColumns(content: Line[]): Line[] {
  for (let k = 0; k < Math.min(content.length, SEARCHED); k++) {
    const first = readColumns(content, k);
    if (!first) continue;
    const out = [...content.slice(0, k), ...first.lines];
    let at = first.end;
    // The next list's label follows straight on ("Apologies / Neil Bellamy").
    for (let next = readColumns(content, at); next; next = readColumns(content, at)) {
      out.push(...next.lines);
      at = next.end;
    }
    return [...out, ...content.slice(at)];
  }
  return content;
}
