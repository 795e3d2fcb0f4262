// Rewrites the diagnostics table in README.md from the catalogue:
//   pnpm --filter @lsmp/parser readme:update
import { readFileSync, writeFileSync } from 'node:fs';
import { withDiagnosticsTable } from './diagnostics-table.js';

const readmeUrl = new URL('../../README.md', import.meta.url);
const before = readFileSync(readmeUrl, 'utf8');
const after = withDiagnosticsTable(before);
if (after !== before) writeFileSync(readmeUrl, after);
console.log(after === before ? 'README.md: the diagnostics table is up to date' : 'README.md: rewrote the diagnostics table');
