import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runBrowserBundle } from '../src/check-consumer.js';
import {
  createConsumer,
  fromTarballs,
  importFromNode,
  RESOLUTION_MODES,
  TYPESCRIPT_PACKAGES,
  typeCheck,
  typeScriptVersion,
} from '../src/consumer-fixture.js';

describe('a project outside the workspace that installs the packed tarballs', () => {
  const packed = inject('packed');
  let specifiers: string[] = [];
  // In the system temp folder, far from the workspace, so nothing resolves through it.
  const dir = join(mkdtempSync(join(tmpdir(), 'lsmp-consumer-')), 'app');

  beforeAll(async () => {
    specifiers = await createConsumer(dir, fromTarballs(packed));
  }, 300_000);
  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('imports every entry of every package from Node as ESM and as CommonJS, with the same exports', async () => {
    expect(specifiers).toEqual(expect.arrayContaining(packed.map((pkg) => pkg.name)));
    const report = await importFromNode(dir, specifiers);
    expect(Object.keys(report.esm).sort()).toEqual([...specifiers].sort());
    for (const specifier of specifiers) expect(report.cjs[specifier], specifier).toEqual(report.esm[specifier]);
    expect(report.esm['@lsmp/parser']).toContain('parseMinutes');
    expect(report.esm['@lsmp/model']).toContain('MinutesSchema');
    // Both builds parsed the sample into minutes the model's schema accepts.
    expect(report.sameResult).toBe(true);
    expect(report.minutesJsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  for (const compiler of TYPESCRIPT_PACKAGES) {
    for (const mode of RESOLUTION_MODES) {
      const name = `type-checks with TypeScript ${typeScriptVersion(compiler)} and moduleResolution ${mode}, declarations included`;
      it.concurrent(name, async () => {
        await typeCheck(dir, mode, compiler);
      });
    }
  }

  it('bundles the parser and the model for the browser, and the bundle runs without Node', async () => {
    const result = await runBrowserBundle(dir);
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.nodeSpecifiers).toEqual([]);
  });
});
