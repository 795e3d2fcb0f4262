// Every regular expression in the parser is checked for catastrophic backtracking
// with recheck: a pattern it finds exponential or polynomial can hang the parser on
// one crafted line, so it is a bug. Verdicts are recorded (see redos-verdicts.ts).
import { afterAll, describe, expect, it, vi } from 'vitest';
import { captureConstructedRegexes, type FoundRegex, parserSourceFiles, regexConstructorCalls, regexLiterals } from './regex-sources.js';
import { isKnownVulnerable, isRecorded, patternKey, saveVerdicts, verdictFor } from './redos-verdicts.js';
import { redosProbeTexts } from './sample-texts.js';

const literals = parserSourceFiles().flatMap(regexLiterals);

const constructed = await captureConstructedRegexes(async () => {
  vi.resetModules();
  const { parseMinutes } = await import('../../src/index.js');
  for (const text of redosProbeTexts()) parseMinutes(text);
});

/** One entry per distinct pattern and flags, naming every place it was found. */
function distinct(found: readonly FoundRegex[]): FoundRegex[] {
  const byKey = new Map<string, FoundRegex>();
  for (const regex of found) {
    const key = patternKey(regex.source, regex.flags);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...regex });
    else if (!seen.where.split(', ').includes(regex.where)) seen.where += `, ${regex.where}`;
  }
  return [...byKey.values()];
}

const patterns = distinct([...literals, ...constructed]);

describe('regular expressions in the parser', () => {
  afterAll(saveVerdicts);

  it('are all found: the literals, and compiled patterns from every file calling new RegExp', () => {
    expect(literals.length).toBeGreaterThan(50);
    const filesCompiling = new Set(constructed.map((regex) => regex.where));
    expect([...regexConstructorCalls().keys()].filter((file) => !filesCompiling.has(file))).toEqual([]);
  });

  // recheck proves most patterns but fuzzes some, and a fuzzed verdict can flip on a loaded machine:
  // CI reads recorded verdicts only. After adding or changing a pattern, run REDOS_UPDATE=1 (see the README).
  it('have a recorded verdict each', () => {
    expect(patterns.filter((regex) => !isRecorded(regex.source, regex.flags)).map((regex) => `${patternKey(regex.source, regex.flags)} (${regex.where})`)).toEqual([]);
  });

  for (const regex of patterns) {
    const key = patternKey(regex.source, regex.flags);
    // Known vulnerable patterns (recorded as such) are `it.fails` until the parser changes them.
    (isKnownVulnerable(regex.source, regex.flags) ? it.fails : it)(`${key} (${regex.where}) runs in linear time`, () => {
      expect(verdictFor(regex.source, regex.flags)).toBe('safe');
    });
  }
});
