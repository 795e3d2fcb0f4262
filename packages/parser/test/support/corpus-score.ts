// Scores the parser on a shared corpus with ../shared/tools/score.mjs, in process:
// the same per-document scores and micro-averaged totals as the scorer's command
// line, without spawning the CLI.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CorpusDocument, sharedDir } from '@lsmp/vitest-config/shared-corpus';
import { parseMinutes } from '../../src/index.js';

interface Counted {
  f1: number;
  gold: number;
  pred: number;
  matched: number;
}

/** What score.mjs's `score(gold, pred)` returns for one document. */
export interface DocumentScore {
  meta: { hit: number; of: number; invented: number };
  attendees: Counted & { initials: number; affiliation: number; honorific: number; chair: number; substituteFor: number };
  items: Counted;
  actions: Counted & { owners: number };
  misses: string[];
}

export type Scorer = (gold: unknown, pred: unknown) => DocumentScore;

export interface Totals {
  documents: number;
  meta: number | null;
  invented: number;
  attendees: number;
  initials: number | null;
  affiliation: number | null;
  honorific: number | null;
  chair: number | null;
  substituteFor: number | null;
  items: number;
  actions: number;
  owners: number | null;
}

/** Loads `score` from the scorer the issue names, so the test and the CLI figures agree. */
export async function loadScorer(): Promise<Scorer> {
  const module = (await import(pathToFileURL(join(sharedDir, 'tools', 'score.mjs')).href)) as { score: Scorer };
  return module.score;
}

/** Documents whose gold describes minutes (the scorer skips reports and other kinds). */
export function minutesDocuments(corpus: CorpusDocument[]): CorpusDocument[] {
  return corpus.filter((document) => document.gold && (!document.gold.kind || document.gold.kind === 'minutes'));
}

export function scoreDocuments(score: Scorer, documents: CorpusDocument[]): [string, DocumentScore][] {
  return documents.map((document) => [document.name, score(document.gold, parseMinutes(document.text).minutes)]);
}

const f1 = (tp: number, nGold: number, nPred: number): number => {
  if (!nGold && !nPred) return 1;
  const p = nPred ? tp / nPred : 0;
  const r = nGold ? tp / nGold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
const ratio = (a: number, b: number): number | null => (b ? a / b : null);
const sum = (scores: DocumentScore[], pick: (s: DocumentScore) => number) => scores.reduce((n, s) => n + pick(s), 0);

/** Micro-averages over every record of every document, as score.mjs's `totals`. */
export function totals(results: [string, DocumentScore][]): Totals {
  const scores = results.map(([, s]) => s);
  const matched = sum(scores, (s) => s.attendees.matched);
  const actionsMatched = sum(scores, (s) => s.actions.matched);
  return {
    documents: scores.length,
    meta: ratio(sum(scores, (s) => s.meta.hit), sum(scores, (s) => s.meta.of)),
    invented: sum(scores, (s) => s.meta.invented),
    attendees: f1(matched, sum(scores, (s) => s.attendees.gold), sum(scores, (s) => s.attendees.pred)),
    initials: ratio(sum(scores, (s) => s.attendees.initials), matched),
    affiliation: ratio(sum(scores, (s) => s.attendees.affiliation), matched),
    honorific: ratio(sum(scores, (s) => s.attendees.honorific), matched),
    chair: ratio(sum(scores, (s) => s.attendees.chair), matched),
    substituteFor: ratio(sum(scores, (s) => s.attendees.substituteFor), matched),
    items: f1(sum(scores, (s) => s.items.matched), sum(scores, (s) => s.items.gold), sum(scores, (s) => s.items.pred)),
    actions: f1(actionsMatched, sum(scores, (s) => s.actions.gold), sum(scores, (s) => s.actions.pred)),
    owners: ratio(sum(scores, (s) => s.actions.owners), actionsMatched),
  };
}

const pct = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);

/** One line per document, as the scorer prints it, with every miss below. */
export function summary(results: [string, DocumentScore][]): string {
  return results
    .map(([name, s]) => {
      const a = s.attendees;
      const line =
        `${name}: meta ${s.meta.hit}/${s.meta.of}${s.meta.invented ? ` (+${s.meta.invented} invented)` : ''}` +
        `; attendees F1 ${pct(a.f1)} (${a.matched}/${a.gold} found, ${a.pred} given)` +
        `; items F1 ${pct(s.items.f1)}; actions F1 ${pct(s.actions.f1)} (owners ${pct(ratio(s.actions.owners, s.actions.matched))})`;
      return [line, ...s.misses.map((miss) => `    ${miss}`)].join('\n');
    })
    .join('\n');
}

export interface Threshold {
  label: string;
  value: number | null;
  min: number;
}

/** The thresholds a total falls below, as readable lines. */
export function shortfalls(thresholds: Threshold[]): string[] {
  return thresholds.filter((t) => t.value === null || t.value < t.min).map((t) => `${t.label} ${pct(t.value)} < ${pct(t.min)}`);
}
