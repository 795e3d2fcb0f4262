import { defineLsmpConfig } from '@lsmp/vitest-config';

export default defineLsmpConfig({
  test: {
    // The CLI tests start the real command (through tsx) several times per test, and the
    // browser test starts chromium: slow on a busy machine, but never timed for speed.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
