// One notion of a bulleted line for every reader: markdown's "-" and "*", and the marks word
// processors export ("•", "·", "▪", "●", "◦"), each followed by white space.

/** The marks a bulleted line can open with. */
export const BULLET_MARKS = '-*•·▪●◦';

/** A bullet mark and the white space after it, at the start of a line. */
export const BULLET = /^[-*•·▪●◦]\s+/;

/** "- text", "• text": the line opens with a bullet mark and white space (the mark tested first, without the regex). */
export function startsWithBullet(text: string): boolean {
  return text.length > 1 && BULLET_MARKS.includes(text.charAt(0)) && BULLET.test(text);
}

/** The text after its bullet mark and the white space after it; the text as it is when it has none. */
export function withoutBulletMark(text: string): string {
  return startsWithBullet(text) ? text.replace(BULLET, '') : text;
}

/** "[ ] ", "[x] ": a task list's check box, after the list mark. */
export const CHECK_BOX = /^\[[ xX]?\]\s+/;
