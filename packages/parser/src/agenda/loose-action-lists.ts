import type { OwnerResolver } from '../actions/owners.js';
import type { Context } from '../context.js';
import type { Line } from '../scan/scan-lines.js';
import { isActionListCaption, type PlacedAction, readBody } from './read-body.js';

/**
 * "## Action Items" (or "Action Points:") heading a list of its own outside every item (teams'
 * notes put it first, between the attendees and the topics, or last): the actions of the whole meeting.
 * `inItems` holds the indices of the lines the items read.
 */
export function readLooseActionLists(content: Line[], inItems: ReadonlySet<number>, resolver: OwnerResolver, ctx: Context): PlacedAction[] {
  const actions: PlacedAction[] = [];
  for (let i = 0; i < content.length; i++) {
    const caption = content[i]!;
    // A caption of its own: a heading, a bold line or a line ending in a colon ("Action Points:").
    const captionLine = caption.heading > 0 || caption.bold || caption.text.endsWith(':');
    if (!captionLine || inItems.has(caption.index) || !isActionListCaption(caption.text)) continue;
    let end = i + 1;
    while (end < content.length && content[end]!.heading === 0 && !inItems.has(content[end]!.index)) end++;
    actions.push(...readBody(content.slice(i, end), false, resolver, ctx).actions);
    i = end - 1;
  }
  return actions;
}
