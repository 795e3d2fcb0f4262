import type { CompiledTerm } from './compile-vocabulary.js';
import type { LinkTarget } from './types.js';

const ADDRESS = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/gi;

function spans(text: string, pattern: RegExp): (readonly [number, number])[] {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const);
}

/** What `text.matchAll(pattern)` gives for a global pattern with the u flag, from `start` on, without copying the pattern. */
function matchesFrom(text: string, pattern: RegExp, start: number): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match moves on by one character, as matchAll does.
    if (match[0] === '') pattern.lastIndex += (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return matches;
}

/** A run of words in one text that points at some targets. */
export interface TextMatch {
  text: string;
  start: number;
  end: number;
  rule: string;
  targets: LinkTarget[];
  confidence: number;
}

/**
 * Every vocabulary match in the text. Where matches overlap, the longer wins, so
 * "Refugee Integration and Employment Service" is a reference and not also "employment".
 * `starts` (from a `TermIndex`) says where to start each term's search, -1 to skip it;
 * every term is searched from the start when it is left out.
 */
export function matchVocabulary(text: string, terms: readonly CompiledTerm[], starts?: Int32Array): TextMatch[] {
  const found: TextMatch[] = [];
  // Words inside a web or mail address ("…/priorities/health/…") say nothing about the topic.
  let addresses: (readonly [number, number])[] | undefined;
  terms.forEach(({ entry, pattern, except }, index) => {
    const start = starts ? starts[index]! : 0;
    if (start === -1) return;
    let excluded: (readonly [number, number])[] | undefined;
    for (const match of matchesFrom(text, pattern, start)) {
      addresses ??= spans(text, ADDRESS);
      excluded ??= [...addresses, ...except.flatMap((phrase) => spans(text, phrase))];
      const end = match.index + match[0].length;
      if (excluded.some(([from, to]) => from <= match.index && end <= to)) continue;
      found.push({ text: match[0], start: match.index, end, rule: entry.id, targets: entry.targets, confidence: entry.confidence });
    }
  });
  if (found.length < 2) return found;
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TextMatch[] = [];
  for (const match of found) {
    const clash = kept.some((other) => match.start < other.end && other.start < match.end && !(other.start === match.start && other.end === match.end));
    if (!clash && !kept.some((other) => other.start === match.start && other.end === match.end && other.rule === match.rule)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// "7.3.1", not part of a longer number or a date.
const ACTION_NUMBER = /(?<![\d.])\d+\.\d+\.\d+(?![\d.]*\d)/g;
const PLAN_CONTEXT = /\b(?:actions?|London Enriched|implementation plan|strategy)\b/i;

/**
 * Action numbers the text cites ("action 7.3.1"): only numbers the catalogue holds,
 * only in a sentence that speaks of an action, the plan or the strategy, and never the
 * paragraph's own number at its start.
 */
export function matchActionNumbers(text: string, actionIds: ReadonlySet<string>): TextMatch[] {
  const matches: TextMatch[] = [];
  for (const match of text.matchAll(ACTION_NUMBER)) {
    if (!actionIds.has(match[0]) || text.slice(0, match.index).trim() === '') continue;
    const sentenceStart = Math.max(text.lastIndexOf('. ', match.index) + 1, 0);
    const sentenceEnd = text.indexOf('. ', match.index);
    const sentence = text.slice(sentenceStart, sentenceEnd === -1 ? text.length : sentenceEnd);
    if (!PLAN_CONTEXT.test(sentence)) continue;
    matches.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      rule: 'action-number',
      targets: [{ kind: 'action', id: match[0] }],
      confidence: 0.9,
    });
  }
  return matches;
}
