// Imports each package named on the command line twice, as a Node user would:
// through `import` (ESM) and through `require` (CommonJS). Prints the export names
// each way as JSON, then parses the sample with the parser and checks the result
// with the model's schema, so both formats are known to run, not only to load.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const names = process.argv.slice(2);
const report = { esm: {}, cjs: {} };
for (const name of names) {
  report.esm[name] = Object.keys(await import(name)).filter((key) => key !== 'default').sort();
  report.cjs[name] = Object.keys(require(name)).sort();
}

const text = readFileSync(new URL('./sample-minutes.txt', import.meta.url), 'utf8');
const esmResult = (await import('@lsmp/parser')).parseMinutes(text);
const cjsResult = require('@lsmp/parser').parseMinutes(text);
(await import('@lsmp/model')).MinutesSchema.parse(esmResult.minutes);
require('@lsmp/model').MinutesSchema.parse(cjsResult.minutes);
report.sameResult = JSON.stringify(esmResult) === JSON.stringify(cjsResult);
// The model's JSON Schema files, exported for tools outside TypeScript.
report.minutesJsonSchemaDialect = require('@lsmp/model/json-schema/Minutes.json').$schema ?? null;
console.log(JSON.stringify(report));
