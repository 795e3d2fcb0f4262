// "### Done (from previous minutes)", "### Old", "### New" under "## Action items": headings that sort
// the list's entries by their state. Discussion under other headings after the list is no part of it.
const STATUS_HEADING = /^(?:done|completed?|closed|open|old|new|pending|ongoing|in progress|outstanding|carried (?:over|forward))(?:\s*\([^()]*\))?:?$/i;

/** Whether a heading below an action list's caption names a state of its entries. */
export const isActionStatusHeading = (text: string) => text.length <= 60 && STATUS_HEADING.test(text);
