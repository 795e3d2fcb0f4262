// Worker thread entry: parses each minutes text the pool sends.
import { parseMinutes } from '@lsmp/parser';
import { serveTasks } from './serve-tasks.js';

serveTasks((text: string) => parseMinutes(text).minutes);
