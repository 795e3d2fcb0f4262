// "[143-A1] Action Item for Ken Whistler: ...": the register's key for an action, in square brackets before its label, as
// the Unicode Technical Committee numbers its actions (the meeting, then "A" and a count; "C" for its consensus records).
const KEYED_LABEL = /^\[([A-Za-z0-9][A-Za-z0-9.-]{0,15})\]\s+(?=(?:outstanding\s+)?actions?\b)/i;

/** The key and the labelled action after it; null where the text opens with no bracketed key (with a figure) before an action label. */
export function actionKey(text: string): { key: string; rest: string } | null {
  const m = KEYED_LABEL.exec(text);
  return m && /\d/.test(m[1]!) ? { key: m[1]!, rest: text.slice(m[0].length) } : null;
}
