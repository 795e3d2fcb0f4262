// The entry a web page would bundle: parse minutes in the browser and check the
// result against the model's schema. The test bundles it with esbuild for the
// browser and runs it in a realm that has no Node API.
import { MinutesSchema } from '@lsmp/model';
import { parseMinutes } from '@lsmp/parser';
import text from './sample-minutes.txt';

const result = parseMinutes(text);
const checked = MinutesSchema.safeParse(result.minutes);
globalThis.lsmpBrowserResult = {
  valid: checked.success,
  issues: checked.success ? [] : checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  diagnostics: result.diagnostics.length,
};
