import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import getReleasePlan from '@changesets/get-release-plan';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../src/run-command.js';
import { changesetCoverage } from '../src/changeset-coverage.js';
import { publishedPackages, repoRoot } from '../src/workspace.js';

const VERSION_TIMEOUT = 600_000;

describe('changesets', () => {
  it('every published package has a pending changeset, or is released with nothing changed since', async () => {
    const uncovered = (await changesetCoverage(publishedPackages())).filter((coverage) => !coverage.covered);
    expect(
      uncovered.map((coverage) => `${coverage.name}: ${coverage.reason}. Run \`pnpm changeset\` to add one.`),
    ).toEqual([]);
  });

  it('the pending changesets make a valid release plan of published packages only', async () => {
    // What `changeset status` and `changeset version` assemble; it throws on a
    // changeset that names an unknown package, or an ignored one beside others.
    const plan = await getReleasePlan(repoRoot);
    const published = new Set(publishedPackages().map((pkg) => pkg.manifest.name));
    const releasing = plan.releases.filter((release) => release.type !== 'none');
    expect(releasing.filter((release) => !published.has(release.name)).map((release) => release.name)).toEqual([]);
  });

  it('publishes scoped packages publicly and never versions the private demo', () => {
    const config = JSON.parse(readFileSync(join(repoRoot, '.changeset/config.json'), 'utf8'));
    expect(config.access).toBe('public');
    expect(config.baseBranch).toBe('main');
    expect(config.ignore).toContain('@lsmp/demo');
    expect(config.privatePackages).toEqual({ version: false, tag: false });
    // The changelog generator the config names must be installed.
    const changelog = Array.isArray(config.changelog) ? config.changelog[0] : config.changelog;
    expect(() => createRequire(join(repoRoot, 'package.json')).resolve(changelog)).not.toThrow();
  });

  it('`changeset version` bumps and writes the CHANGELOG of exactly the packages in the plan', async () => {
    // On a copy of the manifests and changesets, so the checkout is left alone.
    const copy = mkdtempSync(join(tmpdir(), 'lsmp-version-'));
    try {
      for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(repoRoot, file), join(copy, file));
      cpSync(join(repoRoot, '.changeset'), join(copy, '.changeset'), { recursive: true });
      for (const group of ['packages', 'apps', 'tooling']) {
        for (const name of readdirSync(join(repoRoot, group))) {
          const manifest = join(repoRoot, group, name, 'package.json');
          if (!existsSync(manifest)) continue;
          mkdirSync(join(copy, group, name), { recursive: true });
          cpSync(manifest, join(copy, group, name, 'package.json'));
        }
      }
      const plan = await getReleasePlan(repoRoot);
      // Versioning reads every pending changeset (hundreds between releases): 18 s alone, over four minutes while the
      // parser's suite ran beside it. The limits only catch a hang.
      await runCommand(process.execPath, [join(repoRoot, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: copy, timeoutMs: VERSION_TIMEOUT });

      const folders = new Map(publishedPackages().map((pkg) => [pkg.manifest.name, relative(repoRoot, pkg.dir)]));
      const releasing = new Map(plan.releases.filter((r) => r.type !== 'none').map((r) => [r.name, r.newVersion]));
      for (const pkg of publishedPackages()) {
        const folder = join(copy, folders.get(pkg.manifest.name)!);
        const expected = releasing.get(pkg.manifest.name) ?? pkg.manifest.version;
        expect(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).version, pkg.manifest.name).toBe(expected);
        if (releasing.has(pkg.manifest.name)) {
          expect(readFileSync(join(folder, 'CHANGELOG.md'), 'utf8')).toContain(`## ${expected}`);
        }
      }
      const demo = JSON.parse(readFileSync(join(copy, 'apps/demo/package.json'), 'utf8'));
      expect(demo.version).toBe(JSON.parse(readFileSync(join(repoRoot, 'apps/demo/package.json'), 'utf8')).version);
      expect(existsSync(join(copy, 'apps/demo/CHANGELOG.md'))).toBe(false);
      expect(readdirSync(join(copy, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md')).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, VERSION_TIMEOUT + 60_000);
});
