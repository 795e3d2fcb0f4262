import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The parts of a package.json these checks read. */
export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  exports?: Record<string, unknown>;
}

/** A package that is published to npm. */
export interface PublishedPackage {
  /** Folder name under packages/, e.g. `parser`. */
  folder: string;
  dir: string;
  manifest: PackageManifest;
}

/**
 * Every public (not `private`) package under packages/, sorted by folder, so a new
 * package is checked as soon as it exists.
 */
export function publishedPackages(): PublishedPackage[] {
  const packagesDir = join(repoRoot, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ folder: entry.name, dir: join(packagesDir, entry.name) }))
    .flatMap(({ folder, dir }) => {
      let manifest: PackageManifest;
      try {
        manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      } catch {
        return [];
      }
      return manifest.private ? [] : [{ folder, dir, manifest }];
    })
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** Names a package needs at run time from elsewhere: kept out of its own size. */
export function externalNames(manifest: PackageManifest): string[] {
  return [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
}
