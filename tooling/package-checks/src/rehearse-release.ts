import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { checkConsumer } from './check-consumer.js';
import { createConsumer } from './consumer-fixture.js';
import { startLocalRegistry } from './local-registry.js';
import { pnpmCommand, runCommand } from './run-command.js';
import { publishedPackages, repoRoot } from './workspace.js';

/** What the rehearsal published and how long it took. */
export interface RehearsalResult {
  published: { name: string; version: string }[];
  seconds: number;
}

/**
 * changesets spawns `pnpm` by name. When pnpm came from `npx -y pnpm@…` it may be
 * known only as `npm_execpath`, so put a `pnpm` that runs it (by absolute path,
 * never by name, which would find this script again) first on PATH.
 */
function pathWithPnpm(workDir: string): string {
  const pnpm = pnpmCommand();
  const binDir = join(workDir, 'bin');
  mkdirSync(binDir, { recursive: true });
  const command = [pnpm.file, ...pnpm.prefix].map((part) => `'${part}'`).join(' ');
  writeFileSync(join(binDir, 'pnpm'), `#!/bin/sh\nexec ${command} "$@"\n`);
  chmodSync(join(binDir, 'pnpm'), 0o755);
  return [binDir, process.env.PATH ?? ''].join(delimiter);
}

/**
 * A release, rehearsed end to end against a private registry: starts Verdaccio on
 * 127.0.0.1, runs `changeset publish` (as `pnpm release` does, without git tags)
 * with every registry setting pointing at it, checks that each package arrived at
 * its version, then installs lsmp from it by name and version into a fresh project
 * and runs the consumer checks. Always stops the registry and removes its files.
 * Needs the packages built.
 */
export async function rehearseRelease(
  options: { log?: (line: string) => void; typeCheck?: boolean } = {},
): Promise<RehearsalResult> {
  const log = options.log ?? console.log;
  const started = Date.now();
  const step = (line: string) => log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
  const workDir = mkdtempSync(join(tmpdir(), 'lsmp-release-'));
  const registry = await startLocalRegistry(workDir);
  try {
    if (!registry.url.startsWith('http://127.0.0.1:')) throw new Error(`refusing to publish to ${registry.url}`);
    step(`Verdaccio is up at ${registry.url}`);
    // changesets reads the registry from these variables (and defaults to npm's
    // public one without them); the userconfig replaces ~/.npmrc and its tokens.
    const env = {
      ...process.env,
      PATH: pathWithPnpm(workDir),
      NPM_CONFIG_USERCONFIG: registry.userconfig,
      npm_config_userconfig: registry.userconfig,
      npm_config_registry: registry.url,
      'npm_config_@lsmp:registry': registry.url,
    };
    const changeset = join(repoRoot, 'node_modules/@changesets/cli/bin.js');
    const publishOutput = await runCommand(process.execPath, [changeset, 'publish', '--no-git-tag'], { cwd: repoRoot, env, timeoutMs: 180_000 });
    step(`changeset publish:\n${publishOutput}`);

    const published = publishedPackages().map((pkg) => ({ name: pkg.manifest.name, version: pkg.manifest.version }));
    for (const pkg of published) {
      const response = await fetch(`${registry.url}${pkg.name.replace('/', '%2f')}`);
      const document = (await response.json()) as { versions?: Record<string, unknown> };
      if (!document.versions?.[pkg.version]) throw new Error(`${pkg.name}@${pkg.version} is not on the local registry`);
      step(`on the registry: ${pkg.name}@${pkg.version}`);
    }

    const consumerDir = join(workDir, 'app');
    const specifiers = await createConsumer(consumerDir, {
      packages: published.map((pkg) => ({ name: pkg.name, spec: pkg.version })),
      registry: registry.url,
    });
    step(`installed ${published.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')} from the local registry`);
    await checkConsumer(consumerDir, specifiers, { typeCheck: options.typeCheck ?? true });
    step(`the consumer imports lsmp (ESM, CommonJS)${options.typeCheck === false ? '' : ', type-checks it (bundler, node16)'} and runs a browser bundle`);
    return { published, seconds: (Date.now() - started) / 1000 };
  } finally {
    await registry.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
