// The library runs in browsers: no `node:` imports, no Node or DOM globals in its
// sources, and the whole package (with its runtime dependencies) bundles for the
// browser platform, where Node built-ins cannot be resolved.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const srcDir = join(import.meta.dirname, '../src');
const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => ({ file, text: readFileSync(join(srcDir, file), 'utf8') }));

describe('browser safety', () => {
  it('sources import no Node modules and use no Node or DOM globals', () => {
    const offending = sources.filter(({ text }) => /from ['"](node:|fs['"]|path['"])|\brequire\(|\bprocess\.(env|argv|cwd|exit)|\bBuffer\.|\bwindow\.|(?<![\w-])document\.(body|create|get|query)/.test(text));
    expect(offending.map((s) => s.file)).toEqual([]);
  });

  it('bundles for the browser with every runtime dependency', async () => {
    const result = await build({
      entryPoints: [join(srcDir, 'index.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/["']node:/);
  });
});
