import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runPnpm } from './run-command.js';
import type { PublishedPackage } from './workspace.js';

/** A package packed as it would be published. */
export interface PackedPackage {
  name: string;
  version: string;
  folder: string;
  tarball: string;
}

/**
 * Packs each package with `pnpm pack`, which, like `pnpm publish`, turns `workspace:`
 * ranges into real ones, so the tarball is exactly what npm would receive.
 */
export async function packPackages(packages: PublishedPackage[], destination: string): Promise<PackedPackage[]> {
  const packed: PackedPackage[] = [];
  for (const pkg of packages) {
    const before = new Set(readdirSync(destination));
    await runPnpm(['pack', '--pack-destination', destination], { cwd: pkg.dir });
    const created = readdirSync(destination).filter((file) => file.endsWith('.tgz') && !before.has(file));
    if (created.length !== 1) throw new Error(`pnpm pack of ${pkg.manifest.name} made ${created.length} tarballs`);
    packed.push({
      name: pkg.manifest.name,
      version: pkg.manifest.version,
      folder: pkg.folder,
      tarball: join(destination, created[0]!),
    });
  }
  return packed;
}
