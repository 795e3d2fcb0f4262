import type { Diagnostic } from '@lsmp/model';
import type { SourceRef, Strategy } from '../schema/catalogue.js';
import { strategyDiagnostic } from './diagnostics.js';
import { isHeadingLike, joinLines, LIST_MARKER, type SourceLine } from './lines.js';
import { escapeRegExp, isoFromWords, slugify, splitSentences } from './text-rules.js';

/** A block of prose: its lines and its text without a leading paragraph number. */
export interface Prose {
  lines: SourceLine[];
  text: string;
}

/** A block as running text, its paragraph number dropped. */
export function toProse(block: SourceLine[]): Prose {
  return { lines: block, text: joinLines(block).replace(/^\d+\.\s+/, '') };
}

/** Numbered paragraphs ("5. London Enriched ...") are prose; bulleted and indented list entries are not. */
export function isProse(block: SourceLine[]): boolean {
  const first = block[0]!.raw;
  return !LIST_MARKER.test(first) || /^\d+\.\s/.test(first);
}

/** The `source` of an entry that spans lines `first` to `last` of the document. */
export function sourceOf(document: string, first: SourceLine, last: SourceLine = first): SourceRef {
  return { document, lines: { start: first.number, end: last.number } };
}

// "London Enriched – A strategy for refugee integration": a name, a dash, and a subtitle that calls it a strategy.
const NAME_HEADING = /^(?<name>\S.*?)\s+[–—-]\s+(?<subtitle>an?\s+(?:\S+\s+)*?strategy\b.*)$/i;
// "London Enriched, the Mayoral strategy for refugee integration": a capitalised name in apposition.
// At most six words, so that a long run of capitalised words costs linear time.
const NAME_APPOSITION = /\b(?<name>[A-Z][\w’']*(?:\s+[A-Z][\w’']*){0,5}),\s+the\s+(?:\S+\s+){0,2}strategy\s+for\b/;
const LAUNCH = /\blaunched\s+(?:on\s+|in\s+)?(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<month>[A-Z][a-z]+),?\s+(?<year>\d{4})/;

/**
 * The strategy's name, subtitle, launch date and purpose, from its heading and the
 * sentences that name it. Returns undefined when the text names no strategy.
 */
export function readStrategy(blocks: SourceLine[][], prose: Prose[], document: string, diagnostics: Diagnostic[]): Strategy | undefined {
  const heading = blocks.find((block) => isHeadingLike(block) && NAME_HEADING.test(block[0]!.text));
  let found = heading ? NAME_HEADING.exec(heading[0]!.text)!.groups!.name! : undefined;
  let nameLine = heading?.[0];
  if (!found) {
    for (const paragraph of prose) {
      const match = NAME_APPOSITION.exec(paragraph.text);
      if (match) {
        found = match.groups!.name!;
        nameLine = paragraph.lines[0];
        break;
      }
    }
  }
  if (!found || !nameLine) return undefined;
  const name = found;
  const facts: Omit<Strategy, 'id' | 'name' | 'source'> = {};
  if (heading) facts.subtitle = NAME_HEADING.exec(heading[0]!.text)!.groups!.subtitle!;
  const used: SourceLine[] = [nameLine];

  // Sentences of the paragraphs that name the strategy ("It aims to ..." follows its name).
  const naming = prose
    .filter((paragraph) => paragraph.text.includes(name))
    .flatMap((paragraph) => splitSentences(paragraph.text).map((sentence) => ({ sentence, paragraph })));
  const launches = naming.flatMap(({ sentence, paragraph }) => {
    const match = sentence.includes(name) ? LAUNCH.exec(sentence) : null;
    const iso = match ? isoFromWords(match.groups!.day, match.groups!.month!, match.groups!.year!) : null;
    return iso ? [{ iso, paragraph }] : [];
  });
  // The most precise date wins: a day beats a month alone.
  const fullDates = launches.filter((launch) => launch.iso.length === 10);
  const chosen = fullDates[0] ?? launches[0];
  if (chosen) {
    facts.launched = chosen.iso;
    used.push(chosen.paragraph.lines.at(-1)!);
    const other = fullDates.find((launch) => launch.iso !== chosen.iso);
    if (other) diagnostics.push(strategyDiagnostic('LE1009', { first: chosen.iso, second: other.iso }, other.paragraph.lines[0]));
  }
  const aimPattern = new RegExp(`^(?:It|The strategy|${escapeRegExp(name)})\\s+aims\\s+to\\b`);
  const aim = naming.find(({ sentence }) => aimPattern.test(sentence));
  if (aim) {
    facts.purpose = aim.sentence;
    used.push(aim.paragraph.lines.at(-1)!);
  }
  const last = used.reduce((latest, line) => (line.number > latest.number ? line : latest));
  return { id: slugify(name), name, ...facts, source: sourceOf(document, nameLine, last) };
}
