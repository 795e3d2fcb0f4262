// Types for the shared JavaScript test helper, which ships no declarations.
declare module '@lsmp/vitest-config/shared-corpus' {
  export interface CorpusDocument {
    name: string;
    path: string;
    text: string;
    // biome-ignore lint/suspicious/noExplicitAny: gold files are free-form JSON, read field by field in tests
    gold: any;
  }
  export const repoRoot: string;
  export const sharedDir: string;
  export function sharedCorpus(name?: 'corpus' | 'corpus-extra'): CorpusDocument[] | null;
}
