/** Main thread to worker: one input, with its place in the list. */
export interface TaskRequest<Input> {
  index: number;
  input: Input;
}

/** Worker to main thread: the output for one input, or why it failed. */
export type TaskReply<Output> = { index: number; ok: true; output: Output } | { index: number; ok: false; error: string };
