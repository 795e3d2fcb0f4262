// Reads the markup of a rendered report (hast-util-to-html's output: attributes are
// always quoted and every `<` in text is escaped, so a tag scan sees every element).

/** One start tag: its name and attributes, lower-cased names. */
export interface StartTag {
  name: string;
  attributes: [string, string][];
}

/** Every start tag in the document, with its attributes. */
export function startTags(html: string): StartTag[] {
  return [...html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)].map((match) => ({
    name: match[1]!.toLowerCase(),
    attributes: [...match[2]!.matchAll(/\s+([^\s=>/]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), a[2] ?? ''] as [string, string]),
  }));
}

/** Elements that run code, load something or change where links go. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'link', 'base', 'form', 'img', 'video', 'audio', 'source', 'input', 'button']);

/** A URL attribute value is safe when it stays in the document, is relative, or is http(s) or mailto. */
function isSafeUrl(value: string): boolean {
  const decoded = value.replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16))).replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)));
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(decoded.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

/** Every way the markup could run a script or make a request, described; empty when there is none. */
export function activeContent(html: string): string[] {
  const problems: string[] = [];
  for (const tag of startTags(html)) {
    if (ACTIVE_ELEMENTS.has(tag.name)) problems.push(`<${tag.name}> element`);
    if (tag.name === 'meta' && tag.attributes.some(([name, value]) => name === 'http-equiv' && value.toLowerCase() === 'refresh')) problems.push('meta refresh');
    for (const [name, value] of tag.attributes) {
      if (name.startsWith('on')) problems.push(`<${tag.name} ${name}>`);
      if (['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data', 'poster'].includes(name) && !isSafeUrl(value)) problems.push(`<${tag.name} ${name}="${value}">`);
      if (name === 'style' && /url\s*\(|expression\s*\(|@import/i.test(value)) problems.push(`<${tag.name} style="${value}">`);
    }
  }
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
  if (styles.some((css) => /url\s*\((?!\s*["']?data:image)|@import/i.test(css))) problems.push('a stylesheet that loads something');
  return problems;
}
