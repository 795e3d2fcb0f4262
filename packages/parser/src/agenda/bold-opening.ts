// "**7/16     Correspondence Received** (For information only, ...)": a minute's number and title written in bold, a
// note or the record after the bold. The bold says where the title stops, which the words alone may not.

/** The bold run a raw line opens with (runs parted by blanks alone, "**4/16 Consider** **Declarations ...**", are one), its marks left out, and what follows it; null where the line opens with no closed bold run. */
export function boldOpening(raw: string): { inner: string; after: string } | null {
  let from = 0;
  while (raw.charCodeAt(from) === 32 || raw.charCodeAt(from) === 9) from++;
  if (!raw.startsWith('**', from)) return null;
  let close = raw.indexOf('**', from + 2);
  if (close === -1) return null;
  let next = close + 2;
  // Runs that only blanks part: on to the next run's close.
  for (;;) {
    let k = next;
    while (raw.charCodeAt(k) === 32) k++;
    if (!raw.startsWith('**', k)) break;
    const again = raw.indexOf('**', k + 2);
    if (again === -1) break;
    close = again;
    next = again + 2;
  }
  const inner = raw.slice(from + 2, close).replaceAll('**', '');
  return inner.trim() === '' ? null : { inner, after: raw.slice(next) };
}
