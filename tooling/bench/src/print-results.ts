import { fixed, formatTable } from './format-table.js';
import type { GoalResult } from './goals.js';
import type { MemoryUse } from './memory.js';
import type { Timing } from './measure.js';
import type { LatencyResult, ThroughputRow } from './parser-vs-markdown-it.js';
import type { RendererAndLinkerResult } from './renderer-and-linker.js';
import type { WorkerThroughputRow } from './worker-throughput.js';

/** Everything one run measured. */
export interface BenchResults {
  throughput: ThroughputRow[];
  latency: LatencyResult;
  memory: { lsmp: MemoryUse; markdownIt: MemoryUse };
  rendererAndLinker: RendererAndLinkerResult;
  workers: WorkerThroughputRow[];
  goals: GoalResult[];
}

const megabytes = (bytes: number) => fixed(bytes / 1048576, 2);

/** Prints the results as plain-text tables on standard output. */
export function printResults(results: BenchResults): void {
  const { latency, memory, rendererAndLinker: rl } = results;
  const timingRows: (Timing & { what: string })[] = [
    { ...latency.lsmp, what: `lsmp parse, ${latency.document}` },
    { ...latency.markdownIt, what: `markdown-it parse, ${latency.document}` },
    { ...rl.meetingHtml, what: 'renderHtml, one meeting (largest document)' },
    { ...rl.seriesHtml, what: `buildSeries + renderSeriesHtml, ${rl.seriesHtml.meetings} meetings` },
    { ...rl.linker, what: `linkMinutes, ${rl.linker.documents} documents (${fixed(rl.linker.MBps)} MB/s)` },
  ];
  const tables = [
    formatTable('Throughput, MB/s (median; ratio = lsmp / markdown-it)', results.throughput, [
      { heading: 'case', value: (r) => r.case },
      { heading: 'MB', value: (r) => megabytes(r.bytes), numeric: true },
      { heading: 'lsmp', value: (r) => fixed(r.lsmpMBps), numeric: true },
      { heading: 'markdown-it', value: (r) => fixed(r.markdownItMBps), numeric: true },
      { heading: 'ratio', value: (r) => `${fixed(r.ratio, 2)}x`, numeric: true },
    ]),
    formatTable('Latency, ms per call', timingRows, [
      { heading: 'what', value: (r) => r.what },
      { heading: 'median', value: (r) => fixed(r.medianMs, 3), numeric: true },
      { heading: 'p99', value: (r) => fixed(r.p99Ms, 3), numeric: true },
      { heading: 'samples', value: (r) => r.samples, numeric: true },
    ]),
    formatTable('Memory over the corpus, document by document', [
      { who: 'lsmp', ...memory.lsmp },
      { who: 'markdown-it', ...memory.markdownIt },
    ], [
      { heading: 'parser', value: (r) => r.who },
      { heading: 'allocated MB per MB input', value: (r) => fixed(r.allocatedPerMegabyte / 1048576), numeric: true },
      { heading: 'retained MB', value: (r) => megabytes(r.retainedBytes), numeric: true },
      { heading: 'retained x input', value: (r) => fixed(r.retainedPerInputByte), numeric: true },
    ]),
    formatTable('Folder of minutes read and parsed, then linked (lsmp report)', results.workers, [
      { heading: 'job', value: (r) => r.job },
      { heading: 'workers', value: (r) => r.workers, numeric: true },
      { heading: 'documents', value: (r) => r.documents, numeric: true },
      { heading: 'seconds', value: (r) => fixed(r.seconds, 2), numeric: true },
      { heading: 'documents/s', value: (r) => fixed(r.documentsPerSecond, 0), numeric: true },
    ]),
    formatTable('Goals (issue 9)', results.goals, [
      { heading: 'goal', value: (r) => r.goal },
      { heading: 'measured', value: (r) => r.measured, numeric: true },
      { heading: 'met', value: (r) => (r.met ? 'yes' : 'NO') },
    ]),
  ];
  process.stdout.write(`\n${tables.join('\n\n')}\n`);
}
