// Finds every regular expression the parser's sources hold: the literals, read
// from the syntax tree, and the patterns built with `new RegExp(...)`, caught as
// they are compiled while the modules load and parse sample text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const parserSourceDir = join(import.meta.dirname, '../../src');

/** One regular expression and where it was found. */
export interface FoundRegex {
  source: string;
  flags: string;
  /** Source file relative to src/, with the line for literals. */
  where: string;
}

/** The parser's library sources (tests excluded), relative to src/. */
export function parserSourceFiles(): string[] {
  return readdirSync(parserSourceDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !/\.(test|bench)\.ts$/.test(file))
    .sort();
}

/** Every regex literal in one TypeScript source, split into pattern and flags. */
export function regexLiterals(file: string): FoundRegex[] {
  const path = join(parserSourceDir, file);
  const sourceFile = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const slash = text.lastIndexOf('/');
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${file}:${line}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Files that call `new RegExp(...)` (or `RegExp(...)`), with how many calls each has. */
export function regexConstructorCalls(): Map<string, number> {
  const calls = new Map<string, number>();
  for (const file of parserSourceFiles()) {
    const count = readFileSync(join(parserSourceDir, file), 'utf8').match(/\bRegExp\s*\(/g)?.length ?? 0;
    if (count > 0) calls.set(file, count);
  }
  return calls;
}

/**
 * Runs `load` with the global RegExp constructor wrapped, recording each pattern
 * compiled from a parser source file (found by the caller's stack frame).
 */
export async function captureConstructedRegexes(load: () => Promise<void>): Promise<FoundRegex[]> {
  const original = globalThis.RegExp;
  const found: FoundRegex[] = [];
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?]) {
      const regex = new target(...args);
      const caller = new Error().stack?.split('\n').find((frame) => frame.includes(parserSourceDir));
      const file = caller?.slice(caller.indexOf(parserSourceDir) + parserSourceDir.length + 1).match(/^(.+?\.ts)/)?.[1];
      if (file) found.push({ source: regex.source, flags: regex.flags, where: file.replaceAll('\\', '/') });
      return regex;
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = original;
  }
  return found;
}
