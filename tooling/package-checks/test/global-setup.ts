// Packs every published package once per run; the tests read the tarballs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type PackedPackage, packPackages } from '../src/pack.js';
import { publishedPackages } from '../src/workspace.js';

declare module 'vitest' {
  export interface ProvidedContext {
    packed: PackedPackage[];
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const destination = mkdtempSync(join(tmpdir(), 'lsmp-packed-'));
  project.provide('packed', await packPackages(publishedPackages(), destination));
  return () => rmSync(destination, { recursive: true, force: true });
}
