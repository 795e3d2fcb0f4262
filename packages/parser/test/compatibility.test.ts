// The library runs in browsers and carries no zod at runtime: its sources import no
// node: module, and take only types from @lsmp/model (whose schemas import zod).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => ({ file, text: readFileSync(join(srcDir, file), 'utf8') }));

/** Every import or export ... from, with whether it is type-only. */
function imports(text: string): { specifier: string; typeOnly: boolean }[] {
  return [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?\bfrom\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map(
    (m) => (m.length === 2 ? { specifier: m[1]!, typeOnly: false } : { specifier: m[3]!, typeOnly: Boolean(m[2]) }),
  );
}

describe('the parser sources', () => {
  it('are found', () => {
    expect(sources.map((s) => s.file)).toContain('parse-minutes.ts');
  });

  it('import no node: module and no Node built-in', () => {
    const found = sources.flatMap(({ file, text }) =>
      imports(text)
        .filter(({ specifier }) => specifier.startsWith('node:') || /^(?:fs|path|os|url|util|crypto|buffer|process)(?:\/|$)/.test(specifier))
        .map(({ specifier }) => `${file}: ${specifier}`),
    );
    expect(found).toEqual([]);
  });

  it('take only types from @lsmp/model and never import zod', () => {
    const found = sources.flatMap(({ file, text }) =>
      imports(text)
        .filter(({ specifier, typeOnly }) => specifier === 'zod' || specifier.startsWith('zod/') || (specifier.startsWith('@lsmp/model') && !typeOnly))
        .map(({ specifier }) => `${file}: ${specifier}`),
    );
    expect(found).toEqual([]);
  });

  // The test files bring Node's types into the type-check, so a Node global in the
  // library would no longer fail it: look for them here.
  it('use no Node globals', () => {
    const found = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/(?<![\w.'"/])(process\.|Buffer\.|require\(|__dirname|__filename|setImmediate\()/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(found).toEqual([]);
  });
});
