import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import readChangesets from '@changesets/read';
import { DEVELOPMENT_ONLY } from './tarball-files.js';
import { type PublishedPackage, repoRoot } from './workspace.js';

/** Why a package needs no new changeset, or why it does. */
export interface ChangesetCoverage {
  name: string;
  covered: boolean;
  reason: string;
}

// Files whose change does not alter what users install and run.
const NEEDS_NO_RELEASE = [...DEVELOPMENT_ONLY, /^(CHANGELOG|README)\.md$/, /^LICENSE$/];

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/**
 * The package's files that changed since its last release (the last commit that
 * wrote its CHANGELOG.md, which `changeset version` does), committed or not.
 * Null when git or the history is not there to say.
 */
export function changedSinceRelease(pkg: PublishedPackage, root = repoRoot): string[] | null {
  const folder = relative(root, pkg.dir);
  const releaseCommit = git(root, ['log', '-1', '--format=%H', '--', `${folder}/CHANGELOG.md`])?.trim();
  if (!releaseCommit) return null;
  const changed = git(root, ['diff', '--name-only', releaseCommit, '--', folder]);
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '--', folder]);
  if (changed === null || untracked === null) return null;
  return `${changed}\n${untracked}`
    .split('\n')
    .filter(Boolean)
    .map((file) => file.slice(folder.length + 1))
    .filter((file) => !NEEDS_NO_RELEASE.some((pattern) => pattern.test(file)));
}

/**
 * Every change to a package reaches users through a changeset. A package is
 * covered when a pending changeset names it, or when its CHANGELOG.md has an entry
 * for its current version and nothing it ships changed since that release.
 * (`changeset status --since` cannot say this on one branch: it compares with a
 * base branch, and is satisfied by any one changeset for any number of packages.)
 */
export async function changesetCoverage(packages: PublishedPackage[], root = repoRoot): Promise<ChangesetCoverage[]> {
  const pending = await readChangesets(root);
  return packages.map((pkg) => {
    const { name, version } = pkg.manifest;
    const naming = pending.filter((changeset) => changeset.releases.some((release) => release.name === name));
    if (naming.length > 0) {
      return { name, covered: true, reason: `pending changesets: ${naming.map((c) => c.id).join(', ')}` };
    }
    const changelogPath = join(pkg.dir, 'CHANGELOG.md');
    const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '';
    if (!new RegExp(`^## ${version.replaceAll('.', '\\.')}\\s*$`, 'm').test(changelog)) {
      return { name, covered: false, reason: `${version} was never released (no "## ${version}" in CHANGELOG.md) and no changeset names it` };
    }
    const changed = changedSinceRelease(pkg, root);
    if (changed && changed.length > 0) {
      return { name, covered: false, reason: `changed since ${version} was released (${changed.join(', ')}) and no changeset names it` };
    }
    return { name, covered: true, reason: `${version} is released and nothing it ships changed since` };
  });
}
