// A readable difference between two JSON values: one line per changed path, so a
// failing golden says "attendees[3].role: ..." rather than dumping two documents.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const show = (value: Json | undefined) => {
  if (value === undefined) return '(absent)';
  const json = JSON.stringify(value);
  return json.length > 160 ? `${json.slice(0, 157)}...` : json;
};
const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Paths where `actual` differs from `expected`, as `path: expected -> actual` lines. */
export function jsonDiff(expected: Json | undefined, actual: Json | undefined, path = '', out: string[] = []): string[] {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    for (let i = 0; i < length; i++) jsonDiff(expected[i], actual[i], `${path}[${i}]`, out);
  } else if (isObject(expected) && isObject(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      jsonDiff(expected[key], actual[key], path ? `${path}.${key}` : key, out);
    }
  } else if (JSON.stringify(expected) !== JSON.stringify(actual)) {
    out.push(`${path || '(root)'}: ${show(expected)} -> ${show(actual)}`);
  }
  return out;
}
