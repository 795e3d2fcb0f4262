// Tests run in Node and may use node: modules. The library sources never do (their
// tsconfig has no Node types; test/browser-safety.test.ts scans them).
/// <reference types="node" />

// Types for the shared-corpus locator (a plain JS module in tooling/vitest).
declare module '@lsmp/vitest-config/shared-corpus' {
  export interface CorpusDocument {
    name: string;
    path: string;
    text: string;
    // biome-ignore lint/suspicious/noExplicitAny: gold files are free-form JSON, read field by field
    gold: any;
  }
  export const repoRoot: string;
  export const sharedDir: string;
  export function sharedCorpus(name?: 'corpus' | 'corpus-extra'): CorpusDocument[] | null;
}
