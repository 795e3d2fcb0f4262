import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';

/** One minutes document of the benchmark corpus. */
export interface CorpusDocument {
  name: string;
  text: string;
}

/** The benchmark corpus: distinct documents, and copies of them up to the target size. */
export interface BenchCorpus {
  /** Each source document once (samples and shared corpora). */
  documents: CorpusDocument[];
  /** The documents repeated in order until their total reaches the target size. */
  repeated: CorpusDocument[];
  /** The repeated documents joined into one text. */
  joined: string;
  /** UTF-8 bytes of `joined`. */
  bytes: number;
}

const samplesDirectory = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../apps/demo/samples');

function readSamples(): CorpusDocument[] {
  return readdirSync(samplesDirectory)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: `samples/${file}`, text: readFileSync(join(samplesDirectory, file), 'utf8') }));
}

function readShared(name: 'corpus' | 'corpus-extra'): CorpusDocument[] {
  return (sharedCorpus(name) ?? []).map((doc) => ({ name: `${name}/${doc.name}`, text: doc.text }));
}

/** UTF-8 size of a text, in bytes. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Builds the corpus at run time from the bundled samples and ../shared/corpus*
 * (the samples alone when ../shared is missing), repeated to at least `minimumBytes`.
 */
export function buildCorpus(minimumBytes = 2 * 1024 * 1024): BenchCorpus {
  const documents = [...readSamples(), ...readShared('corpus'), ...readShared('corpus-extra')];
  const repeated: CorpusDocument[] = [];
  let bytes = 0;
  for (let round = 0; bytes < minimumBytes; round++) {
    for (const doc of documents) {
      repeated.push({ name: `${doc.name}#${round}`, text: doc.text });
      bytes += byteLength(doc.text);
    }
  }
  const joined = repeated.map((doc) => doc.text).join('\n\n');
  return { documents, repeated, joined, bytes: byteLength(joined) };
}

/** The largest of the shared corpus documents (the samples when the corpus is missing). */
export function largestDocument(corpus: BenchCorpus): CorpusDocument {
  const shared = corpus.documents.filter((doc) => !doc.name.startsWith('samples/'));
  const pool = shared.length > 0 ? shared : corpus.documents;
  return pool.reduce((largest, doc) => (byteLength(doc.text) > byteLength(largest.text) ? doc : largest));
}
