import type { Minutes } from '@lsmp/model';
import { parseMinutes } from '@lsmp/parser';
import { linkToStrategy, type StrategyLinks } from '../../src/formats/strategy-links.js';

/** One document as the page shows it. */
export interface Analysis {
  /** File name for downloads ("2024-01-riverside-board.txt", "pasted-minutes.txt"). */
  name: string;
  text: string;
  minutes: Minutes;
  strategy: StrategyLinks;
}

/** Parses text in the browser with @lsmp/parser and links it with @lsmp/london-enriched; never throws. */
export function analyse(name: string, text: string): Analysis {
  const { minutes } = parseMinutes(text);
  return { name, text, minutes, strategy: linkToStrategy(minutes, text) };
}
