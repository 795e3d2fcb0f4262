import { linkMinutes, londonEnriched, toItemServiceAreas } from '@lsmp/london-enriched';
import { parseMinutes } from '@lsmp/parser';
import { renderHtml } from '@lsmp/report';
import MarkdownIt from 'markdown-it';

const markdownIt = new MarkdownIt();

/** markdown-it's block and inline parse to tokens, without rendering: the reference. */
export function markdownItParse(text: string): unknown {
  return markdownIt.parse(text, {});
}

/** The lsmp parser. */
export function lsmpParse(text: string): unknown {
  return parseMinutes(text);
}

/** The lsmp linker on parsed minutes, against the London Enriched catalogue. */
export function lsmpLink(minutes: ReturnType<typeof parseMinutes>['minutes'], text: string): ReturnType<typeof linkMinutes> {
  return linkMinutes(minutes, londonEnriched, { source: text });
}

/** What `lsmp report` does per meeting: parse, link, render the HTML page. */
export function lsmpPipeline(text: string): string {
  const { minutes } = parseMinutes(text);
  const links = lsmpLink(minutes, text);
  return renderHtml(minutes, { serviceAreas: toItemServiceAreas(links), source: text });
}
