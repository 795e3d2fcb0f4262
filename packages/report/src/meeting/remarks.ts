import type { Paragraph } from '@lsmp/model';
import { nameWithInitials } from '../shared/people.js';

/** A paragraph's text split into the speaker it is attributed to and the rest. */
export interface Remark {
  /** "Richard Barnes (RB)", or null when the paragraph is not attributed. */
  speaker: string | null;
  /** True when the text begins with the speaker ("RB reported…"), so the name replaces the initials in place. */
  leading: boolean;
  /** The text after the speaker's initials, or the whole text. */
  text: string;
}

/**
 * Shows initials as the person's name with the initials kept: "RB reported that…"
 * reads "Richard Barnes (RB) reported that…". Where the text does not begin with
 * the initials, the speaker is put before it as a label.
 * @param paragraph A paragraph from the model.
 */
export function splitRemark(paragraph: Pick<Paragraph, 'speaker' | 'text'>): Remark {
  const speaker = paragraph.speaker;
  if (!speaker) return { speaker: null, leading: false, text: paragraph.text };
  const label = nameWithInitials(speaker.name, speaker.raw);
  const leading = paragraph.text.startsWith(speaker.raw) && !/^[\p{L}\p{N}]/u.test(paragraph.text.slice(speaker.raw.length));
  return { speaker: label, leading, text: leading ? paragraph.text.slice(speaker.raw.length) : paragraph.text };
}
