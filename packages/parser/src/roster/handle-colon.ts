import { isSpaceCode } from '../text/clean.js';

/**
 * "Ada Finch: @afinch": a list that writes each person's code-host handle after a colon. The colon then only joins
 * the name to its handle, so it goes with the handle ("Ada Finch @afinch"); any other colon is left alone.
 */
export function withoutColonBeforeHandle(s: string): string {
  const at = s.indexOf('@');
  if (at < 2) return s;
  let colon = at;
  while (colon > 0 && isSpaceCode(s.charCodeAt(colon - 1))) colon--;
  colon--;
  // A handle's first character must follow: "Terms: @ 5%" is no handle.
  const next = s.charCodeAt(at + 1);
  const handleStarts = (next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
  return colon > 0 && s.charCodeAt(colon) === 58 && handleStarts ? `${s.slice(0, colon)} ${s.slice(at)}` : s;
}
