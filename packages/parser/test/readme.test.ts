// The README cannot rot: its example runs and prints what the README says it
// prints, and its diagnostics table is the catalogue's.
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diagnosticsTable, withDiagnosticsTable } from './readme/diagnostics-table.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The fenced code blocks of a Markdown text, with their language. */
function codeBlocks(markdown: string): { lang: string; code: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, code: m[2]! }));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('README.md', () => {
  it('has the diagnostics table of the current catalogue', () => {
    expect(readme).toContain(diagnosticsTable());
    expect(withDiagnosticsTable(readme), 'run `pnpm --filter @lsmp/parser readme:update`').toBe(readme);
  });

  it('runs the Use example and prints what it shows', async () => {
    const blocks = codeBlocks(readme);
    const exampleAt = blocks.findIndex((b) => b.lang === 'ts' && b.code.includes("from '@lsmp/parser'"));
    expect(exampleAt).toBeGreaterThanOrEqual(0);
    const printed = blocks.slice(exampleAt + 1).find((b) => b.lang === 'txt');
    expect(printed, 'a ```txt block after the example shows its output').toBeDefined();
    const source = pathToFileURL(new URL('../src/index.ts', import.meta.url).pathname).href;
    const code = blocks[exampleAt]!.code.replace("from '@lsmp/parser'", `from ${JSON.stringify(source)}`);
    const dir = mkdtempSync(join(tmpdir(), 'lsmp-parser-readme-'));
    const file = join(dir, 'example.ts');
    writeFileSync(file, code);
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(format(...args));
    });
    try {
      await import(pathToFileURL(file).href);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(`${lines.join('\n')}\n`).toBe(printed!.code);
  });
});
