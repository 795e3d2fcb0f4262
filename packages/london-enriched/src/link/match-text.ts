import type { CompiledTerm } from './compile-vocabulary.js';
import type { LinkTarget } from './types.js';

const ADDRESS = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/gi;

function spans(text: string, pattern: RegExp): (readonly [number, number])[] {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const);
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
 */
export function matchVocabulary(text: string, terms: CompiledTerm[]): TextMatch[] {
  const found: TextMatch[] = [];
  // Words inside a web or mail address ("…/priorities/health/…") say nothing about the topic.
  const addresses = spans(text, ADDRESS);
  for (const { entry, pattern, except } of terms) {
    const excluded = [...addresses, ...except.flatMap((phrase) => spans(text, phrase))];
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (excluded.some(([from, to]) => from <= match.index && end <= to)) continue;
      found.push({ text: match[0], start: match.index, end: match.index + match[0].length, rule: entry.id, targets: entry.targets, confidence: entry.confidence });
    }
  }
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
