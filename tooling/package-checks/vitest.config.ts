import { defineLsmpConfig } from '@lsmp/vitest-config';

export default defineLsmpConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    // Installs, bundles and a local registry take seconds, not milliseconds; type-checking with four TypeScript
    // versions took over two minutes on a machine shared with other jobs.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
