// `pnpm bench`: the parser against markdown-it on the same text, the pipeline, memory,
// the renderer and linker, and the CLI's worker pool. Prints tables, writes results/*.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lsmpParse, markdownItParse } from './contenders.js';
import { buildCorpus } from './corpus.js';
import { judgeGoals } from './goals.js';
import { measureMemory } from './memory.js';
import { compareThroughput, largestDocumentLatency } from './parser-vs-markdown-it.js';
import { printResults } from './print-results.js';
import { measureRendererAndLinker } from './renderer-and-linker.js';
import { measureWorkerThroughput } from './worker-throughput.js';

// `pnpm bench -- --flag` hands the script a leading "--": options follow it.
const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    'workers-documents': { type: 'string', default: '10000' },
    'save-baseline': { type: 'boolean', default: false },
  },
});
const workerDocuments = Number(values['workers-documents']);
if (!Number.isInteger(workerDocuments) || workerDocuments < 0) throw new Error('--workers-documents takes a whole number');

const corpus = buildCorpus();
const log = (step: string) => process.stderr.write(`bench: ${step}\n`);
log(`corpus of ${corpus.documents.length} documents, repeated to ${corpus.repeated.length} (${(corpus.bytes / 1048576).toFixed(2)} MB)`);
log('parser and markdown-it throughput');
const throughput = compareThroughput(corpus);
log('latency of the largest document');
const latency = largestDocumentLatency(corpus);
log('memory');
const memory = measureMemory(corpus.repeated, (doc) => lsmpParse(doc.text));
const markdownItMemory = measureMemory(corpus.repeated, (doc) => markdownItParse(doc.text));
log('renderer and linker');
const rendererAndLinker = measureRendererAndLinker(corpus);
log(`worker pool over ${workerDocuments} documents`);
const workers = workerDocuments > 0 ? await measureWorkerThroughput(corpus, workerDocuments) : [];
const goals = judgeGoals({ throughput, latency, memory });

const results = {
  date: new Date().toISOString(),
  node: process.version,
  corpus: { documents: corpus.documents.length, repeated: corpus.repeated.length, bytes: corpus.bytes },
  throughput,
  latency,
  memory: { lsmp: memory, markdownIt: markdownItMemory },
  rendererAndLinker,
  workers,
  goals,
};
printResults(results);
const resultsDirectory = new URL('../results/', import.meta.url);
mkdirSync(resultsDirectory, { recursive: true });
const json = `${JSON.stringify(results, null, 2)}\n`;
writeFileSync(new URL('latest.json', resultsDirectory), json);
if (values['save-baseline']) writeFileSync(new URL('baseline.json', resultsDirectory), json);
log(`wrote results/latest.json${values['save-baseline'] ? ' and results/baseline.json' : ''}`);
