import { readFileSync, readdirSync } from 'node:fs';
import { parseMinutes } from './src/index.js';
const texts: string[] = [];
for (const dir of ['/work/shared/corpus', '/work/shared/corpus-extra', '/work/main/apps/demo/samples']) for (const f of readdirSync(dir)) if (f.endsWith('.txt')) texts.push(readFileSync(`${dir}/${f}`, 'utf8'));
const bytes = texts.reduce((n, t) => n + t.length, 0);
for (let i = 0; i < 3; i++) for (const t of texts) parseMinutes(t);
const t0 = performance.now();
let n = 0;
while (performance.now() - t0 < 15000) { for (const t of texts) parseMinutes(t); n++; }
const s = (performance.now() - t0) / 1000;
console.log(`${((n * bytes) / 1e6 / s).toFixed(2)} MB/s over ${n} rounds of ${(bytes / 1e3).toFixed(0)} KB`);
