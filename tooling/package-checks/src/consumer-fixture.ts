import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runCommand } from './run-command.js';
import { repoRoot } from './workspace.js';

const require = createRequire(import.meta.url);
const consumerTemplates = join(repoRoot, 'tooling/package-checks/consumer');

/**
 * Where the consumer gets lsmp from: each package's npm spec (`file:<tarball>` or a
 * version), and the registry that serves the `@lsmp` scope when it is not npm's.
 */
export interface LsmpSource {
  packages: { name: string; spec: string }[];
  registry?: string;
}

/** The consumer installs the packed tarballs. */
export function fromTarballs(packed: { name: string; tarball: string }[]): LsmpSource {
  return { packages: packed.map((pkg) => ({ name: pkg.name, spec: `file:${pkg.tarball}` })) };
}

/** The zod a consumer installs beside @lsmp/model (its peer dependency). */
const ZOD_VERSION = '4.6.7';

/** The module settings a consumer's tsconfig may use; each is type-checked. */
export const RESOLUTION_MODES = ['bundler', 'node16'] as const;
export type ResolutionMode = (typeof RESOLUTION_MODES)[number];

/**
 * Creates a project in `dir` (outside the workspace) that depends on every lsmp
 * package, and installs it with npm, the way most users install packages.
 * Returns every import specifier the installed packages export (`@lsmp/x`,
 * `@lsmp/x/sub`), which the checks then import and type-check.
 */
export async function createConsumer(dir: string, source: LsmpSource): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  for (const file of ['node-imports.mjs', 'browser-entry.mjs', 'sample-minutes.txt']) {
    copyFileSync(join(consumerTemplates, file), join(dir, file));
  }
  const dependencies: Record<string, string> = { zod: ZOD_VERSION };
  // `overrides` make the packages' own dependencies on each other use the same
  // tarballs; otherwise npm would look for, say, @lsmp/model on the registry.
  const overrides: Record<string, string> = {};
  for (const pkg of source.packages) {
    dependencies[pkg.name] = pkg.spec;
    if (pkg.spec.startsWith('file:')) overrides[pkg.name] = `$${pkg.name}`;
  }
  const manifest = { name: 'lsmp-consumer-fixture', private: true, type: 'module', dependencies, overrides };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (source.registry) {
    writeFileSync(join(dir, '.npmrc'), `@lsmp:registry=${source.registry}\n`);
  }
  await runCommand('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: dir,
    timeoutMs: 300_000,
  });
  const specifiers = source.packages.flatMap((pkg) => entrySpecifiers(dir, pkg.name));
  writeTypeCheckProjects(dir, specifiers);
  return specifiers;
}

/** The installed package's import specifiers: its name and each subpath of `exports` that is code. */
function entrySpecifiers(dir: string, name: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8'));
  const subpaths = Object.keys(manifest.exports ?? { '.': null }).filter(
    (subpath) => !subpath.includes('*') && !subpath.endsWith('.json'),
  );
  return subpaths.map((subpath) => (subpath === '.' ? name : `${name}/${subpath.slice(2)}`));
}

/** The export names of each package through `import` and `require`, and whether both parse the sample alike. */
export interface NodeImportReport {
  esm: Record<string, string[]>;
  cjs: Record<string, string[]>;
  sameResult: boolean;
  /** The `$schema` of `@lsmp/model/json-schema/Minutes.json`. */
  minutesJsonSchemaDialect: string | null;
}

/** Imports every entry of every package from Node, as ESM and as CommonJS. */
export async function importFromNode(dir: string, specifiers: string[]): Promise<NodeImportReport> {
  const output = await runCommand(process.execPath, ['node-imports.mjs', ...specifiers], { cwd: dir });
  return JSON.parse(output) as NodeImportReport;
}

function writeTypeCheckProjects(dir: string, specifiers: string[]): void {
  const namespaceImports = (style: 'import' | 'require') =>
    specifiers
      .map((name, index) =>
        style === 'import'
          ? `import * as package${index} from '${name}';\nexport { package${index} };`
          : `import package${index} = require('${name}');\nexport { package${index} };`,
      )
      .join('\n');
  const compilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    // Check our .d.ts files (and zod's) as users' compilers will; TypeScript's own
    // lib files need no checking, and checking lib.dom takes most of the time.
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    noEmit: true,
    target: 'ES2022',
    // zod's declarations name `URL`, which a user has from the DOM or @types/node;
    // our own are checked without either by each package's typecheck.
    lib: ['ES2022', 'DOM'],
    types: [],
  };
  const projects: Record<ResolutionMode, { module: string; files: Record<string, string> }> = {
    bundler: { module: 'ESNext', files: { 'imports.ts': namespaceImports('import') } },
    node16: {
      module: 'Node16',
      files: { 'imports.mts': namespaceImports('import'), 'imports.cts': namespaceImports('require') },
    },
  };
  for (const [mode, project] of Object.entries(projects) as [ResolutionMode, (typeof projects)[ResolutionMode]][]) {
    const projectDir = join(dir, `types-${mode}`);
    mkdirSync(projectDir, { recursive: true });
    for (const [file, text] of Object.entries(project.files)) writeFileSync(join(projectDir, file), `${text}\n`);
    for (const extension of mode === 'bundler' ? ['ts'] : ['mts', 'cts']) {
      copyFileSync(join(consumerTemplates, 'usage.ts'), join(projectDir, `usage.${extension}`));
    }
    const tsconfig = { compilerOptions: { ...compilerOptions, module: project.module, moduleResolution: mode }, include: ['*'] };
    writeFileSync(join(projectDir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  }
}

/**
 * The TypeScript compilers users have: the current major (6, which builds lsmp) and
 * the last 5.x, installed here as `typescript-5`.
 */
export const TYPESCRIPT_PACKAGES = ['typescript', 'typescript-5'] as const;
export type TypeScriptPackage = (typeof TYPESCRIPT_PACKAGES)[number];

/** The version of one of the TypeScript compilers, for test names. */
export function typeScriptVersion(compiler: TypeScriptPackage): string {
  return JSON.parse(readFileSync(require.resolve(`${compiler}/package.json`), 'utf8')).version;
}

/** Type-checks the consumer's code with one compiler and `moduleResolution`; throws with tsc's output on an error. */
export async function typeCheck(dir: string, mode: ResolutionMode, compiler: TypeScriptPackage = 'typescript'): Promise<void> {
  const tsc = require.resolve(`${compiler}/bin/tsc`);
  await runCommand(process.execPath, [tsc, '-p', join(dir, `types-${mode}`, 'tsconfig.json')], { cwd: dir });
}
