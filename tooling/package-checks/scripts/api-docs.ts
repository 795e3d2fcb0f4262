// `pnpm docs`: rewrites the API reports in docs/api and the API reference in
// docs/reference from the built packages' declarations and their JSDoc.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { apiEntries, docModelName, extractApi } from '../src/api-report.js';
import { publishedPackages, repoRoot } from '../src/workspace.js';

const workDir = mkdtempSync(join(tmpdir(), 'lsmp-docs-'));
const docModelFolder = join(workDir, 'model');
const specifiers: string[] = [];
try {
  for (const pkg of publishedPackages()) {
    for (const entry of apiEntries(pkg)) {
      specifiers.push(entry.specifier);
      const result = extractApi(pkg, entry, { update: true, tempFolder: join(workDir, 'temp'), docModelFolder });
      if (result.errors.length > 0) throw new Error(`${entry.specifier}:\n${result.errors.join('\n')}`);
      console.log(`${entry.specifier}: docs/api/${entry.reportName}.api.md${result.changed ? ' (updated)' : ''}`);
    }
  }
  const documenterPackage = createRequire(import.meta.url).resolve('@microsoft/api-documenter/package.json');
  const documenter = join(dirname(documenterPackage), 'bin/api-documenter');
  const output = join(repoRoot, 'docs/reference');
  rmSync(output, { recursive: true, force: true });
  execFileSync(process.execPath, [documenter, 'markdown', '--input-folder', docModelFolder, '--output-folder', output], {
    stdio: 'inherit',
  });
  for (const file of readdirSync(output)) {
    // API Documenter writes CRLF; the repository's files end lines with LF.
    const page = readFileSync(join(output, file), 'utf8').replaceAll('\r\n', '\n');
    // API Documenter writes names as Markdown, with `_` escaped; links keep the
    // file names, which contain no `@lsmp/` and no `\_`, so they are left alone.
    const named = specifiers.reduce((text, specifier) => {
      const scoped = docModelName(specifier);
      const unscoped = (name: string) => name.replace(/^@[^/]+\//, '');
      return text
        .replaceAll(scoped.replaceAll('_', '\\_'), specifier)
        .replaceAll(scoped, specifier)
        .replaceAll(unscoped(scoped).replaceAll('_', '\\_'), unscoped(specifier));
    }, page);
    writeFileSync(join(output, file), named);
  }
  console.log('API reference: docs/reference/index.md');
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
