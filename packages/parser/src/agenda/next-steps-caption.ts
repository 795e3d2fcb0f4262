import type { Line } from '../scan/scan-lines.js';

// "Next steps", "Agreed next steps:": what a meeting left to do, as teams' notes caption the list of it.
const NEXT_STEPS = /^(?:(?:suggested|proposed|agreed)\s+)?next\s+steps\s*:?$/i;

/** The words alone, whatever marks the line as a caption. */
export function isNextStepsText(text: string): boolean {
  return NEXT_STEPS.test(text);
}

/**
 * "**Next steps**", "### Next steps" or "Next steps:" on a line of its own inside an item: a caption set apart (bold, a
 * heading or a closing colon). Plain "Next steps" in a sentence's place may be a topic's title or a remark.
 */
export function isNextStepsCaption(line: Line): boolean {
  return (line.bold || line.heading > 0 || line.text.endsWith(':')) && isNextStepsText(line.text);
}
