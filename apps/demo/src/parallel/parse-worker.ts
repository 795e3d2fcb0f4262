// Worker thread entry: parses each minutes text the pool sends.
import { parseMinutes } from '@lsmp/parser';
import { serveTasks } from './serve-tasks.js';

// JSON text crosses threads faster than the structured clone of many small objects.
serveTasks((text: string) => JSON.stringify(parseMinutes(text).minutes));
