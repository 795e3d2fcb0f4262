import type { KeyTask } from '../schema/catalogue.js';

/**
 * Key tasks as one list of strings, each sub-task right after its parent and
 * prefixed with its place ("1.1 assess ..."), as the plan reads when printed flat.
 */
export function flattenKeyTasks(tasks: KeyTask[], prefix = ''): string[] {
  return tasks.flatMap((task, index) => {
    const place = `${prefix}${index + 1}`;
    return [prefix ? `${place} ${task.text}` : task.text, ...flattenKeyTasks(task.subTasks ?? [], `${place}.`)];
  });
}
