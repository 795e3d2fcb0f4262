import type { KeyTask } from '../schema/catalogue.js';
import { LIST_MARKER, type SourceLine } from './lines.js';

/** One entry of a list section, with the line it starts on and the entries indented under it. */
export interface ListEntry {
  text: string;
  line: SourceLine;
  marked: boolean;
  children: ListEntry[];
}

/**
 * Reads the lines of a list section. With list markers, an entry indented deeper
 * than the one before sits under it, and an unmarked line continues the entry
 * before it (a wrapped line). Without any marker, every line is one entry, as in
 * the plan's partner and resource lists.
 */
export function parseList(lines: SourceLine[]): ListEntry[] {
  const anyMarked = lines.some((line) => LIST_MARKER.test(line.raw));
  const top: ListEntry[] = [];
  const stack: { indent: number; entry: ListEntry }[] = [];
  for (const line of lines) {
    const marker = LIST_MARKER.exec(line.raw);
    const last = stack.at(-1);
    if (anyMarked && !marker && last) {
      last.entry.text = `${last.entry.text} ${line.text}`;
      continue;
    }
    const entry: ListEntry = { text: marker ? line.raw.slice(marker[0].length).replace(/\*\*|__/g, '').trim() : line.text, line, marked: !!marker, children: [] };
    while (stack.length > 0 && stack.at(-1)!.indent >= line.indent) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.entry.children.push(entry);
    else top.push(entry);
    stack.push({ indent: line.indent, entry });
  }
  return top;
}

/** List entries as key tasks; `subTasks` only where the source nests them. */
export function toKeyTasks(entries: ListEntry[]): KeyTask[] {
  return entries.map((entry) => (entry.children.length > 0 ? { text: entry.text, subTasks: toKeyTasks(entry.children) } : { text: entry.text }));
}

/** Every entry's text, nested ones after their parent. */
export function flattenEntries(entries: ListEntry[]): ListEntry[] {
  return entries.flatMap((entry) => [entry, ...flattenEntries(entry.children)]);
}
