// Types for the shared-corpus locator (a plain JS module in tooling/vitest): only what the bench reads.
declare module '@lsmp/vitest-config/shared-corpus' {
  export function sharedCorpus(name?: 'corpus' | 'corpus-extra'): { name: string; path: string; text: string }[] | null;
}
