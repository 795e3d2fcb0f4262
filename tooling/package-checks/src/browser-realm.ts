import { createContext, runInContext } from 'node:vm';

/**
 * Runs a script in a fresh JavaScript realm that has only the language's built-ins:
 * no `process`, `require`, `Buffer` or any other Node API. Code that runs here
 * needs nothing a browser lacks. Returns the realm's global object afterwards.
 */
export function runWithoutNode(code: string): Record<string, unknown> {
  const realmGlobal: Record<string, unknown> = {};
  const context = createContext(realmGlobal);
  runInContext(code, context, { timeout: 10_000 });
  return realmGlobal;
}
