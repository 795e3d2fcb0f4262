import { defineLsmpConfig } from '@lsmp/vitest-config';

export default defineLsmpConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    // Installs, bundles and a local registry take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
