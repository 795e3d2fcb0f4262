// Fictional minutes whose every field carries markup, script and link payloads, as
// a hostile or careless document might. Each payload sets `window.__pwned` (or calls
// alert) if it ever runs, and each remote URL points at a closed local port.
import type { Minutes } from '@lsmp/model';
import { parseMinutes } from '@lsmp/parser';

/** Strings that must reach the reports as inert text. */
export const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
  '<a href="javascript:window.__pwned = \'link\'">click</a>',
  '<link rel="stylesheet" href="http://127.0.0.1:9/evil.css">',
  '<div style="background:url(http://127.0.0.1:9/track.png)">x</div>',
  '"><script>alert(1)</script>',
  "'-alert(1)-'",
] as const;

/** URLs that must never become links (or sources) in the reports. */
export const HOSTILE_URLS = [
  'javascript:window.__pwned="url"',
  'JaVaScRiPt:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
] as const;

export const hostileText = [
  `Minutes of the Harbour Board meeting ${PAYLOADS[0]}`,
  'Held on 5 March 2024, 10am – 12pm at Riverside Hall',
  'Present:',
  `MO\tMaria Okafor ${PAYLOADS[1]}\tHarbour Trust (Chair)`,
  `TP\tTomasz Pawlak\t${PAYLOADS[2]}`,
  `1. Welcome ${PAYLOADS[3]}`,
  `1.1 MO welcomed everyone ${PAYLOADS[4]} and noted <${HOSTILE_URLS[0]}>.`,
  `1.2 See [the paper](${HOSTILE_URLS[1]}) and ${HOSTILE_URLS[2]} and <${HOSTILE_URLS[3]}>.`,
  `2. Matters arising ${PAYLOADS[5]}`,
  `Action 1: TP to contact the Harbour Trust ${PAYLOADS[6]}`,
  `Action 2: MO to write to ${PAYLOADS[7]} by 1 April 2024`,
  `2.1 It was agreed that ${PAYLOADS[8]} meets again.`,
  'Next meeting: 4 June 2024, 10am – 12pm',
].join('\n');

/** The parsed hostile minutes, with hostile link references added as a parser might find them. */
export function hostileMinutes(): Minutes {
  const { minutes } = parseMinutes(hostileText);
  const references = HOSTILE_URLS.map((url) => ({ kind: 'link' as const, text: url, url, itemNumber: '1', position: undefined }));
  return { ...minutes, references: [...minutes.references, ...references] };
}
