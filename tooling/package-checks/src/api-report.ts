import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
 * Runs API Extractor on one entry's built declarations. `update: true` rewrites the
 * report in docs/api (what `pnpm docs` does); `update: false` only compares, the
 * way CI must. `docModelFolder` receives the `.api.json` API Documenter reads.
 */
export function extractApi(pkg: PublishedPackage, entry: ApiEntry, options: { update: boolean; tempFolder: string; docModelFolder?: string }): ApiReportResult {
  mkdirSync(options.tempFolder, { recursive: true });
  const configObject: IConfigFile = {
    projectFolder: pkg.dir,
    mainEntryPointFilePath: entry.declarations,
    compiler: {
      overrideTsconfig: {
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022'], types: [], strict: true, skipLibCheck: true },
        files: [entry.declarations],
      },
    },
    apiReport: {
      enabled: true,
      reportFileName: entry.reportName,
      reportFolder: apiReportFolder,
      reportTempFolder: options.tempFolder,
      includeForgottenExports: false,
    },
    docModel: {
      enabled: options.docModelFolder !== undefined,
      apiJsonFilePath: join(options.docModelFolder ?? options.tempFolder, `${entry.reportName}.api.json`),
    },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    messages: {
      // Our JSDoc is not strict TSDoc, and release tags (@public, @beta) are not used.
      tsdocMessageReporting: { default: { logLevel: 'none' as never } },
      extractorMessageReporting: {
        default: { logLevel: 'none' as never, addToApiReportFile: true },
        'ae-missing-release-tag': { logLevel: 'none' as never, addToApiReportFile: false },
      },
      compilerMessageReporting: { default: { logLevel: 'error' as never } },
    },
  };
  const config = ExtractorConfig.prepare({
    configObject,
    configObjectFullPath: undefined,
    packageJsonFullPath: join(pkg.dir, 'package.json'),
  });
  const errors: string[] = [];
  const result = Extractor.invoke(config, {
    localBuild: options.update,
    showVerboseMessages: false,
    messageCallback: (message) => {
      if (message.logLevel === 'error') errors.push(message.text);
      message.handled = true;
    },
  });
  if (options.docModelFolder) describeDocModelPackage(configObject.docModel!.apiJsonFilePath!, entry, pkg);
  return { entry, changed: result.apiReportChanged, errors };
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
