import type { CompiledTerm } from './compile-vocabulary.js';
import { eachMatch } from './each-match.js';
import type { Candidate } from './term-index.js';
import type { LinkTarget } from './types.js';

const ADDRESS = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/gi;

function spans(text: string, pattern: RegExp): (readonly [number, number])[] {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const);
}

/** Where the text has web or mail addresses. Each has "@", "://" or "www.": without them, none is looked for. */
function addressSpans(text: string): (readonly [number, number])[] {
  return text.includes('@') || text.includes('://') || /www\./i.test(text) ? spans(text, ADDRESS) : [];
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
 * `candidates` (from a `TermIndex`) are the terms to try and where; when left out, every
 * term is searched from the start.
 */
export function matchVocabulary(text: string, terms: readonly CompiledTerm[], candidates?: readonly Candidate[]): TextMatch[] {
  const found: TextMatch[] = [];
  if (candidates?.length === 0) return found;
  // Words inside a web or mail address ("…/priorities/health/…") say nothing about the topic.
  let addresses: (readonly [number, number])[] | undefined;
  for (const { term, start } of candidates ?? terms.map((_, term) => ({ term, start: 0 }))) {
    const { entry, pattern, except } = terms[term]!;
    let excluded: (readonly [number, number])[] | undefined;
    eachMatch(text, pattern, start, (match) => {
      addresses ??= addressSpans(text);
      excluded ??= [...addresses, ...except.flatMap((phrase) => spans(text, phrase))];
      const end = match.index + match[0].length;
      if (excluded.some(([from, to]) => from <= match.index && end <= to)) return;
      found.push({ text: match[0], start: match.index, end, rule: entry.id, targets: entry.targets, confidence: entry.confidence });
    });
  }
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
const DIGIT_DOT_DIGIT = /\d\.\d/;
const PLAN_CONTEXT = /\b(?:actions?|London Enriched|implementation plan|strategy)\b/i;

/**
 * Action numbers the text cites ("action 7.3.1"): only numbers the catalogue holds,
 * only in a sentence that speaks of an action, the plan or the strategy, and never the
 * paragraph's own number at its start.
 */
export function matchActionNumbers(text: string, actionIds: ReadonlySet<string>): TextMatch[] {
  const matches: TextMatch[] = [];
  // Every action number has a digit, a full stop and a digit: most texts have none.
  if (actionIds.size === 0 || !DIGIT_DOT_DIGIT.test(text)) return matches;
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
