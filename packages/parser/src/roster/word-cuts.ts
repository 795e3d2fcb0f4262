import { splitPersonName } from '../text/names.js';

// Paragraphs of people run together, cut at the words where each person starts.

// Titles stacked before a name, as many as this ("Cllr Mrs").
const MOST_TITLES = 2;

/** "Cllr Terry Richardson", "Sir Peter Soulsby": where the person whose name starts at `start` starts, with the titles before the name. */
export function withTitlesBefore(words: readonly string[], start: number): number {
  let from = start;
  while (from > 0 && start - from < MOST_TITLES && splitPersonName(`${words[from - 1]} ${words.slice(start, start + 2).join(' ')}`).honorific !== null) from--;
  return from;
}

/** The words cut before each start (the words before the first start a part of their own), each part's closing comma dropped. */
export function cutWordsAt(words: readonly string[], starts: readonly number[]): string[] {
  const parts: string[] = [];
  if (starts[0]! > 0) parts.push(words.slice(0, starts[0]).join(' '));
  for (let k = 0; k < starts.length; k++) parts.push(words.slice(starts[k], starts[k + 1] ?? words.length).join(' ').replace(/[,;]$/, ''));
  return parts;
}
