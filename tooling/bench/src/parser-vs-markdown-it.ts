import { byteLength, type BenchCorpus, type CorpusDocument, largestDocument } from './corpus.js';
import { lsmpParse, lsmpPipeline, markdownItParse } from './contenders.js';
import { measure, megabytesPerSecond, type Timing } from './measure.js';

/** Throughput of lsmp and markdown-it on the same text, and their ratio. */
export interface ThroughputRow {
  case: string;
  bytes: number;
  lsmpMBps: number;
  markdownItMBps: number;
  /** lsmp throughput divided by markdown-it's: above 1 means lsmp is faster. */
  ratio: number;
}

function parseAll(documents: readonly CorpusDocument[], parse: (text: string) => unknown): () => void {
  return () => {
    for (const doc of documents) parse(doc.text);
  };
}

function row(name: string, bytes: number, lsmp: Timing, markdownIt: Timing): ThroughputRow {
  const lsmpMBps = megabytesPerSecond(bytes, lsmp.medianMs);
  const markdownItMBps = megabytesPerSecond(bytes, markdownIt.medianMs);
  return { case: name, bytes, lsmpMBps, markdownItMBps, ratio: lsmpMBps / markdownItMBps };
}

/** The whole corpus document by document, as one text, the pipeline, and each distinct document. */
export function compareThroughput(corpus: BenchCorpus): ThroughputRow[] {
  const docBytes = corpus.repeated.reduce((sum, doc) => sum + byteLength(doc.text), 0);
  const byDocument = measure(
    { lsmp: parseAll(corpus.repeated, lsmpParse), markdownIt: parseAll(corpus.repeated, markdownItParse), pipeline: parseAll(corpus.repeated, lsmpPipeline) },
    { timeMs: 3000, iterations: 5 },
  );
  const joined = measure({ lsmp: () => lsmpParse(corpus.joined), markdownIt: () => markdownItParse(corpus.joined) }, { timeMs: 2000, iterations: 3 });
  const rows = [
    row(`corpus, document by document (${corpus.repeated.length} documents)`, docBytes, byDocument.lsmp!, byDocument.markdownIt!),
    row('pipeline (parse + link + render HTML) vs markdown-it parse', docBytes, byDocument.pipeline!, byDocument.markdownIt!),
    row('corpus as one text', corpus.bytes, joined.lsmp!, joined.markdownIt!),
  ];
  for (const doc of corpus.documents) {
    const timing = measure({ lsmp: () => lsmpParse(doc.text), markdownIt: () => markdownItParse(doc.text) }, { timeMs: 300, iterations: 20 });
    rows.push(row(doc.name, byteLength(doc.text), timing.lsmp!, timing.markdownIt!));
  }
  return rows;
}

/** Per-call latency of the largest corpus document. */
export interface LatencyResult {
  document: string;
  bytes: number;
  lsmp: Timing;
  markdownIt: Timing;
}

export function largestDocumentLatency(corpus: BenchCorpus): LatencyResult {
  const doc = largestDocument(corpus);
  const timing = measure({ lsmp: () => lsmpParse(doc.text), markdownIt: () => markdownItParse(doc.text) }, { timeMs: 2000, iterations: 200 });
  return { document: doc.name, bytes: byteLength(doc.text), lsmp: timing.lsmp!, markdownIt: timing.markdownIt! };
}
