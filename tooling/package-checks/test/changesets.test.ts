import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import getReleasePlan from '@changesets/get-release-plan';
import { describe, expect, it } from 'vitest';
import { changesetCoverage } from '../src/changeset-coverage.js';
import { publishedPackages, repoRoot } from '../src/workspace.js';

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
});
