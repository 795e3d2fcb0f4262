import type { OwnerResolver } from '../actions/owners.js';
import type { Context } from '../context.js';
import type { Line } from '../scan/scan-lines.js';
import type { ItemSection } from '../structure/segment.js';
import { isActionListCaption, type PlacedAction, readBody } from './read-body.js';

/**
 * "## Action Items" (or "Action Points:") heading a list of its own outside every item (teams'
 * notes put it first, between the attendees and the topics, or last): the actions of the whole meeting.
 * `items` are the item sections, whose lines are not loose.
 */
export function readLooseActionLists(content: Line[], items: readonly ItemSection[], resolver: OwnerResolver, ctx: Context): PlacedAction[] {
  const actions: PlacedAction[] = [];
  // The indices of the lines the items read, gathered only once a caption is found: most minutes have none.
  let itemLines: Set<number> | null = null;
  const inItems = () => (itemLines ??= new Set(items.flatMap((s) => [s.line.index, ...s.lines.map((l) => l.index)])));
  for (let i = 0; i < content.length; i++) {
    const caption = content[i]!;
    // A caption of its own: a heading, a bold line or a line ending in a colon ("Action Points:").
    const captionLine = caption.heading > 0 || caption.bold || caption.text.endsWith(':');
    if (!captionLine || !isActionListCaption(caption.text) || inItems().has(caption.index)) continue;
    let end = i + 1;
    while (end < content.length && content[end]!.heading === 0 && !inItems().has(content[end]!.index)) end++;
    actions.push(...readBody(content.slice(i, end), false, resolver, ctx).actions);
    i = end - 1;
  }
  return actions;
}
