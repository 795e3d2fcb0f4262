/** An input the CLI refuses, with the one-line reason it prints (exit code 2). */
export class InputError extends Error {
  override name = 'InputError';
}
