// Words a description cannot end on: a line that stops at one was cut by the page width.
const LINKING_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'to', 'a', 'an', 'with', 'on', 'at', 'or', 'from', 'by', '&']);

/** "Group Partnership Manager in the Office of the": the text stops mid-phrase. */
export function endsMidPhrase(text: string): boolean {
  const trimmed = text.trimEnd();
  const last = trimmed.charAt(trimmed.length - 1);
  if (last === ',' || last === '-' || last === '(' || last === '/') return true;
  const space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t'));
  return space !== -1 && LINKING_WORDS.has(trimmed.slice(space + 1).toLowerCase());
}
