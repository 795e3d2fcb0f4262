import type { Diagnostic } from '@lsmp/model';
import type { LinkBody, LinkBodyRole, ServiceArea } from '../schema/catalogue.js';
import { strategyDiagnostic } from './diagnostics.js';
import { LIST_MARKER, type SourceLine } from './lines.js';
import { parseList } from './parse-list.js';
import { type Prose, sourceOf } from './read-strategy.js';
import { countFromWord, escapeRegExp, slugify, splitSentences, splitSeries } from './text-rules.js';

// "It covers 7 service areas: housing, employment, ... and English language learning."
const AREA_LIST = /\b(?:covers|has|comprises|spans)\s+(?<count>\d+|[a-z]+)\s+service\s+areas\s*:\s*(?<list>.+?)\.?$/i;

/** The service areas a sentence lists, with ids made from their names. */
export function readServiceAreas(prose: Prose[], document: string, diagnostics: Diagnostic[]): ServiceArea[] {
  for (const paragraph of prose) {
    for (const sentence of splitSentences(paragraph.text)) {
      const match = AREA_LIST.exec(sentence);
      if (!match) continue;
      const expected = countFromWord(match.groups!.count!) ?? undefined;
      const { parts, mismatch } = splitSeries(match.groups!.list!, expected);
      if (mismatch) diagnostics.push(strategyDiagnostic('LE1007', { expected: expected ?? '?', actual: parts.length }, paragraph.lines[0]));
      const source = sourceOf(document, paragraph.lines[0]!, paragraph.lines.at(-1));
      return parts.map((name) => ({ id: slugify(name), name, source }));
    }
  }
  return [];
}

/** The bulleted roles after "The role of the link bodies is to:", verbatim. */
export function readLinkBodyRoles(blocks: SourceLine[][], document: string): LinkBodyRole[] {
  const index = blocks.findIndex((block) => /\brole of the link bod(?:y|ies)\b[^.]*:\s*$/i.test(block.map((line) => line.text).join(' ')));
  const list = blocks[index + 1];
  if (index === -1 || !list || !LIST_MARKER.test(list[0]!.raw)) return [];
  return parseList(list).map((entry) => ({ text: entry.text, source: sourceOf(document, entry.line) }));
}

/** Case-insensitive whole-phrase test. */
export function namesPhrase(text: string, phrase: string): boolean {
  return new RegExp(`(?<![\\w-])${escapeRegExp(phrase).replace(/\s+/g, '\\s+')}(?![\\w-])`, 'i').test(text);
}

/** Link bodies named after a service area ("the Community Safety Link Body"), with their members where a sentence lists them. */
export function readLinkBodies(prose: Prose[], areas: ServiceArea[], document: string): LinkBody[] {
  const bodies: LinkBody[] = [];
  for (const paragraph of prose) {
    // Find "Link Body" first and look back at the words before it: linear in the paragraph.
    for (const match of paragraph.text.matchAll(/\bLink\s+Body\b/gi)) {
      const before = paragraph.text.slice(Math.max(0, match.index - 80), match.index);
      const area = areas.find((candidate) => new RegExp(`(?:^|\\s)${escapeRegExp(candidate.name).replace(/\s+/g, '\\s+')}\\s+$`, 'i').test(before));
      if (!area || bodies.some((body) => body.serviceArea === area.id)) continue;
      const written = new RegExp(`${escapeRegExp(area.name).replace(/\s+/g, '\\s+')}\\s+$`, 'i').exec(before)![0].trim();
      const body: LinkBody = {
        id: `${area.id}-link-body`,
        name: `${written} ${match[0]}`,
        serviceArea: area.id,
        source: sourceOf(document, paragraph.lines[0]!, paragraph.lines.at(-1)),
      };
      const membership = /\bMembership of the Link Body includes\s+(?:the\s+)?(?<list>[^.]+)\./i.exec(paragraph.text);
      if (membership) body.members = splitSeries(membership.groups!.list!).parts.map((member) => member.replace(/^the\s+/i, ''));
      bodies.push(body);
    }
  }
  return bodies;
}
