// Types for the shared-corpus locator (a plain JS module in tooling/vitest).
declare module '@lsmp/vitest-config/shared-corpus' {
  export interface CorpusDocument {
    name: string;
    path: string;
    text: string;
    // biome-ignore lint/suspicious/noExplicitAny: gold files differ by document kind
    gold: any;
  }
  export const repoRoot: string;
  export const sharedDir: string;
  export function sharedCorpus(name?: 'corpus' | 'corpus-extra'): CorpusDocument[] | null;
}
