import type { Minutes } from '@lsmp/model';
import { parseMinutes } from '@lsmp/parser';

/** One document as the page shows it. */
export interface Analysis {
  /** File name for downloads ("2024-01-riverside-board.txt", "pasted-minutes.txt"). */
  name: string;
  text: string;
  minutes: Minutes;
}

/** Parses text in the browser with @lsmp/parser; never throws. */
export function analyse(name: string, text: string): Analysis {
  return { name, text, minutes: parseMinutes(text).minutes };
}
