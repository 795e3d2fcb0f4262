// recheck's verdicts, recorded in redos-verdicts.json so the suite does not spend
// two minutes re-proving 200 unchanged patterns on every run. A pattern that is new
// or changed is not in the file and is checked live; `REDOS_RECHECK=1` checks all
// of them live, and `REDOS_UPDATE=1` rewrites the file from live checks.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';

const verdictsFile = join(import.meta.dirname, 'redos-verdicts.json');

/** `safe`, or why not: `vulnerable <complexity>, attack <string>` or `unknown (<reason>)`. */
export type Verdict = string;

/** The key a pattern is recorded under: the literal as written, `/source/flags`. */
export function patternKey(source: string, flags: string): string {
  return `/${source}/${flags}`;
}

/** Runs recheck (automaton proof, fuzzing where the automaton cannot model the pattern). */
export function checkPattern(source: string, flags: string): Verdict {
  const diagnostics = checkSync(source, flags, { timeout: 20_000, randomSeed: 1 });
  if (diagnostics.status === 'safe') return 'safe';
  if (diagnostics.status === 'vulnerable') return `vulnerable ${diagnostics.complexity.summary}, attack ${diagnostics.attack.pattern}`;
  return `unknown (${diagnostics.error.kind})`;
}

const recorded: Record<string, Verdict> = existsSync(verdictsFile) && !process.env.REDOS_RECHECK ? JSON.parse(readFileSync(verdictsFile, 'utf8')) : {};
const updated: Record<string, Verdict> = {};

/**
 * Recorded as not safe: a known gap, and its test is `it.fails` until the pattern changes.
 */
export function isKnownVulnerable(source: string, flags: string): boolean {
  const verdict = recorded[patternKey(source, flags)];
  return verdict !== undefined && verdict !== 'safe';
}

/** Whether the file holds a verdict for the pattern (a live check, fuzzing included, can differ with the machine's load). */
export function isRecorded(source: string, flags: string): boolean {
  return recorded[patternKey(source, flags)] !== undefined || Boolean(process.env.REDOS_RECHECK || process.env.REDOS_UPDATE);
}

/** The recorded verdict for a pattern, or a live check when there is none. */
export function verdictFor(source: string, flags: string): Verdict {
  const key = patternKey(source, flags);
  const verdict = (process.env.REDOS_UPDATE ? undefined : recorded[key]) ?? checkPattern(source, flags);
  updated[key] = verdict;
  return verdict;
}

/** Writes the verdicts of this run, sorted, when `REDOS_UPDATE=1`. */
export function saveVerdicts(): void {
  if (!process.env.REDOS_UPDATE) return;
  const sorted = Object.fromEntries(Object.entries(updated).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(verdictsFile, `${JSON.stringify(sorted, null, 2)}\n`);
}
