/**
 * Removes the marks Word-to-markdown converters leave (bold, italics, escapes,
 * link syntax) and keeps the words. Tabs and runs of spaces are kept: roster
 * columns depend on them.
 */
export function stripMarks(s: string): string {
  return s
    .replace(/\[?\s*pdf icon\s*\]?\s*PDF\s+[\d.]+\s*[KM]B\b\]?/gi, '')
    .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s).,:;])/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>"'])/g, '$1')
    .trim();
}

/** Collapses all whitespace to single spaces. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Drops list punctuation a cell ends with (trailing commas and full stops). */
export function trimListPunctuation(s: string): string {
  return s.replace(/[\s,;.]+$/, '').trim();
}

/** Splits at top-level separators, ignoring those inside brackets. */
export function splitTopLevel(s: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && separators.test(c)) {
      parts.push(s.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(s.slice(last));
  return parts.map((p) => p.trim()).filter(Boolean);
}
