/** One document of a shared corpus folder: its text and, where present, its gold annotations. */
export interface CorpusDocument {
  name: string;
  path: string;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: gold files are free-form JSON, read field by field in tests
  gold: any;
}
export const repoRoot: string;
export const sharedDir: string;
/** The documents of ../shared/<name>, or null (after a message) when it is missing outside CI. */
export function sharedCorpus(name?: 'corpus' | 'corpus-extra'): CorpusDocument[] | null;
