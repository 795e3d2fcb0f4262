import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Extractor, ExtractorConfig, type IConfigFile } from '@microsoft/api-extractor';
import { type PublishedPackage, repoRoot } from './workspace.js';

/** Where the checked-in API reports live: one `<entry>.api.md` per public entry point. */
export const apiReportFolder = join(repoRoot, 'docs/api');

/** One public entry point of a package: `.` or a subpath such as `./schema`. */
export interface ApiEntry {
  /** `@lsmp/parser` or `@lsmp/london-enriched/schema`. */
  specifier: string;
  /** Report and doc model name: `parser`, `london-enriched-schema`. */
  reportName: string;
  /** The built declaration file of the entry (ESM flavour). */
  declarations: string;
}

/** The entry points of a package that have types, from its `exports` map. */
export function apiEntries(pkg: PublishedPackage): ApiEntry[] {
  return Object.entries(pkg.manifest.exports ?? {}).flatMap(([subpath, target]) => {
    const types = (target as { import?: { types?: string } } | null)?.import?.types;
    if (!types || subpath.includes('*')) return [];
    const suffix = subpath === '.' ? '' : `-${subpath.slice(2).replaceAll('/', '-')}`;
    return [
      {
        specifier: subpath === '.' ? pkg.manifest.name : `${pkg.manifest.name}/${subpath.slice(2)}`,
        reportName: `${pkg.folder}${suffix}`,
        declarations: join(pkg.dir, types),
      },
    ];
  });
}

/** The outcome for one entry: whether its surface differs from the checked-in report. */
export interface ApiReportResult {
  entry: ApiEntry;
  changed: boolean;
  errors: string[];
}

/**
 * The report without what documentation alone changes: API Extractor marks items
 * without a doc comment `(undocumented)`, which would make adding JSDoc look like
 * an API change. Its warnings are left out of the report already.
 */
export function surfaceOnly(report: string): string {
  return report
    .split('\n')
    .filter((line) => line.trim() !== '// (undocumented)')
    .map((line) => (line.trimStart().startsWith('// ') ? line.replace(/ \(undocumented\)$/, '') : line))
    .join('\n');
}

/**
 * Runs API Extractor on one entry's built declarations and compares the report
 * (see surfaceOnly) with docs/api/<entry>.api.md. `update: true` rewrites that file
 * (what `pnpm docs` does); `update: false` only compares, the way CI must.
 * `docModelFolder` receives the `.api.json` API Documenter reads.
 */
export function extractApi(pkg: PublishedPackage, entry: ApiEntry, options: { update: boolean; tempFolder: string; docModelFolder?: string }): ApiReportResult {
  const generatedFolder = join(options.tempFolder, 'generated');
  mkdirSync(generatedFolder, { recursive: true });
  const configObject: IConfigFile = {
    projectFolder: pkg.dir,
    mainEntryPointFilePath: entry.declarations,
    compiler: {
      overrideTsconfig: {
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022'], types: [], strict: true, skipLibCheck: true },
        files: [entry.declarations],
      },
    },
    // API Extractor writes its report here; the comparison with docs/api is ours.
    apiReport: {
      enabled: true,
      reportFileName: entry.reportName,
      reportFolder: generatedFolder,
      reportTempFolder: join(options.tempFolder, 'temp'),
      includeForgottenExports: false,
    },
    docModel: {
      enabled: options.docModelFolder !== undefined,
      apiJsonFilePath: join(options.docModelFolder ?? options.tempFolder, `${entry.reportName}.api.json`),
    },
    newlineKind: 'lf',
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    messages: {
      // Our JSDoc is not strict TSDoc, and release tags (@public, @beta) are not used.
      // Warnings name built files and lines, which move with every edit: not in the report.
      tsdocMessageReporting: { default: { logLevel: 'none' as never } },
      extractorMessageReporting: { default: { logLevel: 'none' as never, addToApiReportFile: false } },
      compilerMessageReporting: { default: { logLevel: 'error' as never } },
    },
  };
  const config = ExtractorConfig.prepare({
    configObject,
    configObjectFullPath: undefined,
    packageJsonFullPath: join(pkg.dir, 'package.json'),
  });
  const errors: string[] = [];
  Extractor.invoke(config, {
    localBuild: true,
    showVerboseMessages: false,
    messageCallback: (message) => {
      if (message.logLevel === 'error') errors.push(message.text);
      message.handled = true;
    },
  });
  if (options.docModelFolder) describeDocModelPackage(configObject.docModel!.apiJsonFilePath!, entry, pkg);

  const report = surfaceOnly(readFileSync(join(generatedFolder, `${entry.reportName}.api.md`), 'utf8'));
  const checkedIn = join(apiReportFolder, `${entry.reportName}.api.md`);
  const changed = !existsSync(checkedIn) || readFileSync(checkedIn, 'utf8') !== report;
  if (changed && options.update) writeFileSync(checkedIn, report);
  return { entry, changed, errors };
}

/**
 * The name API Documenter gets for an entry: it wants a valid package name, so a
 * subpath is joined with `_` (`@lsmp/london-enriched_schema`); `pnpm docs` then
 * writes the real specifier back into the pages.
 */
export function docModelName(specifier: string): string {
  const [scope, name, ...subpath] = specifier.split('/');
  return [`${scope}/${name}`, ...subpath].join('_');
}

// API Extractor names the doc model after package.json, and takes its description
// from a `@packageDocumentation` comment that tsup's bundled .d.ts does not keep. So
// each entry gets its own name (API Documenter writes its pages apart from the root
// entry's) and the package.json description.
function describeDocModelPackage(apiJsonPath: string, entry: ApiEntry, pkg: PublishedPackage): void {
  const model = JSON.parse(readFileSync(apiJsonPath, 'utf8'));
  const description = (pkg.manifest as { description?: string }).description ?? '';
  const where = entry.specifier === pkg.manifest.name ? '' : ` This page is its \`${entry.specifier}\` entry point.`;
  model.name = docModelName(entry.specifier);
  model.docComment = `/**\n * ${description}${where}\n *\n * @packageDocumentation\n */\n`;
  writeFileSync(apiJsonPath, JSON.stringify(model, null, 2));
}
