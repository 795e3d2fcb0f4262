// Shared vitest settings. The `@lsmp/source` condition makes workspace packages
// resolve to their TypeScript sources, so tests never need a build first.
import { defineConfig, mergeConfig } from 'vitest/config';

export const sharedConfig = defineConfig({
  resolve: { conditions: ['@lsmp/source'] },
  ssr: { resolve: { conditions: ['@lsmp/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Limits that catch a hang, not a slow machine: on a loaded two-core CI machine a
    // hook's Chromium launch has taken longer than vitest's default 10 s (session 21's
    // CI failed so) and a browser or build test longer than 30 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

/** Merge a package's own settings over the shared ones. */
export function defineLsmpConfig(overrides = {}) {
  return mergeConfig(sharedConfig, defineConfig(overrides));
}
