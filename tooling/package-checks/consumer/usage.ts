// What a TypeScript user writes: typed results, typed options, the schema's type
// agreeing with the parser's output. Copied to usage.ts, usage.mts and usage.cts
// and type-checked under moduleResolution bundler and node16.
import { type Minutes, MinutesSchema } from '@lsmp/model';
import { type ParseResult, parseMinutes } from '@lsmp/parser';

const result: ParseResult = parseMinutes('1. Welcome\n1.1 The chair welcomed members.\n');
const minutes: Minutes = result.minutes;
export const checked: Minutes = MinutesSchema.parse(minutes);
export const firstMessage: string | undefined = result.diagnostics[0]?.message;
