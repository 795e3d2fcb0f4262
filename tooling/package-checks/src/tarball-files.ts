import { runCommand } from './run-command.js';

/** The paths inside a packed tarball, without npm's `package/` prefix. */
export async function tarballFiles(tarball: string): Promise<string[]> {
  const listing = await runCommand('tar', ['-tzf', tarball], { cwd: process.cwd() });
  return listing
    .split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ''))
    .sort();
}

/** Files that are for us, not for the people who install the package. */
export const DEVELOPMENT_ONLY = [
  /(^|\/)test\//,
  /\.(test|spec|bench)\.[cm]?[jt]sx?$/,
  /(^|\/)(__fixtures__|__snapshots__|fixtures|samples)\//,
  /(^|\/)(vitest|tsup|vite)\.config\.[cm]?[jt]s$/,
  /(^|\/)tsconfig(\.[\w-]+)?\.json$/,
  /(^|\/)\.turbo\//,
];
