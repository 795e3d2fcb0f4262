import type { UserConfig } from 'vitest/config';

export const sharedConfig: UserConfig;
/** Merge a package's own settings over the shared ones. */
export function defineLsmpConfig(overrides?: UserConfig): UserConfig;
